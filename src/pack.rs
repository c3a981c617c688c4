//! Policy packs: the clauses, lexicon, rules, weights and messages a checker enforces,
//! loaded from plain files that a reviewer can read in a diff.
//!
//! A pack is a folder:
//!
//! ```text
//! pack.toml          id, version, sources, scoring weights and thresholds, detector roles
//! clauses.toml       each clause: title, what it catches, penalty, default fix
//! rules.toml         each rule: clause, what evidence it needs, messages, fix, examples
//! detectors.toml     the words the regex detectors look for (exchange brands, keywords)
//! lexicon/<role>.tsv term, clauses, weight, tags: one file per role
//! ```
//!
//! The engine reads the files from memory ([`Pack::from_files`]); the default pack is
//! embedded in the binary ([`Pack::embedded`]), compiled at build time into
//! `src/compiled_pack.bin` so that it is read back without parsing (`src/compiled.rs`).
//! Loading validates everything and reports the first problem with its file, line and rule.

#[cfg(feature = "pack-files")]
use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::detect::{DetectorKind, DetectorWords};
pub use crate::vocab::{FixSafety, Role, Tag, UnknownTag};
use crate::vocab::{Lang, Penalty, Verdict};

/// A set of clauses, by their index in [`Pack::clauses`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ClauseSet(pub(crate) u32);

impl ClauseSet {
    /// Every clause (written `*` in the lexicon).
    pub const ANY: ClauseSet = ClauseSet(u32::MAX);

    /// Whether the set holds the clause with this index.
    pub fn has(self, clause: usize) -> bool {
        self.0 & (1 << clause) != 0
    }

    /// Whether this is the `*` set.
    pub fn is_any(self) -> bool {
        self == ClauseSet::ANY
    }

    /// The set of the clauses with these indexes.
    pub fn of(indexes: impl IntoIterator<Item = usize>) -> ClauseSet {
        ClauseSet(indexes.into_iter().filter(|&i| i < 32).fold(0, |set, i| set | (1 << i)))
    }
}

/// Text in both languages of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

/// Sentences the engine adds to a finding's explanation (`[messages]` of pack.toml).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Messages {
    /// When the penalty is raised because words were disguised.
    pub evasion: Option<Text>,
    /// When the penalty is raised because words were hidden by styling (HTML drafts).
    pub hidden: Option<Text>,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// One clause of the policy.
#[derive(Debug, Clone)]
pub struct Clause {
    /// Stable id, e.g. `exchange`.
    pub id: String,
    /// Short title.
    pub title: Text,
    /// What the clause catches.
    pub summary: Text,
    /// Why it breaks the policy.
    pub why: Text,
    /// What an author does to comply.
    pub fix: Text,
    /// What a block finding under this clause risks.
    pub penalty: Penalty,
}

/// A rule's lifecycle: only stable rules decide verdicts by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Decides verdicts.
    Stable,
    /// Reported, but capped at `review` unless the checker opts in.
    Preview,
    /// Kept so that old ids resolve; never fires.
    Deprecated,
}

/// A combination of evidence that breaks a clause.
#[derive(Debug, Clone)]
pub struct Rule {
    /// Stable id, e.g. `exchange.route`.
    pub id: String,
    /// Index of the clause in [`Pack::clauses`].
    pub clause: usize,
    /// Lifecycle.
    pub status: Status,
    /// The highest verdict this rule can give.
    pub max_verdict: Verdict,
    /// What a block finding from this rule risks (defaults to the clause's penalty).
    pub penalty: Penalty,
    /// Roles that must all be present; the first is the anchor, found in the sentence the
    /// finding points at; the others may come from neighbouring sentences.
    pub needs: Vec<Role>,
    /// Roles that add to the score when present but are not required.
    pub boosts: Vec<Role>,
    /// When true, the anchor must be a term tied to this clause specifically (not `*`).
    pub specific_anchor: bool,
    /// When true, an entity must be tied to this clause (or be the anchor itself).
    pub specific_entity: bool,
    /// When set, the anchor must be a lexicon term carrying this tag (e.g. `launch`).
    pub anchor_tag: Option<Tag>,
    /// When true, context words (news, warnings) do not lower this rule's evidence.
    pub ignores_context: bool,
    /// Minimum weight of the anchor evidence.
    pub min_anchor: f32,
    /// Score at or above which the rule blocks (defaults to the pack's).
    pub block_at: f32,
    /// Score at or above which the rule asks for review (defaults to the pack's).
    pub review_at: f32,
    /// One-line message.
    pub message: Text,
    /// Why this breaks the clause.
    pub explanation: Text,
    /// How to fix it.
    pub fix: Text,
    /// How safe the fix's edit is.
    pub fix_safety: FixSafety,
    /// Roles whose words the fix's edit removes (empty: advice only).
    pub fix_removes: Vec<Role>,
    /// Texts this rule must flag at its maximum verdict.
    pub catches: Vec<String>,
    /// Texts this rule must not flag at all.
    pub allows: Vec<String>,
    /// Where the rule is defined (`rules.toml:LINE`).
    pub origin: String,
}

/// A lexicon entry.
#[derive(Debug, Clone)]
pub struct Term {
    /// The words as written in the lexicon.
    pub term: String,
    /// Its role.
    pub role: Role,
    /// Clauses it signals.
    pub clauses: ClauseSet,
    /// Strength of the signal, 0..=1 (for context terms: the factor applied).
    pub weight: f32,
    /// Tags (`slang`, `pinyin`, `reporting`, `contact`...), each one of [`Tag::ALL`].
    pub tags: Vec<Tag>,
    /// Where it is defined (`lexicon/entity.tsv:LINE`): shared with the evidence it finds.
    pub origin: crate::report::SharedStr,
}

impl Term {
    /// Whether the term carries `tag`.
    pub fn has_tag(&self, tag: Tag) -> bool {
        self.tags.contains(&tag)
    }
}

/// What a regex detector contributes.
#[derive(Debug, Clone)]
pub struct DetectorRole {
    /// Which detector.
    pub kind: DetectorKind,
    /// The role its matches play.
    pub role: Role,
    /// Clauses it signals.
    pub clauses: ClauseSet,
    /// Strength of the signal.
    pub weight: f32,
    /// Whether a match also counts as crypto entity evidence (addresses, exchange links).
    pub entity: f32,
    /// A concrete way in (an ID, a code, a sign-up or group link): context words lower
    /// talk about crypto, never a route, so the text's genre (news, warning) does not lower
    /// the sentence that holds one; only context words in that sentence itself do.
    pub route: bool,
    /// Tags, as on lexicon terms: a rule's `anchor_tag` picks its anchors among terms and
    /// detectors alike (`group` on group links, `recovery` on recovery offers).
    pub tags: Vec<Tag>,
}

impl DetectorRole {
    /// Whether the detector carries `tag`.
    pub fn has_tag(&self, tag: Tag) -> bool {
        self.tags.contains(&tag)
    }
}

/// Weights and thresholds of the score.
#[derive(Debug, Clone)]
pub struct Scoring {
    /// Default score at or above which a rule blocks.
    pub block: f32,
    /// Default score at or above which a rule asks for review.
    pub review: f32,
    /// Weight of each role's best evidence in a rule's score, by [`Role::index`].
    pub weights: [f32; 8],
    /// How many sentences before and after the anchor each role's evidence may come
    /// from, by [`Role::index`].
    pub reach: [usize; 8],
    /// Reach counts sentences of at least this many units (a Chinese character is one, a
    /// Latin word or number two); a shorter sentence counts as its share of one, so that
    /// an ad chopped into short sentences (`出U。大额小额都接。现结。`) is as near as the
    /// same words in one. 0: every sentence counts one.
    pub full_sentence: f32,
    /// Added to a rule's score when its evidence was deliberately obfuscated.
    pub evasion_bonus: f32,
    /// Factor applied to sentences without their own context words when the text reads
    /// as a news report or a warning as a whole.
    pub genre_factor: f32,
    /// Share of sentences with reporting or warning context that makes a text a report.
    pub genre_share: f32,
    /// The weight an anchor needs after context for its rule to fire at all.
    pub anchor_floor: f32,
    /// A rule blocks only when one of its signals other than the topic (an action, a
    /// steer, a promise…) keeps at least this weight after context; many weak ones that
    /// add up across a long story ask for review. A route still blocks (`route_blocks`).
    pub block_floor: f32,
    /// A route (a detector with `route = true`) among a rule's steering evidence that
    /// keeps at least this weight after context makes the rule block, whatever its score,
    /// once it has all it needs: context lowers talk about crypto, never a way in. `None`:
    /// routes only add to the score.
    pub route_blocks: Option<f32>,
    /// The lowest a text's genre (news, warning) brings a concrete route (a detector with
    /// `route = true`, a steering term tagged `contact`, `group`, `code` or `link`); its own
    /// sentence's context lowers it fully.
    pub route_genre_floor: f32,
    /// The lowest factor context words can bring a sentence to.
    pub context_floor: f32,
    /// Context words at or below this weight (tagged `reporting`, `warning`, `legal` or
    /// `education`) set a text's genre, and govern the short fragments next to them.
    pub genre_word: f32,
    /// How many distinct words of one role a rule combines (the strongest), as a noisy-OR.
    pub keep: usize,
    /// The steering weight of a named platform after a call to buy (`grab $abc on
    /// raydium`, an entity tagged `venue` after `on`/`at`/`via` in the call's clause). 0: off.
    pub venue: f32,
    /// Topic hints (entity terms tagged `hint`: `wallet`, `swap`, `staking`, each with an
    /// everyday sense) say what a text is about only together: see [`Hints`].
    pub hints: Hints,
}

/// How topic hints combine (`[scoring.hints]` in `pack.toml`). An entity term tagged `hint`
/// is no evidence alone; where hints of at least two different words stand within `reach`
/// bytes of normalized text of each other, their noisy-OR, when it reaches `min`, is entity
/// evidence at each of them, of that weight but at most `cap`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hints {
    /// The noisy-OR of the hints nearby that makes them evidence.
    pub min: f32,
    /// The most weight that evidence has.
    pub cap: f32,
    /// How near (bytes of normalized text) hints count together.
    pub reach: usize,
}

impl Default for Hints {
    /// Hints that never combine: a pack without `[scoring.hints]`.
    fn default() -> Hints {
        Hints { min: 1.0, cap: 0.0, reach: 0 }
    }
}

/// How the detectors read a text, beyond their shapes: `[detect]` in `pack.toml` and the
/// words of `detectors.toml`.
#[derive(Debug, Clone)]
pub struct Detect {
    /// How far (bytes of normalized text) either side of a disguised word the detectors
    /// read again with it decoded: a keyword's ID, code or amount follows within a few words.
    pub decode_window: usize,
    /// The words the detectors look for (`detectors.toml`).
    pub words: DetectorWords,
}

/// A loaded, validated policy pack.
#[derive(Debug, Clone)]
pub struct Pack {
    /// Stable id, e.g. `wechat-crypto`.
    pub id: String,
    /// Version of the pack's data.
    pub version: String,
    /// Human name.
    pub name: Text,
    /// The three verdicts' names (`[verdicts]` of pack.toml), in the order pass, review,
    /// block: the words of the platform's own check, which a page shows.
    pub verdicts: [Text; 3],
    /// The penalties' names (`[penalties]` of pack.toml), in the order rectify, restrict, ban.
    pub penalties: [Text; 3],
    /// What a finding's explanation adds when its penalty is raised (`[messages]`).
    pub messages: Messages,
    /// Where the policy comes from.
    pub sources: Vec<String>,
    /// The clauses, in the order of `clauses.toml`.
    pub clauses: Vec<Clause>,
    /// The rules, in the order of `rules.toml`.
    pub rules: Vec<Rule>,
    /// The lexicon, all roles.
    pub terms: Vec<Term>,
    /// How Chinese characters are spelled in pinyin (`lexicon/pinyin.tsv`), for the
    /// pinyin and half-pinyin forms of terms tagged `spell` (`bitebi`, `bi圈`, `btb`).
    pub pinyin: Vec<(char, String)>,
    /// Characters written for others that sound alike (`lexicon/homophone.tsv`), for the
    /// homophone forms of terms tagged `spell` (`比特蔽`, `进裙`).
    pub homophones: Vec<(char, Vec<char>)>,
    /// Letters written as digits or symbols (`lexicon/leet.tsv`), for the look-alike forms
    /// of English terms (`b1nance`, `u5dt`); the first way of each letter is the one used
    /// when every letter is replaced.
    pub leet: Vec<(char, Vec<char>)>,
    /// The detectors' roles.
    pub detectors: Vec<DetectorRole>,
    /// Weights and thresholds.
    pub scoring: Scoring,
    /// How the detectors read a text.
    pub detect: Detect,
}

/// Why a pack did not load: names the file, the line and, where it applies, the rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    file: String,
    line: Option<usize>,
    rule: Option<String>,
    message: String,
}

impl PackError {
    fn new(file: &str, line: Option<usize>, message: impl Into<String>) -> Self {
        PackError { file: file.to_string(), line, rule: None, message: message.into() }
    }

    #[cfg(feature = "pack-files")]
    fn in_rule(mut self, rule: &str) -> Self {
        self.rule = Some(rule.to_string());
        self
    }

    /// The pack file the problem is in.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The 1-based line, when known.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The rule id, when the problem is in a rule.
    pub fn rule(&self) -> Option<&str> {
        self.rule.as_deref()
    }
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(rule) = &self.rule {
            write!(f, ": rule `{rule}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for PackError {}

/// The files of the default pack, embedded at build time.
pub(crate) const EMBEDDED: &[(&str, &str)] = &[
    ("pack.toml", include_str!("../packs/wechat-crypto/pack.toml")),
    ("clauses.toml", include_str!("../packs/wechat-crypto/clauses.toml")),
    ("rules.toml", include_str!("../packs/wechat-crypto/rules.toml")),
    ("detectors.toml", include_str!("../packs/wechat-crypto/detectors.toml")),
    ("lexicon/entity.tsv", include_str!("../packs/wechat-crypto/lexicon/entity.tsv")),
    ("lexicon/action.tsv", include_str!("../packs/wechat-crypto/lexicon/action.tsv")),
    ("lexicon/steering.tsv", include_str!("../packs/wechat-crypto/lexicon/steering.tsv")),
    ("lexicon/teaching.tsv", include_str!("../packs/wechat-crypto/lexicon/teaching.tsv")),
    ("lexicon/promise.tsv", include_str!("../packs/wechat-crypto/lexicon/promise.tsv")),
    ("lexicon/context.tsv", include_str!("../packs/wechat-crypto/lexicon/context.tsv")),
    ("lexicon/confusable.tsv", include_str!("../packs/wechat-crypto/lexicon/confusable.tsv")),
    ("lexicon/pinyin.tsv", include_str!("../packs/wechat-crypto/lexicon/pinyin.tsv")),
    ("lexicon/homophone.tsv", include_str!("../packs/wechat-crypto/lexicon/homophone.tsv")),
    ("lexicon/leet.tsv", include_str!("../packs/wechat-crypto/lexicon/leet.tsv")),
];

/// The names of the files a pack folder holds (lexicon files are optional per role).
pub const PACK_FILES: [&str; 4] = ["pack.toml", "clauses.toml", "rules.toml", "detectors.toml"];

impl Pack {
    /// The default pack (`packs/wechat-crypto`), embedded in the binary.
    ///
    /// The embedded pack is validated by the test suite, so this cannot fail in a tested
    /// build; callers that must never panic (the CLI, the wasm package) use
    /// [`Pack::try_embedded`].
    pub fn embedded() -> Pack {
        Pack::try_embedded().expect("the embedded pack is valid (tested)")
    }

    /// The default pack, or why it does not load (only possible in an untested build).
    ///
    /// Read from its form compiled at build time (`src/compiled_pack.bin`), without parsing
    /// the files; parsed from the files only when that form is stale (with the `pack-files`
    /// feature; a build without it has no TOML reader and says that the form is stale,
    /// which `compiled_pack_is_current` keeps from happening in a tested build).
    pub fn try_embedded() -> Result<Pack, PackError> {
        if let Some(pack) = crate::compiled::pack() {
            return Ok(pack);
        }
        #[cfg(feature = "pack-files")]
        return Pack::from_files(EMBEDDED);
        #[cfg(not(feature = "pack-files"))]
        return Err(PackError::new(
            crate::compiled::PATH,
            None,
            format!("the compiled pack is stale; rewrite it with `{}`", crate::compiled::REGENERATE),
        ));
    }

    /// The name of a verdict in `lang` (`[verdicts]` of pack.toml: 将被拦截 for `block`).
    pub fn verdict_name(&self, verdict: Verdict, lang: Lang) -> &str {
        let i = Verdict::ALL.iter().position(|&v| v == verdict).unwrap_or(0);
        self.verdicts[i].get(lang)
    }

    /// The name of a penalty in `lang` (`[penalties]` of pack.toml: 永久封号 for `ban`).
    pub fn penalty_name(&self, penalty: Penalty, lang: Lang) -> &str {
        let i = Penalty::ALL.iter().position(|&p| p == penalty).unwrap_or(0);
        self.penalties[i].get(lang)
    }

    /// The files of the embedded default pack, as `(path, contents)`.
    pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
        EMBEDDED
    }

    /// Loads a pack from its files, given as `(path relative to the pack folder,
    /// contents)`: `pack.toml`, `clauses.toml`, `rules.toml`, `detectors.toml` and
    /// `lexicon/<role>.tsv`.
    #[cfg(feature = "pack-files")]
    pub fn from_files<P: AsRef<str>, C: AsRef<str>>(files: &[(P, C)]) -> Result<Pack, PackError> {
        let files: Vec<(&str, &str)> = files.iter().map(|(p, c)| (p.as_ref(), c.as_ref())).collect();
        Pack::from_file_list(&files)
    }

    /// [`Pack::from_files`] for one type of list: the work is not generic, so that it is
    /// compiled once and not for each type of list (12 KB of wasm each).
    #[cfg(feature = "pack-files")]
    fn from_file_list(files: &[(&str, &str)]) -> Result<Pack, PackError> {
        let get = |name: &str| -> Result<&str, PackError> {
            files
                .iter()
                .find(|(p, _)| *p == name)
                .map(|(_, c)| *c)
                .ok_or_else(|| PackError::new(name, None, "missing file"))
        };
        let manifest_src = get("pack.toml")?;
        let manifest: raw::Manifest = parse_toml("pack.toml", manifest_src)?;
        let clauses_src = get("clauses.toml")?;
        let raw_clauses: raw::Clauses = parse_toml("clauses.toml", clauses_src)?;
        let mut clauses = Vec::new();
        for c in raw_clauses.clause {
            let line = Some(line_of(clauses_src, c.id.span().start));
            let id = c.id.into_inner();
            if clauses.iter().any(|k: &Clause| k.id == id) {
                return Err(PackError::new("clauses.toml", line, format!("clause `{id}` defined twice")));
            }
            if !is_id(&id) {
                return Err(PackError::new(
                    "clauses.toml",
                    line,
                    format!("clause id `{id}` must be lowercase letters, digits and dashes"),
                ));
            }
            clauses.push(Clause { id, title: c.title, summary: c.summary, why: c.why, fix: c.fix, penalty: c.penalty });
        }
        if clauses.is_empty() || clauses.len() > 32 {
            return Err(PackError::new("clauses.toml", None, "a pack has 1 to 32 clauses"));
        }
        let clause_index = |name: &str| clauses.iter().position(|c| c.id == name);

        let scoring = manifest.scoring.build()?;
        let mut detectors = Vec::new();
        for d in manifest.detector {
            let kind = DetectorKind::from_str(&d.kind).ok_or_else(|| {
                PackError::new(
                    "pack.toml",
                    None,
                    format!(
                        "unknown detector `{}` (known: {})",
                        d.kind,
                        DetectorKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", ")
                    ),
                )
            })?;
            let role = Role::parse(&d.role).ok_or_else(|| {
                PackError::new("pack.toml", None, format!("detector `{}`: unknown role `{}`", d.kind, d.role))
            })?;
            let clauses = parse_clauses(&d.clauses, &clause_index)
                .map_err(|m| PackError::new("pack.toml", None, format!("detector `{}`: {m}", d.kind)))?;
            check_weight(d.weight)
                .map_err(|m| PackError::new("pack.toml", None, format!("detector `{}`: {m}", d.kind)))?;
            check_weight(d.entity)
                .map_err(|m| PackError::new("pack.toml", None, format!("detector `{}`: {m}", d.kind)))?;
            detectors.push(DetectorRole {
                kind,
                role,
                clauses,
                weight: d.weight,
                entity: d.entity,
                route: d.route,
                tags: d
                    .tags
                    .iter()
                    .map(|t| {
                        Tag::parse(t.get_ref()).ok_or_else(|| {
                            PackError::new(
                                "pack.toml",
                                Some(line_of(manifest_src, t.span().start)),
                                format!("detector `{}`: unknown tag {:?}", d.kind, t.get_ref()),
                            )
                        })
                    })
                    .collect::<Result<_, _>>()?,
            });
        }

        let mut terms = Vec::new();
        for role in Role::ALL {
            let name = format!("lexicon/{}.tsv", role.as_str());
            if let Some((_, src)) = files.iter().find(|(p, _)| *p == name) {
                parse_lexicon(&name, src, role, &clause_index, &mut terms)?;
            }
        }
        if terms.is_empty() {
            return Err(PackError::new("lexicon/", None, "the lexicon is empty"));
        }
        let mut pinyin = Vec::new();
        if let Some((_, src)) = files.iter().find(|(p, _)| *p == "lexicon/pinyin.tsv") {
            for (line, c, readings) in parse_char_table("lexicon/pinyin.tsv", src)? {
                if readings.len() != 1 || !readings[0].chars().all(|x| x.is_ascii_lowercase()) {
                    return Err(PackError::new(
                        "lexicon/pinyin.tsv",
                        Some(line),
                        "give one reading in lowercase letters, without tones",
                    ));
                }
                pinyin.push((c, readings[0].clone()));
            }
        }
        let mut homophones = Vec::new();
        if let Some((_, src)) = files.iter().find(|(p, _)| *p == "lexicon/homophone.tsv") {
            for (line, c, readings) in parse_char_table("lexicon/homophone.tsv", src)? {
                let mut alike = Vec::new();
                for r in &readings {
                    let mut it = r.chars();
                    match (it.next(), it.next()) {
                        (Some(x), None) => alike.push(x),
                        _ => {
                            return Err(PackError::new(
                                "lexicon/homophone.tsv",
                                Some(line),
                                format!("`{r}` is not one character"),
                            ))
                        }
                    }
                }
                homophones.push((c, alike));
            }
        }

        let detectors_src = get("detectors.toml")?;
        let raw_words: raw::DetectorsFile = parse_toml("detectors.toml", detectors_src)?;
        let words = raw_words.build(detectors_src)?;

        let mut leet = Vec::new();
        if let Some((_, src)) = files.iter().find(|(p, _)| *p == "lexicon/leet.tsv") {
            for (line, c, readings) in parse_char_table("lexicon/leet.tsv", src)? {
                let mut ways = Vec::new();
                for r in &readings {
                    let mut it = r.chars();
                    match (it.next(), it.next()) {
                        (Some(x), None) if x.is_ascii_graphic() && !x.is_ascii_alphabetic() => ways.push(x),
                        _ => {
                            return Err(PackError::new(
                                "lexicon/leet.tsv",
                                Some(line),
                                format!("`{r}` is not one ASCII digit or symbol"),
                            ))
                        }
                    }
                }
                if !c.is_ascii_lowercase() {
                    return Err(PackError::new(
                        "lexicon/leet.tsv",
                        Some(line),
                        format!("`{c}` is not a lowercase letter"),
                    ));
                }
                leet.push((c, ways));
            }
        }

        let rules_src = get("rules.toml")?;
        let raw_rules: raw::Rules = parse_toml("rules.toml", rules_src)?;
        let mut rules: Vec<Rule> = Vec::new();
        for r in raw_rules.rule {
            let line = line_of(rules_src, r.id.span().start);
            let id = r.id.into_inner();
            let err = |m: String| PackError::new("rules.toml", Some(line), m).in_rule(&id);
            if rules.iter().any(|k| k.id == id) {
                return Err(err("defined twice".into()));
            }
            if id.is_empty()
                || !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
            {
                return Err(err("ids are lowercase letters, digits, dots and dashes".into()));
            }
            let clause = clause_index(&r.clause).ok_or_else(|| err(format!("unknown clause `{}`", r.clause)))?;
            let needs = parse_roles(&r.needs).map_err(&err)?;
            let boosts = parse_roles(&r.boosts).map_err(&err)?;
            let fix_removes = parse_roles(&r.fix_removes).map_err(&err)?;
            if needs.is_empty() {
                return Err(err("`needs` must name at least the anchor role".into()));
            }
            if needs.iter().chain(&boosts).any(|r| matches!(r, Role::Context | Role::Confusable)) {
                return Err(err("context and confusable terms cannot be evidence".into()));
            }
            if r.catches.is_empty() || r.allows.is_empty() {
                return Err(err("every rule needs at least one `catches` and one `allows` example".into()));
            }
            if r.max_verdict == Verdict::Pass {
                return Err(err("`max_verdict` is `review` or `block`".into()));
            }
            check_weight(r.min_anchor).map_err(&err)?;
            let block_at = r.block_at.unwrap_or(scoring.block);
            let review_at = r.review_at.unwrap_or(scoring.review);
            if !(review_at > 0.0 && review_at <= block_at) {
                return Err(err(format!(
                    "thresholds must satisfy 0 < review_at ({review_at}) <= block_at ({block_at})"
                )));
            }
            let anchor_tag = match &r.anchor_tag {
                Some(t) => Some(Tag::parse(t).ok_or_else(|| err(format!("anchor_tag: unknown tag {t:?}")))?),
                None => None,
            };
            if let Some(tag) = anchor_tag {
                let anchor = needs[0];
                if !terms.iter().any(|t| t.role == anchor && t.has_tag(tag))
                    && !detectors.iter().any(|d| d.role == anchor && d.has_tag(tag))
                {
                    return Err(err(format!("no {anchor} term or detector carries the anchor tag `{tag}`")));
                }
            }
            if !fix_removes.is_empty() && r.fix_safety == FixSafety::DisplayOnly {
                return Err(err("a display-only fix cannot remove words".into()));
            }
            rules.push(Rule {
                penalty: r.penalty.unwrap_or(clauses[clause].penalty),
                id: id.clone(),
                clause,
                status: r.status,
                max_verdict: r.max_verdict,
                needs,
                boosts,
                specific_anchor: r.specific_anchor,
                specific_entity: r.specific_entity,
                anchor_tag,
                ignores_context: r.ignores_context,
                min_anchor: r.min_anchor,
                block_at,
                review_at,
                message: r.message,
                explanation: r.explanation,
                fix: r.fix,
                fix_safety: r.fix_safety,
                fix_removes,
                catches: r.catches,
                allows: r.allows,
                origin: format!("rules.toml:{line}"),
            });
        }
        if rules.is_empty() {
            return Err(PackError::new("rules.toml", None, "a pack needs at least one rule"));
        }
        if !is_id(&manifest.id) {
            return Err(PackError::new(
                "pack.toml",
                None,
                format!("pack id `{}` must be lowercase letters, digits and dashes", manifest.id),
            ));
        }
        Ok(Pack {
            pinyin,
            homophones,
            leet,
            id: manifest.id,
            version: manifest.version,
            name: manifest.name,
            // A pack without `[verdicts]` names them by their ids.
            // A pack without `[verdicts]` names them by their ids.
            verdicts: match manifest.verdicts {
                Some(raw::RawVerdicts { pass, review, block }) => [pass, review, block],
                None => Verdict::ALL.map(|v| Text { zh: v.as_str().to_string(), en: v.as_str().to_string() }),
            },
            // Likewise its penalties; without `[messages]` nothing is added.
            penalties: match manifest.penalties {
                Some(raw::RawPenalties { rectify, restrict, ban }) => [rectify, restrict, ban],
                None => Penalty::ALL.map(|p| Text { zh: p.as_str().to_string(), en: p.as_str().to_string() }),
            },
            messages: manifest.messages.unwrap_or_default(),
            sources: manifest.sources,
            clauses,
            rules,
            terms,
            detectors,
            scoring,
            detect: manifest.detect.build(words)?,
        })
    }

    /// The clause with this id.
    pub fn clause(&self, id: &str) -> Option<&Clause> {
        self.clauses.iter().find(|c| c.id == id)
    }

    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

#[cfg(feature = "pack-files")]
fn is_id(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(feature = "pack-files")]
fn check_weight(w: f32) -> Result<(), String> {
    if (0.0..=1.0).contains(&w) {
        Ok(())
    } else {
        Err(format!("weight {w} is outside 0..=1"))
    }
}

#[cfg(feature = "pack-files")]
fn parse_roles(names: &[String]) -> Result<Vec<Role>, String> {
    names.iter().map(|n| Role::parse(n).ok_or_else(|| format!("unknown role `{n}`"))).collect()
}

#[cfg(feature = "pack-files")]
fn parse_clauses(field: &str, index: &dyn Fn(&str) -> Option<usize>) -> Result<ClauseSet, String> {
    let field = field.trim();
    if field == "*" {
        return Ok(ClauseSet::ANY);
    }
    let mut set = 0u32;
    for name in field.split(',').map(str::trim) {
        let i = index(name).ok_or_else(|| format!("unknown clause `{name}`"))?;
        set |= 1 << i;
    }
    Ok(ClauseSet(set))
}

#[cfg(feature = "pack-files")]
fn parse_lexicon(
    file: &str,
    src: &str,
    role: Role,
    clause_index: &dyn Fn(&str) -> Option<usize>,
    out: &mut Vec<Term>,
) -> Result<(), PackError> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (n, line) in data_lines(file, src, "term\tclauses\tweight\ttags")? {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != 4 {
            return Err(PackError::new(
                file,
                Some(n),
                format!("expected 4 tab-separated fields, found {}", fields.len()),
            ));
        }
        let term = fields[0];
        if term.trim() != term || term.is_empty() {
            return Err(PackError::new(file, Some(n), "the term is empty or has spaces around it"));
        }
        let clauses = parse_clauses(fields[1], clause_index).map_err(|m| PackError::new(file, Some(n), m))?;
        let weight: f32 = fields[2]
            .trim()
            .parse()
            .map_err(|_| PackError::new(file, Some(n), format!("weight `{}` is not a number", fields[2])))?;
        check_weight(weight).map_err(|m| PackError::new(file, Some(n), m))?;
        let tags: Vec<Tag> = match fields[3].trim() {
            "-" | "" => Vec::new(),
            t => t
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| Tag::parse(s).ok_or_else(|| PackError::new(file, Some(n), format!("unknown tag {s:?}"))))
                .collect::<Result<_, _>>()?,
        };
        let key = crate::normalize::Normalized::new(term).as_str().to_string();
        if key.is_empty() {
            return Err(PackError::new(file, Some(n), format!("`{term}` is empty once normalized")));
        }
        if let Some(first) = seen.insert(key.clone(), n) {
            return Err(PackError::new(
                file,
                Some(n),
                format!("`{term}` repeats line {first} (after normalization: `{key}`)"),
            ));
        }
        out.push(Term { term: term.to_string(), role, clauses, weight, tags, origin: format!("{file}:{n}").into() });
    }
    Ok(())
}

/// The data lines of a TSV pack file, with their 1-based numbers: comments (`#`) and
/// blank lines skipped, the first other line checked against `header`.
#[cfg(feature = "pack-files")]
fn data_lines<'s>(file: &str, src: &'s str, header: &str) -> Result<Vec<(usize, &'s str)>, PackError> {
    let mut out = Vec::new();
    let mut seen_header = false;
    for (i, line) in src.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !seen_header {
            if line != header {
                return Err(PackError::new(
                    file,
                    Some(i + 1),
                    format!("the first line must be the header `{}`", header.replace('\t', "<TAB>")),
                ));
            }
            seen_header = true;
            continue;
        }
        out.push((i + 1, line));
    }
    Ok(out)
}

/// Reads a table of `char<TAB>reading,reading…` lines (pinyin, homophones) with the
/// header `char<TAB>readings`.
#[cfg(feature = "pack-files")]
fn parse_char_table(file: &str, src: &str) -> Result<Vec<(usize, char, Vec<String>)>, PackError> {
    let mut out: Vec<(usize, char, Vec<String>)> = Vec::new();
    for (n, line) in data_lines(file, src, "char\treadings")? {
        let Some((key, readings)) = line.split_once('\t') else {
            return Err(PackError::new(file, Some(n), "expected 2 tab-separated fields"));
        };
        let mut chars = key.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            return Err(PackError::new(file, Some(n), format!("`{key}` is not one character")));
        };
        if let Some(first) = out.iter().find(|(_, k, _)| *k == c) {
            return Err(PackError::new(file, Some(n), format!("`{c}` repeats line {}", first.0)));
        }
        let readings: Vec<String> =
            readings.split(',').map(|r| r.trim().to_string()).filter(|r| !r.is_empty()).collect();
        if readings.is_empty() {
            return Err(PackError::new(file, Some(n), "no readings"));
        }
        out.push((n, c, readings));
    }
    Ok(out)
}

#[cfg(feature = "pack-files")]
fn line_of(src: &str, byte: usize) -> usize {
    src[..byte.min(src.len())].bytes().filter(|&b| b == b'\n').count() + 1
}

#[cfg(feature = "pack-files")]
fn parse_toml<T: serde::de::DeserializeOwned>(file: &str, src: &str) -> Result<T, PackError> {
    toml::from_str(src).map_err(|e| {
        let line = e.span().map(|s| line_of(src, s.start));
        PackError::new(file, line, e.message().trim().to_string())
    })
}

/// The files as written, before validation.
#[cfg(feature = "pack-files")]
mod raw {
    use super::*;
    use toml::Spanned;

    /// A table of word lists of `detectors.toml` (`[wechat-id]`: `anywhere = [...]`, ...):
    /// a struct of `Vec<Spanned<String>>` fields, read as `#[derive(Deserialize)]` with
    /// `#[serde(deny_unknown_fields)]` reads it, with the same errors. The derived code was
    /// compiled again for each of the 24 tables, with the TOML reader's code for each (about
    /// 400 KB of wasm); these share one visitor, [`WordLists`].
    macro_rules! word_lists {
        (pub struct $name:ident { $($field:ident,)+ }) => {
            pub struct $name {
                $(pub $field: Vec<Spanned<String>>,)+
            }

            impl $name {
                const FIELDS: &'static [&'static str] = &[$(stringify!($field)),+];

                /// The table from its lists in the order of `FIELDS` (not generic, so compiled once).
                fn from_lists(lists: Vec<Vec<Spanned<String>>>) -> Self {
                    match <[Vec<Spanned<String>>; Self::FIELDS.len()]>::try_from(lists) {
                        Ok([$($field),+]) => $name { $($field),+ },
                        Err(_) => unreachable!("WordLists reads one list for each field"),
                    }
                }
            }

            impl<'de> Deserialize<'de> for $name {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    let (name, fields) = (stringify!($name), Self::FIELDS);
                    d.deserialize_struct(name, fields, WordLists { name, fields }).map(Self::from_lists)
                }
            }
        };
    }

    /// The visitor of every [`word_lists!`] table: its lists in the order of `fields`.
    struct WordLists {
        name: &'static str,
        fields: &'static [&'static str],
    }

    impl<'de> serde::de::Visitor<'de> for WordLists {
        type Value = Vec<Vec<Spanned<String>>>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "struct {}", self.name)
        }

        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut lists = Vec::with_capacity(self.fields.len());
            for i in 0..self.fields.len() {
                match seq.next_element::<Vec<Spanned<String>>>()? {
                    Some(list) => lists.push(list),
                    None => {
                        let n = self.fields.len();
                        let expected =
                            format!("struct {} with {n} element{}", self.name, if n == 1 { "" } else { "s" });
                        return Err(serde::de::Error::invalid_length(i, &expected.as_str()));
                    }
                }
            }
            Ok(lists)
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut lists: Vec<Option<Vec<Spanned<String>>>> = vec![None; self.fields.len()];
            while let Some(i) = map.next_key_seed(FieldOf(self.fields))? {
                if lists[i].is_some() {
                    return Err(serde::de::Error::duplicate_field(self.fields[i]));
                }
                lists[i] = Some(map.next_value()?);
            }
            let mut out = Vec::with_capacity(lists.len());
            for (list, field) in lists.into_iter().zip(self.fields) {
                out.push(list.ok_or_else(|| serde::de::Error::missing_field(field))?);
            }
            Ok(out)
        }
    }

    /// The key of a [`WordLists`] table: the index of its field.
    struct FieldOf(&'static [&'static str]);

    impl<'de> serde::de::DeserializeSeed<'de> for FieldOf {
        type Value = usize;

        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
            d.deserialize_identifier(self)
        }
    }

    impl serde::de::Visitor<'_> for FieldOf {
        type Value = usize;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("field identifier")
        }

        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<usize, E> {
            match usize::try_from(v) {
                Ok(i) if i < self.0.len() => Ok(i),
                _ => {
                    let expected = format!("field index 0 <= i < {}", self.0.len());
                    Err(E::invalid_value(serde::de::Unexpected::Unsigned(v), &expected.as_str()))
                }
            }
        }

        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<usize, E> {
            self.0.iter().position(|f| *f == v).ok_or_else(|| E::unknown_field(v, self.0))
        }

        fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<usize, E> {
            match self.0.iter().position(|f| f.as_bytes() == v) {
                Some(i) => Ok(i),
                None => Err(E::unknown_field(&String::from_utf8_lossy(v), self.0)),
            }
        }
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Manifest {
        pub id: String,
        pub version: String,
        pub name: Text,
        #[serde(default)]
        pub sources: Vec<String>,
        #[serde(default)]
        pub verdicts: Option<RawVerdicts>,
        pub penalties: Option<RawPenalties>,
        pub messages: Option<super::Messages>,
        pub scoring: RawScoring,
        pub detect: RawDetect,
        #[serde(default)]
        pub detector: Vec<Detector>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct RawPenalties {
        pub rectify: Text,
        pub restrict: Text,
        pub ban: Text,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct RawVerdicts {
        pub pass: Text,
        pub review: Text,
        pub block: Text,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct RawDetect {
        pub decode_window: usize,
    }

    impl RawDetect {
        pub fn build(&self, words: DetectorWords) -> Result<Detect, PackError> {
            if !(1..=4096).contains(&self.decode_window) {
                return Err(PackError::new(
                    "pack.toml",
                    None,
                    format!("[detect] decode_window = {} is outside 1..=4096", self.decode_window),
                ));
            }
            Ok(Detect { decode_window: self.decode_window, words })
        }
    }

    /// `detectors.toml`.
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct DetectorsFile {
        pub url: UrlWords,
        #[serde(rename = "exchange-domain")]
        pub exchange_domain: ExchangeDomainWords,
        #[serde(rename = "wechat-id")]
        pub wechat_id: WechatWords,
        #[serde(rename = "telegram-handle")]
        pub telegram_handle: TelegramWords,
        #[serde(rename = "qq-id")]
        pub qq_id: AnywhereWords,
        #[serde(rename = "invite-code")]
        pub invite_code: InviteWords,
        pub price: PriceWords,
        pub percentage: PercentageWords,
        #[serde(rename = "call-to-action")]
        pub call_to_action: CallWords,
        pub leverage: LeverageWords,
        #[serde(rename = "coin-name")]
        pub coin_name: CoinWords,
        #[serde(rename = "group-link")]
        pub group_link: GroupLinkWords,
        #[serde(rename = "signup-link")]
        pub signup_link: SignupWords,
        #[serde(rename = "return-promise")]
        pub return_promise: PromiseWords,
        #[serde(rename = "trade-call")]
        pub trade_call: TradeCallWords,

        #[serde(rename = "trade-level")]
        pub trade_level: TradeLevelWords,
        pub doubling: DoublingWords,
        #[serde(rename = "recovery-offer")]
        pub recovery_offer: RecoveryOfferWords,
        #[serde(rename = "contact-handle")]
        pub contact_handle: ContactHandleWords,
        #[serde(rename = "group-call")]
        pub group_call: GroupCallWords,
        #[serde(rename = "signal-result")]
        pub signal_result: SignalResultWords,
        pub instructions: InstructionsWords,
        #[serde(rename = "offer-open")]
        pub offer_open: OfferOpenWords,
        #[serde(rename = "own-service")]
        pub own_service: OwnServiceWords,
        #[serde(rename = "group-invite")]
        pub group_invite: GroupInviteWords,
        #[serde(rename = "crypto-payment")]
        pub crypto_payment: CryptoPaymentWords,
        #[serde(rename = "wallet-ask")]
        pub wallet_ask: WalletAskWords,
        #[serde(rename = "key-ask")]
        pub key_ask: KeyAskWords,
        #[serde(rename = "access-tip")]
        pub access_tip: AccessTipWords,
        #[serde(rename = "venue-pick")]
        pub venue_pick: VenuePickWords,
        #[serde(rename = "ticker-amount")]
        pub ticker_amount: TickerAmountWords,
        #[serde(rename = "contact-ask")]
        pub contact_ask: ContactAskWords,
        #[serde(rename = "referral")]
        pub referral: ReferralWords,
        #[serde(rename = "gain-testimonial")]
        pub gain_testimonial: GainTestimonialWords,
        #[serde(rename = "rate-offer")]
        pub rate_offer: RateOfferWords,
        #[serde(rename = "market-quote")]
        pub market_quote: MarketQuoteWords,
        #[serde(rename = "signal-offer")]
        pub signal_offer: SignalOfferWords,
        #[serde(rename = "fiat-rail")]
        pub fiat_rail: FiatRailWords,
        #[serde(rename = "news-tag")]
        pub news_tag: NewsTagWords,
        #[serde(rename = "anonymized-name")]
        pub anonymized_name: AnonymizedNameWords,
        #[serde(rename = "sale-offer")]
        pub sale_offer: SaleOfferWords,
        #[serde(rename = "floor-price")]
        pub floor_price: FloorPriceWords,
        #[serde(rename = "wallet-threat")]
        pub wallet_threat: WalletThreatWords,
        #[serde(rename = "keyword-reply")]
        pub keyword_reply: KeywordReplyWords,
        pub eligibility: EligibilityWords,
        #[serde(rename = "advance-fee")]
        pub advance_fee: AdvanceFeeWords,
        #[serde(rename = "attribution")]
        pub attribution: AttributionWords,
        #[serde(rename = "token-sheet")]
        pub token_sheet: TokenSheetWords,
        #[serde(rename = "contract-address")]
        pub contract_address: ContractAddressWords,
        pub prohibition: ProhibitionWords,
        pub hashtag: HashtagWords,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct TradeCallWords {
        pub entries: Vec<Spanned<String>>,
        pub exits: Vec<Spanned<String>>,
        pub span: usize,
        pub card_not: Vec<Spanned<String>>,
        pub card_sides: Vec<Spanned<String>>,
    }

    word_lists! {
        pub struct TradeLevelWords {
            levels,
            level_words,
            level_fillers,
            zh_near,
            zh_sizes,
            zh_entries,
            zh_breaks,
            zh_break_exits,
            at_market,
            en_levels,
            en_numbered,
            en_after,
            orders,
            order_marks,
            en_at_market,
        }
    }

    word_lists! {
        pub struct DoublingWords {
            sends,
            gets,
            multiples,
            doubles,
            double_coins,
            zh_sends,
            zh_gets,
        }
    }

    word_lists! {
        pub struct RecoveryOfferWords {
            services,
            providers,
            recover_verbs,
            recover_objects,
            helped,
            help_to,
            funds_lost,
            funds,
            outcomes,
            back_lost,
            back_funds,
            losses,
            thanks,
            thanks_got,
            zh_offers,
            zh_verbs,
            zh_providers,
        }
    }

    word_lists! {
        pub struct ContactHandleWords {
            verbs,
            apps,
            zh_verbs,
            zh_whom,
        }
    }

    word_lists! {
        pub struct SignalResultWords {
            reached,
            between,
            targets,
            zh_targets,
            zh_reached,
            zh_words,
        }
    }

    word_lists! {
        pub struct GroupCallWords {
            everyone,
            urging,
            acts,
            timed_acts,
            together_acts,
            hold_breaks,
            hold_nouns,
            reveal_things,
            reveal_verbs,
            events,
            scheduled,
            picks,
            notices,
            zh_everyone,
            zh_together,
            zh_at_time,
            zh_acts,
            zh_nobody,
            zh_forbid,
            zh_sells,
        }
    }

    word_lists! {
        pub struct InstructionsWords {
            lead_words,
            verbs,
        }
    }

    word_lists! {
        pub struct OfferOpenWords {
            live,
            open_to,
            available_to,
            audiences,
            purposes,
            enablers,
            who,
            can,
            verbs,
            tradable,
            sales,
            starts,
            zh_services,
            zh_features,
            zh_already,
            zh_open,
        }
    }

    word_lists! {
        pub struct OwnServiceWords {
            services,
            with_us_verbs,
            helpers,
            whom,
            acts,
            zh_helpers,
            zh_whom,
            zh_acts,
            zh_you,
            zh_leads,
            zh_have,
            zh_services,
        }
    }

    word_lists! {
        pub struct GainTestimonialWords {
            joins,
            joins_direct,
            gains,
            objects,
            grows,
            credits,
            zh_leads,
            zh_whom,
            zh_gains,
        }
    }

    word_lists! {
        pub struct ReferralWords {
            uses,
            kinds,
            nouns,
            bonus_kinds,
            bonuses,
            conditions,
            fee_backs,
            bring,
            brought,
            contests,
            payouts,
            holds,
            takers,
            rewards,
            zh_acts,
            zh_gifts,
            zh_rewards,
            zh_bring,
            zh_brought,
        }
    }

    word_lists! {
        pub struct ContactAskWords {
            verbs,
            whom,
            roles,
            adverbs,
            determiners,
            asked,
            provider_verbs,
            bait_verbs,
            zh_verbs,
            zh_whom,
            zh_phrases,
            zh_interested,
            zh_interested_acts,
            zh_slogan_acts,
            zh_disclaimers,
        }
    }

    word_lists! {
        pub struct TickerAmountWords {
            not,
        }
    }

    word_lists! {
        pub struct VenuePickWords {
            picks,
            places,
            used,
            zh_picks,
            zh_places,
        }
    }

    word_lists! {
        pub struct AccessTipWords {
            adjectives,
            nouns,
            zh_adjectives,
            zh_nouns,
        }
    }

    word_lists! {
        pub struct WalletAskWords {
            verbs,
            chains,
            zh_verbs,
        }
    }

    word_lists! {
        pub struct CryptoPaymentWords {
            who,
            coins,
            zh_verbs,
            zh_coins,
            zh_pays,
            periods,
            zh_periods,
            zh_fees,
        }
    }

    word_lists! {
        pub struct KeyAskWords {
            verbs,
            qualifiers,
            keys,
            counted_keys,
            zh_verbs,
            zh_keys,
            approve_verbs,
            zh_approve_verbs,
        }
    }

    word_lists! {
        pub struct GroupInviteWords {
            verbs,
            kinds,
            apps,
            places,
            zh_links,
            zh_places,
            groups,
            zh_joins,
            zh_groups,
            zh_not_after,
            zh_look,
            zh_own_places,
        }
    }

    word_lists! {
        pub struct NewsTagWords {
            tags,
        }
    }

    word_lists! {
        pub struct TokenSheetWords {
            fields,
        }
    }

    word_lists! {
        pub struct SaleOfferWords {
            phrases,
            zh_phrases,
        }
    }

    word_lists! {
        pub struct WalletThreatWords {
            subjects,
            losses,
            loss_nouns,
            zh_subjects,
            zh_losses,
        }
    }

    word_lists! {
        pub struct KeywordReplyWords {
            verbs,
            zh_verbs,
            zh_gets,
        }
    }

    word_lists! {
        pub struct AdvanceFeeWords {
            coins,
            kinds,
            zh_fees,
            zh_then,
            zh_releases,
            zh_pays,
            zh_holdings,
            zh_checks,
        }
    }

    word_lists! {
        pub struct EligibilityWords {
            holds,
            gets,
            zh_holds,
            zh_then,
            zh_gets,
        }
    }

    word_lists! {
        pub struct FloorPriceWords {
            words,
            links,
            units,
            zh_words,
            zh_not_after,
        }
    }

    word_lists! {
        pub struct AttributionWords {
            sources,
        }
    }

    word_lists! {
        pub struct AnonymizedNameWords {
            surnames,
            roles,
            not_after,
        }
    }

    word_lists! {
        pub struct ContractAddressWords {
            labels,
        }
    }

    word_lists! {
        pub struct FiatRailWords {
            coins,
            rails,
            zh_coins,
            zh_verbs,
            zh_rails,
            asks,
            terms,
            zh_desk_adverbs,
            zh_desk_verbs,
            zh_desk_any,
        }
    }

    word_lists! {
        pub struct SignalOfferWords {
            offer,
            domains,
            kinds,
        }
    }

    word_lists! {
        pub struct MarketQuoteWords {
            who,
            verbs,
            gerunds,
            sides,
            zh_sides,
            zh_verbs,
            zh_bases,
            zh_moves,
            zh_refs,
            zh_when,
            bids,
            asks,
        }
    }

    word_lists! {
        pub struct RateOfferWords {
            verbs,
            modifiers,
            periods,
            names,
        }
    }

    word_lists! {
        pub struct ProhibitionWords {
            strong,
            manner,
            urges,
            always,
            will_not,
            will_not_whom,
            will_not_acts,
            leads,
            negations,
            acts,
            en_leads,
            en_negations,
            en_acts,
            en_nobody,
            en_genuine,
            en_parties,
            if_subjects,
            if_verbs,
            needles,
        }
    }

    word_lists! {
        pub struct PromiseWords {
            periods,
            gains,
            modifiers,
            over,
            words,
            rate_periods,
            rate_gains,
            times_before,
            guarantees,
            guaranteed_kinds,
            guaranteed_gains,
            before_rate,
            en_words,
            before_amount,
            earn_verbs,
            earn_units,
            vouchers,
            risk_free,
            risk_free_gains,
            periodic,
            periodic_gains,
            offered_verbs,
            offered_gains,
            joins,
            join_gains,
            task_verbs,
            tasks,
        }
    }

    word_lists! {
        pub struct GroupLinkWords {
            hosts,
            paths,
            label_apps,
            label_nouns,
        }
    }

    word_lists! {
        pub struct SignupWords {
            path_segments,
            path_starts,
            labels,
            label_nouns,
        }
    }

    word_lists! {
        pub struct WechatWords {
            anywhere,
            word_start,
            weak,
        }
    }

    word_lists! {
        pub struct AnywhereWords {
            anywhere,
            word_start,
        }
    }

    word_lists! {
        pub struct InviteWords {
            keywords,
            code_words,
            prose_after,
            link_params,
            link_paths,
        }
    }

    word_lists! {
        pub struct UrlWords {
            tlds,
        }
    }

    word_lists! {
        pub struct TelegramWords {
            keywords,
            hosts,
            subdomain_hosts,
            suffixes,
            strong_suffixes,
        }
    }

    word_lists! {
        pub struct PriceWords {
            not_after_u,
            units_after,
            units_before,
            stablecoins,
            labels,
        }
    }

    word_lists! {
        pub struct CallWords {
            lead_words,
            verbs,
            not_objects,
            venue_verbs,
        }
    }

    word_lists! {
        pub struct HashtagWords {
            tails,
        }
    }

    word_lists! {
        pub struct PercentageWords {
            prefixes,
        }
    }

    word_lists! {
        pub struct LeverageWords {
            after_multiple,
            before_multiple,
            on_multiple,
            open_multiple,
            scales,
        }
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct CoinWords {
        pub endings: Vec<Spanned<String>>,
        pub not_in_name: String,
        pub pointers: Vec<Spanned<String>>,
        pub brand_coins: Vec<Spanned<String>>,
        pub brand_business: Vec<Spanned<String>>,
    }

    word_lists! {
        pub struct ExchangeDomainWords {
            anywhere,
            label_start,
            label_exact,
            tlds,
            path_segments,
            content_hosts,
        }
    }

    impl DetectorsFile {
        pub fn build(self, src: &str) -> Result<DetectorWords, PackError> {
            let mut l = Lists { src, first: None };
            let e = self.exchange_domain;
            let (w, i) = (self.wechat_id, self.invite_code);
            let wechat_anywhere = l.words("wechat-id.anywhere", w.anywhere);
            let wechat_word_start = l.words("wechat-id.word_start", w.word_start);
            let wechat_weak = l.words("wechat-id.weak", w.weak);
            if let Some(k) = wechat_weak.iter().find(|k| !wechat_anywhere.contains(k) && !wechat_word_start.contains(k))
            {
                l.fail(PackError::new(
                    "detectors.toml",
                    None,
                    format!("wechat-id.weak: `{k}` is not one of the keywords"),
                ));
            }
            let coin_endings = l.words("coin-name.endings", self.coin_name.endings);
            if let Some(k) = coin_endings.iter().find(|k| !k.bytes().all(|b| b.is_ascii_lowercase())) {
                l.fail(PackError::new(
                    "detectors.toml",
                    None,
                    format!("coin-name.endings: `{k}` is not lowercase ASCII letters"),
                ));
            }
            let group_paths = l.words("group-link.paths", self.group_link.paths);
            if let Some(p) = group_paths.iter().find(|p| p.find('/').is_none_or(|i| i == 0)) {
                l.fail(PackError::new(
                    "detectors.toml",
                    None,
                    format!("group-link.paths: `{p}` is not a host and the start of a path (`t.me/+`)"),
                ));
            }
            let signup_labels = l.words("signup-link.labels", self.signup_link.labels);
            let rp = self.return_promise;
            let cta_verbs = l.phrases("call-to-action.verbs", self.call_to_action.verbs);
            let url_tlds = l.words("url.tlds", self.url.tlds);
            if let Some(t) = url_tlds.iter().find(|t| !t.bytes().all(|b| b.is_ascii_lowercase())) {
                l.fail(PackError::new(
                    "detectors.toml",
                    None,
                    format!("url.tlds: `{t}` is not lowercase ASCII letters"),
                ));
            }
            let invite_link_params = l.words("invite-code.link_params", i.link_params);
            if let Some(t) = invite_link_params
                .iter()
                .find(|t| !t.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'))
            {
                l.fail(PackError::new(
                    "detectors.toml",
                    None,
                    format!("invite-code.link_params: `{t}` is not lowercase ASCII letters, digits and `_`"),
                ));
            }
            let price_units_after = l.words("price.units_after", self.price.units_after);
            let price_stablecoins = l.words("price.stablecoins", self.price.stablecoins);
            let price_labels = l.words("price.labels", self.price.labels);
            let promise_periods = l.words("return-promise.periods", rp.periods);
            let promise_gains = l.words("return-promise.gains", rp.gains);
            let promise_words = l.words("return-promise.words", rp.words);
            let promise_rate_periods = l.phrases("return-promise.rate_periods", rp.rate_periods);
            for (key, list) in [
                ("signup-link.labels", signup_labels.is_empty()),
                ("return-promise.periods", promise_periods.is_empty()),
                ("price.units_after", price_units_after.is_empty()),
                ("url.tlds", url_tlds.is_empty()),
                ("call-to-action.verbs", cta_verbs.is_empty()),
                ("price.stablecoins", price_stablecoins.is_empty()),
                ("price.labels", price_labels.is_empty()),
                ("return-promise.gains", promise_gains.is_empty()),
                ("return-promise.words", promise_words.is_empty()),
                ("return-promise.rate_periods", promise_rate_periods.is_empty()),
                ("wechat-id", wechat_anywhere.is_empty() && wechat_word_start.is_empty()),
                ("qq-id", self.qq_id.anywhere.is_empty() && self.qq_id.word_start.is_empty()),
                ("telegram-handle.keywords", self.telegram_handle.keywords.is_empty()),
                ("invite-code", i.keywords.is_empty() && i.code_words.is_empty()),
                ("leverage.after_multiple", self.leverage.after_multiple.is_empty()),
                ("leverage.before_multiple", self.leverage.before_multiple.is_empty()),
                ("coin-name.endings", coin_endings.is_empty()),
                ("trade-call.entries", self.trade_call.entries.is_empty()),
                ("trade-call.exits", self.trade_call.exits.is_empty()),
            ] {
                if list {
                    l.fail(PackError::new("detectors.toml", None, format!("{key}: no words")));
                }
            }
            if !(1..=4096).contains(&self.trade_call.span) {
                let span = self.trade_call.span;
                l.fail(PackError::new("detectors.toml", None, format!("trade-call.span = {span} is outside 1..=4096")));
            }
            let telegram_suffixes = l.words("telegram-handle.suffixes", self.telegram_handle.suffixes);
            let telegram_strong_suffixes =
                l.words("telegram-handle.strong_suffixes", self.telegram_handle.strong_suffixes);
            if let Some(w) = telegram_strong_suffixes.iter().find(|w| !telegram_suffixes.contains(w)) {
                l.fail(PackError::new(
                    "detectors.toml",
                    None,
                    format!("telegram-handle.strong_suffixes: `{w}` is not one of the suffixes"),
                ));
            }
            let forbid_urges = l.phrases("prohibition.urges", self.prohibition.urges);
            if let Some(u) = forbid_urges.iter().find(|u| u.chars().count() != 1) {
                l.fail(PackError::new(
                    "detectors.toml",
                    None,
                    format!("prohibition.urges: `{u}` is not one character"),
                ));
            }
            let forbid_strong = l.phrases("prohibition.strong", self.prohibition.strong);
            let forbid_will_not = l.phrases("prohibition.will_not", self.prohibition.will_not);
            let forbid_negations = l.phrases("prohibition.negations", self.prohibition.negations);
            let forbid_en_negations = l.phrases("prohibition.en_negations", self.prohibition.en_negations);
            let forbid_en_nobody = l.phrases("prohibition.en_nobody", self.prohibition.en_nobody);
            let forbid_needles = l.phrases("prohibition.needles", self.prohibition.needles);
            // The detector skips a text with none of the needles, so every word a prohibition
            // must hold has to hold one (`no` and `if` start two English forms).
            let required =
                [&forbid_strong, &forbid_will_not, &forbid_negations, &forbid_en_negations, &forbid_en_nobody];
            let mut required: Vec<&str> = required.into_iter().flatten().map(String::as_str).collect();
            required.extend(["no", "if"]);
            if let Some(w) = required.iter().find(|w| !forbid_needles.iter().any(|n| w.contains(n.as_str()))) {
                l.fail(PackError::new(
                    "detectors.toml",
                    None,
                    format!("prohibition.needles: `{w}` holds none of the needles"),
                ));
            }
            let built = DetectorWords {
                brands_anywhere: l.words("exchange-domain.anywhere", e.anywhere),
                brands_label_start: l.words("exchange-domain.label_start", e.label_start),
                brands_label_exact: l.words("exchange-domain.label_exact", e.label_exact),
                exchange_tlds: l.words("exchange-domain.tlds", e.tlds),
                exchange_path_segments: l.words("exchange-domain.path_segments", e.path_segments),
                exchange_content_hosts: l.words("exchange-domain.content_hosts", e.content_hosts),
                wechat_anywhere,
                wechat_word_start,
                wechat_weak,
                telegram: l.words("telegram-handle.keywords", self.telegram_handle.keywords),
                telegram_hosts: l.words("telegram-handle.hosts", self.telegram_handle.hosts),
                telegram_subdomain_hosts: l
                    .words("telegram-handle.subdomain_hosts", self.telegram_handle.subdomain_hosts),
                telegram_suffixes,
                telegram_strong_suffixes,
                qq_anywhere: l.words("qq-id.anywhere", self.qq_id.anywhere),
                qq_word_start: l.words("qq-id.word_start", self.qq_id.word_start),
                invite_keywords: l.words("invite-code.keywords", i.keywords),
                invite_code_words: l.words("invite-code.code_words", i.code_words),
                invite_prose_after: l.words("invite-code.prose_after", i.prose_after),
                invite_link_params,
                invite_link_paths: l.words("invite-code.link_paths", i.link_paths),
                price_not_after_u: l.words("price.not_after_u", self.price.not_after_u),
                price_units_after,
                price_units_before: l.words("price.units_before", self.price.units_before),
                price_stablecoins,
                price_labels,
                percentage_prefixes: l.words("percentage.prefixes", self.percentage.prefixes),
                url_tlds,
                cta_lead_words: l.phrases("call-to-action.lead_words", self.call_to_action.lead_words),
                cta_verbs,
                cta_not_objects: l.words("call-to-action.not_objects", self.call_to_action.not_objects),
                cta_venue_verbs: l.phrases("call-to-action.venue_verbs", self.call_to_action.venue_verbs),
                leverage_after: l.words("leverage.after_multiple", self.leverage.after_multiple),
                leverage_before: l.words("leverage.before_multiple", self.leverage.before_multiple),
                coin_endings,
                coin_not_in_name: self.coin_name.not_in_name,
                coin_pointers: l.words("coin-name.pointers", self.coin_name.pointers),
                coin_brand_coins: l.words("coin-name.brand_coins", self.coin_name.brand_coins),
                coin_brand_business: l.words("coin-name.brand_business", self.coin_name.brand_business),
                group_hosts: l.words("group-link.hosts", self.group_link.hosts),
                group_label_apps: l.words("group-link.label_apps", self.group_link.label_apps),
                group_label_nouns: l.words("group-link.label_nouns", self.group_link.label_nouns),
                group_paths,
                signup_path_segments: l.words("signup-link.path_segments", self.signup_link.path_segments),
                signup_path_starts: l.words("signup-link.path_starts", self.signup_link.path_starts),
                signup_labels,
                signup_label_nouns: l.words("signup-link.label_nouns", self.signup_link.label_nouns),
                promise_periods,
                promise_gains,
                promise_modifiers: l.words("return-promise.modifiers", rp.modifiers),
                promise_over: l.words("return-promise.over", rp.over),
                promise_words,
                promise_rate_periods,
                promise_rate_gains: l.phrases("return-promise.rate_gains", rp.rate_gains),
                trade_call_entries: l.words("trade-call.entries", self.trade_call.entries),
                trade_call_exits: l.words("trade-call.exits", self.trade_call.exits),
                trade_call_span: self.trade_call.span,
                card_not: l.words("trade-call.card_not", self.trade_call.card_not),
                card_sides: l.words("trade-call.card_sides", self.trade_call.card_sides),
                promise_times_before: l.phrases("return-promise.times_before", rp.times_before),
                promise_guarantees: l.phrases("return-promise.guarantees", rp.guarantees),
                promise_guaranteed_kinds: l.phrases("return-promise.guaranteed_kinds", rp.guaranteed_kinds),
                promise_guaranteed_gains: l.phrases("return-promise.guaranteed_gains", rp.guaranteed_gains),
                promise_before_rate: l.phrases("return-promise.before_rate", rp.before_rate),
                promise_en_words: l.phrases("return-promise.en_words", rp.en_words),
                promise_before_amount: l.phrases("return-promise.before_amount", rp.before_amount),
                promise_earn_verbs: l.phrases("return-promise.earn_verbs", rp.earn_verbs),
                promise_earn_units: l.phrases("return-promise.earn_units", rp.earn_units),
                promise_vouchers: l.phrases("return-promise.vouchers", rp.vouchers),
                promise_risk_free: l.phrases("return-promise.risk_free", rp.risk_free),
                promise_risk_free_gains: l.phrases("return-promise.risk_free_gains", rp.risk_free_gains),
                promise_periodic: l.phrases("return-promise.periodic", rp.periodic),
                promise_periodic_gains: l.phrases("return-promise.periodic_gains", rp.periodic_gains),
                promise_offered_verbs: l.phrases("return-promise.offered_verbs", rp.offered_verbs),
                promise_offered_gains: l.phrases("return-promise.offered_gains", rp.offered_gains),
                promise_joins: l.phrases("return-promise.joins", rp.joins),
                promise_join_gains: l.phrases("return-promise.join_gains", rp.join_gains),
                promise_task_verbs: l.phrases("return-promise.task_verbs", rp.task_verbs),
                promise_tasks: l.phrases("return-promise.tasks", rp.tasks),
                leverage_on: l.phrases("leverage.on_multiple", self.leverage.on_multiple),
                leverage_open: l.phrases("leverage.open_multiple", self.leverage.open_multiple),
                leverage_scales: l.words("leverage.scales", self.leverage.scales),
                trade_levels: l.phrases("trade-level.levels", self.trade_level.levels),
                trade_level_words: l.phrases("trade-level.level_words", self.trade_level.level_words),
                trade_level_fillers: l.phrases("trade-level.level_fillers", self.trade_level.level_fillers),
                trade_zh_near: l.phrases("trade-level.zh_near", self.trade_level.zh_near),
                trade_zh_sizes: l.phrases("trade-level.zh_sizes", self.trade_level.zh_sizes),
                trade_zh_entries: l.phrases("trade-level.zh_entries", self.trade_level.zh_entries),
                trade_zh_breaks: l.phrases("trade-level.zh_breaks", self.trade_level.zh_breaks),
                trade_zh_break_exits: l.phrases("trade-level.zh_break_exits", self.trade_level.zh_break_exits),
                trade_at_market: l.phrases("trade-level.at_market", self.trade_level.at_market),
                trade_en_levels: l.phrases("trade-level.en_levels", self.trade_level.en_levels),
                trade_en_numbered: l.phrases("trade-level.en_numbered", self.trade_level.en_numbered),
                trade_en_after: l.phrases("trade-level.en_after", self.trade_level.en_after),
                trade_orders: l.phrases("trade-level.orders", self.trade_level.orders),
                trade_order_marks: l.phrases("trade-level.order_marks", self.trade_level.order_marks),
                trade_en_at_market: l.phrases("trade-level.en_at_market", self.trade_level.en_at_market),
                doubling_sends: l.phrases("doubling.sends", self.doubling.sends),
                doubling_gets: l.phrases("doubling.gets", self.doubling.gets),
                doubling_multiples: l.phrases("doubling.multiples", self.doubling.multiples),
                doubling_doubles: l.phrases("doubling.doubles", self.doubling.doubles),
                doubling_coins: l.phrases("doubling.double_coins", self.doubling.double_coins),
                doubling_zh_sends: l.phrases("doubling.zh_sends", self.doubling.zh_sends),
                doubling_zh_gets: l.phrases("doubling.zh_gets", self.doubling.zh_gets),
                recovery_services: l.phrases("recovery-offer.services", self.recovery_offer.services),
                recovery_providers: l.phrases("recovery-offer.providers", self.recovery_offer.providers),
                recovery_verbs: l.phrases("recovery-offer.recover_verbs", self.recovery_offer.recover_verbs),
                recovery_objects: l.phrases("recovery-offer.recover_objects", self.recovery_offer.recover_objects),
                recovery_helped: l.phrases("recovery-offer.helped", self.recovery_offer.helped),
                recovery_help_to: l.phrases("recovery-offer.help_to", self.recovery_offer.help_to),
                recovery_funds_lost: l.phrases("recovery-offer.funds_lost", self.recovery_offer.funds_lost),
                recovery_funds: l.phrases("recovery-offer.funds", self.recovery_offer.funds),
                recovery_outcomes: l.phrases("recovery-offer.outcomes", self.recovery_offer.outcomes),
                recovery_back_lost: l.phrases("recovery-offer.back_lost", self.recovery_offer.back_lost),
                recovery_back_funds: l.phrases("recovery-offer.back_funds", self.recovery_offer.back_funds),
                recovery_losses: l.phrases("recovery-offer.losses", self.recovery_offer.losses),
                recovery_thanks: l.phrases("recovery-offer.thanks", self.recovery_offer.thanks),
                recovery_thanks_got: l.phrases("recovery-offer.thanks_got", self.recovery_offer.thanks_got),
                recovery_zh_offers: l.phrases("recovery-offer.zh_offers", self.recovery_offer.zh_offers),
                recovery_zh_verbs: l.phrases("recovery-offer.zh_verbs", self.recovery_offer.zh_verbs),
                recovery_zh_providers: l.phrases("recovery-offer.zh_providers", self.recovery_offer.zh_providers),
                contact_verbs: l.phrases("contact-handle.verbs", self.contact_handle.verbs),
                contact_apps: l.phrases("contact-handle.apps", self.contact_handle.apps),
                contact_zh_verbs: l.phrases("contact-handle.zh_verbs", self.contact_handle.zh_verbs),
                contact_zh_whom: l.phrases("contact-handle.zh_whom", self.contact_handle.zh_whom),
                gain_joins: l.phrases("gain-testimonial.joins", self.gain_testimonial.joins),
                gain_joins_direct: l.phrases("gain-testimonial.joins_direct", self.gain_testimonial.joins_direct),
                gain_verbs: l.phrases("gain-testimonial.gains", self.gain_testimonial.gains),
                gain_objects: l.phrases("gain-testimonial.objects", self.gain_testimonial.objects),
                gain_grows: l.phrases("gain-testimonial.grows", self.gain_testimonial.grows),
                gain_credits: l.phrases("gain-testimonial.credits", self.gain_testimonial.credits),
                gain_zh_leads: l.phrases("gain-testimonial.zh_leads", self.gain_testimonial.zh_leads),
                gain_zh_whom: l.phrases("gain-testimonial.zh_whom", self.gain_testimonial.zh_whom),
                gain_zh_gains: l.phrases("gain-testimonial.zh_gains", self.gain_testimonial.zh_gains),
                group_everyone: l.phrases("group-call.everyone", self.group_call.everyone),
                group_urging: l.phrases("group-call.urging", self.group_call.urging),
                group_acts: l.phrases("group-call.acts", self.group_call.acts),
                group_timed_acts: l.phrases("group-call.timed_acts", self.group_call.timed_acts),
                group_together_acts: l.phrases("group-call.together_acts", self.group_call.together_acts),
                group_hold_breaks: l.phrases("group-call.hold_breaks", self.group_call.hold_breaks),
                group_hold_nouns: l.phrases("group-call.hold_nouns", self.group_call.hold_nouns),
                group_reveal_things: l.phrases("group-call.reveal_things", self.group_call.reveal_things),
                group_reveal_verbs: l.phrases("group-call.reveal_verbs", self.group_call.reveal_verbs),
                group_events: l.phrases("group-call.events", self.group_call.events),
                group_scheduled: l.phrases("group-call.scheduled", self.group_call.scheduled),
                group_picks: l.phrases("group-call.picks", self.group_call.picks),
                group_notices: l.phrases("group-call.notices", self.group_call.notices),
                group_zh_everyone: l.phrases("group-call.zh_everyone", self.group_call.zh_everyone),
                group_zh_together: l.phrases("group-call.zh_together", self.group_call.zh_together),
                group_zh_at_time: l.phrases("group-call.zh_at_time", self.group_call.zh_at_time),
                group_zh_acts: l.phrases("group-call.zh_acts", self.group_call.zh_acts),
                group_zh_nobody: l.phrases("group-call.zh_nobody", self.group_call.zh_nobody),
                group_zh_forbid: l.phrases("group-call.zh_forbid", self.group_call.zh_forbid),
                group_zh_sells: l.phrases("group-call.zh_sells", self.group_call.zh_sells),
                signal_reached: l.phrases("signal-result.reached", self.signal_result.reached),
                signal_between: l.phrases("signal-result.between", self.signal_result.between),
                signal_targets: l.phrases("signal-result.targets", self.signal_result.targets),
                signal_zh_targets: l.phrases("signal-result.zh_targets", self.signal_result.zh_targets),
                signal_zh_reached: l.phrases("signal-result.zh_reached", self.signal_result.zh_reached),
                signal_zh_words: l.phrases("signal-result.zh_words", self.signal_result.zh_words),
                instruction_lead_words: l.phrases("instructions.lead_words", self.instructions.lead_words),
                instruction_verbs: l.phrases("instructions.verbs", self.instructions.verbs),
                offer_live: l.phrases("offer-open.live", self.offer_open.live),
                offer_open_to: l.phrases("offer-open.open_to", self.offer_open.open_to),
                offer_available_to: l.phrases("offer-open.available_to", self.offer_open.available_to),
                offer_audiences: l.phrases("offer-open.audiences", self.offer_open.audiences),
                offer_purposes: l.phrases("offer-open.purposes", self.offer_open.purposes),
                offer_enablers: l.phrases("offer-open.enablers", self.offer_open.enablers),
                offer_who: l.phrases("offer-open.who", self.offer_open.who),
                offer_can: l.phrases("offer-open.can", self.offer_open.can),
                offer_verbs: l.phrases("offer-open.verbs", self.offer_open.verbs),
                offer_tradable: l.phrases("offer-open.tradable", self.offer_open.tradable),
                offer_sales: l.phrases("offer-open.sales", self.offer_open.sales),
                offer_starts: l.phrases("offer-open.starts", self.offer_open.starts),
                offer_zh_services: l.phrases("offer-open.zh_services", self.offer_open.zh_services),
                offer_zh_features: l.phrases("offer-open.zh_features", self.offer_open.zh_features),
                offer_zh_already: l.phrases("offer-open.zh_already", self.offer_open.zh_already),
                offer_zh_open: l.phrases("offer-open.zh_open", self.offer_open.zh_open),
                own_services: l.phrases("own-service.services", self.own_service.services),
                own_with_us_verbs: l.phrases("own-service.with_us_verbs", self.own_service.with_us_verbs),
                own_helpers: l.phrases("own-service.helpers", self.own_service.helpers),
                own_whom: l.phrases("own-service.whom", self.own_service.whom),
                own_acts: l.phrases("own-service.acts", self.own_service.acts),
                own_zh_helpers: l.phrases("own-service.zh_helpers", self.own_service.zh_helpers),
                own_zh_whom: l.phrases("own-service.zh_whom", self.own_service.zh_whom),
                own_zh_acts: l.phrases("own-service.zh_acts", self.own_service.zh_acts),
                own_zh_you: l.phrases("own-service.zh_you", self.own_service.zh_you),
                own_zh_leads: l.phrases("own-service.zh_leads", self.own_service.zh_leads),
                own_zh_have: l.words("own-service.zh_have", self.own_service.zh_have),
                own_zh_services: l.words("own-service.zh_services", self.own_service.zh_services),
                invite_verbs: l.phrases("group-invite.verbs", self.group_invite.verbs),
                invite_kinds: l.phrases("group-invite.kinds", self.group_invite.kinds),
                invite_apps: l.phrases("group-invite.apps", self.group_invite.apps),
                invite_places: l.phrases("group-invite.places", self.group_invite.places),
                wallet_verbs: l.phrases("wallet-ask.verbs", self.wallet_ask.verbs),
                wallet_chains: l.phrases("wallet-ask.chains", self.wallet_ask.chains),
                wallet_zh_verbs: l.phrases("wallet-ask.zh_verbs", self.wallet_ask.zh_verbs),
                key_verbs: l.phrases("key-ask.verbs", self.key_ask.verbs),
                key_qualifiers: l.phrases("key-ask.qualifiers", self.key_ask.qualifiers),
                key_keys: l.phrases("key-ask.keys", self.key_ask.keys),
                key_counted: l.phrases("key-ask.counted_keys", self.key_ask.counted_keys),
                key_zh_verbs: l.words("key-ask.zh_verbs", self.key_ask.zh_verbs),
                key_zh_keys: l.words("key-ask.zh_keys", self.key_ask.zh_keys),
                key_approve_verbs: l.phrases("key-ask.approve_verbs", self.key_ask.approve_verbs),
                key_zh_approve_verbs: l.words("key-ask.zh_approve_verbs", self.key_ask.zh_approve_verbs),
                access_adjectives: l.phrases("access-tip.adjectives", self.access_tip.adjectives),
                access_nouns: l.phrases("access-tip.nouns", self.access_tip.nouns),
                access_zh_adjectives: l.phrases("access-tip.zh_adjectives", self.access_tip.zh_adjectives),
                access_zh_nouns: l.phrases("access-tip.zh_nouns", self.access_tip.zh_nouns),
                venue_picks: l.phrases("venue-pick.picks", self.venue_pick.picks),
                venue_places: l.phrases("venue-pick.places", self.venue_pick.places),
                venue_used: l.phrases("venue-pick.used", self.venue_pick.used),
                venue_zh_picks: l.phrases("venue-pick.zh_picks", self.venue_pick.zh_picks),
                venue_zh_places: l.phrases("venue-pick.zh_places", self.venue_pick.zh_places),
                ticker_not: l.phrases("ticker-amount.not", self.ticker_amount.not),
                invite_zh_links: l.words("group-invite.zh_links", self.group_invite.zh_links),
                invite_zh_places: l.words("group-invite.zh_places", self.group_invite.zh_places),
                invite_zh_look: l.words("group-invite.zh_look", self.group_invite.zh_look),
                invite_zh_own_places: l.words("group-invite.zh_own_places", self.group_invite.zh_own_places),
                invite_groups: l.phrases("group-invite.groups", self.group_invite.groups),
                invite_zh_joins: l.words("group-invite.zh_joins", self.group_invite.zh_joins),
                invite_zh_groups: l.words("group-invite.zh_groups", self.group_invite.zh_groups),
                invite_zh_not_after: l.words("group-invite.zh_not_after", self.group_invite.zh_not_after),
                ask_verbs: l.phrases("contact-ask.verbs", self.contact_ask.verbs),
                ask_whom: l.phrases("contact-ask.whom", self.contact_ask.whom),
                ask_roles: l.phrases("contact-ask.roles", self.contact_ask.roles),
                ask_adverbs: l.phrases("contact-ask.adverbs", self.contact_ask.adverbs),
                ask_determiners: l.phrases("contact-ask.determiners", self.contact_ask.determiners),
                ask_asked: l.phrases("contact-ask.asked", self.contact_ask.asked),
                ask_provider_verbs: l.phrases("contact-ask.provider_verbs", self.contact_ask.provider_verbs),
                ask_bait_verbs: l.phrases("contact-ask.bait_verbs", self.contact_ask.bait_verbs),
                ask_zh_verbs: l.phrases("contact-ask.zh_verbs", self.contact_ask.zh_verbs),
                ask_zh_whom: l.phrases("contact-ask.zh_whom", self.contact_ask.zh_whom),
                ask_zh_phrases: l.phrases("contact-ask.zh_phrases", self.contact_ask.zh_phrases),
                ask_zh_interested: l.phrases("contact-ask.zh_interested", self.contact_ask.zh_interested),
                ask_zh_interested_acts: l
                    .phrases("contact-ask.zh_interested_acts", self.contact_ask.zh_interested_acts),
                ask_zh_slogan_acts: l.phrases("contact-ask.zh_slogan_acts", self.contact_ask.zh_slogan_acts),
                ask_zh_disclaimers: l.phrases("contact-ask.zh_disclaimers", self.contact_ask.zh_disclaimers),
                referral_uses: l.phrases("referral.uses", self.referral.uses),
                referral_kinds: l.phrases("referral.kinds", self.referral.kinds),
                referral_nouns: l.phrases("referral.nouns", self.referral.nouns),
                referral_bonus_kinds: l.phrases("referral.bonus_kinds", self.referral.bonus_kinds),
                referral_bonuses: l.phrases("referral.bonuses", self.referral.bonuses),
                referral_conditions: l.phrases("referral.conditions", self.referral.conditions),
                referral_fee_backs: l.phrases("referral.fee_backs", self.referral.fee_backs),
                referral_bring: l.phrases("referral.bring", self.referral.bring),
                referral_brought: l.phrases("referral.brought", self.referral.brought),
                referral_contests: l.phrases("referral.contests", self.referral.contests),
                referral_payouts: l.phrases("referral.payouts", self.referral.payouts),
                referral_holds: l.phrases("referral.holds", self.referral.holds),
                referral_takers: l.phrases("referral.takers", self.referral.takers),
                referral_rewards: l.phrases("referral.rewards", self.referral.rewards),
                referral_zh_acts: l.phrases("referral.zh_acts", self.referral.zh_acts),
                referral_zh_gifts: l.phrases("referral.zh_gifts", self.referral.zh_gifts),
                referral_zh_rewards: l.phrases("referral.zh_rewards", self.referral.zh_rewards),
                referral_zh_bring: l.phrases("referral.zh_bring", self.referral.zh_bring),
                referral_zh_brought: l.phrases("referral.zh_brought", self.referral.zh_brought),
                rate_verbs: l.phrases("rate-offer.verbs", self.rate_offer.verbs),
                rate_modifiers: l.phrases("rate-offer.modifiers", self.rate_offer.modifiers),
                rate_periods: l.phrases("rate-offer.periods", self.rate_offer.periods),
                rate_names: l.phrases("rate-offer.names", self.rate_offer.names),
                quote_who: l.phrases("market-quote.who", self.market_quote.who),
                quote_verbs: l.phrases("market-quote.verbs", self.market_quote.verbs),
                quote_gerunds: l.phrases("market-quote.gerunds", self.market_quote.gerunds),
                quote_sides: l.phrases("market-quote.sides", self.market_quote.sides),
                quote_zh_sides: l.words("market-quote.zh_sides", self.market_quote.zh_sides),
                quote_zh_verbs: l.words("market-quote.zh_verbs", self.market_quote.zh_verbs),
                quote_zh_bases: l.words("market-quote.zh_bases", self.market_quote.zh_bases),
                quote_zh_moves: l.words("market-quote.zh_moves", self.market_quote.zh_moves),
                quote_zh_refs: l.words("market-quote.zh_refs", self.market_quote.zh_refs),
                quote_zh_when: l.words("market-quote.zh_when", self.market_quote.zh_when),
                quote_bids: l.phrases("market-quote.bids", self.market_quote.bids),
                quote_asks: l.phrases("market-quote.asks", self.market_quote.asks),
                signal_offer_words: l.phrases("signal-offer.offer", self.signal_offer.offer),
                signal_domains: l.phrases("signal-offer.domains", self.signal_offer.domains),
                signal_kinds: l.phrases("signal-offer.kinds", self.signal_offer.kinds),
                rail_coins: l.phrases("fiat-rail.coins", self.fiat_rail.coins),
                rail_rails: l.phrases("fiat-rail.rails", self.fiat_rail.rails),
                rail_zh_coins: l.words("fiat-rail.zh_coins", self.fiat_rail.zh_coins),
                rail_zh_verbs: l.words("fiat-rail.zh_verbs", self.fiat_rail.zh_verbs),
                rail_zh_rails: l.words("fiat-rail.zh_rails", self.fiat_rail.zh_rails),
                rail_asks: l.phrases("fiat-rail.asks", self.fiat_rail.asks),
                rail_zh_desk_adverbs: l.words("fiat-rail.zh_desk_adverbs", self.fiat_rail.zh_desk_adverbs),
                rail_zh_desk_verbs: l.words("fiat-rail.zh_desk_verbs", self.fiat_rail.zh_desk_verbs),
                rail_zh_desk_any: l.words("fiat-rail.zh_desk_any", self.fiat_rail.zh_desk_any),
                rail_terms: l.phrases("fiat-rail.terms", self.fiat_rail.terms),
                pay_who: l.phrases("crypto-payment.who", self.crypto_payment.who),
                pay_coins: l.phrases("crypto-payment.coins", self.crypto_payment.coins),
                pay_zh_verbs: l.words("crypto-payment.zh_verbs", self.crypto_payment.zh_verbs),
                pay_zh_coins: l.words("crypto-payment.zh_coins", self.crypto_payment.zh_coins),
                pay_zh_pays: l.words("crypto-payment.zh_pays", self.crypto_payment.zh_pays),
                pay_periods: l.phrases("crypto-payment.periods", self.crypto_payment.periods),
                pay_zh_periods: l.phrases("crypto-payment.zh_periods", self.crypto_payment.zh_periods),
                pay_zh_fees: l.phrases("crypto-payment.zh_fees", self.crypto_payment.zh_fees),
                news_tags: l.phrases("news-tag.tags", self.news_tag.tags),
                anon_surnames: l.words("anonymized-name.surnames", self.anonymized_name.surnames),
                anon_roles: l.words("anonymized-name.roles", self.anonymized_name.roles),
                anon_not_after: l.words("anonymized-name.not_after", self.anonymized_name.not_after),
                sale_offers: l.phrases("sale-offer.phrases", self.sale_offer.phrases),
                sale_zh_offers: l.words("sale-offer.zh_phrases", self.sale_offer.zh_phrases),
                floor_words: l.phrases("floor-price.words", self.floor_price.words),
                floor_links: l.phrases("floor-price.links", self.floor_price.links),
                floor_units: l.phrases("floor-price.units", self.floor_price.units),
                floor_zh_words: l.words("floor-price.zh_words", self.floor_price.zh_words),
                floor_zh_not_after: l.words("floor-price.zh_not_after", self.floor_price.zh_not_after),
                threat_subjects: l.phrases("wallet-threat.subjects", self.wallet_threat.subjects),
                threat_losses: l.phrases("wallet-threat.losses", self.wallet_threat.losses),
                threat_loss_nouns: l.phrases("wallet-threat.loss_nouns", self.wallet_threat.loss_nouns),
                threat_zh_subjects: l.words("wallet-threat.zh_subjects", self.wallet_threat.zh_subjects),
                threat_zh_losses: l.words("wallet-threat.zh_losses", self.wallet_threat.zh_losses),
                reply_verbs: l.phrases("keyword-reply.verbs", self.keyword_reply.verbs),
                reply_zh_verbs: l.words("keyword-reply.zh_verbs", self.keyword_reply.zh_verbs),
                reply_zh_gets: l.words("keyword-reply.zh_gets", self.keyword_reply.zh_gets),
                eligibility_holds: l.phrases("eligibility.holds", self.eligibility.holds),
                eligibility_gets: l.phrases("eligibility.gets", self.eligibility.gets),
                eligibility_zh_holds: l.words("eligibility.zh_holds", self.eligibility.zh_holds),
                eligibility_zh_then: l.words("eligibility.zh_then", self.eligibility.zh_then),
                eligibility_zh_gets: l.words("eligibility.zh_gets", self.eligibility.zh_gets),
                fee_coins: l.phrases("advance-fee.coins", self.advance_fee.coins),
                fee_kinds: l.phrases("advance-fee.kinds", self.advance_fee.kinds),
                fee_zh_fees: l.words("advance-fee.zh_fees", self.advance_fee.zh_fees),
                fee_zh_then: l.words("advance-fee.zh_then", self.advance_fee.zh_then),
                fee_zh_releases: l.words("advance-fee.zh_releases", self.advance_fee.zh_releases),
                fee_zh_pays: l.words("advance-fee.zh_pays", self.advance_fee.zh_pays),
                fee_zh_holdings: l.words("advance-fee.zh_holdings", self.advance_fee.zh_holdings),
                fee_zh_checks: l.words("advance-fee.zh_checks", self.advance_fee.zh_checks),
                attribution_sources: l.words("attribution.sources", self.attribution.sources),
                token_sheet_fields: l.phrases("token-sheet.fields", self.token_sheet.fields),
                address_labels: l.phrases("contract-address.labels", self.contract_address.labels),
                forbid_strong,
                forbid_manner: l.phrases("prohibition.manner", self.prohibition.manner),
                forbid_urges,
                forbid_always: l.phrases("prohibition.always", self.prohibition.always),
                forbid_will_not,
                forbid_will_not_whom: l.phrases("prohibition.will_not_whom", self.prohibition.will_not_whom),
                forbid_will_not_acts: l.phrases("prohibition.will_not_acts", self.prohibition.will_not_acts),
                forbid_leads: l.phrases("prohibition.leads", self.prohibition.leads),
                forbid_negations,
                forbid_acts: l.phrases("prohibition.acts", self.prohibition.acts),
                forbid_en_leads: l.phrases("prohibition.en_leads", self.prohibition.en_leads),
                forbid_en_negations,
                forbid_en_acts: l.phrases("prohibition.en_acts", self.prohibition.en_acts),
                forbid_en_nobody,
                forbid_en_genuine: l.phrases("prohibition.en_genuine", self.prohibition.en_genuine),
                forbid_en_parties: l.phrases("prohibition.en_parties", self.prohibition.en_parties),
                forbid_if_subjects: l.phrases("prohibition.if_subjects", self.prohibition.if_subjects),
                forbid_if_verbs: l.phrases("prohibition.if_verbs", self.prohibition.if_verbs),
                forbid_needles,
                hashtag_tails: l.words("hashtag.tails", self.hashtag.tails),
            };
            match l.first {
                Some(e) => Err(e),
                None => Ok(built),
            }
        }
    }

    /// The lists of `detectors.toml` as they are read, and the first problem found. The
    /// first problem is kept and reading goes on, instead of a `?` after each list: each `?`
    /// made the compiler write out the drop of every list read before it and of every list
    /// not yet read, about 200 KB of wasm for the 130 lists.
    struct Lists<'a> {
        src: &'a str,
        first: Option<PackError>,
    }

    impl Lists<'_> {
        fn words(&mut self, key: &str, list: Vec<Spanned<String>>) -> Vec<String> {
            let read = words(self.src, key, list);
            self.keep(read)
        }

        fn phrases(&mut self, key: &str, list: Vec<Spanned<String>>) -> Vec<String> {
            let read = phrases(self.src, key, list);
            self.keep(read)
        }

        fn keep(&mut self, read: Result<Vec<String>, PackError>) -> Vec<String> {
            read.unwrap_or_else(|e| {
                self.fail(e);
                Vec::new()
            })
        }

        fn fail(&mut self, e: PackError) {
            self.first.get_or_insert(e);
        }
    }

    /// A word list of `detectors.toml`: each word non-empty, without spaces around it, in
    /// lower case (as the normalized text is), and listed once.
    fn words(src: &str, key: &str, list: Vec<Spanned<String>>) -> Result<Vec<String>, PackError> {
        let mut out: Vec<String> = Vec::with_capacity(list.len());
        for w in list {
            let start = w.span().start;
            let word = w.into_inner();
            let problem = if word.is_empty() || word.trim() != word {
                Some("is empty or has spaces around it")
            } else if word.chars().any(char::is_uppercase) {
                Some("has capitals (write it in lower case, as the normalized text is)")
            } else if out.contains(&word) {
                Some("is listed twice")
            } else {
                None
            };
            if let Some(p) = problem {
                // The line is counted only for an error: counting it for every word read the
                // file again up to each word.
                let line = Some(line_of(src, start));
                return Err(PackError::new("detectors.toml", line, format!("{key}: `{word}` {p}")));
            }
            out.push(word);
        }
        Ok(out)
    }

    /// A list of phrases of `detectors.toml`: words as for [`words`], one space between
    /// two words of a phrase (it stands for any run of spaces and tabs).
    fn phrases(src: &str, key: &str, list: Vec<Spanned<String>>) -> Result<Vec<String>, PackError> {
        let starts: Vec<usize> = list.iter().map(|w| w.span().start).collect();
        let out = words(src, key, list)?;
        if let Some(i) = out.iter().position(|w| w.contains("  ") || w.contains(['\t', '\n'])) {
            return Err(PackError::new(
                "detectors.toml",
                Some(line_of(src, starts[i])),
                format!("{key}: `{}` has a tab or two spaces in a row (one space stands for any)", out[i]),
            ));
        }
        Ok(out)
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct RawScoring {
        pub block: f32,
        pub review: f32,
        pub weights: HashMap<String, f32>,
        pub reach: HashMap<String, usize>,
        #[serde(default)]
        pub full_sentence: f32,
        pub evasion_bonus: f32,
        pub genre_factor: f32,
        pub genre_share: f32,
        pub anchor_floor: f32,
        #[serde(default)]
        pub block_floor: f32,
        #[serde(default)]
        pub route_blocks: Option<f32>,
        pub route_genre_floor: f32,
        pub context_floor: f32,
        pub genre_word: f32,
        pub keep: usize,
        #[serde(default)]
        pub venue: f32,
        #[serde(default)]
        pub hints: Option<RawHints>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct RawHints {
        pub min: f32,
        pub cap: f32,
        pub reach: usize,
    }

    impl RawScoring {
        pub fn build(&self) -> Result<Scoring, PackError> {
            let err = |m: String| PackError::new("pack.toml", None, format!("[scoring] {m}"));
            let mut weights = [0.0f32; 8];
            for (k, &w) in &self.weights {
                let role = Role::parse(k).ok_or_else(|| err(format!("weights: unknown role `{k}`")))?;
                if !(0.0..=2.0).contains(&w) {
                    return Err(err(format!("weights.{k} = {w} is outside 0..=2")));
                }
                weights[role.index()] = w;
            }
            let mut reach = [0usize; 8];
            for (k, &r) in &self.reach {
                let role = Role::parse(k).ok_or_else(|| err(format!("reach: unknown role `{k}`")))?;
                reach[role.index()] = r;
            }
            if !(0.0..=1000.0).contains(&self.full_sentence) {
                return Err(err(format!("full_sentence = {} is outside 0..=1000", self.full_sentence)));
            }
            if self.keep == 0 || self.keep > 16 {
                return Err(err(format!("keep = {} is outside 1..=16", self.keep)));
            }
            if !(self.review > 0.0 && self.review <= self.block) {
                return Err(err("thresholds must satisfy 0 < review <= block".into()));
            }
            for (name, v) in [
                ("evasion_bonus", self.evasion_bonus),
                ("genre_factor", self.genre_factor),
                ("genre_share", self.genre_share),
                ("anchor_floor", self.anchor_floor),
                ("block_floor", self.block_floor),
                ("route_blocks", self.route_blocks.unwrap_or(0.0)),
                ("route_genre_floor", self.route_genre_floor),
                ("context_floor", self.context_floor),
                ("genre_word", self.genre_word),
                ("venue", self.venue),
            ] {
                check_weight(v).map_err(|m| err(format!("{name}: {m}")))?;
            }
            let hints = match &self.hints {
                None => Hints::default(),
                Some(h) => {
                    check_weight(h.min).map_err(|m| err(format!("hints.min: {m}")))?;
                    check_weight(h.cap).map_err(|m| err(format!("hints.cap: {m}")))?;
                    if h.reach > 4096 {
                        return Err(err(format!("hints.reach = {} is outside 0..=4096", h.reach)));
                    }
                    Hints { min: h.min, cap: h.cap, reach: h.reach }
                }
            };
            Ok(Scoring {
                block: self.block,
                review: self.review,
                weights,
                reach,
                full_sentence: self.full_sentence,
                evasion_bonus: self.evasion_bonus,
                genre_factor: self.genre_factor,
                genre_share: self.genre_share,
                anchor_floor: self.anchor_floor,
                block_floor: self.block_floor,
                route_blocks: self.route_blocks,
                route_genre_floor: self.route_genre_floor,
                context_floor: self.context_floor,
                genre_word: self.genre_word,
                keep: self.keep,
                venue: self.venue,
                hints,
            })
        }
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Detector {
        pub kind: String,
        pub role: String,
        #[serde(default = "any")]
        pub clauses: String,
        pub weight: f32,
        #[serde(default)]
        pub entity: f32,
        #[serde(default)]
        pub route: bool,
        #[serde(default)]
        pub tags: Vec<Spanned<String>>,
    }

    fn any() -> String {
        "*".to_string()
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Clauses {
        pub clause: Vec<RawClause>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct RawClause {
        pub id: Spanned<String>,
        pub title: Text,
        pub summary: Text,
        pub why: Text,
        pub fix: Text,
        pub penalty: Penalty,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Rules {
        pub rule: Vec<RawRule>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct RawRule {
        pub id: Spanned<String>,
        pub clause: String,
        #[serde(default = "stable")]
        pub status: Status,
        pub max_verdict: Verdict,
        #[serde(default)]
        pub penalty: Option<Penalty>,
        pub needs: Vec<String>,
        #[serde(default)]
        pub boosts: Vec<String>,
        #[serde(default)]
        pub specific_anchor: bool,
        #[serde(default)]
        pub specific_entity: bool,
        #[serde(default)]
        pub anchor_tag: Option<String>,
        #[serde(default)]
        pub ignores_context: bool,
        #[serde(default)]
        pub min_anchor: f32,
        #[serde(default)]
        pub block_at: Option<f32>,
        #[serde(default)]
        pub review_at: Option<f32>,
        pub message: Text,
        pub explanation: Text,
        pub fix: Text,
        pub fix_safety: FixSafety,
        #[serde(default)]
        pub fix_removes: Vec<String>,
        pub catches: Vec<String>,
        pub allows: Vec<String>,
    }

    fn stable() -> Status {
        Status::Stable
    }
}

#[cfg(all(test, feature = "pack-files"))]
mod tests {
    use super::*;

    /// The tables read by `word_lists!` give what `#[derive(Deserialize)]` with
    /// `deny_unknown_fields` gives, errors and their places included.
    #[test]
    fn word_lists_read_as_derived_structs_do() {
        // Named as the table, since the name is in some messages.
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct WechatWords {
            anywhere: Vec<toml::Spanned<String>>,
            word_start: Vec<toml::Spanned<String>>,
            weak: Vec<toml::Spanned<String>>,
        }
        #[derive(Deserialize)]
        struct File<T> {
            #[serde(rename = "wechat-id")]
            #[allow(dead_code)]
            t: T,
        }
        fn read<T: serde::de::DeserializeOwned>(src: &str) -> Result<(), (String, Option<std::ops::Range<usize>>)> {
            toml::from_str::<File<T>>(src).map(|_| ()).map_err(|e| (e.message().to_string(), e.span()))
        }
        for src in [
            "[wechat-id]\nanywhere = [\"微信\"]\nword_start = []\nweak = [\"微信\"]\n",
            "[wechat-id]\nanywhere = []\nword_start = []\nweak = []\nnope = []\n",
            "[wechat-id]\nanywhere = []\nweak = []\n",
            "[wechat-id]\nanywhere = [3]\nword_start = []\nweak = []\n",
            "[wechat-id]\nanywhere = 3\nword_start = []\nweak = []\n",
            "[wechat-id]\nanywhere = [{ a = 1 }]\nword_start = []\nweak = []\n",
            "wechat-id = [[\"a\"], [], []]\n",
            "wechat-id = [[\"a\"]]\n",
            "wechat-id = []\n",
            "wechat-id = \"x\"\n",
            "wechat-id = { anywhere = [], word_start = [], weak = [], x = 1 }\n",
            "wechat-id = { anywhere = [], word_start = [], weak = [] }\n",
        ] {
            assert_eq!(read::<raw::WechatWords>(src), read::<WechatWords>(src), "{src}");
        }
    }

    fn files_with(name: &str, contents: &str) -> Vec<(String, String)> {
        EMBEDDED
            .iter()
            .map(|(p, c)| (p.to_string(), if *p == name { contents.to_string() } else { c.to_string() }))
            .collect()
    }

    #[test]
    fn embedded_pack_loads() {
        let pack = Pack::embedded();
        assert_eq!(pack.id, "wechat-crypto");
        for id in ["exchange", "intermediary", "issuance", "derivatives", "collectibles", "financing", "fraud"] {
            assert!(pack.clause(id).is_some(), "clause {id}");
        }
    }

    #[test]
    fn bad_lexicon_line_names_file_and_line() {
        let src = "# c\nterm\tclauses\tweight\ttags\n比特币\t*\t1\t-\n以太坊\t*\theavy\t-\n";
        let err = Pack::from_files(&files_with("lexicon/entity.tsv", src)).unwrap_err();
        assert_eq!(err.file(), "lexicon/entity.tsv");
        assert_eq!(err.line(), Some(4));
        assert!(err.to_string().contains("heavy"), "{err}");
    }

    #[test]
    fn unknown_tag_names_file_and_line() {
        let src = "term\tclauses\tweight\ttags\n加v\t*\t1\tzh,contact\n私聊\t*\t1\tzh,contcat\n";
        let err = Pack::from_files(&files_with("lexicon/steering.tsv", src)).unwrap_err();
        assert_eq!((err.file(), err.line()), ("lexicon/steering.tsv", Some(3)));
        assert_eq!(err.to_string(), "lexicon/steering.tsv:3: unknown tag \"contcat\"");
    }

    #[test]
    fn unknown_detector_tag_and_anchor_tag() {
        let toml = EMBEDDED.iter().find(|(p, _)| *p == "pack.toml").unwrap().1;
        let line = toml.lines().position(|l| l == "tags = [\"recovery\", \"reserved\"]").unwrap() + 1;
        let err = Pack::from_files(&files_with(
            "pack.toml",
            &toml.replace("tags = [\"recovery\", \"reserved\"]", "tags = [\"recovry\", \"reserved\"]"),
        ))
        .unwrap_err();
        assert_eq!((err.file(), err.line()), ("pack.toml", Some(line)));
        assert!(err.to_string().contains("unknown tag \"recovry\""), "{err}");
        let rules = EMBEDDED.iter().find(|(p, _)| *p == "rules.toml").unwrap().1;
        let err = Pack::from_files(&files_with(
            "rules.toml",
            &rules.replace("anchor_tag = \"launch\"", "anchor_tag = \"lanch\""),
        ))
        .unwrap_err();
        assert_eq!(err.file(), "rules.toml");
        assert!(err.to_string().contains("anchor_tag: unknown tag \"lanch\""), "{err}");
    }

    #[test]
    fn every_pack_tag_is_known() {
        // The embedded pack loads, so every tag in it parsed; and each tag the engine acts
        // on is used somewhere or kept for the operator's settings.
        let pack = Pack::embedded();
        assert!(pack.terms.iter().any(|t| t.has_tag(Tag::Contact)));
        assert!(pack.detectors.iter().any(|d| d.has_tag(Tag::Group)));
    }

    #[test]
    fn detector_words_are_checked_with_their_line() {
        let src = EMBEDDED.iter().find(|(p, _)| *p == "detectors.toml").unwrap().1;
        let line = src.lines().position(|l| l.starts_with("label_exact = ")).unwrap() + 1;
        let broken = src.replace("label_exact = [\"xt\"", "label_exact = [\"XT\"");
        let err = Pack::from_files(&files_with("detectors.toml", &broken)).unwrap_err();
        assert_eq!((err.file(), err.line()), ("detectors.toml", Some(line)));
        assert!(err.to_string().contains("exchange-domain.label_exact: `XT` has capitals"), "{err}");
        let err = Pack::from_files(&files_with("detectors.toml", &src.replace("weak = [\"微信\"", "weak = [\"微博\"")))
            .unwrap_err();
        assert!(err.to_string().contains("wechat-id.weak: `微博` is not one of the keywords"), "{err}");
        let err = Pack::from_files(&files_with("detectors.toml", &src.replace("\"wa.me\"", "\"wa.me\", \"WA.me\"")))
            .unwrap_err();
        assert!(err.to_string().contains("group-link.hosts: `WA.me` has capitals"), "{err}");
        let err = Pack::from_files(&files_with("detectors.toml", &src.replace("\"line.me/ti/g\"", "\"line.me\"")))
            .unwrap_err();
        assert!(err.to_string().contains("group-link.paths: `line.me` is not a host"), "{err}");
        let line = src.lines().position(|l| l.contains("\"per week\"")).unwrap() + 1;
        let err =
            Pack::from_files(&files_with("detectors.toml", &src.replace("\"per week\"", "\"per  week\""))).unwrap_err();
        assert_eq!(err.line(), Some(line));
        assert!(err.to_string().contains("return-promise.rate_periods: `per  week` has a tab or two spaces"), "{err}");
        let err = Pack::from_files(&files_with("detectors.toml", &src.replace("\"mobi\"", "\"mo-bi\""))).unwrap_err();
        assert!(err.to_string().contains("url.tlds: `mo-bi` is not lowercase ASCII letters"), "{err}");
        let err =
            Pack::from_files(&files_with("detectors.toml", &src.replace("\"aff_id\"", "\"aff=id\""))).unwrap_err();
        assert!(err.to_string().contains("invite-code.link_params: `aff=id` is not"), "{err}");
        let err =
            Pack::from_files(&files_with("detectors.toml", &src.replace("[coin-name]", "[coin-names]"))).unwrap_err();
        assert_eq!(err.file(), "detectors.toml");
        // Every section is strict: a key the engine does not read is an error, not ignored.
        let err = Pack::from_files(&files_with(
            "detectors.toml",
            &src.replace("[prohibition]\n", "[prohibition]\nverb = []\n"),
        ))
        .unwrap_err();
        assert_eq!(err.file(), "detectors.toml");
        assert!(err.to_string().contains("verb"), "{err}");
        let err = Pack::from_files(&files_with("detectors.toml", &src.replace("\"观\", \"后\"", "\"观望\", \"后\"")))
            .unwrap_err();
        assert!(err.to_string().contains("prohibition.urges: `观望` is not one character"), "{err}");
        // A prohibition word with none of the needles would never be searched for.
        let err = Pack::from_files(&files_with("detectors.toml", &src.replace("\"千万别\"]", "\"千万别\", \"严防\"]")))
            .unwrap_err();
        assert!(err.to_string().contains("prohibition.needles: `严防` holds none of the needles"), "{err}");
        let err = Pack::from_files(&files_with(
            "detectors.toml",
            &src.replace("strong_suffixes = [\"号\"", "strong_suffixes = [\"号码\""),
        ))
        .unwrap_err();
        assert!(
            err.to_string().contains("telegram-handle.strong_suffixes: `号码` is not one of the suffixes"),
            "{err}"
        );
    }

    #[test]
    fn leet_table_is_checked() {
        let err = Pack::from_files(&files_with("lexicon/leet.tsv", "char\treadings\na\t4\ne\tee\n")).unwrap_err();
        assert_eq!((err.file(), err.line()), ("lexicon/leet.tsv", Some(3)));
        let pack = Pack::embedded();
        assert_eq!(pack.leet.iter().find(|(c, _)| *c == 'a').map(|(_, w)| w.as_slice()), Some(&['4', '@'][..]));
    }

    #[test]
    fn unknown_clause_in_lexicon() {
        let src = "term\tclauses\tweight\ttags\n比特币\tcasino\t1\t-\n";
        let err = Pack::from_files(&files_with("lexicon/entity.tsv", src)).unwrap_err();
        assert_eq!((err.file(), err.line()), ("lexicon/entity.tsv", Some(2)));
    }

    #[test]
    fn duplicate_after_normalization() {
        let src = "term\tclauses\tweight\ttags\n比特幣\t*\t1\t-\n比特币\t*\t1\t-\n";
        let err = Pack::from_files(&files_with("lexicon/entity.tsv", src)).unwrap_err();
        assert_eq!(err.line(), Some(3));
    }

    #[test]
    fn bad_rule_names_rule_and_line() {
        let rules = EMBEDDED.iter().find(|(p, _)| *p == "rules.toml").unwrap().1;
        let broken = format!("{rules}\n[[rule]]\nid = \"broken.rule\"\nclause = \"nowhere\"\nmax_verdict = \"block\"\nneeds = [\"action\"]\nmessage = {{ zh = \"a\", en = \"a\" }}\nexplanation = {{ zh = \"a\", en = \"a\" }}\nfix = {{ zh = \"a\", en = \"a\" }}\nfix_safety = \"display-only\"\ncatches = [\"x\"]\nallows = [\"y\"]\n");
        let err = Pack::from_files(&files_with("rules.toml", &broken)).unwrap_err();
        assert_eq!(err.file(), "rules.toml");
        assert_eq!(err.rule(), Some("broken.rule"));
        assert_eq!(err.line(), Some(rules.lines().count() + 3));
        assert!(err.to_string().contains("nowhere"));
    }

    #[test]
    fn toml_syntax_error_has_line() {
        let err = Pack::from_files(&files_with("pack.toml", "id = \"x\"\nversion = \n")).unwrap_err();
        assert_eq!((err.file(), err.line()), ("pack.toml", Some(2)));
    }

    #[test]
    fn full_sentence_is_checked_and_optional() {
        let toml = EMBEDDED.iter().find(|(p, _)| *p == "pack.toml").unwrap().1;
        assert!(toml.contains("\nfull_sentence = 12\n"), "the embedded pack sets full_sentence");
        let err = Pack::from_files(&files_with(
            "pack.toml",
            &toml.replace("\nfull_sentence = 12\n", "\nfull_sentence = -1\n"),
        ))
        .unwrap_err();
        assert!(err.to_string().contains("full_sentence"), "{err}");
        // Left out: every sentence counts one, as before the setting existed.
        let pack = Pack::from_files(&files_with("pack.toml", &toml.replace("\nfull_sentence = 12\n", "\n"))).unwrap();
        assert_eq!(pack.scoring.full_sentence, 0.0);
    }

    #[test]
    fn missing_file() {
        let files: Vec<(&str, &str)> = EMBEDDED.iter().copied().filter(|(p, _)| *p != "rules.toml").collect();
        let err = Pack::from_files(&files).unwrap_err();
        assert_eq!(err.to_string(), "rules.toml: missing file");
    }
}

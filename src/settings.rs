//! An operator's own settings (`draftlint.toml`), layered on a pack without editing it:
//!
//! ```toml
//! # Extra words, as lexicon lines: role, clauses (ids or "*"), weight 0..1, tags.
//! [[term]]
//! term = "某某链"
//! role = "entity"
//! clauses = "*"
//! weight = 0.8
//! tags = ["crypto"]
//!
//! # Words or phrases that are never evidence: the account's brand, a product that looks
//! # like a coin.
//! allow = ["咖啡币", "Token Studio"]
//!
//! # Findings the operator dismissed, by fingerprint (`fingerprint` on each finding).
//! ignore = ["fp-3f9a0c1d2e4b5a67"]
//!
//! # Per rule or clause: "block" (as the pack says), "review" (never more than review),
//! # "note" (shown, not counted in the verdict) or "off" (not reported; counted as
//! # suppressed).
//! [severity]
//! "exchange.mention" = "note"
//! collectibles = "review"
//! ```
//!
//! Nothing disappears silently: a report lists every finding the settings removed
//! (`suppressed`), with the allow word, fingerprint or severity that did it.

use std::collections::BTreeMap;

use crate::pack::{ClauseSet, Pack, Role, Tag, Term};

/// What a severity setting does to the findings of a rule or clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// As the pack says.
    Block,
    /// Never more than review.
    Review,
    /// Reported, but not counted in the verdict, score or penalty.
    Note,
    /// Not reported; listed as suppressed.
    Off,
}

impl Severity {
    /// The word a settings file uses: `block`, `review`, `note` or `off`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Block => "block",
            Severity::Review => "review",
            Severity::Note => "note",
            Severity::Off => "off",
        }
    }

    /// The severity a settings file names, if it is one of the four words.
    pub fn parse(s: &str) -> Option<Severity> {
        [Severity::Block, Severity::Review, Severity::Note, Severity::Off].into_iter().find(|v| v.as_str() == s)
    }
}

/// A settings file that does not load: where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsError {
    /// The file's name (`draftlint.toml`, or the path given).
    pub file: String,
    /// 1-based line of the problem, when known.
    pub line: Option<usize>,
    /// What is wrong, naming the key.
    pub message: String,
}

impl std::fmt::Display for SettingsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for SettingsError {}

/// An extra lexicon entry.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtraTerm {
    /// The words.
    pub term: String,
    /// Its role.
    pub role: Role,
    /// Clause ids, or `*`.
    pub clauses: String,
    /// Strength, 0..=1.
    pub weight: f32,
    /// Tags, as on lexicon lines (each one of the pack's known [`Tag`]s).
    pub tags: Vec<Tag>,
    /// 1-based line in the settings file (for settings given as a value, its place in
    /// the list of terms, from 1).
    pub line: usize,
}

/// Validated settings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Settings {
    /// Where they were read from (for messages and reports).
    pub origin: String,
    /// Extra words.
    pub terms: Vec<ExtraTerm>,
    /// Words that are never evidence.
    pub allow: Vec<String>,
    /// Fingerprints of dismissed findings.
    pub ignore: Vec<String>,
    /// Per rule or clause id.
    pub severity: BTreeMap<String, Severity>,
}

/// Settings as given, before validation: the keys of a `draftlint.toml`, or the same
/// settings given as a value (the JS API's `settings` object), read by serde.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Given {
    /// Extra words (`[[term]]`).
    #[serde(default)]
    pub term: Vec<GivenTerm>,
    /// Words that are never evidence.
    #[serde(default)]
    pub allow: Vec<String>,
    /// Fingerprints of dismissed findings.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Per rule or clause id: `block`, `review`, `note` or `off`.
    #[serde(default)]
    pub severity: BTreeMap<String, String>,
}

/// An extra word as given (`[[term]]`).
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GivenTerm {
    /// The words.
    pub term: String,
    /// Its role's name.
    pub role: String,
    /// Clause ids separated by commas, or `*` (the default).
    #[serde(default = "any")]
    pub clauses: String,
    /// Strength, 0..=1.
    pub weight: f32,
    /// Tag names.
    #[serde(default)]
    pub tags: Vec<String>,
}

fn any() -> String {
    "*".to_string()
}

/// The settings file as written, with where each value stands.
#[cfg(feature = "pack-files")]
mod raw {
    use std::collections::BTreeMap;
    use toml::Spanned;

    #[derive(serde::Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    pub struct File {
        #[serde(default)]
        pub term: Vec<Spanned<super::GivenTerm>>,
        #[serde(default)]
        pub allow: Vec<Spanned<String>>,
        #[serde(default)]
        pub ignore: Vec<Spanned<String>>,
        #[serde(default)]
        pub severity: BTreeMap<Spanned<String>, Spanned<String>>,
    }
}

/// The 1-based line of a byte offset.
#[cfg(feature = "pack-files")]
fn line_of(src: &str, offset: usize) -> usize {
    src[..offset.min(src.len())].matches('\n').count() + 1
}

/// Each value of a [`Given`], with the line it stands on when it came from a file.
struct Placed<'a> {
    terms: Vec<(&'a GivenTerm, Option<usize>)>,
    allow: Vec<(&'a str, Option<usize>)>,
    ignore: Vec<(&'a str, Option<usize>)>,
    severity: Vec<(&'a str, &'a str, Option<usize>)>,
}

impl Settings {
    /// Parses and validates settings against `pack` (roles, clause and rule ids, weights,
    /// fingerprints). `file` names the source in errors.
    #[cfg(feature = "pack-files")]
    pub fn parse(file: &str, src: &str, pack: &Pack) -> Result<Settings, SettingsError> {
        let raw: raw::File = toml::from_str(src).map_err(|e| SettingsError {
            file: file.to_string(),
            line: e.span().map(|s| line_of(src, s.start)),
            message: e.message().trim().to_string(),
        })?;
        let at = |span: std::ops::Range<usize>| Some(line_of(src, span.start));
        let placed = Placed {
            terms: raw.term.iter().map(|t| (t.get_ref(), at(t.span()))).collect(),
            allow: raw.allow.iter().map(|a| (a.get_ref().as_str(), at(a.span()))).collect(),
            ignore: raw.ignore.iter().map(|i| (i.get_ref().as_str(), at(i.span()))).collect(),
            severity: raw
                .severity
                .iter()
                .map(|(k, v)| (k.get_ref().as_str(), v.get_ref().as_str(), at(k.span())))
                .collect(),
        };
        Settings::validate(file, placed, pack)
    }

    /// Validates settings given as a value against `pack`, as [`Settings::parse`] does a
    /// file's (no file, so errors name no line; a term's `line` is its place in the list,
    /// from 1). `origin` names them in errors and reports.
    pub fn from_given(origin: &str, given: &Given, pack: &Pack) -> Result<Settings, SettingsError> {
        let placed = Placed {
            terms: given.term.iter().map(|t| (t, None)).collect(),
            allow: given.allow.iter().map(|a| (a.as_str(), None)).collect(),
            ignore: given.ignore.iter().map(|i| (i.as_str(), None)).collect(),
            severity: given.severity.iter().map(|(k, v)| (k.as_str(), v.as_str(), None)).collect(),
        };
        Settings::validate(origin, placed, pack)
    }

    fn validate(file: &str, given: Placed, pack: &Pack) -> Result<Settings, SettingsError> {
        let err = |line: Option<usize>, message: String| SettingsError { file: file.to_string(), line, message };
        let mut settings = Settings { origin: file.to_string(), ..Settings::default() };
        for (i, &(v, line)) in given.terms.iter().enumerate() {
            let role =
                Role::parse(&v.role).filter(|r| !matches!(r, Role::Context | Role::Confusable)).ok_or_else(|| {
                    err(
                        line,
                        format!(
                            "term `{}`: role `{}` is not one of entity, action, steering, teaching, promise, price",
                            v.term, v.role
                        ),
                    )
                })?;
            if v.term.trim().is_empty() || v.term.trim() != v.term {
                return Err(err(line, "term: the words are empty or have spaces around them".into()));
            }
            if !(0.0..=1.0).contains(&v.weight) {
                return Err(err(line, format!("term `{}`: weight {} is not between 0 and 1", v.term, v.weight)));
            }
            if v.clauses.trim() != "*" {
                for id in v.clauses.split(',').map(str::trim) {
                    if pack.clause(id).is_none() {
                        return Err(err(line, format!("term `{}`: clauses: no clause `{id}` in the pack", v.term)));
                    }
                }
            }
            let tags = v
                .tags
                .iter()
                .map(|k| Tag::parse(k).ok_or_else(|| err(line, format!("term `{}`: unknown tag {k:?}", v.term))))
                .collect::<Result<Vec<Tag>, _>>()?;
            settings.terms.push(ExtraTerm {
                term: v.term.clone(),
                role,
                clauses: v.clauses.trim().to_string(),
                weight: v.weight,
                tags,
                line: line.unwrap_or(i + 1),
            });
        }
        for &(word, line) in &given.allow {
            let word = word.trim();
            if word.is_empty() {
                return Err(err(line, "allow: an empty word".into()));
            }
            settings.allow.push(word.to_string());
        }
        for &(fp, line) in &given.ignore {
            let fp = fp.trim();
            if !is_fingerprint(fp) {
                return Err(err(
                    line,
                    format!("ignore: `{fp}` is not a finding's fingerprint (fp- and 16 hex digits)"),
                ));
            }
            settings.ignore.push(fp.to_string());
        }
        for &(id, other, line) in &given.severity {
            if pack.rule(id).is_none() && pack.clause(id).is_none() {
                return Err(err(line, format!("severity: no rule or clause `{id}` in the pack")));
            }
            let severity = Severity::parse(other)
                .ok_or_else(|| err(line, format!("severity.{id}: `{other}` is not one of block, review, note, off")))?;
            settings.severity.insert(id.to_string(), severity);
        }
        Ok(settings)
    }

    /// Whether nothing is set.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.allow.is_empty() && self.ignore.is_empty() && self.severity.is_empty()
    }

    /// The pack with the extra terms, and the allow words as confusables (which overrule
    /// any term or detector they overlap); `with_allow` false leaves the allow words out.
    pub(crate) fn apply(&self, pack: &Pack, with_allow: bool) -> Pack {
        let mut pack = pack.clone();
        let clause_set = |ids: &str| -> ClauseSet {
            if ids == "*" {
                return ClauseSet::ANY;
            }
            ClauseSet::of(ids.split(',').filter_map(|id| pack.clauses.iter().position(|c| c.id == id.trim())))
        };
        let mut extra: Vec<Term> = self
            .terms
            .iter()
            .map(|t| Term {
                term: t.term.clone(),
                role: t.role,
                clauses: clause_set(&t.clauses),
                weight: t.weight,
                tags: t.tags.clone(),
                origin: format!("{}:{}", self.origin, t.line).into(),
            })
            .collect();
        if with_allow {
            extra.extend(self.allow.iter().map(|word| Term {
                term: word.clone(),
                role: Role::Confusable,
                clauses: ClauseSet::ANY,
                weight: 0.0,
                tags: vec![Tag::Allow],
                origin: format!("{}: allow", self.origin).into(),
            }));
        }
        pack.terms.extend(extra);
        pack
    }

    /// What the settings say for a finding of `rule` in `clause` (the rule's setting first).
    pub(crate) fn severity_of(&self, rule: &str, clause: &str) -> Severity {
        self.severity.get(rule).or_else(|| self.severity.get(clause)).copied().unwrap_or(Severity::Block)
    }
}

/// Whether `s` has the shape of a fingerprint: `fp-` and 16 lower-case hex digits.
pub fn is_fingerprint(s: &str) -> bool {
    s.strip_prefix("fp-")
        .is_some_and(|h| h.len() == 16 && h.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
}

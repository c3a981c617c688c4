//! The report: one schema for Rust, JSON (the CLI) and JavaScript (the wasm package).
//!
//! Serialized with serde in camelCase. Offsets are typed ([`crate::span`]): `start`/`end`
//! are UTF-16 code units everywhere; byte and char offsets are named as such.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::order::Key;
use crate::span::{Span, Utf16Offset};
pub use crate::vocab::{Evasion, FixSafety, Lang, Penalty, Role, Verdict};

/// A string many findings share: a rule's id, message, explanation and fix, a clause's
/// title, a penalty's name, a lexicon entry's origin. Cloning it copies a pointer, not the
/// text (a dense text has tens of thousands of findings). It reads as a `str` (`Deref`,
/// `as_str`), compares with `str` and `String`, and serializes as a plain string.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SharedStr(Arc<str>);

impl SharedStr {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for SharedStr {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for SharedStr {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for SharedStr {
    fn from(s: &str) -> SharedStr {
        SharedStr(Arc::from(s))
    }
}

impl From<String> for SharedStr {
    fn from(s: String) -> SharedStr {
        SharedStr(Arc::from(s))
    }
}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for SharedStr {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

/// The result of checking one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The verdict: the most severe finding's, or `pass`.
    pub verdict: Verdict,
    /// 0..=100: the strongest finding's score (100 = the block threshold met twice over
    /// is capped). `pass` reports score below the pack's review threshold.
    pub score: u32,
    /// What the verdict risks, when it is not `pass`.
    pub penalty: Option<Penalty>,
    /// Per clause that has findings: its score and verdict, most severe first.
    pub clauses: Vec<ClauseScore>,
    /// Findings, in text order.
    pub findings: Vec<Finding>,
    /// The pack that judged the text.
    pub pack: PackRef,
    /// Length of the checked text, in UTF-16 code units.
    pub length: Utf16Offset,
    /// For an HTML draft ([`crate::Checker::check_html`]): the text a reader sees and the
    /// checker read, which each finding's `extracted` span points into.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extracted_text: Option<String>,
    /// Where the operator's settings came from, when a checker has settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<String>,
    /// Findings the settings removed, and what removed each: nothing disappears silently.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppressed: Vec<Suppressed>,
}

/// What a report says of its findings as a whole: [`crate::summarize_findings`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// The most severe finding's verdict (notes left out), or `pass`.
    pub verdict: Verdict,
    /// The strongest decisive finding's score, 0 for `pass`.
    pub score: u32,
    /// The heaviest decisive finding's penalty; `None` for `pass`.
    pub penalty: Option<Penalty>,
    /// Per clause: its score and verdict, most severe first.
    pub clauses: Vec<ClauseScore>,
}

/// A finding the operator's settings removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Suppressed {
    /// The rule that fired.
    pub rule_id: String,
    /// Its clause.
    pub clause: String,
    /// Its words.
    pub text: String,
    /// Its fingerprint.
    pub fingerprint: String,
    /// What removed it: `allow: WORD`, `ignore: FINGERPRINT` or `severity: off (ID)`.
    pub by: String,
}

/// The pack a report came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PackRef {
    /// Pack id.
    pub id: String,
    /// Pack version.
    pub version: String,
}

/// A clause's share of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClauseScore {
    /// Clause id.
    pub clause: String,
    /// Its title, in the report's language (from the pack's `clauses.toml`).
    pub title: String,
    /// Its strongest finding's score, 0..=100.
    pub score: u32,
    /// Its strongest finding's verdict.
    pub verdict: Verdict,
}

/// One sentence that breaks one clause.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// The rule that fired (stable id).
    pub rule_id: SharedStr,
    /// The clause it breaks.
    pub clause: SharedStr,
    /// The clause's title, in the report's language (from the pack's `clauses.toml`).
    pub clause_title: SharedStr,
    /// `review` or `block`.
    pub severity: Verdict,
    /// What it risks.
    pub penalty: Penalty,
    /// The penalty in words, in the report's language.
    pub penalty_label: SharedStr,
    /// 0..=100.
    pub score: u32,
    /// Whether this finding decides the report's verdict (it is among the most severe).
    pub decisive: bool,
    /// One line: what is wrong.
    pub message: SharedStr,
    /// Why it breaks the clause.
    pub explanation: SharedStr,
    /// The words that triggered it (the anchor evidence), as the author wrote them.
    pub text: String,
    /// Start of `text`, in UTF-16 code units (`text.slice(start, end)` in JS).
    pub start: Utf16Offset,
    /// End of `text`, in UTF-16 code units.
    pub end: Utf16Offset,
    /// Where `text` is, in every unit.
    pub span: Span,
    /// The sentence the finding is in.
    pub sentence: Span,
    /// Everything that made the rule fire, the anchor first.
    pub evidence: Vec<Evidence>,
    /// How to fix it.
    pub fix: Fix,
    /// For an HTML draft: where the words were found, `visible`, `hidden` (in the draft but
    /// hidden from readers by styling), `href`, `alt`, `title`, `src` (an image's file name)
    /// or `card` (a mini-program or profile card).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// For an HTML draft: the finding's words in the extracted text (`extractedText`),
    /// where `span` points into the HTML source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extracted: Option<Box<Span>>,
    /// A stable name for this finding (`fp-` and 16 hex digits), from its rule, its anchor
    /// words as read and its sentence as read: edits elsewhere in the text keep it, edits
    /// to its own sentence change it. Settings `ignore` it to dismiss the finding.
    pub fingerprint: String,
    /// True when the settings made this finding a note: shown, not counted in the verdict.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub note: bool,
}

/// One piece of evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    /// `entity`, `action`, `steering`, `teaching`, `promise` or `price`.
    pub role: Role,
    /// The words as the author wrote them.
    pub text: String,
    /// The words as the checker read them: normalized (width, case, separators, traditional
    /// characters, look-alikes), with disguised terms written as what they stand for
    /// (`bitebi` → `比特币`, `w3chat` → `wechat`).
    pub normalized: String,
    /// Where they are.
    pub span: Span,
    /// The lexicon entry (`lexicon/entity.tsv:12`) or detector (`detector:url`) that found them.
    pub source: SharedStr,
    /// Strength, 0..=1, after context.
    pub weight: f32,
    /// When found through a disguise: which kinds (`separators`, `invisible`, `width`,
    /// `lookalike`, `pinyin`, `homophone`, and `hidden` for text of an HTML draft hidden
    /// from readers by styling). Traditional characters and slang are how
    /// people write, not disguises, and are never listed.
    pub evasion: Vec<Evasion>,
    /// For an HTML draft: the words in the extracted text (`extractedText`), where `span`
    /// points into the HTML source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extracted: Option<Box<Span>>,
}

/// How to fix a finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Fix {
    /// What to remove or reword.
    pub message: SharedStr,
    /// How safe `edits` are to apply without reading them.
    pub safety: FixSafety,
    /// Edits to the original text, non-overlapping, in text order (empty: advice only).
    pub edits: Vec<Edit>,
}

/// Replace `span` of the original text with `replacement`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Edit {
    /// Start in UTF-16 code units.
    pub start: Utf16Offset,
    /// End in UTF-16 code units.
    pub end: Utf16Offset,
    /// Where, in every unit.
    pub span: Span,
    /// The new text.
    pub replacement: String,
}

/// The names, in one language, of the ids a report uses: evidence roles, kinds of disguise,
/// places in an HTML draft and penalties. A door that shows reports to people (the page,
/// an editor) takes its words from here rather than keeping its own copy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Labels {
    /// By [`Role`] id (`entity`…).
    pub roles: BTreeMap<&'static str, &'static str>,
    /// By [`Evasion`] id (`pinyin`…).
    pub evasions: BTreeMap<&'static str, &'static str>,
    /// By place (`href`…, see [`crate::extract::Place`]).
    pub places: BTreeMap<&'static str, &'static str>,
    /// By [`Penalty`] id (`ban`…): the same words as a finding's `penalty_label`.
    pub penalties: BTreeMap<&'static str, String>,
    /// By [`Verdict`] id (`block`…): the pack's words for them (`[verdicts]` of pack.toml).
    pub verdicts: BTreeMap<&'static str, String>,
    /// The pack's name (what `report.pack.id` stands for): the policy it enforces.
    pub pack: String,
}

impl Labels {
    /// The labels in `lang`, with `pack`'s names for its verdicts and itself.
    pub fn of(pack: &crate::pack::Pack, lang: Lang) -> Labels {
        use crate::extract::Place;
        Labels {
            roles: map(Role::ALL.into_iter().map(|r| (r.as_str(), r.label(lang)))),
            evasions: map(Evasion::ALL.into_iter().map(|e| (e.as_str(), e.label(lang)))),
            places: map(Place::ALL.into_iter().map(|p| (p.as_str(), p.label(lang)))),
            penalties: map(Penalty::ALL.into_iter().map(|p| (p.as_str(), pack.penalty_name(p, lang).to_string()))),
            verdicts: map(Verdict::ALL.into_iter().map(|v| (v.as_str(), pack.verdict_name(v, lang).to_string()))),
            pack: pack.name.get(lang).to_string(),
        }
    }
}

/// A map of the pairs, built by inserting them one by one: `collect` would sort them first,
/// with a copy of the standard library's sort for each map type (see `crate::order`).
fn map<V>(pairs: impl Iterator<Item = (&'static str, V)>) -> BTreeMap<&'static str, V> {
    let mut map = BTreeMap::new();
    for (k, v) in pairs {
        map.insert(k, v);
    }
    map
}

impl Report {
    /// Applies every edit of the findings whose fix is at least `min_safety`, and returns
    /// the new text. Overlapping edits after the first are skipped.
    pub fn apply_fixes(&self, original: &str, min_safety: FixSafety) -> String {
        let mut edits: Vec<&Edit> =
            self.findings.iter().filter(|f| f.fix.safety >= min_safety).flat_map(|f| f.fix.edits.iter()).collect();
        crate::order::sort_by_key(&mut edits, |e| Key::of(e.span.byte_start.0).then(e.span.byte_end.0));
        let mut out = String::with_capacity(original.len());
        let mut at = 0;
        for e in edits {
            let (s, t) = (e.span.byte_start.0, e.span.byte_end.0);
            if s < at || t > original.len() {
                continue;
            }
            out.push_str(&original[at..s]);
            out.push_str(&e.replacement);
            at = t;
        }
        out.push_str(&original[at..]);
        out
    }
}

// serde_json is a native dev-dependency only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_id_has_a_distinct_label_in_each_language() {
        for lang in [Lang::Zh, Lang::En] {
            let pack = crate::pack::Pack::embedded();
            let labels = Labels::of(&pack, lang);
            for (kind, map, n) in [
                ("roles", &labels.roles, Role::ALL.len()),
                ("evasions", &labels.evasions, Evasion::ALL.len()),
                ("places", &labels.places, crate::extract::Place::ALL.len()),
            ] {
                assert_eq!(map.len(), n, "{kind}");
                let names: std::collections::BTreeSet<_> = map.values().collect();
                assert_eq!(names.len(), n, "{kind}: two ids share a name in {lang:?}");
                for (id, name) in map {
                    assert!(!name.is_empty(), "{kind}.{id}");
                    assert_eq!(lang == Lang::En, name.is_ascii(), "{kind}.{id} = {name:?} in {lang:?}");
                }
            }
            // The verdicts' names come from the pack, one per verdict, all distinct.
            let names: std::collections::BTreeSet<_> = labels.verdicts.values().collect();
            assert_eq!((labels.verdicts.len(), names.len()), (3, 3), "{:?}", labels.verdicts);
            assert_eq!(labels.verdicts["block"], pack.verdict_name(Verdict::Block, lang));
            // So do the penalties' names.
            let names: std::collections::BTreeSet<_> = labels.penalties.values().collect();
            assert_eq!((labels.penalties.len(), names.len()), (3, 3), "{:?}", labels.penalties);
            assert_eq!(labels.pack, pack.name.get(lang));
            // Ids are the report's own (serde) names.
            for r in Role::ALL {
                assert_eq!(serde_json::to_value(r).unwrap(), r.as_str());
            }
            for e in Evasion::ALL {
                assert_eq!(serde_json::to_value(e).unwrap(), e.as_str());
            }
            for p in Penalty::ALL {
                assert_eq!(serde_json::to_value(p).unwrap(), p.as_str());
                assert_eq!(labels.penalties[p.as_str()], pack.penalty_name(p, lang));
            }
        }
    }
}

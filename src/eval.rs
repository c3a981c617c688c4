//! Accuracy on a labelled corpus: precision, recall and false-positive rates per language
//! and clause, with the definitions of `shared/corpus/README.md` so numbers compare.
//!
//! * recall: block items called `block`; lenient recall: called `block` or `review`;
//! * hard false-positive rate: pass items called `block`; soft: called anything but `pass`;
//! * precision: items called `block` that are labelled block;
//! * review items: how many are called `review` (either other verdict is a smaller error).
//!
//! A run over several files ([`Run`]) also splits the items into a tuning and a validation
//! part by source (see [`split`]) and reports the two apart, per language and per source
//! group, so that numbers measure how the rules generalize and not how well they fit the
//! texts they were written against.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::{Checker, Verdict};

/// One labelled text (the fields of a corpus line that evaluation uses).
#[derive(Debug, Clone, Deserialize)]
pub struct Sample {
    /// Stable id.
    pub id: String,
    /// `zh` or `en`.
    pub lang: String,
    /// The expected verdict.
    pub label: Verdict,
    /// Clauses that apply (empty for pass).
    #[serde(default)]
    pub clauses: Vec<String>,
    /// The text.
    pub text: String,
    /// Where the text came from: `owner/repo:path` for a file of a GitHub repository, or
    /// a URL. Items of files under `external/` are split by it (see [`split`]).
    #[serde(default)]
    pub source: Option<String>,
    /// A source group to report apart (`article` for whole articles); when absent the
    /// group is the source key, or else the file name.
    #[serde(default)]
    pub group: Option<String>,
    /// The family of miss a mechanism case stands for (`F1`…`F7` in
    /// `tests/corpus/families.jsonl`), if any.
    #[serde(default)]
    pub family: Option<String>,
    /// The part of an item, when its file fixes it (`"tuning"` or `"validation"`): an
    /// external item keeps that part and takes no place in the alternation of sources (see
    /// [`split`]), so that adding texts never moves the items already there; one of the
    /// project's own texts is held out by `"validation"`.
    #[serde(default)]
    pub part: Option<Part>,
}

/// Counts for one slice of a corpus (a language, or everything).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Items labelled block.
    pub block: usize,
    /// Block items called block.
    pub block_hit: usize,
    /// Block items called review.
    pub block_review: usize,
    /// Items labelled review.
    pub review: usize,
    /// Review items called review.
    pub review_hit: usize,
    /// Review items called block.
    pub review_block: usize,
    /// Items labelled pass.
    pub pass: usize,
    /// Pass items called block.
    pub pass_block: usize,
    /// Pass items called review.
    pub pass_review: usize,
}

impl Counts {
    /// Items counted.
    pub fn items(&self) -> usize {
        self.block + self.review + self.pass
    }

    /// Counts one item labelled `label` that the checker called `got`.
    pub fn add(&mut self, label: Verdict, got: Verdict) {
        match label {
            Verdict::Block => {
                self.block += 1;
                self.block_hit += (got == Verdict::Block) as usize;
                self.block_review += (got == Verdict::Review) as usize;
            }
            Verdict::Review => {
                self.review += 1;
                self.review_hit += (got == Verdict::Review) as usize;
                self.review_block += (got == Verdict::Block) as usize;
            }
            Verdict::Pass => {
                self.pass += 1;
                self.pass_block += (got == Verdict::Block) as usize;
                self.pass_review += (got == Verdict::Review) as usize;
            }
        }
    }

    /// Every rate of the definitions above, each `None` when nothing is counted under it
    /// (the one place their numerators and denominators are written).
    pub fn rates(&self) -> Rates {
        Rates {
            recall: rate(self.block_hit, self.block),
            lenient_recall: rate(self.block_hit + self.block_review, self.block),
            precision: rate(self.block_hit, self.block_hit + self.review_block + self.pass_block),
            hard_fp: rate(self.pass_block, self.pass),
            soft_fp: rate(self.pass_block + self.pass_review, self.pass),
            review_agreement: rate(self.review_hit, self.review),
        }
    }

    /// Block items called block, over block items (0 when there are none).
    pub fn recall(&self) -> f64 {
        self.rates().recall.unwrap_or(0.0)
    }

    /// Block items called block or review, over block items (0 when there are none).
    pub fn lenient_recall(&self) -> f64 {
        self.rates().lenient_recall.unwrap_or(0.0)
    }

    /// Pass items called block, over pass items (0 when there are none).
    pub fn hard_fp_rate(&self) -> f64 {
        self.rates().hard_fp.unwrap_or(0.0)
    }

    /// Pass items not called pass, over pass items (0 when there are none).
    pub fn soft_fp_rate(&self) -> f64 {
        self.rates().soft_fp.unwrap_or(0.0)
    }

    /// Items called block that are labelled block, over items called block (1 when none
    /// is called block).
    pub fn precision(&self) -> f64 {
        self.rates().precision.unwrap_or(1.0)
    }

    /// Review items called review, over review items (0 when there are none).
    pub fn review_agreement(&self) -> f64 {
        self.rates().review_agreement.unwrap_or(0.0)
    }
}

/// The rates of a [`Counts`], each `None` when nothing is counted under it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rates {
    /// Block items called block, over block items.
    pub recall: Option<f64>,
    /// Block items called block or review, over block items.
    pub lenient_recall: Option<f64>,
    /// Items called block that are labelled block, over items called block.
    pub precision: Option<f64>,
    /// Pass items called block, over pass items.
    pub hard_fp: Option<f64>,
    /// Pass items not called pass, over pass items.
    pub soft_fp: Option<f64>,
    /// Review items called review, over review items.
    pub review_agreement: Option<f64>,
}

/// `a` over `b`, or `None` when `b` is 0.
fn rate(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

fn ratio(a: usize, b: usize) -> f64 {
    rate(a, b).unwrap_or(0.0)
}

/// One item the checker got wrong.
#[derive(Debug, Clone)]
pub struct Miss {
    /// The sample's id.
    pub id: String,
    /// Its language.
    pub lang: String,
    /// The label.
    pub label: Verdict,
    /// What the checker said.
    pub got: Verdict,
    /// The rules that fired.
    pub rules: Vec<String>,
}

/// The result of evaluating a corpus.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    /// Everything.
    pub all: Counts,
    /// Per language.
    pub by_lang: BTreeMap<String, Counts>,
    /// Per clause: (block items with the clause, of them called block), per language.
    pub by_clause: BTreeMap<(String, String), (usize, usize)>,
    /// Items whose verdict differs from the label.
    pub misses: Vec<Miss>,
}

/// Checks every sample and counts.
pub fn evaluate(checker: &Checker, samples: &[Sample]) -> Evaluation {
    let mut e = Evaluation::default();
    for s in samples {
        let (got, rules) = check_one(checker, s);
        e.push(s, got, rules);
    }
    e
}

/// The checker's verdict on one sample and the rules that fired (`rule:severity`); a
/// checker error counts as `pass`.
fn check_one(checker: &Checker, s: &Sample) -> (Verdict, Vec<String>) {
    match checker.check(&s.text) {
        Ok(r) => (r.verdict, r.findings.iter().map(|f| format!("{}:{}", f.rule_id, f.severity)).collect()),
        Err(err) => (Verdict::Pass, vec![format!("error: {err}")]),
    }
}

impl Evaluation {
    /// Counts one checked sample.
    fn push(&mut self, s: &Sample, got: Verdict, rules: Vec<String>) {
        self.all.add(s.label, got);
        self.by_lang.entry(s.lang.clone()).or_default().add(s.label, got);
        if s.label == Verdict::Block {
            for c in &s.clauses {
                let slot = self.by_clause.entry((s.lang.clone(), c.clone())).or_default();
                slot.0 += 1;
                slot.1 += (got == Verdict::Block) as usize;
            }
        }
        if got != s.label {
            self.misses.push(Miss { id: s.id.clone(), lang: s.lang.clone(), label: s.label, got, rules });
        }
    }

    /// The tables, as text.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<6} {:>5} {:>7} {:>8} {:>9} {:>7} {:>7} {:>6} {:>8}",
            "lang", "items", "recall", "lenient", "precision", "hardFP", "softFP", "review", "rev=rev"
        );
        let rows = self.by_lang.iter().map(|(k, v)| (k.as_str(), v)).chain([("all", &self.all)]);
        for (name, c) in rows {
            let _ = writeln!(
                out,
                "{:<6} {:>5} {:>7.3} {:>8.3} {:>9.3} {:>7.3} {:>7.3} {:>6} {:>8.3}",
                name,
                c.block + c.review + c.pass,
                c.recall(),
                c.lenient_recall(),
                c.precision(),
                c.hard_fp_rate(),
                c.soft_fp_rate(),
                c.review,
                c.review_agreement()
            );
        }
        let _ = writeln!(out, "\nblock recall per clause:");
        for ((lang, clause), (n, hit)) in &self.by_clause {
            let _ = writeln!(out, "  {lang:<3} {clause:<13} {hit:>3}/{n:<3} {:.3}", ratio(*hit, *n));
        }
        out
    }
}

// --- tuning and validation parts -------------------------------------------------------

/// The part of a corpus an item belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// Texts the rules may be tuned on: their misses are there to be read.
    Tuning,
    /// Whole sources held out: a measure of generalization, whose misses are not shown.
    Validation,
}

impl Part {
    /// `tuning` or `validation`.
    pub fn name(self) -> &'static str {
        match self {
            Part::Tuning => "tuning",
            Part::Validation => "validation",
        }
    }
}

/// FNV-1a, 64 bits: a hash that is the same on every platform, build and run (the
/// standard library's hasher is not), so the split never moves.
pub fn fnv1a64(s: &str) -> u64 {
    let mut h = Fnv1a::new();
    h.write(s.as_bytes());
    h.finish()
}

/// FNV-1a, 64 bits, fed in pieces (the same value as [`fnv1a64`] of the pieces joined).
#[derive(Debug, Clone, Copy)]
pub struct Fnv1a(u64);

impl Fnv1a {
    /// A hasher with nothing written.
    pub fn new() -> Fnv1a {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }

    /// Feeds bytes.
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }

    /// The hash so far.
    pub fn finish(self) -> u64 {
        self.0
    }
}

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a::new()
    }
}

/// The key a `source` is split and grouped by, lower-cased: for a URL its host without
/// `www.` (`https://www.example.com/a/1.html` → `example.com`), except that a GitHub URL
/// keys by repository (`https://github.com/owner/repo/blob/…` → `owner/repo`); otherwise
/// the text before the first `:` (`owner/repo:path/file.md` → `owner/repo`).
pub fn source_key(source: &str) -> String {
    let source = source.trim();
    if let Some((_, rest)) = source.split_once("://") {
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let authority = &rest[..end];
        let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
        let host = host.split(':').next().unwrap_or(host).to_lowercase();
        let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
        if host == "github.com" || host == "raw.githubusercontent.com" {
            let mut segments = rest[end..].split(['/', '?', '#']).filter(|p| !p.is_empty());
            if let (Some(owner), Some(repo)) = (segments.next(), segments.next()) {
                return format!("{owner}/{repo}").to_lowercase();
            }
        }
        return host;
    }
    let key = source.split(':').next().unwrap_or(source).trim();
    if key.is_empty() { source } else { key }.to_lowercase()
}

/// Whether a corpus file holds texts by others, split by source: it lies under a folder
/// named `external`.
pub fn is_external(path: &Path) -> bool {
    path.parent().is_some_and(|p| p.components().any(|c| c.as_os_str() == "external"))
}

/// The part of each sample (in order) of a file, or of all external files together.
///
/// Items of a file that is not `external` (the project's own texts, the shared dev corpus)
/// are [`Part::Tuning`], unless an item names its part: the project's own held-out texts
/// (`tests/corpus/textbook-heldout.jsonl`, written for a check of rules on lines nobody tuned
/// them on) say `"part": "validation"`. Items of an external file are split by source, never item by
/// item: within each language the distinct [`source_key`]s are ordered by [`fnv1a64`] of
/// the key (ties by the key) and alternate, even positions tuning, odd positions
/// validation, so about half of the sources of each language, with every text they hold,
/// land in the validation part. An item without a source counts as one source, `""`.
///
/// An external item with its own `part` keeps it and is left out of the alternation: its
/// source key is not counted, so the part of every item without one is what it would be
/// without such items. That is how a later batch of texts is added (its sources assigned
/// whole to one part or the other in its file) without reshuffling the sources held out
/// before.
///
/// Why: texts of one source share an author, a template, a phrasing. When the rules are
/// tuned on some texts of a source, its other texts are no longer a test. The validation
/// part holds whole sources the rules were never tuned on, so its numbers say how the
/// rules do on writers they have not seen; that only stays true while nobody reads its
/// errors while changing rules. Hence its misses are withheld by [`Run`] and by
/// `draftlint eval`, whatever the flags.
pub fn split(samples: &[Sample], external: bool) -> Vec<Part> {
    if !external {
        return samples.iter().map(|s| s.part.unwrap_or(Part::Tuning)).collect();
    }
    split_by_source(&samples.iter().collect::<Vec<_>>())
}

/// [`split`] of external items, borrowed from wherever they are kept (the items of all
/// external files together, so that a source in two files lies in one part).
pub fn split_by_source(samples: &[&Sample]) -> Vec<Part> {
    let key = |s: &Sample| s.source.as_deref().map(source_key).unwrap_or_default();
    let mut keys: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for s in samples.iter().filter(|s| s.part.is_none()) {
        keys.entry(s.lang.as_str()).or_default().insert(key(s));
    }
    let mut part: BTreeMap<(&str, String), Part> = BTreeMap::new();
    for (lang, set) in keys {
        let mut ordered: Vec<String> = set.into_iter().collect();
        ordered.sort_by_cached_key(|k| (fnv1a64(k), k.clone()));
        for (i, k) in ordered.into_iter().enumerate() {
            part.insert((lang, k), if i % 2 == 0 { Part::Tuning } else { Part::Validation });
        }
    }
    samples.iter().map(|s| s.part.unwrap_or_else(|| part[&(s.lang.as_str(), key(s))])).collect()
}

/// One corpus file of a [`Run`].
#[derive(Debug, Clone)]
pub struct FileRun {
    /// The file.
    pub path: PathBuf,
    /// Its items.
    pub items: usize,
    /// Checking time, in milliseconds.
    pub millis: f64,
    /// The counts of each part present. The validation part's `misses` is always empty
    /// (their number is in [`FileRun::withheld`]).
    pub parts: BTreeMap<Part, Evaluation>,
    /// How many validation items the checker got wrong.
    pub withheld: usize,
}

/// An evaluation over several files, split into tuning and validation parts.
#[derive(Debug, Clone, Default)]
pub struct Run {
    /// Per file.
    pub files: Vec<FileRun>,
    /// Per (part, source group, language): the group is the item's `group`, else its
    /// [`source_key`], else its file's name.
    pub groups: BTreeMap<(Part, String, String), Counts>,
    /// All files together, per part (no misses).
    pub summary: BTreeMap<Part, Evaluation>,
    /// Whole articles (group `article`, or the file `articles.jsonl`), per part (no misses).
    pub articles: BTreeMap<Part, Evaluation>,
    /// Source keys of validation items that also occur in tuning items (of any file):
    /// those sources leak into tuning and should be removed from one side.
    pub leaked_sources: Vec<String>,
}

impl Run {
    /// Checks every file's samples and counts, per part. The items of all external files
    /// (see [`is_external`]) are [`split`] as one list.
    pub fn new(checker: &Checker, files: Vec<(PathBuf, Vec<Sample>)>) -> Run {
        let mut run = Run::default();
        let mut tuning_sources = BTreeSet::new();
        let mut validation_sources = BTreeSet::new();
        // The external files are split together, so that a source in two files lies in
        // one part.
        let external: Vec<&Sample> = files.iter().filter(|(p, _)| is_external(p)).flat_map(|(_, s)| s.iter()).collect();
        let mut external_parts = split_by_source(&external).into_iter();
        for (path, samples) in files {
            let parts: Vec<Part> = if is_external(&path) {
                external_parts.by_ref().take(samples.len()).collect()
            } else {
                split(&samples, false)
            };
            let file_name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into());
            let articles_file = file_name == "articles.jsonl";
            let started = std::time::Instant::now();
            let results: Vec<(Verdict, Vec<String>)> = samples.iter().map(|s| check_one(checker, s)).collect();
            let millis = started.elapsed().as_secs_f64() * 1e3;
            let mut file = FileRun { path, items: samples.len(), millis, parts: BTreeMap::new(), withheld: 0 };
            for ((s, (got, rules)), part) in samples.iter().zip(results).zip(parts) {
                let key = s.source.as_deref().map(source_key);
                if let Some(k) = &key {
                    match part {
                        Part::Tuning => tuning_sources.insert(k.clone()),
                        Part::Validation => validation_sources.insert(k.clone()),
                    };
                }
                let group = s.group.clone().or(key).unwrap_or_else(|| file_name.clone());
                run.groups.entry((part, group, s.lang.clone())).or_default().add(s.label, got);
                run.summary.entry(part).or_default().push(s, got, Vec::new());
                if articles_file || s.group.as_deref() == Some("article") {
                    run.articles.entry(part).or_default().push(s, got, Vec::new());
                }
                file.parts.entry(part).or_default().push(s, got, rules);
            }
            if let Some(v) = file.parts.get_mut(&Part::Validation) {
                file.withheld = v.misses.len();
                v.misses.clear();
            }
            run.files.push(file);
        }
        for e in run.summary.values_mut().chain(run.articles.values_mut()) {
            e.misses.clear();
        }
        run.leaked_sources = validation_sources.intersection(&tuning_sources).cloned().collect();
        run
    }

    /// How many validation items the checker got wrong, over all files.
    pub fn withheld(&self) -> usize {
        self.files.iter().map(|f| f.withheld).sum()
    }

    /// The report as text: per file its table (a table per part when it has both), with
    /// the tuning misses when `misses`; a line per source group; the summary.
    pub fn text(&self, misses: bool) -> String {
        let mut out = String::new();
        for f in &self.files {
            let _ = write!(out, "== {} ({} items", f.path.display(), f.items);
            if f.parts.len() > 1 {
                for (part, e) in &f.parts {
                    let _ = write!(out, ", {} {}", e.all.items(), part.name());
                }
            }
            let _ = writeln!(out, ", checked in {:.1} ms)", f.millis);
            for (part, e) in &f.parts {
                if f.parts.len() > 1 {
                    let _ = match part {
                        Part::Tuning => writeln!(out, "-- tuning part ({} items)", e.all.items()),
                        Part::Validation => writeln!(
                            out,
                            "-- validation part ({} items; sources never tuned on, their errors are not shown)",
                            e.all.items()
                        ),
                    };
                } else if *part == Part::Validation {
                    let _ = writeln!(out, "-- validation part (sources never tuned on, their errors are not shown)");
                }
                out.push_str(&e.table());
                if misses && *part == Part::Tuning {
                    let _ = writeln!(out, "\nmisses:");
                    for m in &e.misses {
                        let _ = writeln!(
                            out,
                            "  {} {} label={} got={} [{}]",
                            m.id,
                            m.lang,
                            m.label,
                            m.got,
                            m.rules.join(" ")
                        );
                    }
                }
                if f.parts.len() > 1 {
                    out.push('\n');
                }
            }
            out.push('\n');
        }
        let _ = writeln!(out, "== per source group");
        let _ = writeln!(
            out,
            "{:<10} {:<4} {:>5} {:>7} {:>7} {:>7}  group",
            "part", "lang", "items", "recall", "hardFP", "softFP"
        );
        for ((part, group, lang), c) in &self.groups {
            let r = c.rates();
            let _ = writeln!(
                out,
                "{:<10} {:<4} {:>5} {:>7} {:>7} {:>7}  {group}",
                part.name(),
                lang,
                c.items(),
                shown(r.recall),
                shown(r.hard_fp),
                shown(r.soft_fp)
            );
        }
        let _ = writeln!(out, "\n== SUMMARY: tuning vs validation (validation: whole sources never tuned on)");
        summary_table(&mut out, &self.summary);
        if !self.articles.is_empty() {
            let _ = writeln!(out, "\nwhole articles (group `article` or articles.jsonl):");
            summary_table(&mut out, &self.articles);
        }
        if !self.leaked_sources.is_empty() {
            let _ = writeln!(
                out,
                "\nwarning: {} validation source(s) also occur in tuning items: {}",
                self.leaked_sources.len(),
                self.leaked_sources.join(", ")
            );
        }
        if misses {
            let _ = writeln!(
                out,
                "\n{} validation misses withheld (validation errors are never shown: they must not guide rule changes)",
                self.withheld()
            );
        }
        out
    }
}

/// A rate to three decimals, or `-` when nothing is counted under it.
fn shown(rate: Option<f64>) -> String {
    rate.map_or_else(|| "-".into(), |r| format!("{r:.3}"))
}

fn summary_table(out: &mut String, parts: &BTreeMap<Part, Evaluation>) {
    let _ = writeln!(
        out,
        "{:<10} {:<4} {:>5} {:>7} {:>8} {:>9} {:>7} {:>7}",
        "part", "lang", "items", "recall", "lenient", "precision", "hardFP", "softFP"
    );
    for (part, e) in parts {
        for (lang, c) in e.by_lang.iter().map(|(k, v)| (k.as_str(), v)).chain([("all", &e.all)]) {
            let r = c.rates();
            let _ = writeln!(
                out,
                "{:<10} {:<4} {:>5} {:>7} {:>8} {:>9} {:>7} {:>7}",
                part.name(),
                lang,
                c.items(),
                shown(r.recall),
                shown(r.lenient_recall),
                shown(r.precision),
                shown(r.hard_fp),
                shown(r.soft_fp)
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(id: &str, lang: &str, source: Option<&str>) -> Sample {
        Sample {
            id: id.into(),
            lang: lang.into(),
            label: Verdict::Pass,
            clauses: Vec::new(),
            text: "今天天气很好。".into(),
            source: source.map(str::to_string),
            group: None,
            family: None,
            part: None,
        }
    }

    #[test]
    fn fnv1a64_is_the_reference_hash() {
        assert_eq!(fnv1a64(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64("foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn source_key_is_the_repository_or_the_host() {
        assert_eq!(source_key("LawRefBook/Laws:刑法/刑法.md"), "lawrefbook/laws");
        assert_eq!(source_key("ziliaoba/crypto_navigator:a:b.md"), "ziliaoba/crypto_navigator");
        assert_eq!(source_key("owner/repo"), "owner/repo");
        assert_eq!(source_key("https://www.10qf.com/wzgl/472.html"), "10qf.com");
        assert_eq!(source_key("http://cn.bitekongjian.com/hangqing/147.html"), "cn.bitekongjian.com");
        assert_eq!(source_key("https://Example.COM:8080?q=1"), "example.com");
        assert_eq!(source_key("https://user@www.example.org#x"), "example.org");
        assert_eq!(source_key("https://github.com/Owner/Repo/blob/main/a.md"), "owner/repo");
        assert_eq!(source_key("https://github.com/"), "github.com");
        // Two pages of one site, two files of one repository: one key each.
        assert_eq!(source_key("https://a.cn/1.html"), source_key("https://www.a.cn/2.html"));
        assert_eq!(source_key("o/r:x.md"), source_key("o/r:y/z.md"));
    }

    #[test]
    fn project_files_are_all_tuning() {
        let samples = [sample("a", "zh", Some("o/a:1")), sample("b", "zh", Some("o/b:1")), sample("c", "en", None)];
        assert_eq!(split(&samples, false), vec![Part::Tuning; 3]);
    }

    #[test]
    fn external_files_alternate_by_hashed_source_per_language() {
        let sources = ["o/a:1", "o/b:1", "o/c:1", "https://www.d.com/1", "https://e.org/x", "o/f:1"];
        let mut samples: Vec<Sample> = Vec::new();
        for (i, src) in sources.iter().enumerate() {
            for lang in ["zh", "en"] {
                samples.push(sample(&format!("{lang}-{i}-1"), lang, Some(src)));
                // A second text of the same source (another file of the repository, another page).
                let other = src.replace(":1", ":2").replace("/1", "/2").replace("/x", "/y");
                samples.push(sample(&format!("{lang}-{i}-2"), lang, Some(&other)));
            }
        }
        let parts = split(&samples, true);
        // Deterministic.
        assert_eq!(parts, split(&samples, true));
        // Every source lies wholly in one part.
        for pair in parts.chunks(2) {
            assert_eq!(pair[0], pair[1]);
        }
        // Per language: the keys ordered by hash alternate tuning, validation, …
        for lang in ["zh", "en"] {
            let mut keys: Vec<String> = sources.iter().map(|s| source_key(s)).collect();
            keys.sort_by_key(|k| fnv1a64(k));
            for (i, k) in keys.iter().enumerate() {
                let want = if i % 2 == 0 { Part::Tuning } else { Part::Validation };
                let got: Vec<Part> = samples
                    .iter()
                    .zip(&parts)
                    .filter(|(s, _)| s.lang == lang && s.source.as_deref().map(source_key).as_deref() == Some(k))
                    .map(|(_, p)| *p)
                    .collect();
                assert_eq!(got.len(), 2, "{lang} {k}");
                assert!(got.iter().all(|p| *p == want), "{lang} {k}: {got:?}");
            }
        }
        let validation = parts.iter().filter(|p| **p == Part::Validation).count();
        assert_eq!(validation, samples.len() / 2);
        // The order of the items does not matter.
        let mut reversed = samples.clone();
        reversed.reverse();
        let mut back = split(&reversed, true);
        back.reverse();
        assert_eq!(back, parts);
    }

    #[test]
    fn the_projects_own_texts_are_tuning_unless_held_out() {
        let mut held = sample("en-held", "en", None);
        held.part = Some(Part::Validation);
        let own = [sample("en-own", "en", Some("old/r1:a.md")), held, sample("zh-own", "zh", None)];
        assert_eq!(split(&own, false), [Part::Tuning, Part::Validation, Part::Tuning]);
    }

    #[test]
    fn items_with_their_own_part_keep_it_and_move_no_other_item() {
        // The old items: twelve sources per language, split by the alternation alone.
        let mut old: Vec<Sample> = Vec::new();
        for i in 0..12 {
            for lang in ["zh", "en"] {
                old.push(sample(&format!("{lang}-old-{i}"), lang, Some(&format!("old/r{i}:a.md"))));
                old.push(sample(&format!("{lang}-old-{i}-b"), lang, Some(&format!("https://site{i}.example/p"))));
            }
        }
        let before = split(&old, true);
        assert!(before.contains(&Part::Tuning) && before.contains(&Part::Validation));
        // A second batch: new sources (whose keys would fall between the old ones in hash
        // order) and a text of an old source, each with its part fixed, the old source's
        // text against its source's part.
        let mut all = old.clone();
        for i in 0..9 {
            for lang in ["zh", "en"] {
                let mut s = sample(&format!("{lang}-new-{i}"), lang, Some(&format!("new/r{i}:x.csv")));
                s.part = Some(if i % 2 == 0 { Part::Validation } else { Part::Tuning });
                all.push(s);
            }
        }
        let flipped = match before[0] {
            Part::Tuning => Part::Validation,
            Part::Validation => Part::Tuning,
        };
        let mut same_source = sample("zh-new-old-source", &old[0].lang, old[0].source.as_deref());
        same_source.part = Some(flipped);
        all.push(same_source);
        let mut unsourced = sample("en-new-unsourced", "en", None);
        unsourced.part = Some(Part::Validation);
        all.push(unsourced);
        // Mixed among the old items rather than appended: order must not matter either.
        all.rotate_left(7);
        let after = split(&all, true);
        for (s, p) in all.iter().zip(&after) {
            match s.part {
                Some(fixed) => assert_eq!(*p, fixed, "{} keeps its own part", s.id),
                None => {
                    let i = old.iter().position(|o| o.id == s.id).unwrap();
                    assert_eq!(*p, before[i], "{} moved", s.id);
                }
            }
        }
    }

    /// The field is read from a corpus line, in lower case, and is optional (JSON: native
    /// only, serde_json is a native dev-dependency).
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn part_is_an_optional_lower_case_field() {
        let line = r#"{"id":"x","lang":"en","label":"pass","text":"t","source":"o/r:1","part":"validation"}"#;
        let s: Sample = serde_json::from_str(line).unwrap();
        assert_eq!(s.part, Some(Part::Validation));
        let line = r#"{"id":"x","lang":"en","label":"pass","text":"t"}"#;
        assert_eq!(serde_json::from_str::<Sample>(line).unwrap().part, None);
        assert!(serde_json::from_str::<Sample>(r#"{"id":"x","lang":"en","label":"pass","text":"t","part":"holdout"}"#)
            .is_err());
    }

    #[test]
    fn a_lone_source_is_tuning() {
        let samples = [sample("a", "zh", Some("o/a:1")), sample("b", "en", Some("https://b.com/"))];
        assert_eq!(split(&samples, true), vec![Part::Tuning; 2]);
    }

    #[test]
    fn external_means_under_a_folder_named_external() {
        assert!(is_external(Path::new("tests/corpus/external/x.jsonl")));
        assert!(is_external(Path::new("/tmp/a/external/b/x.jsonl")));
        assert!(!is_external(Path::new("tests/corpus/draftlint.jsonl")));
        assert!(!is_external(Path::new("external.jsonl")));
        assert!(!is_external(Path::new("../shared/corpus/dev.jsonl")));
    }
}

//! Evasion resistance on the project corpus (`tests/corpus/draftlint.jsonl`).
//!
//! People write around keyword filters. For each family of evasion this test rewrites the
//! KEY WORDS of every block and pass item (a fixed list of crypto terms and routes, below)
//! the way an evader would, checks the rewritten text, and measures:
//!
//! * recall: of the block items that block as written and contain a key word the family can
//!   rewrite, the share that still blocks after the rewrite;
//! * newly blocked: pass items that did not block as written and block after the rewrite
//!   (must be none); pass items that become `review` are reported, not failed;
//! * named: of the evidence that lies on rewritten words, how often its `evasion` list names
//!   the family (a soft statistic: the engine may rest its finding on other words).
//!
//! `cargo test --test evasion -- --nocapture` prints the table and, per family, a few items
//! that stopped blocking (`EVASION_ALL=1`: all of them). Rewrites are deterministic (seeded by item id and family).
//!
//! The target recall is 0.95 per family. Families the engine does not reach yet have a floor
//! of the measured value less 0.02 and a `TODO(evasion)` note; raise them as it improves.
//!
//! `EVASION_CORPUS=FILE` measures another labelled corpus instead (e.g. the shared dev
//! corpus, to see whether the engine's decoding holds beyond the project's own texts); the
//! table is printed and nothing is asserted.

mod support;

use support::corpus;

use draftlint::eval::Sample;
use draftlint::normalize::Normalized;
use draftlint::pos::NormPos;
use draftlint::{Checker, Report, Verdict};
use proptest::prelude::*;

use support::{families, find_key_words, obfuscate, Family, Kind};

/// What every family should reach.
const TARGET: f64 = 0.95;

/// `(family id, least recall)`. A family missing here is held to [`TARGET`]. Every
/// family reaches it (2026-11-25); add a floor with a `TODO(evasion)` note only for a new
/// family the engine does not reach yet.
const FLOORS: &[(&str, f64)] = &[];

/// `(family id, most pass items newly blocked)`. A family missing here must newly block none.
const PASS_CEILINGS: &[(&str, usize)] = &[];

fn floor(id: &str) -> f64 {
    FLOORS.iter().find(|(f, _)| *f == id).map_or(TARGET, |&(_, v)| v)
}

fn pass_ceiling(id: &str) -> usize {
    PASS_CEILINGS.iter().find(|(f, _)| *f == id).map_or(0, |&(_, v)| v)
}

fn checker() -> &'static Checker {
    static CHECKER: std::sync::OnceLock<Checker> = std::sync::OnceLock::new();
    CHECKER.get_or_init(Checker::default)
}

#[derive(Default)]
struct Row {
    block_applicable: usize,
    still_block: usize,
    pass_applicable: usize,
    newly_blocked: usize,
    newly_review: usize,
    /// Evidence pieces lying on rewritten words, and how many of them name the family.
    evidence_on_rewrite: usize,
    named: usize,
    /// Block items that still block with some evidence on the rewritten words.
    found_through_rewrite: usize,
    lost: Vec<String>,
    false_blocks: Vec<String>,
    /// The rewritten texts of `lost` and `false_blocks`, for `EVASION_DUMP`.
    dump: Vec<(String, String)>,
}

impl Row {
    fn recall(&self) -> f64 {
        if self.block_applicable == 0 {
            1.0
        } else {
            self.still_block as f64 / self.block_applicable as f64
        }
    }
}

fn overlaps(a: (usize, usize), b: &(usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Evidence on rewritten words: (how many, how many name one of `names`).
fn evidence_stats(report: &Report, rewritten: &[(usize, usize)], names: &[&str]) -> (usize, usize) {
    let (mut on, mut named) = (0, 0);
    for e in report.findings.iter().flat_map(|f| &f.evidence) {
        let span = (e.span.byte_start.0, e.span.byte_end.0);
        if rewritten.iter().any(|r| overlaps(span, r)) {
            on += 1;
            named += e.evasion.iter().any(|k| names.contains(&k.as_str())) as usize;
        }
    }
    (on, named)
}

fn describe(report: &Report) -> String {
    let mut rules: Vec<String> = report.findings.iter().map(|f| format!("{}:{}", f.rule_id, f.severity)).collect();
    rules.dedup();
    let evidence: Vec<String> = report
        .findings
        .iter()
        .flat_map(|f| &f.evidence)
        .map(|e| if e.evasion.is_empty() { format!("{:?}", e.text) } else { format!("{:?}{:?}", e.text, e.evasion) })
        .take(6)
        .collect();
    format!("{} score {} [{}] evidence {}", report.verdict, report.score, rules.join(" "), evidence.join(" "))
}

fn short(text: &str, n: usize) -> String {
    let s: String = text.chars().take(n).collect();
    let s = if s.len() < text.len() { format!("{s}…") } else { s };
    format!("{s:?}")
}

#[test]
fn key_words_stay_found_through_evasions() {
    let started = std::time::Instant::now();
    let checker = checker();
    let other = std::env::var("EVASION_CORPUS").ok();
    let all = match &other {
        Some(path) => support::read_corpus(path),
        None => corpus(),
    };
    let samples: Vec<Sample> = all.into_iter().filter(|s| s.label != Verdict::Review).collect();
    let base: Vec<Verdict> = samples.iter().map(|s| checker.check(&s.text).unwrap().verdict).collect();
    let occurrences: Vec<_> = samples.iter().map(|s| find_key_words(&s.text)).collect();
    let families = families();
    let mut rows: Vec<Row> = Vec::new();
    for family in &families {
        let mut row = Row::default();
        for ((sample, &before), occ) in samples.iter().zip(&base).zip(&occurrences) {
            let Some((text, rewritten)) = obfuscate(&sample.text, occ, family, &sample.id) else { continue };
            match sample.label {
                Verdict::Block => {
                    if before != Verdict::Block {
                        continue;
                    }
                    let report = checker.check(&text).unwrap();
                    row.block_applicable += 1;
                    let (on, named) = evidence_stats(&report, &rewritten, family.named);
                    row.evidence_on_rewrite += on;
                    row.named += named;
                    if report.verdict == Verdict::Block {
                        row.still_block += 1;
                        row.found_through_rewrite += (on > 0) as usize;
                    } else {
                        row.lost.push(format!("{} {} -> {}", sample.id, short(&text, 90), describe(&report)));
                        row.dump.push((sample.id.clone(), text));
                    }
                }
                Verdict::Pass => {
                    let report = checker.check(&text).unwrap();
                    row.pass_applicable += 1;
                    if before != Verdict::Block && report.verdict == Verdict::Block {
                        row.newly_blocked += 1;
                        row.false_blocks.push(format!("{} {} -> {}", sample.id, short(&text, 90), describe(&report)));
                        row.dump.push((sample.id.clone(), text.clone()));
                    }
                    row.newly_review += (before == Verdict::Pass && report.verdict == Verdict::Review) as usize;
                }
                Verdict::Review => {}
            }
        }
        rows.push(row);
    }

    let blocking =
        samples.iter().zip(&base).filter(|(s, v)| s.label == Verdict::Block && **v == Verdict::Block).count();
    let blocks = samples.iter().filter(|s| s.label == Verdict::Block).count();
    println!("\nevasion: {blocking} of {blocks} block items block as written (only those count for recall)\n");
    println!(
        "{:<4} {:<28} | {:>5} | {:>5} | {:>6} | {:>5} | {:>5} | {:>5} | {:>5} | {:>9} | {:>11}",
        "id", "family", "block", "still", "recall", "floor", "pass", "new B", "new R", "via words", "named"
    );
    println!("{}", "-".repeat(118));
    for (family, row) in families.iter().zip(&rows) {
        let via =
            if matches!(family.kind, Kind::Text(_)) { "-".to_string() } else { row.found_through_rewrite.to_string() };
        let named = if family.named.is_empty() || row.evidence_on_rewrite == 0 {
            "-".to_string()
        } else {
            format!(
                "{}/{} {:.0}%",
                row.named,
                row.evidence_on_rewrite,
                100.0 * row.named as f64 / row.evidence_on_rewrite as f64
            )
        };
        println!(
            "{:<4} {:<28} | {:>5} | {:>5} | {:>6.3} | {:>5.2} | {:>5} | {:>5} | {:>5} | {:>9} | {:>11}",
            family.id,
            family.name,
            row.block_applicable,
            row.still_block,
            row.recall(),
            floor(family.id),
            row.pass_applicable,
            row.newly_blocked,
            row.newly_review,
            via,
            named
        );
    }
    println!(
        "\nblock: applicable block items (blocking as written); still: still block; new B/new R: pass items newly\n\
         blocked / newly review; via words: still-blocking items with evidence on the rewritten words;\n\
         named: evidence on rewritten words whose `evasion` names the family.\n"
    );
    let mut gaps = Vec::new();
    for (family, row) in families.iter().zip(&rows) {
        if row.recall() < TARGET {
            gaps.push(format!(
                "{} {}: recall {:.3}, target {TARGET:.2}, gap {:.3}",
                family.id,
                family.name,
                row.recall(),
                TARGET - row.recall()
            ));
        }
    }
    if !gaps.is_empty() {
        println!("below the target:\n  {}\n", gaps.join("\n  "));
        println!("floors at the measured values less 0.02 (for FLOORS):");
        for (family, row) in families.iter().zip(&rows).filter(|(_, r)| r.recall() < TARGET) {
            let f = ((row.recall() - 0.02) * 1000.0).floor() / 1000.0;
            println!(
                "    // TODO(evasion): target 0.95, measured {:.3} on <date>\n    (\"{}\", {f:.3}),",
                row.recall(),
                family.id
            );
        }
        println!();
    }
    // EVASION_ALL=1 lists every lost item, not just the first few.
    let shown = if std::env::var_os("EVASION_ALL").is_some() { usize::MAX } else { 4 };
    for (family, row) in families.iter().zip(&rows) {
        if row.lost.is_empty() && row.false_blocks.is_empty() {
            continue;
        }
        println!("{} {}: {} lost, {} newly blocked", family.id, family.name, row.lost.len(), row.false_blocks.len());
        for l in row.lost.iter().take(shown) {
            println!("   lost  {l}");
        }
        for l in row.false_blocks.iter().take(shown) {
            println!("   FALSE {l}");
        }
    }
    println!("\n({} families over {} items in {:.2?})", families.len(), samples.len(), started.elapsed());
    // EVASION_DUMP=FILE writes the rewritten texts of lost and newly blocked items as JSON lines
    // (`family`, `id`, `text`), ready for `draftlint trace` or `draftlint check --jsonl`.
    if let Some(path) = std::env::var_os("EVASION_DUMP") {
        let lines: String = families
            .iter()
            .zip(&rows)
            .flat_map(|(f, r)| r.dump.iter().map(move |(id, text)| (f.id, id, text)))
            .map(|(family, id, text)| serde_json::json!({"family": family, "id": id, "text": text}).to_string() + "\n")
            .collect();
        std::fs::write(&path, lines).expect("EVASION_DUMP: cannot write the file");
    }

    if let Some(path) = other {
        println!("(measured on {path}: nothing asserted)");
        return;
    }
    let mut problems = Vec::new();
    for (family, row) in families.iter().zip(&rows) {
        if row.recall() < floor(family.id) {
            problems.push(format!(
                "{} {}: recall {:.3} < floor {:.3}",
                family.id,
                family.name,
                row.recall(),
                floor(family.id)
            ));
        }
        if row.newly_blocked > pass_ceiling(family.id) {
            problems.push(format!(
                "{} {}: {} pass items newly blocked (most {})\n    {}",
                family.id,
                family.name,
                row.newly_blocked,
                pass_ceiling(family.id),
                row.false_blocks.join("\n    ")
            ));
        }
        assert!(
            row.block_applicable > 0 || family.id.starts_with('5'),
            "{} {}: no applicable block item",
            family.id,
            family.name
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The rewrites do what they say on a few words (so the table measures the right thing).
#[test]
fn rewrites_look_like_evasions() {
    let fams = families();
    let get = |id: &str| -> &Family { fams.iter().find(|f| f.id == id).unwrap() };
    let rewrite = |id: &str, text: &str| obfuscate(text, &find_key_words(text), get(id), "x").map(|(t, _)| t);
    assert_eq!(rewrite("1a", "买比特币"), rewrite("1a", "买比特币"), "deterministic");
    let sep = rewrite("1b", "出U，加V").unwrap();
    assert_eq!(sep, "出\nU，加\nV");
    assert_eq!(rewrite("1e", "买比特币吗").unwrap(), "买\n比\n特\n币\n吗");
    let inv = rewrite("1c", "比特币").unwrap();
    assert_eq!(inv.chars().filter(|c| !c.is_alphanumeric()).count(), 2, "{inv:?}");
    assert_eq!(rewrite("2a", "收USDT").unwrap(), "收ＵＳＤＴ");
    // One character in pinyin, emoji between the units (a syllable is one unit).
    let stacked = rewrite("8a", "币圈").unwrap();
    let (a, b) = stacked.split_once(|c: char| !c.is_alphanumeric()).unwrap();
    assert!(a == "bi" && b.ends_with('圈') || a == "币" && b.ends_with("quan"), "{stacked:?}");
    let spaced = rewrite("8b", "进群").unwrap();
    assert!(spaced == "进 裙" || spaced == "进 qun", "{spaced:?}");
    assert_eq!(rewrite("2b", "BTC").unwrap(), "ⒷⓉⒸ");
    assert_eq!(rewrite("3", "币圈合约，带单").unwrap(), "幣圈合約，帶單");
    assert_eq!(rewrite("3", "USDT"), None, "traditional applies to Chinese words only");
    assert!(rewrite("4a", "Binance").unwrap().chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)));
    assert_eq!(rewrite("4b", "Binance wallet").unwrap(), "B1nance wall3t");
    assert_eq!(rewrite("4c", "binance").unwrap(), "bInAnCe");
    assert_eq!(rewrite("5a", "比特币交易所").unwrap(), "bitebijiaoyisuo");
    assert_eq!(rewrite("5b", "比特币").unwrap(), "btb");
    assert_eq!(rewrite("5b", "币圈"), None, "initials only for words of three or more characters");
    assert!(rewrite("6", "加微信").unwrap() != "加微信");
    assert_eq!(rewrite("7a", "出U，价格私聊"), Some("出U\n价格私聊".to_string()));
    // URLs, handles and domains are left alone.
    assert_eq!(rewrite("4b", "https://nova-presale.example"), None);
    // Short Latin words need word boundaries.
    assert_eq!(rewrite("2a", "method"), None);
}

/// Pieces heavy in what evaders type: invisibles, emoji, full-width and circled forms,
/// mathematical alphanumerics, look-alike letters, CJK in and beyond the BMP, separators,
/// line breaks, and characters whose case folding changes length.
const PIECES: &[&str] = &[
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{200E}",
    "\u{200F}",
    "\u{2060}",
    "\u{FEFF}",
    "\u{00AD}",
    "\u{FE0F}",
    "\u{FE0E}",
    "\u{E0101}",
    "\u{034F}",
    "\u{202E}",
    "🔥",
    "💰",
    "❤️",
    "👨‍👩‍👧‍👦",
    "👍🏽",
    "🇨🇳",
    "1️⃣",
    "ＵＳＤＴ",
    "Ｕ",
    "ｂ",
    "１",
    "：",
    "，",
    "\u{3000}",
    "ⓤⓢⓓⓣ",
    "Ⓑ",
    "①",
    "⑳",
    "⓪",
    "𝐔𝐒𝐃𝐓",
    "𝓤",
    "𝕌",
    "ℂ",
    "𝟙",
    "¹",
    "²",
    "³",
    "⁴",
    "₅",
    "В",
    "і",
    "а",
    "с",
    "е",
    "о",
    "р",
    "ο",
    "ν",
    "α",
    "Ѵ",
    "Віnаnсе",
    "比",
    "特",
    "币",
    "幣",
    "圈",
    "數",
    "藏",
    "品",
    "合約",
    "帶單",
    "𠀀",
    "𪚥",
    "\u{2F800}",
    "\u{3400}",
    " ",
    "*",
    "·",
    "-",
    "_",
    "|",
    "/",
    "\\",
    ".",
    "•",
    "★",
    "♥",
    "~",
    "^",
    "+",
    "=",
    "#",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\u{2028}",
    "\u{0085}",
    "\u{00A0}",
    "\u{301}",
    "e\u{301}",
    "İ",
    "ẞ",
    "Σ",
    "ǅ",
    "ﬃ",
    "Å",
    "K",
    "U",
    "S",
    "D",
    "T",
    "b",
    "i",
    "n",
    "1",
    "0",
    "u",
    "v",
    "V",
    "收",
    "出",
    "加",
    "。",
    "！",
    "\u{0}",
];

fn evasive_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => "[\\u{4E00}-\\u{9FFF}\\u{20000}-\\u{2A6DF}]{1,3}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|p| p.concat())
}

/// Every normalized range on char boundaries maps to a range of the original on char
/// boundaries, in order, and a longer or later range never maps earlier.
fn assert_map(original: &str) {
    let n = Normalized::new(original);
    let norm = n.as_str();
    let mut bounds: Vec<usize> = norm.char_indices().map(|(i, _)| i).collect();
    bounds.push(norm.len());
    // Quadratic in the normalized length: sample the start points on long inputs.
    let step = (bounds.len() / 48).max(1);
    // The largest start of the ranges from the previous start point.
    let mut prev_start: Option<(usize, usize)> = None;
    for (k, &s) in bounds.iter().enumerate() {
        if k % step != 0 && k + 1 != bounds.len() {
            continue;
        }
        let mut prev_end: Option<usize> = None;
        let (mut least, mut most) = (usize::MAX, 0);
        for &e in &bounds[k..] {
            let (a, b) = n.to_original(NormPos(s), NormPos(e));
            let (a, b) = (a.0, b.0);
            assert!(a <= b, "{original:?}: {s}..{e} -> {a}..{b}");
            assert!(b <= original.len(), "{original:?}: {s}..{e} -> {a}..{b} past the end {}", original.len());
            assert!(
                original.is_char_boundary(a) && original.is_char_boundary(b),
                "{original:?}: {s}..{e} -> {a}..{b} splits a character"
            );
            if e > s {
                assert!(a < b, "{original:?}: {s}..{e} ({:?}) maps to nothing", &norm[s..e]);
            }
            if let Some(pe) = prev_end {
                assert!(pe <= b, "{original:?}: end not monotonic at {s}..{e}: {pe} > {b}");
            }
            prev_end = Some(b);
            least = least.min(a);
            most = most.max(a);
        }
        if let Some((ps, pa)) = prev_start {
            assert!(
                pa <= least,
                "{original:?}: start not monotonic: from {ps} a range starts at {pa}, from {s} at {least}"
            );
        }
        prev_start = Some((s, most));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn normalize_maps_arbitrary_strings(text in any::<String>()) {
        assert_map(&text);
    }

    #[test]
    fn normalize_maps_evasive_strings(text in evasive_text()) {
        assert_map(&text);
    }
}

#[test]
fn normalize_maps_the_corpus_rewrites() {
    let fams = families();
    for s in corpus().iter().take(120) {
        assert_map(&s.text);
        let occ = find_key_words(&s.text);
        for f in &fams {
            if let Some((t, _)) = obfuscate(&s.text, &occ, f, &s.id) {
                assert_map(&t);
            }
        }
    }
}

/// Detectors read disguised keywords as what they stand for: the amount after `U5DT`, the
/// ID after `w3chat` or `weixin hao`, the code after `yaoqingma`. Their evidence names the
/// evasion, points at the characters as written and reads them as the detectors did (the
/// same decoded view).
#[test]
fn detectors_see_through_disguised_keywords() {
    let checker = checker();
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        (
            "出U，高价回收，有事找我 w3chat: abc_12345",
            "detector:wechat-id",
            "w3chat: abc_12345",
            "wechat: abc_12345",
            "lookalike",
        ),
        (
            "币安注册时填 yaoqingma：QW12ER 领手续费返还",
            "detector:invite-code",
            "yaoqingma：QW12ER",
            "邀请码:qw12er",
            "pinyin",
        ),
    ];
    for &(text, source, words, reading, family) in cases {
        let report = checker.check(text).unwrap();
        let found = report.findings.iter().flat_map(|f| &f.evidence).find(|e| e.source == source);
        let e = found.unwrap_or_else(|| panic!("{text:?}: no {source} evidence in {report:#?}"));
        assert_eq!(e.text, words, "{text:?}");
        assert_eq!(e.normalized, reading, "{text:?}");
        assert!(e.evasion.iter().any(|k| k.as_str() == family), "{text:?}: {:?}", e.evasion);
    }
    // An amount in disguised USDT is an amount (the trace lists every signal).
    let trace = checker.trace("稳赚理财：投入1000 U5DT，每天返还。");
    let signals = || trace.iter().flat_map(|s| &s.signals);
    assert!(
        signals().any(|g| g.words == "1000 u5dt" && g.source == "detector:crypto-amount"),
        "{:?}",
        signals().map(|g| (&g.words, &g.source)).collect::<Vec<_>>()
    );
    // The same words written plainly are found by the detectors alone, not flagged as evasion.
    let report = checker.check("出U，高价回收，有事找我 wechat: abc_12345").unwrap();
    let e = report.findings.iter().flat_map(|f| &f.evidence).find(|e| e.source == "detector:wechat-id").unwrap();
    assert!(e.evasion.is_empty(), "{:?}", e.evasion);
}

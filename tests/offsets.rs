//! Every offset in a report points at the same words in every unit: UTF-8 bytes (Rust),
//! Unicode scalar values (Python), UTF-16 code units (JavaScript), and line/column, also
//! after emoji, ZWJ sequences, skin tones, full-width letters, characters beyond the BMP,
//! CRLF line ends and traditional characters; and `check` never panics on any string.

use draftlint::span::Span;
use draftlint::{Checker, Report, Verdict};
use proptest::prelude::*;

/// Where `span` points, recomputed from the text alone, in the unit of each field.
#[track_caller]
fn assert_span(text: &str, span: &Span, what: &str) {
    let (s, e) = (span.byte_start.0, span.byte_end.0);
    assert!(s <= e && e <= text.len(), "{what}: bytes {s}..{e} outside 0..{}", text.len());
    assert!(
        text.is_char_boundary(s) && text.is_char_boundary(e),
        "{what}: bytes {s}..{e} split a character of {text:?}"
    );
    let before = &text[..s];
    let inside = &text[s..e];
    assert_eq!(span.char_start.0, before.chars().count(), "{what}: char start");
    assert_eq!(span.char_end.0 - span.char_start.0, inside.chars().count(), "{what}: char length");
    assert_eq!(span.start.0, before.encode_utf16().count(), "{what}: UTF-16 start");
    assert_eq!(span.end.0 - span.start.0, inside.encode_utf16().count(), "{what}: UTF-16 length");
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(
        String::from_utf16(&units[span.start.0..span.end.0]).ok().as_deref(),
        Some(inside),
        "{what}: UTF-16 slice"
    );
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(chars[span.char_start.0..span.char_end.0].iter().collect::<String>(), inside, "{what}: char slice");
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    assert_eq!(span.line, before.matches('\n').count() + 1, "{what}: line");
    assert_eq!(span.column, text[line_start..s].chars().count() + 1, "{what}: column");
}

/// Checks every span of a report against `text`.
#[track_caller]
fn assert_report(text: &str, report: &Report) {
    assert_eq!(report.length.0, text.encode_utf16().count(), "report length");
    for f in &report.findings {
        let id = &f.rule_id;
        assert_span(text, &f.span, &format!("{id} span"));
        assert_eq!(&text[f.span.bytes()], f.text, "{id}: the finding's text is where its span says");
        assert_eq!((f.start, f.end), (f.span.start, f.span.end), "{id}: start/end are the span's UTF-16 offsets");
        assert_span(text, &f.sentence, &format!("{id} sentence"));
        assert!(
            f.sentence.byte_start <= f.span.byte_start && f.span.byte_end <= f.sentence.byte_end,
            "{id}: the anchor {:?} lies outside its sentence {:?}",
            f.text,
            &text[f.sentence.bytes()]
        );
        assert!(!f.evidence.is_empty(), "{id}: no evidence");
        assert_eq!(f.evidence[0].span, f.span, "{id}: the anchor is the first evidence");
        for e in &f.evidence {
            assert_span(text, &e.span, &format!("{id} evidence {:?}", e.text));
            assert_eq!(&text[e.span.bytes()], e.text, "{id}: evidence text");
        }
        for edit in &f.fix.edits {
            assert_span(text, &edit.span, &format!("{id} edit"));
            assert_eq!((edit.start, edit.end), (edit.span.start, edit.span.end), "{id}: edit start/end");
        }
    }
}

fn evidence_texts(report: &Report) -> Vec<&str> {
    report.findings.iter().flat_map(|f| &f.evidence).map(|e| e.text.as_str()).collect()
}

/// `(text, words that must be found as evidence, exactly as written)`.
const CASES: &[(&str, &[&str])] = &[
    // A family (ZWJ sequence) and a skin tone right before the words.
    ("👨‍👩‍👧‍👦👍🏽出U，价格私聊，加V：abc12345 😀", &["出U", "加V：abc12345"]),
    // Flags, keycaps and a variation selector around the words.
    ("🇨🇳 1️⃣ 出U，价格私聊 ❤️ 加V：abc12345 🇺🇸", &["出U", "加V：abc12345"]),
    // ZWJ inside the words.
    ("比\u{200D}特\u{200D}币 出U 私聊 加V abc12345", &["比\u{200D}特\u{200D}币", "出U"]),
    // Full-width letters.
    ("我这边长期出Ｕ，价格私聊，加V：abc12345", &["出Ｕ"]),
    ("今天的ＵＳＤＴ价格是多少？", &["ＵＳＤＴ"]),
    // Characters beyond the BMP before, between and after.
    ("𠀀𪚥 出U，价格私聊，加V：abc12345 𪚥", &["出U", "加V：abc12345"]),
    ("𪚥𪚥𪚥比特币𠀀今天涨到了十万美元，我觉得还会继续涨。𠀀", &["比特币"]),
    // CRLF line ends.
    ("第一行\r\n第二行：出U，价格私聊\r\n加V：abc12345\r\n", &["出U"]),
    ("标题\r\n\r\n比特币今天涨到了十万美元，\r\n我觉得还会继续涨。\r\n", &["比特币"]),
    // Traditional characters.
    ("長期出U，價格私聊，加V：abc12345，幣安註冊鏈接", &["出U"]),
    ("比特幣今天漲到了十萬美元，我覺得還會繼續漲。", &["比特幣"]),
    // All of it at once.
    ("👩🏽‍💻\r\n𠀀ＵＳＤＴ😀比\u{200B}特\u{200B}幣\r\n出U，價格私聊👍🏿加V：abc12345\r\n", &["出U"]),
];

#[test]
fn spans_are_exact_in_every_unit() {
    let checker = Checker::default();
    for &(text, words) in CASES {
        let report = checker.check(text).unwrap();
        assert_ne!(report.verdict, Verdict::Pass, "{text:?} should get a finding");
        assert_report(text, &report);
        let found = evidence_texts(&report);
        for w in words {
            assert!(found.contains(w), "{text:?}: no evidence {w:?} (found {found:?})");
        }
    }
}

#[test]
fn spans_after_a_zwj_family_and_a_skin_tone() {
    let text = CASES[0].0;
    let report = Checker::default().check(text).unwrap();
    let f = report.findings.iter().flat_map(|f| &f.evidence).find(|e| e.text == "出U").expect("出U is evidence");
    // 👨‍👩‍👧‍👦: 4 emoji + 3 ZWJ = 7 chars, 4×2 + 3 = 11 UTF-16 units, 4×4 + 3×3 = 25 bytes;
    // 👍🏽: 2 chars, 4 units, 8 bytes.
    assert_eq!((f.span.char_start.0, f.span.start.0, f.span.byte_start.0), (9, 15, 33));
    assert_eq!((f.span.char_end.0, f.span.end.0, f.span.byte_end.0), (11, 17, 37));
    assert_eq!((f.span.line, f.span.column), (1, 10));
}

#[test]
fn line_and_column_after_crlf() {
    let text = "第一行\r\n第二行：出U，价格私聊\r\n加V：abc12345\r\n";
    let report = Checker::default().check(text).unwrap();
    let evidence: Vec<_> = report.findings.iter().flat_map(|f| &f.evidence).collect();
    let chu = evidence.iter().find(|e| e.text == "出U").expect("出U is evidence");
    assert_eq!((chu.span.line, chu.span.column), (2, 5));
    if let Some(contact) = evidence.iter().find(|e| e.text.starts_with("加V")) {
        assert_eq!((contact.span.line, contact.span.column), (3, 1));
    }
}

#[test]
fn fixes_apply_on_char_boundaries() {
    let checker = Checker::default();
    let mut edits_seen = 0;
    for &(text, _) in CASES {
        let report = checker.check(text).unwrap();
        // apply_fixes works in bytes; the same edits spliced by code point must give the
        // same text, so every edit's byte and char offsets name the same characters.
        let fixed = report.apply_fixes(text, draftlint::pack::FixSafety::DisplayOnly);
        let mut edits: Vec<_> = report.findings.iter().flat_map(|f| &f.fix.edits).collect();
        edits.sort_by_key(|e| (e.span.char_start.0, e.span.char_end.0));
        let chars: Vec<char> = text.chars().collect();
        let mut expected = String::new();
        let mut at = 0;
        for e in edits {
            assert_span(text, &e.span, "fix edit");
            let (s, t) = (e.span.char_start.0, e.span.char_end.0);
            if s < at {
                continue; // overlapping edits after the first are skipped
            }
            expected.extend(&chars[at..s]);
            expected.push_str(&e.replacement);
            at = t;
            edits_seen += 1;
        }
        expected.extend(&chars[at..]);
        assert_eq!(fixed, expected, "{text:?}");
    }
    assert!(edits_seen > 0, "the cases must carry fix edits for this test to mean anything");
}

/// Pieces that stress normalization and matching: lexicon words, their evasions, and the
/// characters whose widths differ between units.
const PIECES: &[&str] = &[
    "比特币",
    "比特幣",
    "USDT",
    "ＵＳＤＴ",
    "usdt",
    "币安",
    "幣安",
    "私聊",
    "加V",
    "加Ｖ",
    "加v：",
    "出U",
    "收U",
    "合约",
    "杠杆",
    "空投",
    "NFT",
    "数字藏品",
    "二级市场",
    "挖矿",
    "稳赚",
    "翻倍",
    "邀请码",
    "注册",
    "下载",
    "价格",
    "的",
    "了",
    "交易所",
    "Bitcoin",
    "buy",
    "DM me",
    "telegram",
    "@otc",
    "abc12345",
    "OK8866",
    "https://x.example/join?code=AB12",
    "www.",
    ".com",
    "0x",
    "52908400098527886E0F7030069857D2E4169EE7",
    "T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb",
    "1000U",
    // Disguised words (read as variants; the detectors read them decoded).
    "w3chat:",
    "weixin",
    "yaoqingma",
    "U5DT",
    "bitebi",
    "bi",
    "quan",
    "zhujici",
    "12个",
    "bian",
    "qun",
    "薇信",
    "ВΤС",
    "🔥",
    "¥",
    "$",
    "%",
    "😀",
    "👨‍👩‍👧‍👦",
    "👍🏽",
    "🇨🇳",
    "1️⃣",
    "❤️",
    "𠀀",
    "𪚥",
    "𝐁𝐓𝐂",
    "Ⅻ",
    "ｱ",
    "é",
    "e\u{301}",
    "\u{301}",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{2060}",
    "\u{FEFF}",
    "\u{00AD}",
    "\u{FE0F}",
    "\u{E0101}",
    " ",
    "*",
    "-",
    "_",
    "|",
    "/",
    ".",
    "。",
    "，",
    "：",
    "！",
    "？",
    "、",
    "…",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\u{3000}",
    "\u{00A0}",
    "\u{2028}",
    "\u{0}",
];

/// One checker for every generated case (building one per case dominates a debug run).
fn checker() -> &'static Checker {
    static CHECKER: std::sync::OnceLock<Checker> = std::sync::OnceLock::new();
    CHECKER.get_or_init(Checker::default)
}

fn weighted_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => "[\\u{4E00}-\\u{9FFF}]{1,4}",
    ];
    prop::collection::vec(piece, 0..48).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn weighted_texts_map_back_exactly(text in weighted_text()) {
        let report = checker().check(&text).unwrap();
        assert_report(&text, &report);
    }

    #[test]
    fn arbitrary_strings_map_back_exactly(text in any::<String>()) {
        let report = checker().check(&text).unwrap();
        assert_report(&text, &report);
    }
}

/// The weighted texts do reach the judge: a good share of them get findings, so the
/// property above is not checked on empty reports only.
#[test]
fn weighted_texts_get_findings() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let checker = Checker::default();
    let mut runner = TestRunner::deterministic();
    let strategy = weighted_text();
    let (mut with_findings, mut evidence) = (0, 0);
    for _ in 0..200 {
        let text = strategy.new_tree(&mut runner).unwrap().current();
        let report = checker.check(&text).unwrap();
        with_findings += !report.findings.is_empty() as usize;
        evidence += report.findings.iter().map(|f| f.evidence.len()).sum::<usize>();
    }
    assert!(with_findings >= 40, "only {with_findings} of 200 texts got findings ({evidence} evidence)");
}

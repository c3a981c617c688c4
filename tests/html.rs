//! HTML drafts (`Checker::check_html`): a violation blocks wherever it hides, styled news
//! still passes, markup changes no verdict, spans point into the HTML source, and bad
//! markup gets a report, never a panic. The HTML is written for these tests.

use draftlint::{summarize_findings, Checker, Report, Verdict};
use proptest::prelude::*;

fn checker() -> &'static Checker {
    static C: std::sync::OnceLock<Checker> = std::sync::OnceLock::new();
    C.get_or_init(Checker::default)
}

fn html(source: &str) -> Report {
    checker().check_html(source).expect("HTML under the limit is checked")
}

/// Every span of the report lies in the source, and `source[span]` is what the report says.
fn assert_spans(source: &str, report: &Report) {
    let extracted = report.extracted_text.as_deref().expect("an HTML report carries its extracted text");
    assert_eq!(report.length.0, source.encode_utf16().count());
    for f in &report.findings {
        assert_eq!(&source[f.span.bytes()], f.text, "finding text is the source at its span");
        assert_eq!(f.span.start.0, source[..f.span.byte_start.0].encode_utf16().count());
        let ex = *f.extracted.as_deref().expect("extracted span");
        assert!(extracted.is_char_boundary(ex.byte_start.0) && extracted.is_char_boundary(ex.byte_end.0));
        assert!(source.is_char_boundary(f.sentence.byte_start.0) && source.is_char_boundary(f.sentence.byte_end.0));
        for e in &f.evidence {
            assert_eq!(&source[e.span.bytes()], e.text, "evidence text is the source at its span");
        }
        for edit in &f.fix.edits {
            assert!(!source[edit.span.bytes()].contains('<'), "an edit never cuts markup");
        }
    }
}

fn places(report: &Report) -> Vec<&str> {
    report.findings.iter().filter_map(|f| f.place.as_deref()).collect()
}

#[test]
fn a_route_blocks_wherever_it_hides() {
    let cases = [
        ("hidden", r#"<p>今天聊聊行情。出U，价格私聊<span style="display:none">加V：abc12345</span></p>"#),
        ("hidden", r#"<p>出U，价格私聊<span style="font-size:0px">加V：abc12345</span></p>"#),
        ("hidden", r#"<p>出U，价格私聊<span style="color:#ffffff">加V：abc12345</span></p>"#),
        ("href", r#"<p>想买USDT的朋友，<a href="https://www.okx.com/join/8822113">点击这里注册</a>。</p>"#),
        ("alt", r#"<p>出U，价格私聊。</p><p><img alt="加V：abc12345" src="qr.png"></p>"#),
        ("title", r#"<p>出U，价格私聊，<span title="加V：abc12345">联系方式</span></p>"#),
        (
            "card",
            r#"<p>出U，价格私聊。</p><mp-common-profile data-nickname="U商" data-signature="加V：abc12345"></mp-common-profile>"#,
        ),
    ];
    for (place, source) in cases {
        let report = html(source);
        assert_eq!(report.verdict, Verdict::Block, "{source}");
        assert_spans(source, &report);
        let block = report.findings.iter().find(|f| f.severity == Verdict::Block).unwrap();
        let found: Vec<&str> = block.evidence.iter().map(|e| e.text.as_str()).collect();
        assert!(
            report.findings.iter().any(|f| f.place.as_deref() == Some(place))
                || block.evidence.iter().any(|e| source.find(&e.text).is_some_and(|at| place_of(source, at) == place)),
            "{place}: {source}: places {:?}, evidence {found:?}",
            places(&report)
        );
        if place == "hidden" {
            assert!(
                block.evidence.iter().any(|e| e.evasion.iter().any(|x| x.as_str() == "hidden")),
                "hidden evidence says so: {source}"
            );
        }
    }
}

/// Which kind of source a byte offset lies in, for the test's simple markup: inside a tag's
/// attribute (named by the attribute), or text.
fn place_of(source: &str, at: usize) -> &'static str {
    let before = &source[..at];
    let open = before.rfind('<');
    let close = before.rfind('>');
    if open > close {
        let tag = &before[open.unwrap()..];
        for (attr, place) in [("href=", "href"), ("alt=", "alt"), ("title=", "title"), ("data-signature=", "card")] {
            if tag.rfind(attr).is_some() {
                return place;
            }
        }
    }
    if before.rfind("display:none").is_some()
        || before.rfind("font-size:0").is_some()
        || before.rfind("#ffffff").is_some()
    {
        return "hidden";
    }
    "visible"
}

#[test]
fn styled_news_and_wechat_artifacts_pass() {
    let news = r#"<section style="margin:0 8px;font-size:15px;color:#3f3f3f;line-height:1.75"><p style="text-align:justify"><span style="color:#888;font-size:13px">记者 王明</span></p><p><span style="font-weight:bold">据新华社报道，</span><span>警方近日破获一起利用虚拟货币洗钱的案件，</span><span style="color:rgb(0,82,255)">涉案金额逾千万元。</span></p><p><span style="display:none;"></span>&zwj;<br></p><p><img src="https://mmbiz.qpic.cn/mmbiz_png/AbCdEf123/640?wx_fmt=png" data-ratio="0.5"></p></section>"#;
    let report = html(news);
    assert_eq!(report.verdict, Verdict::Pass, "{:?}", report.findings);
    assert!(report.extracted_text.as_deref().unwrap().contains("据新华社报道，警方近日破获"));
}

#[test]
fn markup_changes_no_verdict() {
    let plain = "出U，价格私聊，加V：abc12345";
    let heavy = r#"<section style="padding:4px"><p><span style="color:#333"><strong>出</strong></span><span style="color:#333">U</span>，<em>价格</em>私聊，<span style="font-family:serif">加</span><span>V</span>：<b>abc</b><span>12345</span></p></section>"#;
    let a = checker().check(plain).unwrap();
    let b = html(heavy);
    assert_eq!(a.verdict, b.verdict);
    assert_eq!(
        a.findings.iter().map(|f| &f.rule_id).collect::<Vec<_>>(),
        b.findings.iter().map(|f| &f.rule_id).collect::<Vec<_>>()
    );
    assert_spans(heavy, &b);
    assert_eq!(b.extracted_text.as_deref(), Some(plain));
}

#[test]
fn bad_markup_gets_a_report() {
    let five_mb = format!(r#"<p title="{}">出U</p>"#, "a".repeat(5 << 20));
    let deep = format!("{}出U，加V：abc12345{}", "<span>".repeat(100_000), "</span>".repeat(100_000));
    let cases = [
        "<p>未闭合的<span>标签<div>出U，加V：abc12345".to_string(),
        "<p>坏实体 &#xZZZZ; &bogus; &#0; &#x110000; 出U</p>".to_string(),
        "<script>alert('x')</script><p>出U，加V：abc12345</p>".to_string(),
        "<<<>>></p></div>&&&".to_string(),
        five_mb,
        deep,
    ];
    for source in &cases {
        let report = html(source);
        assert_spans(source, &report);
    }
    assert_eq!(html(&cases[2]).verdict, Verdict::Block);
    assert!(!html(&cases[2]).extracted_text.unwrap().contains("alert"));
}

#[test]
fn html_over_the_limit_is_refused() {
    let big = format!("<p>{}</p>", "a".repeat(draftlint::MAX_TEXT_BYTES));
    assert!(checker().check_html(&big).unwrap_err().to_string().contains("split it into parts"));
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("出U".to_string()),
        Just("加V：abc12345".to_string()),
        Just("比特币".to_string()),
        Just("😀".to_string()),
        Just("𠀀".to_string()),
        Just("ＵＳＤＴ".to_string()),
        Just("&#x6BD4;&#x7279;&#x5E01;".to_string()),
        Just("&amp;".to_string()),
        Just("，".to_string()),
        "[a-z0-9 ]{0,6}",
    ]
}

fn wrapped() -> impl Strategy<Value = String> {
    (piece(), 0usize..7).prop_map(|(text, how)| match how {
        0 => text,
        1 => format!("<span>{text}</span>"),
        2 => format!(r#"<span style="display:none">{text}</span>"#),
        3 => format!("<p>{text}</p>"),
        4 => format!(r#"<a href="https://x.example/join/{text}">{text}</a>"#),
        5 => format!(r#"<img alt="{text}">"#),
        _ => format!("<b>{text}<br></b>"),
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]
    #[test]
    fn spans_round_trip_into_generated_markup(parts in proptest::collection::vec(wrapped(), 0..12)) {
        let source = parts.concat();
        let report = html(&source);
        assert_spans(&source, &report);
    }
}

#[test]
fn findings_of_a_title_and_an_html_body_are_summed_up_as_one_text_s() {
    // Each report's own findings sum up to the report.
    for text in ["出U，价格私聊，加V：abc12345", "比特币今天涨了。", "今天天气很好。"] {
        let report = checker().check(text).unwrap();
        let mut findings = report.findings.clone();
        let s = summarize_findings(&mut findings);
        assert_eq!(
            (s.verdict, s.score, s.penalty, &s.clauses),
            (report.verdict, report.score, report.penalty, &report.clauses)
        );
        assert_eq!(findings, report.findings);
    }
    // A title under review and an HTML body that blocks: the body decides.
    let title = checker().check("比特币今天涨了。").unwrap();
    let body = html("<p>出U，价格私聊，<a href=\"https://t.me/fastotc\">加V：abc12345</a></p>");
    let mut findings: Vec<_> = title.findings.iter().chain(&body.findings).cloned().collect();
    let s = summarize_findings(&mut findings);
    assert_eq!(s.verdict, Verdict::Block);
    assert!(findings.iter().all(|f| f.decisive == (f.severity == Verdict::Block)));
    assert_eq!(s.clauses[0].verdict, Verdict::Block);
    assert!(summarize_findings(&mut []).verdict == Verdict::Pass);
}

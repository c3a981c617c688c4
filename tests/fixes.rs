//! Fix edits: applying a finding's edits removes the whole route, and the verdict drops.

use draftlint::pack::FixSafety;
use draftlint::{Checker, Verdict};

#[test]
fn applying_route_fixes_removes_every_part_of_the_route() {
    let checker = Checker::default();
    let text = "今天比特币小幅上涨。\n出U，价格私聊，加V：abc12345";
    let report = checker.check(text).unwrap();
    assert_eq!(report.verdict, Verdict::Block);
    let fixed = report.apply_fixes(text, FixSafety::Unsafe);
    assert!(!fixed.contains("abc12345") && !fixed.contains("加V"), "{fixed}");
    assert!(checker.check(&fixed).unwrap().verdict < Verdict::Block, "{fixed}");
    // Edits never overlap and point at the original text.
    for f in &report.findings {
        for pair in f.fix.edits.windows(2) {
            assert!(pair[0].span.byte_end <= pair[1].span.byte_start);
        }
        for e in &f.fix.edits {
            assert_eq!(&text[e.span.bytes()].encode_utf16().count(), &(e.end.0 - e.start.0));
        }
    }
}

#[test]
fn safe_fixes_only_when_asked() {
    let checker = Checker::default();
    let text = "欧易 OKX 注册：https://www.okx.com/join/ABC123";
    let report = checker.check(text).unwrap();
    assert_eq!(report.verdict, Verdict::Block);
    assert_eq!(report.apply_fixes(text, FixSafety::Safe), text.replace("https://www.okx.com/join/ABC123", ""));
}

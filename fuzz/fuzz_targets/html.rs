//! `Checker::check_html` on arbitrary markup: never a panic, and every span of the report
//! lies on character boundaries inside the HTML, `html[span]` is the finding's and the
//! evidence's text, and the extracted spans index the report's extracted text.
#![no_main]

use std::sync::OnceLock;

use draftlint::Checker;
use libfuzzer_sys::fuzz_target;
use spans::assert_span;

mod spans;

fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(Checker::default)
}

fuzz_target!(|data: &[u8]| {
    let Ok(html) = std::str::from_utf8(data) else { return };
    let report = checker().check_html(html).expect("HTML under the size limit checks");
    let extracted = report.extracted_text.as_deref().expect("an HTML report has its extracted text");
    for f in &report.findings {
        assert_span(html, &f.span, "finding");
        assert_eq!(&html[f.span.bytes()], f.text);
        assert_span(html, &f.sentence, "sentence");
        assert_span(extracted, f.extracted.as_ref().expect("extracted span"), "extracted");
        for e in &f.evidence {
            assert_span(html, &e.span, "evidence");
            assert_eq!(&html[e.span.bytes()], e.text);
            assert_span(extracted, e.extracted.as_ref().expect("extracted span"), "evidence extracted");
        }
        for edit in &f.fix.edits {
            assert_span(html, &edit.span, "edit");
            assert!(!html[edit.span.bytes()].contains(['<', '>']), "an edit never cuts markup");
        }
    }
});

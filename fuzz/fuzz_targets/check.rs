//! `Checker::check` on arbitrary text: never a panic, and every span the report gives lies
//! on character boundaries inside the text and agrees in bytes, chars and UTF-16 units.
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
    let Ok(text) = std::str::from_utf8(data) else { return };
    let report = checker().check(text).expect("texts under the size limit check");
    assert_eq!(report.length.0, text.encode_utf16().count(), "report length in UTF-16 units");
    for f in &report.findings {
        assert_span(text, &f.span, "finding");
        assert_eq!(&text[f.span.bytes()], f.text, "finding text is the text at its span");
        assert_eq!((f.start, f.end), (f.span.start, f.span.end));
        assert_span(text, &f.sentence, "sentence");
        for e in &f.evidence {
            assert_span(text, &e.span, "evidence");
            assert_eq!(&text[e.span.bytes()], e.text, "evidence text is the text at its span");
        }
        for edit in &f.fix.edits {
            assert_span(text, &edit.span, "edit");
        }
    }
});

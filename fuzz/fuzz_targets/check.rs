//! `Checker::check` on arbitrary text: never a panic, and every span the report gives lies
//! on character boundaries inside the text and agrees in bytes, chars and UTF-16 units.
#![no_main]

use std::sync::OnceLock;

use draftlint::{Checker, Span};
use libfuzzer_sys::fuzz_target;

fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(Checker::default)
}

fn assert_span(text: &str, span: &Span, what: &str) {
    let (a, b) = (span.byte_start.0, span.byte_end.0);
    assert!(a <= b && b <= text.len(), "{what}: {a}..{b} outside 0..{}", text.len());
    assert!(text.is_char_boundary(a) && text.is_char_boundary(b), "{what}: {a}..{b} not on char boundaries");
    assert_eq!(span.char_start.0, text[..a].chars().count(), "{what}: char start");
    assert_eq!(span.char_end.0, text[..b].chars().count(), "{what}: char end");
    assert_eq!(span.start.0, text[..a].encode_utf16().count(), "{what}: UTF-16 start");
    assert_eq!(span.end.0, text[..b].encode_utf16().count(), "{what}: UTF-16 end");
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

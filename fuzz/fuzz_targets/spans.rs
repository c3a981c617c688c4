//! The span invariant every target that gets a report checks: a span lies on character
//! boundaries inside its text, and its char and UTF-16 offsets count to the same places.

use draftlint::Span;

pub fn assert_span(text: &str, span: &Span, what: &str) {
    let (a, b) = (span.byte_start.0, span.byte_end.0);
    assert!(a <= b && b <= text.len(), "{what}: {a}..{b} outside 0..{}", text.len());
    assert!(text.is_char_boundary(a) && text.is_char_boundary(b), "{what}: {a}..{b} not on char boundaries");
    assert_eq!(span.char_start.0, text[..a].chars().count(), "{what}: char start");
    assert_eq!(span.char_end.0, text[..b].chars().count(), "{what}: char end");
    assert_eq!(span.start.0, text[..a].encode_utf16().count(), "{what}: UTF-16 start");
    assert_eq!(span.end.0, text[..b].encode_utf16().count(), "{what}: UTF-16 end");
}

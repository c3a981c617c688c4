//! Normalization and its map on arbitrary text: never a panic, and every normalized range
//! maps back to a range on character boundaries inside the original.
#![no_main]

use draftlint::normalize::Normalized;
use draftlint::pos::NormPos;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let norm = Normalized::new(text);
    let n = norm.as_str();
    let bounds: Vec<usize> = (0..=n.len()).filter(|&i| n.is_char_boundary(i)).collect();
    // Every character, and the whole text.
    for w in bounds.windows(2) {
        check(text, &norm, w[0], w[1]);
    }
    if let (Some(&first), Some(&last)) = (bounds.first(), bounds.last()) {
        check(text, &norm, first, last);
    }
});

fn check(text: &str, norm: &Normalized, start: usize, end: usize) {
    let (a, b) = norm.to_original(NormPos(start), NormPos(end));
    let (a, b) = (a.0, b.0);
    assert!(a <= b && b <= text.len(), "{start}..{end} maps to {a}..{b} outside 0..{}", text.len());
    assert!(text.is_char_boundary(a) && text.is_char_boundary(b), "{start}..{end} maps to {a}..{b} off boundaries");
}

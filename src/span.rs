//! Typed positions in the original text: bytes, chars, UTF-16 code units, lines.
//!
//! Every public offset says its unit in its type, so a byte offset cannot be passed where
//! a UTF-16 offset is expected. The engine works in bytes of the normalized text
//! internally; [`Locator`] converts once, at the end, into every unit a caller may need.

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

use crate::pos::{OrigPos, Position};

/// A byte offset into the original UTF-8 text (what Rust's `str` indexing uses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ByteOffset(pub usize);

/// An offset counted in Unicode scalar values (Rust `char`s, Python `str` indices).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CharOffset(pub usize);

/// An offset counted in UTF-16 code units (JavaScript `String` indices, DOM ranges).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Utf16Offset(pub usize);

/// A half-open range of the original text, `[start, end)`, in every unit.
///
/// * `start`/`end`: UTF-16 code units, so that `text.slice(start, end)` in JavaScript
///   returns exactly the flagged words, also after emoji and characters beyond the BMP.
/// * `byte_start`/`byte_end`: UTF-8 bytes, so that `&text[byte_start..byte_end]` in Rust
///   returns the same words.
/// * `char_start`/`char_end`: Unicode scalar values.
/// * `line`/`column`: where `start` is, both 1-based; lines end at `\n`, and the column
///   counts Unicode scalar values from the start of the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Span {
    /// Start, in UTF-16 code units.
    pub start: Utf16Offset,
    /// End (exclusive), in UTF-16 code units.
    pub end: Utf16Offset,
    /// Start, in UTF-8 bytes.
    pub byte_start: ByteOffset,
    /// End (exclusive), in UTF-8 bytes.
    pub byte_end: ByteOffset,
    /// Start, in Unicode scalar values.
    pub char_start: CharOffset,
    /// End (exclusive), in Unicode scalar values.
    pub char_end: CharOffset,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in Unicode scalar values.
    pub column: usize,
}

impl Span {
    /// The byte range, for slicing the original Rust string.
    pub fn bytes(&self) -> std::ops::Range<usize> {
        self.byte_start.0..self.byte_end.0
    }
}

/// Where one byte offset is, in every unit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Point {
    char: usize,
    utf16: usize,
    line: usize,
    column: usize,
}

/// Converts byte ranges of one text into [`Span`]s.
///
/// Conversion walks the text once for all requested offsets: callers collect the byte
/// ranges they need, then call [`Locator::spans`]. The ranges are positions of the text
/// the locator reads, typed by that text ([`crate::pos`]): [`OrigPos`] for the checked text
/// (the default), [`crate::pos::HtmlPos`] for the source of an HTML draft.
pub struct Locator<'t, P: Position = OrigPos> {
    text: &'t str,
    positions: PhantomData<P>,
}

impl<'t, P: Position> Locator<'t, P> {
    /// A locator over `text`, the text the positions `P` point into.
    pub fn new(text: &'t str) -> Self {
        Locator { text, positions: PhantomData }
    }

    /// Converts ranges of the text into spans, in the same order. Every range must lie on
    /// char boundaries of the text (ranges produced by the engine always do).
    ///
    /// ```
    /// use draftlint::pos::OrigPos;
    /// use draftlint::span::Locator;
    ///
    /// let text = "😀比特币";
    /// let span = Locator::new(text).spans(&[(OrigPos(4), OrigPos(13))])[0];
    /// assert_eq!(&text[span.bytes()], "比特币");
    /// assert_eq!((span.start.0, span.char_start.0), (2, 1)); // 😀 is 2 UTF-16 units, 1 char
    /// ```
    ///
    /// A bare byte offset says nothing of the text it points into, and does not compile;
    /// nor does a position of another text:
    ///
    /// ```compile_fail
    /// use draftlint::span::Locator;
    /// let spans = Locator::new("比特币").spans(&[(0, 9)]);
    /// ```
    ///
    /// ```compile_fail
    /// use draftlint::pos::{HtmlPos, OrigPos};
    /// use draftlint::span::Locator;
    /// let spans = Locator::<OrigPos>::new("比特币").spans(&[(HtmlPos(0), HtmlPos(9))]);
    /// ```
    pub fn spans(&self, ranges: &[(P, P)]) -> Vec<Span> {
        // Gather every offset, sort once, walk the text once, writing each offset's units
        // into its span: no list of points (64 bytes a range) beside the spans.
        let mut wanted: Vec<(usize, usize)> = Vec::with_capacity(ranges.len() * 2);
        for (i, &(s, e)) in ranges.iter().enumerate() {
            wanted.push((s.byte(), 2 * i));
            wanted.push((e.byte(), 2 * i + 1));
        }
        let mut spans: Vec<Span> = ranges
            .iter()
            .map(|&(s, e)| Span { byte_start: ByteOffset(s.byte()), byte_end: ByteOffset(e.byte()), ..Span::default() })
            .collect();
        walk(self.text, &mut wanted, &mut spans);
        spans
    }
}

/// Writes where each `(byte offset, slot)` of `wanted` is into `spans`: an even slot `2i`
/// is the start of `spans[i]` (with its line and column), an odd one its end. The offsets
/// sorted, then one walk over `text`. Not generic, so one copy serves every position type.
#[inline(never)]
fn walk(text: &str, wanted: &mut [(usize, usize)], spans: &mut [Span]) {
    crate::order::sort_by_key(wanted, |w| crate::order::Key::of(w.0).then(w.1));
    let mut here = Point { char: 0, utf16: 0, line: 1, column: 1 };
    let mut byte = 0usize;
    let mut chars = text.chars();
    for &(offset, slot) in wanted.iter() {
        while byte < offset {
            let Some(c) = chars.next() else { break };
            byte += c.len_utf8();
            here.char += 1;
            here.utf16 += c.len_utf16();
            if c == '\n' {
                here.line += 1;
                here.column = 1;
            } else {
                here.column += 1;
            }
        }
        let span = &mut spans[slot / 2];
        if slot % 2 == 0 {
            span.start = Utf16Offset(here.utf16);
            span.char_start = CharOffset(here.char);
            span.line = here.line;
            span.column = here.column;
        } else {
            span.end = Utf16Offset(here.utf16);
            span.char_end = CharOffset(here.char);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16_slice(text: &str, s: Span) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[s.start.0..s.end.0]).unwrap()
    }

    #[test]
    fn units_agree_after_emoji_fullwidth_and_rare_cjk() {
        let text = "😀ＵＳＤＴ\n𠀀比特币 ok";
        let b = text.find("比特币").unwrap();
        let span = Locator::new(text).spans(&[(OrigPos(b), OrigPos(b + "比特币".len()))])[0];
        assert_eq!(&text[span.bytes()], "比特币");
        assert_eq!(utf16_slice(text, span), "比特币");
        // 😀 is 2 UTF-16 units, each full-width letter 1, \n 1, 𠀀 2.
        assert_eq!(span.start, Utf16Offset(2 + 4 + 1 + 2));
        assert_eq!(span.char_start, CharOffset(1 + 4 + 1 + 1));
        assert_eq!((span.line, span.column), (2, 2));
    }

    #[test]
    fn unsorted_and_repeated_ranges() {
        let text = "a😀b😀c";
        let at = |s, e| (OrigPos(s), OrigPos(e));
        let spans = Locator::new(text).spans(&[at(5, 6), at(0, 1), at(5, 6), at(0, text.len())]);
        assert_eq!(spans[0].start, Utf16Offset(3));
        assert_eq!(spans[1].start, Utf16Offset(0));
        assert_eq!(spans[2], spans[0]);
        assert_eq!(spans[3].end, Utf16Offset(7));
        assert_eq!(spans[3].char_end, CharOffset(5));
    }

    #[test]
    fn empty_text() {
        let spans = Locator::new("").spans(&[(OrigPos(0), OrigPos(0))]);
        assert_eq!(spans[0].line, 1);
        assert_eq!(spans[0].end, Utf16Offset(0));
    }
}

//! Typed byte positions, one type per text the engine works in.
//!
//! A check passes through up to five texts, and a byte offset means nothing without
//! knowing which one it points into:
//!
//! | text | what it is | position type |
//! |------|------------|---------------|
//! | HTML | the draft as the editor saved it (HTML drafts only) | [`HtmlPos`] |
//! | original | the text that is checked: the draft itself, or the text extracted from its HTML | [`OrigPos`] |
//! | normalized | the original folded for matching ([`crate::normalize::Normalized`]) | [`NormPos`] |
//! | decoded | the normalized text with its disguised words written as what they read as (`decode::Decoded`, crate-private) | [`DecPos`] |
//! | report | UTF-16, chars and bytes of what the caller passed in | [`crate::span::Span`] |
//!
//! An HTML draft is checked on the text extracted from it ([`crate::extract::extract`]),
//! which is then the original: [`crate::extract::Extracted::to_source`] maps its
//! [`OrigPos`] ranges to [`HtmlPos`] ranges of the HTML, and the report on the extracted
//! text is located again in the HTML.
//!
//! Everything the engine finds (lexicon hits, detections, signals, sentences) is a range
//! of the normalized text, so it carries [`NormPos`]. [`crate::normalize::Normalized::to_original`]
//! is the only way from a [`NormPos`] to an [`OrigPos`], and [`crate::span::Locator`] turns
//! byte ranges of the text the caller passed in (the original, or the HTML) into report
//! [`crate::span::Span`]s, whose public offset types ([`crate::span::ByteOffset`] and
//! friends) are unchanged. The detectors' second run reads windows of the decoded text
//! (`u5dt` written as `usdt`; evidence readings come from the same view): its detections
//! are [`DecPos`] ranges, and `Decoded::to_normalized` is the only way back to [`NormPos`].
//!
//! Each type is a `usize` with the space in its name: free at run time, and a mix-up
//! between spaces no longer compiles. Arithmetic stays within one space (`pos + len`,
//! `end - start`); leaving the space takes an explicit `.0`, which marks the places that
//! slice a string or work in raw bytes (the regex and automaton loops, for instance).

use std::ops::{Add, Sub};

/// A byte position in one of the texts above: what [`crate::span::Locator`] takes, so that
/// the ranges it locates say which text they point into.
pub trait Position: Copy + Ord {
    /// The byte offset, for slicing the text the position points into.
    fn byte(self) -> usize;
}

macro_rules! position {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub struct $name(pub usize);

        impl Add<usize> for $name {
            type Output = $name;
            #[inline]
            fn add(self, len: usize) -> $name {
                $name(self.0 + len)
            }
        }

        impl Sub<usize> for $name {
            type Output = $name;
            #[inline]
            fn sub(self, len: usize) -> $name {
                $name(self.0 - len)
            }
        }

        /// The distance between two positions of the same text, in bytes.
        impl Sub<$name> for $name {
            type Output = usize;
            #[inline]
            fn sub(self, start: $name) -> usize {
                self.0 - start.0
            }
        }

        impl Position for $name {
            #[inline]
            fn byte(self) -> usize {
                self.0
            }
        }

        impl $name {
            /// `self - len`, or the start of the text.
            #[inline]
            pub fn saturating_sub(self, len: usize) -> $name {
                $name(self.0.saturating_sub(len))
            }

            /// The byte range `[self, end)`, for slicing the text these positions point into.
            #[inline]
            pub fn to(self, end: $name) -> std::ops::Range<usize> {
                self.0..end.0
            }
        }
    };
}

position!(
    /// A byte offset into the normalized text ([`crate::normalize::Normalized::as_str`]).
    NormPos
);

position!(
    /// A byte offset into the original text: what was normalized (the draft, or the text
    /// extracted from an HTML draft).
    OrigPos
);

position!(
    /// A byte offset into the decoded text (`decode::Decoded`, crate-private): the normalized text
    /// with every disguised word written as what it reads as. Only windows of it are ever
    /// written out; a position counts from the start of the whole text all the same.
    DecPos
);

position!(
    /// A byte offset into the HTML source of an HTML draft (see [`crate::extract`]).
    HtmlPos
);

/// A range of the normalized text in eight bytes, for what the engine keeps by the million
/// on a dense text (lexicon hits, signals): `u32` holds any text the checker takes
/// ([`crate::MAX_TEXT_BYTES`]). Ordered by start, then end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct NormRange {
    start: u32,
    end: u32,
}

impl NormRange {
    #[inline]
    pub(crate) fn new(start: NormPos, end: NormPos) -> NormRange {
        NormRange { start: start.0 as u32, end: end.0 as u32 }
    }

    #[inline]
    pub(crate) fn start(self) -> NormPos {
        NormPos(self.start as usize)
    }

    #[inline]
    pub(crate) fn end(self) -> NormPos {
        NormPos(self.end as usize)
    }
}

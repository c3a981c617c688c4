//! Normalization with a map back: folds the text into the form the lexicon is written in
//! and remembers, for every normalized byte, which original characters produced it.
//!
//! One pass over the text, one output buffer and two parallel vectors; no allocation per
//! character. What is folded:
//!
//! * width: full-width ASCII (`ＵＳＤＴ`, `：`) to half-width, the ideographic space to a space;
//! * case: to lower case;
//! * script: traditional Chinese to simplified ([`crate::t2s`]);
//! * invisibles: zero-width characters, soft hyphens and variation selectors are dropped;
//! * separators inside words: spaces and symbols between two Chinese characters
//!   (`比 特 币`, `比*特*币`) are dropped.
//!
//! Every normalized byte carries [`Marks`] saying how it came to be, so a finding can say
//! that its words were found through an evasion (and which kind).

use crate::t2s::to_simplified;

/// How a normalized character came to differ from what the author typed (a bit set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Marks(u8);

impl Marks {
    /// Nothing changed.
    pub const NONE: Marks = Marks(0);
    /// Folded from a full-width or compatibility form.
    pub const WIDTH: Marks = Marks(1);
    /// Folded from upper case (not an evasion on its own).
    pub const CASE: Marks = Marks(1 << 1);
    /// Folded from a traditional character or variant.
    pub const TRADITIONAL: Marks = Marks(1 << 2);
    /// Separators (spaces, symbols) were dropped right before this character.
    pub const JOINED: Marks = Marks(1 << 3);
    /// Invisible characters were dropped right before this character.
    pub const INVISIBLE: Marks = Marks(1 << 4);
    /// Folded from a look-alike letter of another script, or a digit standing for a letter.
    pub const LOOKALIKE: Marks = Marks(1 << 5);

    /// Whether every bit of `other` is set in `self`.
    pub fn contains(self, other: Marks) -> bool {
        self.0 & other.0 == other.0 && other.0 != 0
    }

    /// Whether any bit of `other` is set in `self`.
    pub fn intersects(self, other: Marks) -> bool {
        self.0 & other.0 != 0
    }

    /// The union of two sets.
    pub fn union(self, other: Marks) -> Marks {
        Marks(self.0 | other.0)
    }
}

/// A normalized text with its map back to the original.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    text: String,
    /// For each byte of `text`: the original byte range `[start, end)` of the character
    /// that produced it.
    source: Vec<(u32, u32)>,
    /// For each byte of `text`: how its character was produced.
    marks: Vec<Marks>,
}

impl Normalized {
    /// Normalizes `original`.
    ///
    /// Texts are limited to 4 GiB by the `u32` offsets of the map; the callers
    /// ([`crate::Checker::check`]) reject longer input before it gets here.
    pub fn new(original: &str) -> Self {
        let mut out = Normalized {
            text: String::with_capacity(original.len()),
            source: Vec::with_capacity(original.len()),
            marks: Vec::with_capacity(original.len()),
        };
        // A run of separators after a Chinese character, held back until we know whether
        // the next character is Chinese too (then the run is dropped).
        let mut held: Option<(usize, usize)> = None;
        let mut carried = Marks::NONE;
        let mut last_was_han = false;
        for (at, c) in original.char_indices() {
            let end = at + c.len_utf8();
            if is_invisible(c) {
                carried = carried.union(Marks::INVISIBLE);
                continue;
            }
            let (folded, marks) = fold(c);
            if last_was_han && is_joiner(folded) {
                held = Some(match held {
                    Some((s, _)) => (s, end),
                    None => (at, end),
                });
                continue;
            }
            let han = is_han(folded);
            if let Some((s, e)) = held.take() {
                if han {
                    carried = carried.union(Marks::JOINED);
                } else {
                    out.push_run(original, s, e);
                }
            }
            out.push(folded, at, end, marks.union(carried));
            carried = Marks::NONE;
            last_was_han = han;
        }
        if let Some((s, e)) = held {
            out.push_run(original, s, e);
        }
        out
    }

    fn push(&mut self, c: char, start: usize, end: usize, marks: Marks) {
        let n = c.len_utf8();
        self.text.push(c);
        for _ in 0..n {
            self.source.push((start as u32, end as u32));
            self.marks.push(marks);
        }
    }

    /// Emits held-back separators unchanged but folded (they were not inside a word).
    fn push_run(&mut self, original: &str, start: usize, end: usize) {
        for (i, c) in original[start..end].char_indices() {
            let (folded, marks) = fold(c);
            self.push(folded, start + i, start + i + c.len_utf8(), marks);
        }
    }

    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte range of the normalized text back to the original text. The result
    /// covers every original character that produced the range, and lies on char
    /// boundaries of the original. An empty range maps to an empty range.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        if self.source.is_empty() {
            return (0, 0);
        }
        if start >= end {
            let at = if start < self.source.len() {
                self.source[start].0
            } else {
                self.source[self.source.len() - 1].1
            };
            return (at as usize, at as usize);
        }
        let s = self.source[start.min(self.source.len() - 1)].0;
        let e = self.source[(end - 1).min(self.source.len() - 1)].1;
        (s as usize, e as usize)
    }

    /// The union of the marks of the bytes in `[start, end)`. `JOINED` and `INVISIBLE`
    /// on the first character are left out: they describe what stood before the range.
    pub fn marks(&self, start: usize, end: usize) -> Marks {
        let mut m = Marks::NONE;
        for (i, &mark) in self.marks[start..end].iter().enumerate() {
            m = if i == 0 {
                m.union(Marks(mark.0 & !(Marks::JOINED.0 | Marks::INVISIBLE.0)))
            } else {
                m.union(mark)
            };
        }
        m
    }
}

/// Folds one character: width, case, traditional to simplified.
fn fold(c: char) -> (char, Marks) {
    if c.is_ascii() {
        return if c.is_ascii_uppercase() {
            (c.to_ascii_lowercase(), Marks::CASE)
        } else {
            (c, Marks::NONE)
        };
    }
    let mut marks = Marks::NONE;
    let mut c = c;
    let u = c as u32;
    if (0xFF01..=0xFF5E).contains(&u) {
        c = char::from_u32(u - 0xFEE0).unwrap_or(c);
        // Full-width punctuation is how Chinese is typed; only full-width letters and
        // digits (ＵＳＤＴ) are a way of writing around filters.
        if c.is_ascii_alphanumeric() {
            marks = marks.union(Marks::WIDTH);
        }
    } else if u == 0x3000 {
        c = ' ';
    }
    if c.is_uppercase() {
        if let Some(lower) = c.to_lowercase().next() {
            c = lower;
            marks = marks.union(Marks::CASE);
        }
    } else if c.is_ascii_uppercase() {
        c = c.to_ascii_lowercase();
    }
    let simple = to_simplified(c);
    if simple != c {
        c = simple;
        marks = marks.union(Marks::TRADITIONAL);
    }
    (c, marks)
}

/// Characters nobody sees: dropped wherever they are.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Characters people put between the characters of a word to dodge filters. Sentence
/// punctuation (`。，！？；：` and line breaks) is deliberately not here.
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '*' | '-' | '_' | '|' | '/' | '\\' | '~' | '^' | '+' | '=' | '#' | '.'
            | '·' | '•' | '・' | '‧' | '∙' | '×' | '☆' | '★' | '○' | '●' | '♥' | '❤'
    )
}

/// CJK ideographs, including the extensions beyond the BMP.
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x323AF | 0x3007)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn back(n: &Normalized, original: &str, needle: &str) -> String {
        let s = n.as_str().find(needle).expect("needle in normalized text");
        let (a, b) = n.to_original(s, s + needle.len());
        original[a..b].to_string()
    }

    #[test]
    fn folds_width_case_and_traditional() {
        let t = "買ＵＳＤＴ，加Ｖ：ABC幣圈";
        let n = Normalized::new(t);
        assert_eq!(n.as_str(), "买usdt,加v:abc币圈");
        assert_eq!(back(&n, t, "usdt"), "ＵＳＤＴ");
        assert_eq!(back(&n, t, "币圈"), "幣圈");
        let s = n.as_str().find("usdt").unwrap();
        assert!(n.marks(s, s + 4).contains(Marks::WIDTH));
        let s = n.as_str().find(":").unwrap();
        assert!(!n.marks(s, s + 1).contains(Marks::WIDTH), "full-width punctuation is not an evasion");
        let s = n.as_str().find("币圈").unwrap();
        assert!(n.marks(s, s + 6).contains(Marks::TRADITIONAL));
    }

    #[test]
    fn drops_separators_between_han_only() {
        let t = "比 特*币 is not b t c。下 一句";
        let n = Normalized::new(t);
        assert_eq!(n.as_str(), "比特币 is not b t c。下一句");
        assert_eq!(back(&n, t, "比特币"), "比 特*币");
        let s = n.as_str().find("比特币").unwrap();
        assert!(n.marks(s, s + 9).contains(Marks::JOINED));
        // Sentence punctuation and line breaks stay.
        assert_eq!(Normalized::new("买币\n扫码").as_str(), "买币\n扫码");
        assert_eq!(Normalized::new("买币，扫码").as_str(), "买币,扫码");
    }

    #[test]
    fn trailing_separators_after_han_are_kept() {
        let t = "比特币 - ";
        let n = Normalized::new(t);
        assert_eq!(n.as_str(), "比特币 - ");
        assert_eq!(n.to_original(0, n.as_str().len()), (0, t.len()));
    }

    #[test]
    fn drops_invisibles_and_marks_them() {
        let t = "比\u{200B}特\u{FEFF}币";
        let n = Normalized::new(t);
        assert_eq!(n.as_str(), "比特币");
        assert_eq!(back(&n, t, "比特币"), t);
        assert!(n.marks(0, n.as_str().len()).contains(Marks::INVISIBLE));
    }

    #[test]
    fn map_stays_on_boundaries_with_emoji_and_rare_cjk() {
        let t = "😀𠀀币安👍🏽ＯＫＸ";
        let n = Normalized::new(t);
        for s in 0..=n.as_str().len() {
            for e in s..=n.as_str().len() {
                let (a, b) = n.to_original(s, e);
                assert!(a <= b && b <= t.len());
                assert!(t.is_char_boundary(a) && t.is_char_boundary(b));
            }
        }
        assert_eq!(back(&n, t, "okx"), "ＯＫＸ");
        assert_eq!(back(&n, t, "币安"), "币安");
    }

    #[test]
    fn empty_and_only_invisible() {
        assert_eq!(Normalized::new("").as_str(), "");
        let n = Normalized::new("\u{200B}\u{200B}");
        assert_eq!(n.as_str(), "");
        assert_eq!(n.to_original(0, 0), (0, 0));
    }
}

//! Normalization with a map back: folds the text into the form the lexicon is written in
//! and remembers, for every normalized byte, which original characters produced it.
//!
//! One pass over the text, one output buffer, a map back in pieces (one per run of
//! characters that kept their length, one per character that changed it) and the marks
//! in runs (only where there are any); no allocation per character. What is folded:
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

use crate::pos::{NormPos, OrigPos};
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
    /// The map back, in pieces ascending by their start in `text` (the first at 0): each
    /// byte of `text` belongs to the last piece starting at or before it. See [`Piece`].
    pieces: Vec<Piece>,
    /// While normalizing: where in the original the next character must start to continue
    /// the last piece as a run (`u32::MAX` when it cannot).
    run_next: u32,
    /// How characters were produced, where they differ from what the author typed: runs of
    /// bytes of `text` with the same marks, ascending (bytes in none have [`Marks::NONE`]).
    marked: Vec<Marked>,
    /// Byte offsets of `text` where a line break was joined away inside a word: they
    /// still end sentences.
    breaks: Vec<NormPos>,
}

impl Normalized {
    /// Normalizes `original`.
    ///
    /// Texts are limited to 4 GiB by the `u32` offsets of the map; the callers
    /// ([`crate::Checker::check`]) reject longer input before it gets here.
    pub fn new(original: &str) -> Self {
        let mut out = Normalized {
            text: String::with_capacity(original.len()),
            pieces: Vec::new(),
            run_next: u32::MAX,
            marked: Vec::new(),
            breaks: Vec::new(),
        };
        let bytes = original.as_bytes();
        // A run of separators after a word character, held back until the next word
        // character decides whether the run was inside a word (then it is dropped).
        let mut held: Option<(usize, usize)> = None;
        let mut carried = Marks::NONE;
        // What was emitted last: a Chinese character, a letter or digit, or other.
        let mut last = Last::Other;
        // Chinese characters on the current line since the last other character: a line
        // break inside a word only joins one-character-per-line writing (比\n特\n币).
        let mut han_run = 0usize;
        // Whether the last emitted character is a single Latin letter standing alone (`U`
        // in `出 U`), and where a spelled-out chain (`U-S-D-T`) ends.
        let mut last_single = false;
        let mut spelled_until = 0usize;
        // The current Latin-script word, for look-alike letters: where it ends, and
        // whether its look-alikes are read as Latin.
        let mut word_end = 0usize;
        let mut word_folds = false;
        for (at, c) in original.char_indices() {
            let end = at + c.len_utf8();
            if is_invisible(c) {
                carried = carried.union(Marks::INVISIBLE);
                continue;
            }
            if at >= word_end && is_letter(c) {
                let (e, folds) = scan_word(original, at);
                word_end = e;
                word_folds = folds;
            }
            let (folded, marks) = fold(c, at < word_end && word_folds);
            let first = folded.first();
            if last != Last::Other && is_joiner(first) {
                held = Some(match held {
                    Some((s, _)) => (s, end),
                    None => (at, end),
                });
                continue;
            }
            let han = is_han(first);
            let alnum = first.is_ascii_alphanumeric();
            if let Some((s, e)) = held.take() {
                let run = Run::of(&original[s..e]);
                let next_single = alnum && !bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric());
                let join = match last {
                    // Between Chinese characters: symbols, emoji and spaces always; a line
                    // break when it is the only one (a word broken across lines, or one
                    // character per line).
                    Last::Han if han => run.breaks <= 1 || han_run <= 1,
                    // `出 U`, `加\nV`, `出🔥U`: one letter set off from Chinese; and emoji
                    // between Chinese and pinyin (`币🔥quan`, `bi🔥圈`), never honest inside a word.
                    Last::Han => (run.soft && first.is_ascii_alphabetic() && next_single) || (run.emoji_only && alnum),
                    Last::Alnum if han => (run.soft && last_single) || run.emoji_only,
                    // `U-S-D-T`, `B🔥i🔥n`: a spelled-out chain, or emoji inside a word.
                    Last::Alnum => alnum && (at < spelled_until || run.emoji_only),
                    Last::Other => false,
                };
                if join {
                    // A full line wrapped onto the next is layout, not a disguise.
                    if !(run.breaks > 0 && han_run >= LINE && run.soft) {
                        carried = carried.union(Marks::JOINED);
                    }
                    if run.breaks > 0 && han_run >= LINE {
                        // A full line still ends a sentence, though the word reads whole;
                        // a word cut into short pieces (永\n续合\n约) stays one sentence.
                        out.breaks.push(NormPos(out.text.len()));
                    }
                } else {
                    out.push_run(original, s, e);
                    han_run = 0;
                }
                if run.breaks > 0 {
                    // A new line starts, joined or not.
                    han_run = 0;
                }
            }
            if alnum && at >= spelled_until && !bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric()) {
                let prev_alnum = at > 0 && bytes[at - 1].is_ascii_alphanumeric();
                if !prev_alnum {
                    spelled_until = spelled_chain(original, at);
                }
            }
            last_single = first.is_ascii_alphabetic()
                && !(at > 0 && bytes[at - 1].is_ascii_alphanumeric())
                && !bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric());
            let marks = marks.union(carried);
            for ch in folded.chars() {
                out.push(ch, at, end, marks);
            }
            carried = Marks::NONE;
            han_run = if han { han_run + 1 } else { 0 };
            last = if han {
                Last::Han
            } else if alnum {
                Last::Alnum
            } else {
                Last::Other
            };
        }
        if let Some((s, e)) = held {
            out.push_run(original, s, e);
        }
        out
    }

    #[inline(always)]
    fn push(&mut self, c: char, start: usize, end: usize, marks: Marks) {
        let n = c.len_utf8();
        let at = self.text.len() as u32;
        let (start, end) = (start as u32, end as u32);
        if n as u32 == end - start {
            // The next character of a run that kept its lengths, or the first of a new one.
            if start != self.run_next {
                self.pieces.push(Piece { at, start, end: 0 });
            }
            self.run_next = end;
        } else {
            // A character whose length changed; `⑫` gives two (`12`) from one piece.
            if !self.pieces.last().is_some_and(|p| p.start == start && p.end == end) {
                self.pieces.push(Piece { at, start, end });
            }
            self.run_next = u32::MAX;
        }
        if marks != Marks::NONE {
            let next = at + n as u32;
            match self.marked.last_mut() {
                Some(m) if m.end == at && m.marks == marks => m.end = next,
                _ => self.marked.push(Marked { start: at, end: next, marks }),
            }
        }
        self.text.push(c);
    }

    /// The original range `[start, end)` of the character that produced byte `i` of the
    /// normalized text (`i < text.len()`).
    fn source(&self, i: usize) -> (u32, u32) {
        let p = self.pieces[self.pieces.partition_point(|p| p.at as usize <= i) - 1];
        if p.end != 0 {
            return (p.start, p.end);
        }
        // In a run of characters of the same lengths: the character around `i`, moved.
        let mut s = i;
        while !self.text.is_char_boundary(s) {
            s -= 1;
        }
        let len = self.text[s..].chars().next().map_or(1, char::len_utf8) as u32;
        let start = p.start + (s as u32 - p.at);
        (start, start + len)
    }

    /// Emits held-back separators unchanged but folded (they were not inside a word).
    fn push_run(&mut self, original: &str, start: usize, end: usize) {
        for (i, c) in original[start..end].char_indices() {
            if is_invisible(c) {
                continue;
            }
            let (folded, marks) = fold(c, false);
            for ch in folded.chars() {
                self.push(ch, start + i, start + i + c.len_utf8(), marks);
            }
        }
    }

    /// Where line breaks were joined away inside words (byte offsets of the normalized
    /// text, ascending): sentence boundaries the text no longer shows.
    pub fn line_breaks(&self) -> &[NormPos] {
        &self.breaks
    }

    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte range of the normalized text back to the original text. The result
    /// covers every original character that produced the range, and lies on char
    /// boundaries of the original. An empty range maps to an empty range.
    pub fn to_original(&self, start: NormPos, end: NormPos) -> (OrigPos, OrigPos) {
        let (start, end) = (start.0, end.0);
        let len = self.text.len();
        if len == 0 {
            return (OrigPos(0), OrigPos(0));
        }
        if start >= end {
            let at = if start < len { self.source(start).0 } else { self.source(len - 1).1 };
            return (OrigPos(at as usize), OrigPos(at as usize));
        }
        let s = self.source(start.min(len - 1)).0;
        let e = self.source((end - 1).min(len - 1)).1;
        (OrigPos(s as usize), OrigPos(e as usize))
    }

    /// The union of the marks of the bytes in `[start, end)`. `JOINED` and `INVISIBLE`
    /// on the first character are left out: they describe what stood before the range.
    pub fn marks(&self, start: NormPos, end: NormPos) -> Marks {
        let (start, end) = (start.0, end.0);
        let mut m = Marks::NONE;
        if start >= end {
            return m;
        }
        // The first character's bytes (one, where `start` is inside a character).
        let first_end = start + self.text.get(start..).and_then(|t| t.chars().next()).map_or(1, char::len_utf8);
        let first = self.marked.partition_point(|r| r.end as usize <= start);
        for r in &self.marked[first..] {
            let (s, e) = (r.start as usize, r.end as usize);
            if s >= end {
                break;
            }
            // The run overlaps the range; where it covers only the range's first character,
            // that character's marks without what stood before it (`加 微信`: the space
            // before 微 is not inside the word).
            m = if s <= start && e.min(end) <= first_end {
                m.union(Marks(r.marks.0 & !(Marks::JOINED.0 | Marks::INVISIBLE.0)))
            } else {
                m.union(r.marks)
            };
        }
        m
    }
}

/// A piece of the map back: from byte `at` of the normalized text up to the next piece,
/// either one original character `[start, end)` every byte came from (a folded character
/// whose length changed, `Ｕ` as `u`, `⑫` as `12`), or, with `end` 0, a run of characters
/// each as long as the original one it came from, the run's first starting at `start`
/// (text as written, lower-cased, simplified): 12 bytes a piece instead of 8 a byte.
#[derive(Debug, Clone, Copy)]
struct Piece {
    at: u32,
    start: u32,
    end: u32,
}

/// A run of bytes `[start, end)` of the normalized text whose characters all carry `marks`.
#[derive(Debug, Clone, Copy)]
struct Marked {
    start: u32,
    end: u32,
    marks: Marks,
}

/// Chinese characters a line needs before its joined line break still ends a sentence.
const LINE: usize = 4;

/// What was emitted last, for deciding whether held separators were inside a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    Han,
    Alnum,
    Other,
}

/// One folded character: one or two chars (`⑫` is `12`).
#[derive(Debug, Clone, Copy)]
struct Folded {
    chars: [char; 2],
    len: u8,
}

impl Folded {
    fn one(c: char) -> Folded {
        Folded { chars: [c, '\0'], len: 1 }
    }

    fn first(&self) -> char {
        self.chars[0]
    }

    fn chars(&self) -> impl Iterator<Item = char> + '_ {
        self.chars[..self.len as usize].iter().copied()
    }
}

/// Folds one character: compatibility and width forms, look-alike letters (when
/// `latin_word` says the word around it is Latin), case, traditional to simplified.
fn fold(c: char, latin_word: bool) -> (Folded, Marks) {
    if c.is_ascii() {
        return if c.is_ascii_uppercase() {
            (Folded::one(c.to_ascii_lowercase()), Marks::CASE)
        } else {
            (Folded::one(c), Marks::NONE)
        };
    }
    // Chinese characters, most of a Chinese text: only the script can change.
    if is_han(c) {
        let simple = to_simplified(c);
        return if simple != c { (Folded::one(simple), Marks::TRADITIONAL) } else { (Folded::one(c), Marks::NONE) };
    }
    let u = c as u32;
    if (0xFF01..=0xFF5E).contains(&u) {
        let c = char::from_u32(u - 0xFEE0).unwrap_or(c).to_ascii_lowercase();
        // Full-width punctuation is how Chinese is typed; only full-width letters and
        // digits (ＵＳＤＴ) are a way of writing around filters.
        let marks = if c.is_ascii_alphanumeric() { Marks::WIDTH } else { Marks::NONE };
        return (Folded::one(c), marks);
    }
    if u == 0x3000 {
        return (Folded::one(' '), Marks::NONE);
    }
    if let Some(f) = compatibility(u) {
        return (f, Marks::WIDTH);
    }
    if latin_word {
        if let Some(l) = lookalike(c) {
            return (Folded::one(l), Marks::LOOKALIKE);
        }
    }
    let mut c = c;
    let mut marks = Marks::NONE;
    if c.is_uppercase() {
        if let Some(lower) = c.to_lowercase().next() {
            c = lower;
            marks = Marks::CASE;
        }
    }
    let simple = to_simplified(c);
    if simple != c {
        c = simple;
        marks = marks.union(Marks::TRADITIONAL);
    }
    (Folded::one(c), marks)
}

/// Letters and digits written in compatibility forms: circled and parenthesised (①, ⓤ,
/// ⒜, ❶), mathematical alphanumerics (𝐔, 𝓤, 𝕌, 𝟙), superscripts and subscripts,
/// enclosed and squared letters (🅄, 🆄), regional indicators (🇺).
fn compatibility(u: u32) -> Option<Folded> {
    let letter = |i: u32| Folded::one(char::from(b'a' + i as u8));
    let number = |n: u32| {
        if n < 10 {
            Folded::one(char::from(b'0' + n as u8))
        } else {
            Folded { chars: [char::from(b'0' + (n / 10) as u8), char::from(b'0' + (n % 10) as u8)], len: 2 }
        }
    };
    Some(match u {
        0x2460..=0x2473 => number(u - 0x2460 + 1),            // ① .. ⑳
        0x1F51F => number(10),                                // 🔟, the keycap ten
        0x2474..=0x2487 => number(u - 0x2474 + 1),            // ⑴ .. ⒇
        0x2488..=0x249B => number(u - 0x2488 + 1),            // ⒈ .. ⒛
        0x249C..=0x24B5 => letter(u - 0x249C),                // ⒜ .. ⒵
        0x24B6..=0x24CF => letter(u - 0x24B6),                // Ⓐ .. Ⓩ
        0x24D0..=0x24E9 => letter(u - 0x24D0),                // ⓐ .. ⓩ
        0x24EA => number(0),                                  // ⓪
        0x2776..=0x277F => number(u - 0x2776 + 1),            // ❶ .. ❿
        0x2780..=0x2789 => number(u - 0x2780 + 1),            // ➀ .. ➉
        0x278A..=0x2793 => number(u - 0x278A + 1),            // ➊ .. ➓
        0x1D400..=0x1D6A3 => letter((u - 0x1D400) % 52 % 26), // 𝐀 .. 𝚣, 13 styles
        0x1D7CE..=0x1D7FF => number((u - 0x1D7CE) % 10),      // 𝟎 .. 𝟿
        0x1F130..=0x1F149 => letter(u - 0x1F130),             // 🄰 .. 🅉
        0x1F150..=0x1F169 => letter(u - 0x1F150),             // 🅐 .. 🅩
        0x1F170..=0x1F189 => letter(u - 0x1F170),             // 🅰 .. 🆉
        0x1F1E6..=0x1F1FF => letter(u - 0x1F1E6),             // 🇦 .. 🇿
        0x2070 => number(0),
        0x00B9 => number(1),
        0x00B2 => number(2),
        0x00B3 => number(3),
        0x2074..=0x2079 => number(u - 0x2070),
        0x2080..=0x2089 => number(u - 0x2080),
        // Letterlike symbols standing in the holes of the mathematical alphabets.
        0x2102 | 0x212D => letter(2),  // ℂ ℭ
        0x210A => letter(6),           // ℊ
        0x210B..=0x210E => letter(7),  // ℋ ℌ ℍ ℎ
        0x2110 | 0x2111 => letter(8),  // ℐ ℑ
        0x2112 | 0x2113 => letter(11), // ℒ ℓ
        0x2115 => letter(13),          // ℕ
        0x2119 => letter(15),          // ℙ
        0x211A => letter(16),          // ℚ
        0x211B..=0x211D => letter(17), // ℛ ℜ ℝ
        0x2124 | 0x2128 => letter(25), // ℤ ℨ
        0x212C => letter(1),           // ℬ
        0x212F | 0x2130 => letter(4),  // ℯ ℰ
        0x2131 => letter(5),           // ℱ
        0x2133 => letter(12),          // ℳ
        0x2134 => letter(14),          // ℴ
        0x1D58 => letter(20),          // ᵘ
        0x02E2 => letter(18),          // ˢ
        0x1D48 => letter(3),           // ᵈ
        0x1D57 => letter(19),          // ᵗ
        0x1D47 => letter(1),           // ᵇ
        0x1D9C => letter(2),           // ᶜ
        _ => return None,
    })
}

/// Cyrillic and Greek letters that look like Latin ones.
fn lookalike(c: char) -> Option<char> {
    Some(match c {
        'а' | 'А' | 'α' | 'Α' => 'a',
        'в' | 'В' | 'β' | 'Β' => 'b',
        'с' | 'С' | 'ϲ' => 'c',
        'ԁ' => 'd',
        'е' | 'Е' | 'ε' | 'Ε' => 'e',
        'н' | 'Н' | 'Η' => 'h',
        'і' | 'І' | 'ι' | 'Ι' | 'ӏ' => 'i',
        'ј' | 'Ј' => 'j',
        'к' | 'К' | 'κ' | 'Κ' => 'k',
        'м' | 'М' | 'Μ' => 'm',
        'п' | 'ν' | 'Ν' => 'n',
        'о' | 'О' | 'ο' | 'Ο' | 'σ' => 'o',
        'р' | 'Р' | 'ρ' | 'Ρ' => 'p',
        'ԛ' => 'q',
        'ѕ' | 'Ѕ' => 's',
        'т' | 'Т' | 'τ' | 'Τ' => 't',
        'υ' | 'μ' => 'u',
        'ѵ' => 'v',
        'ԝ' | 'ω' => 'w',
        'х' | 'Х' | 'χ' | 'Χ' => 'x',
        'у' | 'У' | 'γ' | 'Υ' => 'y',
        'ζ' | 'Ζ' => 'z',
        _ => return None,
    })
}

/// A letter of any script (the extent of a word, for look-alikes).
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    // Chinese characters, punctuation and emoji (most of a Chinese text) without the slow
    // Unicode lookup.
    !(is_han(c) || matches!(c as u32, 0x2000..=0x206F | 0x3000..=0x303F | 0x1F000..=0x1FAFF)) && c.is_alphabetic()
}

/// From the start of a word, its end, and whether its look-alike letters are to be read
/// as Latin: the word mixes them with Latin letters (`Віnаnсе`), or is made of Cyrillic
/// look-alikes and nothing else (`ВТС`).
fn scan_word(original: &str, at: usize) -> (usize, bool) {
    let mut ascii = false;
    let mut alike = false;
    let mut other = false;
    let mut greek = false;
    let mut cyrillic = false;
    let mut end = at;
    for (i, c) in original[at..].char_indices() {
        if is_invisible(c) {
            end = at + i + c.len_utf8();
            continue;
        }
        if !is_letter(c) {
            break;
        }
        end = at + i + c.len_utf8();
        if c.is_ascii_alphabetic() {
            ascii = true;
        } else if lookalike(c).is_some() {
            alike = true;
            greek |= ('\u{370}'..='\u{3FF}').contains(&c);
            cyrillic |= ('\u{400}'..='\u{4FF}').contains(&c);
        } else {
            other = true;
        }
    }
    // A word of Greek look-alikes alone is Greek (α, β in science); of Cyrillic ones, or of
    // Greek and Cyrillic mixed (`ВΤС`), a disguise.
    (end, alike && (ascii || (!other && (!greek || cyrillic))))
}

/// A run of held-back separators, described.
struct Run {
    /// Line breaks in it (`\r\n` counts once).
    breaks: usize,
    /// Only spaces, tabs, emoji and at most one line break: what can set a lone letter
    /// off from Chinese without being punctuation.
    soft: bool,
    /// Only emoji (and invisibles): never found inside an honest word.
    emoji_only: bool,
}

impl Run {
    fn of(run: &str) -> Run {
        // `\r\n` counts once: a `\n` right after a `\r` is not counted again.
        let bytes = run.as_bytes();
        let breaks = (0..bytes.len())
            .filter(|&i| bytes[i] == b'\r' || (bytes[i] == b'\n' && (i == 0 || bytes[i - 1] != b'\r')))
            .count();
        let mut soft = breaks <= 1;
        let mut emoji_only = true;
        for c in run.chars().filter(|&c| !is_invisible(c)) {
            let e = is_emoji(c);
            emoji_only &= e;
            soft &= e || matches!(c, ' ' | '\t' | '\n' | '\r');
        }
        Run { breaks, soft, emoji_only }
    }
}

/// Where a chain of single letters or digits set apart by separators (`U-S-D-T`,
/// `b.t.c`, `U S D T`, `U🔥S🔥D🔥T`) that starts at `at` ends, if it has at least three
/// links and at least two letters, or is two letters each alone on its line (`D\nM`);
/// `at` otherwise. Every separator of a chain is the same (invisibles aside), so two
/// spelled words in a row (`U-S-D-T f-u-t-u-r-e-s`) stay two words.
fn spelled_chain(original: &str, at: usize) -> usize {
    let visible = |run: &str| run.chars().filter(|&c| !is_invisible(c)).collect::<Vec<char>>();
    let mut links = 0;
    let mut letters = 0;
    let mut end = at;
    let mut first_run: Option<Vec<char>> = None;
    let mut chars = original[at..].char_indices().peekable();
    // One letter or digit, not followed by another...
    while let Some((i, c)) = chars.next() {
        if !c.is_ascii_alphanumeric() || chars.peek().is_some_and(|&(_, n)| n.is_ascii_alphanumeric()) {
            break;
        }
        // ...after the same separators as the first link's...
        let run_end = at + i;
        if let Some(first) = &first_run {
            let run_start =
                at + original[at..run_end].trim_end_matches(|n: char| is_joiner(n) || is_invisible(n)).len();
            if visible(&original[run_start..run_end]) != *first {
                break;
            }
        }
        links += 1;
        letters += c.is_ascii_alphabetic() as usize;
        end = at + i + 1;
        // ...then one to three separators (invisibles do not count).
        let mut seps = 0;
        let run_start = end;
        while let Some(&(j, n)) = chars.peek() {
            if is_invisible(n) {
                chars.next();
            } else if seps < 3 && is_joiner(n) {
                seps += 1;
                chars.next();
            } else {
                if first_run.is_none() {
                    first_run = Some(visible(&original[run_start..at + j]));
                }
                break;
            }
        }
        if seps == 0 {
            break;
        }
    }
    let own_line = || {
        let before = original[..at].chars().next_back();
        let lines = first_run.as_deref() == Some(&['\n']) || first_run.as_deref() == Some(&['\r', '\n']);
        lines
            && before.is_none_or(|c| c == '\n')
            && original[end..].chars().next().is_none_or(|c| c == '\n' || c == '\r')
    };
    if links >= 3 && letters >= 2 || links == 2 && letters == 2 && own_line() {
        end
    } else {
        at
    }
}

/// Characters nobody sees, or that only dress the one before them (a keycap's frame, U+20E3,
/// in `1️⃣0️⃣`): dropped wherever they are.
fn is_invisible(c: char) -> bool {
    // ASCII, Latin-1 letters and the Chinese blocks first: none of them is invisible.
    let u = c as u32;
    if u < 0xAD || (0x3165..=0xFDFF).contains(&u) {
        return false;
    }
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}' | '\u{180B}'..='\u{180E}'
        | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{20E3}' | '\u{3164}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{1F3FB}'..='\u{1F3FF}'
        | '\u{E0000}'..='\u{E007F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Characters people put between the characters of a word to dodge filters: spaces,
/// symbols, emoji, line breaks. Sentence punctuation (`。，！？；：`) is deliberately not
/// here (joining across a comma would make `人民币，安` read `币安`).
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\n'
            | '\r'
            | '*'
            | '-'
            | '_'
            | '|'
            | '/'
            | '\\'
            | '~'
            | '^'
            | '+'
            | '='
            | '#'
            | '.'
            | '\''
            | '`'
            | '·'
            | '•'
            | '・'
            | '‧'
            | '∙'
            | '×'
            | '☆'
            | '★'
            | '○'
            | '●'
            | '♥'
            | '❤'
            | '♡'
            | '◆'
            | '◇'
            | '■'
            | '□'
            | '▲'
            | '△'
            | '※'
            | '—'
            | '–'
    ) || is_emoji(c)
}

/// Pictographs (emoji) dropped between the characters of a word.
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2300..=0x23FF)
}

/// CJK ideographs, including the extensions beyond the BMP.
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x323AF | 0x3007)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`Normalized::to_original`] on raw bytes, for terse tests.
    fn orig(n: &Normalized, s: usize, e: usize) -> (usize, usize) {
        let (a, b) = n.to_original(NormPos(s), NormPos(e));
        (a.0, b.0)
    }

    /// [`Normalized::marks`] on raw bytes.
    fn marks(n: &Normalized, s: usize, e: usize) -> Marks {
        n.marks(NormPos(s), NormPos(e))
    }

    fn back(n: &Normalized, original: &str, needle: &str) -> String {
        let s = n.as_str().find(needle).expect("needle in normalized text");
        let (a, b) = orig(n, s, s + needle.len());
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
        assert!(marks(&n, s, s + 4).contains(Marks::WIDTH));
        let s = n.as_str().find(":").unwrap();
        assert!(!marks(&n, s, s + 1).contains(Marks::WIDTH), "full-width punctuation is not an evasion");
        let s = n.as_str().find("币圈").unwrap();
        assert!(marks(&n, s, s + 6).contains(Marks::TRADITIONAL));
    }

    #[test]
    fn drops_separators_between_han_only() {
        let t = "比 特*币 is not b t c。下 一句";
        let n = Normalized::new(t);
        assert_eq!(n.as_str(), "比特币 is not btc。下一句");
        assert_eq!(back(&n, t, "比特币"), "比 特*币");
        let s = n.as_str().find("比特币").unwrap();
        assert!(marks(&n, s, s + 9).contains(Marks::JOINED));
        // Sentence punctuation and line breaks stay.
        // A single line break between Chinese characters reads through, but still ends
        // the sentence.
        assert_eq!(Normalized::new("买币\n扫码").as_str(), "买币扫码");
        assert_eq!(Normalized::new("买币买币\n扫码").line_breaks(), [NormPos("买币买币".len())]);
        assert_eq!(Normalized::new("买币，扫码").as_str(), "买币,扫码");
    }

    #[test]
    fn trailing_separators_after_han_are_kept() {
        let t = "比特币 - ";
        let n = Normalized::new(t);
        assert_eq!(n.as_str(), "比特币 - ");
        assert_eq!(orig(&n, 0, n.as_str().len()), (0, t.len()));
    }

    #[test]
    fn drops_invisibles_and_marks_them() {
        let t = "比\u{200B}特\u{FEFF}币";
        let n = Normalized::new(t);
        assert_eq!(n.as_str(), "比特币");
        assert_eq!(back(&n, t, "比特币"), t);
        assert!(marks(&n, 0, n.as_str().len()).contains(Marks::INVISIBLE));
    }

    #[test]
    fn keycap_digits_read_as_digits() {
        // `1️⃣0️⃣`: each digit dressed by U+FE0F and the keycap frame U+20E3.
        let t = "1\u{FE0F}\u{20E3}0\u{FE0F}\u{20E3} minutes until the pump";
        let n = Normalized::new(t);
        assert_eq!(n.as_str(), "10 minutes until the pump");
        assert_eq!(back(&n, t, "10 minutes"), "1\u{FE0F}\u{20E3}0\u{FE0F}\u{20E3} minutes");
        // The keycap ten is one character.
        let t = "\u{1F51F} minutes until the pump";
        let n = Normalized::new(t);
        assert_eq!(n.as_str(), "10 minutes until the pump");
        assert_eq!(back(&n, t, "10 minutes"), "\u{1F51F} minutes");
    }

    #[test]
    fn map_stays_on_boundaries_with_emoji_and_rare_cjk() {
        let t = "😀𠀀币安👍🏽ＯＫＸ";
        let n = Normalized::new(t);
        for s in 0..=n.as_str().len() {
            for e in s..=n.as_str().len() {
                let (a, b) = orig(&n, s, e);
                assert!(a <= b && b <= t.len());
                assert!(t.is_char_boundary(a) && t.is_char_boundary(b));
            }
        }
        assert_eq!(back(&n, t, "okx"), "ＯＫＸ");
        assert_eq!(back(&n, t, "币安"), "币安");
    }

    #[test]
    fn marks_of_every_range_as_byte_by_byte() {
        let t = "Ｕ\u{200B}Ｓ D T 比 特*币 幣ⓤ⑫ ВТС x 買\u{FEFF}币";
        let n = Normalized::new(t);
        let mut bytes = vec![Marks::NONE; n.as_str().len()];
        for r in &n.marked {
            bytes[r.start as usize..r.end as usize].iter_mut().for_each(|m| *m = r.marks);
        }
        for s in 0..=bytes.len() {
            for e in s..=bytes.len() {
                let mut want = Marks::NONE;
                let first = n.as_str().get(s..).and_then(|t| t.chars().next()).map_or(1, char::len_utf8);
                for (i, &mark) in bytes[s..e].iter().enumerate() {
                    let mark = if i < first { Marks(mark.0 & !(Marks::JOINED.0 | Marks::INVISIBLE.0)) } else { mark };
                    want = want.union(mark);
                }
                assert_eq!(marks(&n, s, e), want, "{s}..{e}");
            }
        }
    }

    #[test]
    fn a_separator_before_a_word_is_not_inside_it() {
        // `加 微信`: the space before 微 was dropped, but it stood before the word.
        let n = Normalized::new("加 微信");
        let s = n.as_str().find("微信").unwrap();
        assert!(!marks(&n, s, s + 6).contains(Marks::JOINED));
        // `微 信`: the space inside the word is a disguise.
        let n = Normalized::new("加微 信");
        let s = n.as_str().find("微信").unwrap();
        assert!(marks(&n, s, s + 6).contains(Marks::JOINED));
    }

    #[test]
    fn empty_and_only_invisible() {
        assert_eq!(Normalized::new("").as_str(), "");
        let n = Normalized::new("\u{200B}\u{200B}");
        assert_eq!(n.as_str(), "");
        assert_eq!(orig(&n, 0, 0), (0, 0));
    }

    fn norm(t: &str) -> String {
        Normalized::new(t).as_str().to_string()
    }

    #[test]
    fn family_separators() {
        assert_eq!(norm("比🔥特🔥币"), "比特币");
        assert_eq!(norm("币·圈"), "币圈");
        assert_eq!(norm("比\n特\n币"), "比特币");
        assert_eq!(norm("U-S-D-T 和 b.t.c"), "usdt和btc");
        assert_eq!(norm("U S D T"), "usdt");
        assert_eq!(norm("出 U,加 V:abc"), "出u,加v:abc");
        assert_eq!(norm("U 收"), "u收");
        assert_eq!(norm("出\nU,加\nV"), "出u,加v");
        assert_eq!(norm("U🔥S🔥D🔥T,B🔥i🔥nance"), "usdt,binance");
        assert_eq!(norm("U★S★D★T"), "usdt");
        // Emoji between Chinese and pinyin join them; spaces do not (`使用 OKX 交易所`).
        assert_eq!(norm("进bi🔥圈"), "进bi圈");
        assert_eq!(norm("币🔥quan"), "币quan");
        assert_eq!(norm("jiao 易"), "jiao 易");
        // Two spelled words in a row stay two words: a chain keeps its first separator.
        assert_eq!(norm("100 U•S•D•T f.u.t.u.r.e.s voucher"), "100 usdt futures voucher");
        assert_eq!(norm("B\nT\nC\n m\ni\nn\ne"), "btc\n mine");
        // Two letters each alone on a line are a word; two letters in a sentence are not.
        assert_eq!(norm("hi\nD\nM\n me"), "hi\ndm\n me");
        assert_eq!(norm("a b c d"), "abcd");
        assert_eq!(norm("plan A B"), "plan a b");
        assert_eq!(norm("价格私\n聊"), "价格私聊");
        assert!(Normalized::new("价格私\n聊").line_breaks().is_empty());
        assert_eq!(Normalized::new("警方破获案件\n出U私聊").line_breaks(), [NormPos("警方破获案件".len())]);
        assert_eq!(norm("第一段\n\n第二段"), "第一段\n\n第二段");
        // Ordinary text keeps its breaks, spaces and numbers.
        assert_eq!(norm("今天买了比特币\n\n明天再说"), "今天买了比特币\n\n明天再说");
        assert_eq!(norm("使用 OKX 交易所"), "使用 okx 交易所");
        assert_eq!(norm("version 1.2.3 and okx.com, 3.5%"), "version 1.2.3 and okx.com, 3.5%");
        assert_eq!(norm("I am a big fan"), "i am a big fan");
        let t = "比🔥特🔥币";
        let n = Normalized::new(t);
        assert_eq!(orig(&n, 0, n.as_str().len()), (0, t.len()));
        assert!(marks(&n, 0, n.as_str().len()).contains(Marks::JOINED));
    }

    #[test]
    fn family_compatibility_forms() {
        assert_eq!(norm("ⓤⓢⓓⓣ ①② ⑫"), "usdt 12 12");
        assert_eq!(norm("𝐔𝐒𝐃𝐓 𝓤𝓢𝓓𝓣 𝕌𝕊𝔻𝕋 𝟙𝟘"), "usdt usdt usdt 10");
        assert_eq!(norm("🅄🅂🄳🅃 🆄🆂🅳🆃"), "usdt usdt");
        assert_eq!(norm("x²"), "x2");
        assert_eq!(norm("ℕ𝔽𝕋 𝔹𝕋ℂ"), "nft btc");
        let n = Normalized::new("𝐔𝐒𝐃𝐓");
        assert!(marks(&n, 0, 4).contains(Marks::WIDTH));
        assert_eq!(orig(&n, 0, 4), (0, "𝐔𝐒𝐃𝐓".len()));
        // ⑫ is two digits from one character: both map back to it.
        let n = Normalized::new("⑫");
        assert_eq!(orig(&n, 1, 2), (0, "⑫".len()));
    }

    #[test]
    fn family_lookalikes_only_in_latin_words() {
        assert_eq!(norm("Віnаnсе"), "binance");
        assert_eq!(norm("ВТС"), "btc");
        // Greek and Cyrillic look-alikes mixed in one word: Cyrillic В and С, Greek Τ.
        assert_eq!(norm("ВΤС ЕТΗ ѕіgnαlѕ"), "btc eth signals");
        assert_eq!(norm("Привет мир"), "привет мир");
        assert_eq!(norm("αβγ θεωρία"), "αβγ θεωρία");
        let n = Normalized::new("Віnаnсе");
        assert!(marks(&n, 0, 7).contains(Marks::LOOKALIKE));
    }
}

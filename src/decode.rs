//! The decoded view of a normalized text: its disguised words written as what they read as
//! (`u5dt` as `usdt`, `weixin` as `微信`, `bitebi` as `比特币`), with one offset map
//! between the decoded text and the normalized text.
//!
//! It is made once per check, from the lexicon's variant hits, and read twice: the
//! detectors run again on windows of the decoded text around each disguised word (so that
//! an amount after `u5dt` or an ID after `weixin` is found), and evidence says what its
//! words read as. The decoded text is never written out whole: positions in it
//! ([`DecPos`]) count from its start all the same, and only the windows the detectors read
//! (and the readings of evidence) are written. A text without disguised words has an empty
//! view, and nothing is computed or copied for it.
//!
//! The map is the list of disguised words, each a range of the normalized text and a range
//! of the decoded text. Outside the words the two texts are byte for byte the same, shifted
//! by what the words before changed in length.

use std::borrow::Cow;

use crate::lexicon::Variant;
use crate::pos::{DecPos, NormPos};

/// One disguised word: where it is in the normalized text, what it reads as, and where
/// that is in the decoded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word<'l> {
    /// Its range in the normalized text.
    pub start: NormPos,
    /// Its end in the normalized text.
    pub end: NormPos,
    /// What it reads as (a lexicon term's words).
    pub reads: &'l str,
    /// How it was disguised.
    pub variant: Variant,
    /// Where `reads` starts in the decoded text.
    decoded: DecPos,
}

impl Word<'_> {
    /// Where `reads` ends in the decoded text.
    fn decoded_end(&self) -> DecPos {
        self.decoded + self.reads.len()
    }
}

/// The decoded view of one normalized text (see the module's documentation).
#[derive(Debug, Clone, Default)]
pub(crate) struct Decoded<'l> {
    /// The disguised words, ascending and not overlapping.
    words: Vec<Word<'l>>,
}

impl<'l> Decoded<'l> {
    /// The view with `words` (ranges of the normalized text, ascending and not overlapping,
    /// each with what it reads as and how it was disguised) written as what they read as.
    pub fn new(words: impl IntoIterator<Item = (NormPos, NormPos, &'l str, Variant)>) -> Decoded<'l> {
        let mut out: Vec<Word<'l>> = Vec::new();
        for (start, end, reads, variant) in words {
            let decoded = match out.last() {
                Some(w) => {
                    debug_assert!(w.end <= start && start < end, "words must ascend and not overlap");
                    w.decoded_end() + (start - w.end)
                }
                None => DecPos(start.0),
            };
            out.push(Word { start, end, reads, variant, decoded });
        }
        Decoded { words: out }
    }

    /// Whether no word is disguised (nearly every honest text): then the decoded text is
    /// the normalized text.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The disguised words, in text order.
    #[cfg(test)]
    pub fn words(&self) -> &[Word<'l>] {
        &self.words
    }

    /// The normalized range `[start, end)` as read: the disguised words wholly inside it
    /// written as what they read as, the rest as it is (a word cut by either end is left as
    /// written). Borrowed from `norm` when no word is inside.
    pub fn read<'n>(&self, norm: &'n str, start: NormPos, end: NormPos) -> Cow<'n, str> {
        let first = self.words.partition_point(|w| w.start < start);
        let inside = || self.words[first..].iter().take_while(|w| w.start < end).filter(|w| w.end <= end);
        if inside().next().is_none() {
            return Cow::Borrowed(&norm[start.to(end)]);
        }
        let mut out = String::with_capacity(end - start);
        let mut at = start;
        for w in inside() {
            out.push_str(&norm[at.to(w.start)]);
            out.push_str(w.reads);
            at = w.end;
        }
        out.push_str(&norm[at.to(end)]);
        Cow::Owned(out)
    }

    /// The windows the detectors read again: `reach` bytes of the normalized text either
    /// side of every disguised word (on char boundaries, within the text), merged where they
    /// overlap, in text order. No window starts or ends inside a word.
    pub fn windows(&self, norm: &str, reach: usize) -> Vec<(NormPos, NormPos)> {
        let mut windows: Vec<(NormPos, NormPos)> = Vec::new();
        for w in &self.words {
            let lo = NormPos(crate::detect::floor_boundary(norm, w.start.0.saturating_sub(reach)));
            let hi = NormPos(crate::detect::ceil_boundary(norm, (w.end.0 + reach).min(norm.len())));
            match windows.last_mut() {
                Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
                _ => windows.push((lo, hi)),
            }
        }
        windows
    }

    /// Where a position of the normalized text that is not inside a disguised word (a
    /// window's start, say) is in the decoded text. A position inside a word gives the
    /// start of what the word reads as.
    pub fn to_decoded(&self, at: NormPos) -> DecPos {
        // The last word that starts at or before `at`.
        let k = self.words.partition_point(|w| w.start <= at);
        match k.checked_sub(1).map(|k| &self.words[k]) {
            None => DecPos(at.0),
            Some(w) if at >= w.end => w.decoded_end() + (at - w.end),
            Some(w) => w.decoded,
        }
    }

    /// A range of the decoded text back in the normalized text: the smallest range that
    /// holds it, so a start inside what a word reads as goes to the word's start and an end
    /// inside it to the word's end.
    pub fn to_normalized(&self, start: DecPos, end: DecPos) -> (NormPos, NormPos) {
        (self.back(start, false), self.back(end, true))
    }

    fn back(&self, at: DecPos, is_end: bool) -> NormPos {
        // The last word whose reading starts at or before `at`.
        let k = self.words.partition_point(|w| w.decoded <= at);
        let Some(w) = k.checked_sub(1).map(|k| &self.words[k]) else { return NormPos(at.0) };
        if at >= w.decoded_end() {
            w.end + (at - w.decoded_end())
        } else if at == w.decoded || !is_end {
            w.start
        } else {
            w.end
        }
    }

    /// Whether the decoded range `[start, end)` shares a byte with what a disguised word
    /// reads as.
    pub fn touches(&self, start: DecPos, end: DecPos) -> bool {
        let k = self.words.partition_point(|w| w.decoded_end() <= start);
        self.words.get(k).is_some_and(|w| w.decoded < end)
    }

    /// The first disguised word that shares a byte with the normalized range `[start, end)`.
    pub fn word_in(&self, start: NormPos, end: NormPos) -> Option<&Word<'l>> {
        let k = self.words.partition_point(|w| w.end <= start);
        self.words.get(k).filter(|w| w.start < end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The view of `norm` with each `(written, reads)` pair decoded at the first occurrence
    /// of `written` after the previous one.
    fn view<'l>(norm: &str, pairs: &[(&str, &'l str)]) -> Decoded<'l> {
        let mut from = 0;
        let words: Vec<_> = pairs
            .iter()
            .map(|&(written, reads)| {
                let at = from + norm[from..].find(written).expect("the written form is in the text");
                from = at + written.len();
                (NormPos(at), NormPos(from), reads, Variant::Pinyin)
            })
            .collect();
        Decoded::new(words)
    }

    #[test]
    fn empty_view_is_the_normalized_text() {
        let norm = "出u，价格私聊";
        let d = Decoded::new([]);
        assert!(d.is_empty());
        assert!(matches!(d.read(norm, NormPos(0), NormPos(norm.len())), Cow::Borrowed(s) if s == norm));
        assert_eq!(d.to_decoded(NormPos(3)), DecPos(3));
        assert_eq!(d.to_normalized(DecPos(3), DecPos(7)), (NormPos(3), NormPos(7)));
        assert!(!d.touches(DecPos(0), DecPos(norm.len())));
        assert!(d.windows(norm, 96).is_empty());
    }

    #[test]
    fn positions_around_a_longer_and_a_shorter_reading() {
        // `bitebi` (6 bytes) reads as `比特币` (9), `btb` (3) as `比特币` (9).
        let norm = "加bitebi群：abc，收btb";
        let d = view(norm, &[("bitebi", "比特币"), ("btb", "比特币")]);
        let decoded = d.read(norm, NormPos(0), NormPos(norm.len())).into_owned();
        assert_eq!(decoded, "加比特币群：abc，收比特币");
        let nb = norm.find("bitebi").unwrap();
        let db = decoded.find("比特币").unwrap();
        assert_eq!(d.to_decoded(NormPos(nb)), DecPos(db));
        // After the first word the decoded text is 3 bytes longer; after the second, 9.
        let n_abc = norm.find("abc").unwrap();
        let d_abc = decoded.find("abc").unwrap();
        assert_eq!(d_abc, n_abc + 3);
        assert_eq!(d.to_decoded(NormPos(n_abc)), DecPos(d_abc));
        assert_eq!(d.to_normalized(DecPos(d_abc), DecPos(d_abc + 3)), (NormPos(n_abc), NormPos(n_abc + 3)));
        assert_eq!(d.to_decoded(NormPos(norm.len())), DecPos(decoded.len()));
        assert_eq!(decoded.len(), norm.len() + 3 + 6);
        // Every byte outside the words maps back to the same byte.
        for (dp, c) in decoded.char_indices() {
            let (s, e) = d.to_normalized(DecPos(dp), DecPos(dp + c.len_utf8()));
            if !d.touches(DecPos(dp), DecPos(dp + c.len_utf8())) {
                assert_eq!(&norm[s.to(e)], c.to_string(), "at decoded byte {dp}");
                assert_eq!(d.to_decoded(s), DecPos(dp));
            }
        }
    }

    #[test]
    fn inside_a_word_a_start_goes_to_its_start_and_an_end_to_its_end() {
        let norm = "看yaoqingma：8822";
        let d = view(norm, &[("yaoqingma", "邀请码")]);
        let (ns, ne) = (NormPos(3), NormPos(3 + "yaoqingma".len()));
        let ds = d.to_decoded(ns);
        assert_eq!(ds, DecPos(3));
        // The whole reading, part of it, or a range across its edges.
        assert_eq!(d.to_normalized(ds, ds + 9), (ns, ne));
        assert_eq!(d.to_normalized(ds + 3, ds + 6), (ns, ne));
        assert_eq!(d.to_normalized(DecPos(0), ds + 3), (NormPos(0), ne));
        assert_eq!(d.to_normalized(ds + 6, ds + 9 + 3), (ns, ne + 3));
        // A range ending where the word starts does not take it in; one starting where it
        // ends neither.
        assert_eq!(d.to_normalized(DecPos(0), ds), (NormPos(0), ns));
        assert_eq!(d.to_normalized(ds + 9, ds + 12), (ne, ne + 3));
        assert!(d.touches(ds + 8, ds + 10));
        assert!(!d.touches(DecPos(0), ds));
        assert!(!d.touches(ds + 9, ds + 12));
        assert_eq!(d.word_in(NormPos(0), ns + 1).map(|w| w.reads), Some("邀请码"));
        assert!(d.word_in(NormPos(0), ns).is_none());
        assert!(d.word_in(ne, NormPos(norm.len())).is_none());
    }

    #[test]
    fn adjacent_words() {
        // Two disguised words with nothing between them: `vx` then `bitebi`.
        let norm = "加vxbitebi吗";
        let d = view(norm, &[("vx", "微信"), ("bitebi", "比特币")]);
        let decoded = d.read(norm, NormPos(0), NormPos(norm.len())).into_owned();
        assert_eq!(decoded, "加微信比特币吗");
        let (a, b) = (&d.words()[0], &d.words()[1]);
        assert_eq!(a.end, b.start);
        assert_eq!(d.to_decoded(a.end), DecPos(3 + 6));
        // The boundary between the readings is the boundary between the words, as a start
        // and as an end.
        assert_eq!(d.to_normalized(DecPos(9), DecPos(9)), (b.start, a.end));
        // A range over the end of the first reading and the start of the second covers both.
        assert_eq!(d.to_normalized(DecPos(6), DecPos(12)), (a.start, b.end));
        assert_eq!(d.to_normalized(DecPos(9), DecPos(18)), (b.start, b.end));
        assert_eq!(d.to_normalized(DecPos(18), DecPos(21)), (b.end, b.end + 3));
        assert_eq!(d.word_in(a.start, b.end).map(|w| w.reads), Some("微信"));
        assert_eq!(d.word_in(a.end, b.end).map(|w| w.reads), Some("比特币"));
    }

    #[test]
    fn emoji_and_multibyte_text_around_words() {
        // Emoji (4 bytes, a ZWJ sequence), CJK beyond the BMP (𠀀, 4 bytes), full-width
        // punctuation: the map counts bytes and keeps them whole.
        let norm = "👨‍👩‍👧𠀀u5dt：5元🙂weixin：abc_1😀";
        let d = view(norm, &[("u5dt", "usdt"), ("weixin", "微信")]);
        let decoded = d.read(norm, NormPos(0), NormPos(norm.len())).into_owned();
        assert_eq!(decoded, "👨‍👩‍👧𠀀usdt：5元🙂微信：abc_1😀");
        for (np, c) in norm.char_indices() {
            let inside = d.words().iter().any(|w| w.start.0 < np && np < w.end.0);
            if inside {
                continue;
            }
            let dp = d.to_decoded(NormPos(np));
            assert!(decoded.is_char_boundary(dp.0));
            if d.word_in(NormPos(np), NormPos(np + c.len_utf8())).is_none() {
                assert!(decoded[dp.0..].starts_with(c), "at normalized byte {np}");
                assert_eq!(d.to_normalized(dp, dp + c.len_utf8()), (NormPos(np), NormPos(np + c.len_utf8())));
            }
        }
    }

    #[test]
    fn readings_of_ranges() {
        let norm = "bitebi和u5dt都收，vx：abc";
        let d = view(norm, &[("bitebi", "比特币"), ("u5dt", "usdt"), ("vx", "微信")]);
        let all = (NormPos(0), NormPos(norm.len()));
        assert_eq!(d.read(norm, all.0, all.1), "比特币和usdt都收，微信：abc");
        // A word cut by either end is left as written.
        let u = NormPos(norm.find("u5dt").unwrap());
        assert_eq!(d.read(norm, NormPos(2), u + 2), "tebi和u5");
        assert_eq!(d.read(norm, u, u + 4), "usdt");
        let vx = NormPos(norm.find("vx").unwrap());
        assert_eq!(d.read(norm, vx, all.1), "微信：abc");
        assert!(matches!(d.read(norm, vx + 2, all.1), Cow::Borrowed("：abc")));
    }

    #[test]
    fn windows_merge_and_stay_on_char_boundaries() {
        let norm = format!("{}bitebi{}u5dt{}", "币".repeat(40), "圈".repeat(5), "链".repeat(40));
        let d = view(&norm, &[("bitebi", "比特币"), ("u5dt", "usdt")]);
        // Close words share a window; reach 10 falls inside a 3-byte character and widens.
        let w = d.windows(&norm, 10);
        assert_eq!(w.len(), 1);
        let b = norm.find("bitebi").unwrap();
        let u = norm.find("u5dt").unwrap();
        assert_eq!(w[0], (NormPos(b - 12), NormPos(u + 4 + 12)));
        // Far apart, two windows, each mapped to the decoded text at its start.
        let w = d.windows(&norm, 3);
        assert_eq!(w, vec![(NormPos(b - 3), NormPos(b + 6 + 3)), (NormPos(u - 3), NormPos(u + 4 + 3))]);
        let full = d.read(&norm, NormPos(0), NormPos(norm.len()));
        for (lo, hi) in w {
            let (dlo, dhi) = (d.to_decoded(lo), d.to_decoded(hi));
            assert_eq!(d.read(&norm, lo, hi), &full[dlo.to(dhi)]);
            assert_eq!(d.to_normalized(dlo, dhi), (lo, hi));
        }
        // The reach never passes the text's ends.
        let w = d.windows(&norm, 10_000);
        assert_eq!(w, vec![(NormPos(0), NormPos(norm.len()))]);
    }
}

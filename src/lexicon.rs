//! The pack's lexicon compiled into one Aho-Corasick automaton, matched in one pass over
//! the normalized text.
//!
//! Terms are normalized like the text, so the lexicon is written once in simplified,
//! lowercase, half-width form. Matching finds every occurrence of every term, drops
//! ASCII terms that sit inside a longer ASCII word, then keeps the leftmost-longest
//! non-overlapping hits: `期货合约` (a confusable) absorbs the `合约` inside it, and
//! `比特币安全` does not contain the exchange `币安`.

use aho_corasick::AhoCorasick;

use crate::automaton::Automaton;

use crate::normalize::Normalized;
use crate::pos::{NormPos, NormRange};
use std::collections::HashMap;

use crate::pack::{Pack, Role, Tag, Term};

/// How a pattern relates to the term it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Variant {
    /// As written in the lexicon.
    Written,
    /// In pinyin, initials or a mix of characters and pinyin (`bitebi`, `btb`, `bi圈`).
    Pinyin,
    /// With a character replaced by one that sounds alike (`比特蔽`).
    Homophone,
    /// With digits or symbols for letters (`b1nance`, `crypt0`).
    Leet,
}

impl Variant {
    /// The evasion family a variant belongs to, as reported in evidence.
    pub fn evasion(self) -> Option<crate::report::Evasion> {
        use crate::report::Evasion;
        match self {
            Variant::Written => None,
            Variant::Pinyin => Some(Evasion::Pinyin),
            Variant::Homophone => Some(Evasion::Homophone),
            Variant::Leet => Some(Evasion::Lookalike),
        }
    }
}

/// One matched pattern: a byte range of the normalized text and the terms it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// The byte range in the normalized text, and the pattern, in 12 bytes: a dense text has
    /// several overlapping hits per term before the longest are kept.
    at: NormRange,
    pat: u32,
}

impl Hit {
    #[inline]
    pub fn new(start: NormPos, end: NormPos, pattern: usize) -> Hit {
        Hit { at: NormRange::new(start, end), pat: pattern as u32 }
    }

    #[inline]
    pub fn start(&self) -> NormPos {
        self.at.start()
    }

    #[inline]
    pub fn end(&self) -> NormPos {
        self.at.end()
    }

    #[inline]
    pub fn pattern(&self) -> usize {
        self.pat as usize
    }
}

/// The compiled lexicon.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Lexicon {
    pub(crate) automaton: Automaton,
    /// Indices into the pack's terms, pattern after pattern (one pattern may carry
    /// several roles, e.g. `收u` is both an entity and an exchange action): pattern `p`'s
    /// are `terms[owned[p]..owned[p + 1]]`.
    pub(crate) terms: Vec<usize>,
    pub(crate) owned: Vec<u32>,
    /// For each pattern: how it was derived from its terms.
    pub(crate) variants: Vec<Variant>,
    /// For each pattern: whether it begins / ends with an ASCII letter or digit (then it
    /// must not sit inside a longer ASCII word).
    pub(crate) ascii_edges: Vec<(bool, bool)>,
    /// For each pattern: whether it only counts next to a Chinese character (tag `cjk`:
    /// `u` for USDT in `收到的U放进去`, but not the English "u" for "you").
    pub(crate) needs_han: Vec<bool>,
    /// For each pattern: whether it is an English stem as spelled before a suffix (see
    /// [`stems_of`]): it counts only with a suffix that starts with a vowel.
    pub(crate) stems: Vec<bool>,
    /// For each pack term: its words, normalized (what a variant of it reads as).
    pub(crate) keys: Vec<String>,
    /// Words a hashtag may be glued from besides the lexicon's own (`community` in
    /// `#nftcommunity`), from `[hashtag] tails` of `detectors.toml`.
    pub(crate) hashtag_tails: Vec<String>,
    /// Terms of several English words as a hashtag glues them (`cloudmining` for `cloud
    /// mining`, `tokensale`), sorted, with their written pattern.
    pub(crate) glued: Vec<(String, usize)>,
}

/// English inflections a term may carry at its end (`airdrop` matches `airdrops`), as
/// English spells them (see [`inflection`]).
const SUFFIXES: [&str; 7] = ["ers", "ing", "er", "es", "ed", "s", "d"];

impl Lexicon {
    /// Compiles the pack's terms, with the variants evaders write: pinyin, half-pinyin
    /// and initials of terms tagged `spell`, homophones from the pack's narrow table,
    /// digits for letters in English terms of three letters or more.
    ///
    /// The variants of the embedded pack's lexicon are expanded and its automaton built at
    /// build time (`src/compiled_pack.bin`, see [`crate::compiled`]): a pack whose terms
    /// and tables are still the embedded ones gets them from there; any other is expanded
    /// and built here.
    pub fn new(pack: &Pack) -> Lexicon {
        let compiled = crate::compiled::lexicon(pack);
        let mut lexicon = compiled.unwrap_or_else(|| {
            Lexicon::from_patterns(Patterns::expand(&pack.terms, &pack.pinyin, &pack.homophones, &pack.leet))
        });
        lexicon.hashtag_tails = pack.detect.words.hashtag_tails.clone();
        lexicon.glued = lexicon.glued_terms(&pack.terms);
        lexicon
    }

    /// Every written pattern of two or more English words, glued (see [`Lexicon::glued`]),
    /// that says what a text is about: a hashtag is a topic, so steering and promises glued
    /// into one (`#affiliatelink`, `#makemoney`) are no route and no promise.
    fn glued_terms(&self, terms: &[Term]) -> Vec<(String, usize)> {
        let topic = |t: &usize| terms.get(*t).is_some_and(|t| !matches!(t.role, Role::Steering | Role::Promise));
        let mut glued: Vec<(String, usize)> = (0..self.variants.len())
            .filter(|&p| self.variants[p] == Variant::Written && self.pattern_terms(p).iter().all(topic))
            .filter_map(|p| {
                let key = self.keys.get(*self.pattern_terms(p).first()?)?;
                let words = key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b' ' || b == b'-');
                let joined: String = key.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
                (words && joined.len() < key.len() && joined.len() >= 5).then_some((joined, p))
            })
            .collect();
        crate::order::sort_by(&mut glued, |a, b| a.cmp(b));
        glued.dedup_by(|a, b| a.0 == b.0);
        glued
    }

    #[cfg(test)]
    fn compile(
        terms: &[Term],
        pinyin: &[(char, String)],
        homophones: &[(char, Vec<char>)],
        leet: &[(char, Vec<char>)],
    ) -> Lexicon {
        Lexicon::from_patterns(Patterns::expand(terms, pinyin, homophones, leet))
    }

    /// Builds the automaton over expanded patterns.
    pub(crate) fn from_patterns(parts: Patterns) -> Lexicon {
        let Patterns { patterns, terms: owners, variants, ascii_edges, needs_han, stems, keys } = parts;
        let automaton = Automaton::new(&patterns);
        let mut owned = Vec::with_capacity(owners.len() + 1);
        owned.push(0);
        let mut terms = Vec::new();
        for list in owners {
            terms.extend(list);
            owned.push(terms.len() as u32);
        }
        Lexicon {
            automaton,
            terms,
            owned,
            variants,
            ascii_edges,
            needs_han,
            stems,
            keys,
            hashtag_tails: Vec::new(),
            glued: Vec::new(),
        }
    }
}

/// A lexicon's patterns before the automaton: every term and its variants, with what each
/// pattern stands for. Pure data, so the embedded pack's is computed at build time.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Patterns {
    /// The patterns, normalized.
    pub patterns: Vec<String>,
    /// For each pattern: indices into the pack's terms.
    pub terms: Vec<Vec<usize>>,
    /// For each pattern: how it was derived from its terms.
    pub variants: Vec<Variant>,
    /// For each pattern: whether it begins / ends with an ASCII letter or digit.
    pub ascii_edges: Vec<(bool, bool)>,
    /// For each pattern: whether it only counts next to a Chinese character.
    pub needs_han: Vec<bool>,
    /// For each pattern: whether it is an English stem that needs a suffix.
    pub stems: Vec<bool>,
    /// For each pack term: its words, normalized.
    pub keys: Vec<String>,
}

impl Patterns {
    /// Every term as written, then its pinyin, homophone and look-alike variants.
    pub fn expand(
        terms: &[Term],
        pinyin: &[(char, String)],
        homophones: &[(char, Vec<char>)],
        leet: &[(char, Vec<char>)],
    ) -> Patterns {
        let mut patterns: Vec<String> = Vec::new();
        let mut variants: Vec<Variant> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        let mut add = |key: String, term: usize, variant: Variant| {
            if key.is_empty() {
                return;
            }
            let p = *index.entry(key.clone()).or_insert_with(|| {
                patterns.push(key);
                variants.push(variant);
                owners.push(Vec::new());
                patterns.len() - 1
            });
            if variants[p] == variant && !owners[p].contains(&term) {
                owners[p].push(term);
            }
        };
        // Every term as written first, so that a variant spelling another term as
        // written (`bian` for 币安 vs. a word) never takes its place.
        let keys: Vec<String> = terms.iter().map(|t| Normalized::new(&t.term).as_str().to_string()).collect();
        for (i, key) in keys.iter().enumerate() {
            add(key.clone(), i, Variant::Written);
        }
        // English words as spelled before a suffix (`airdropp` in `airdropped`, see
        // [`stems_of`]): the same words as written.
        let written: std::collections::HashSet<&String> = keys.iter().collect();
        let mut stem_patterns = Vec::new();
        for (i, key) in keys.iter().enumerate() {
            if key.bytes().any(|b| !(b.is_ascii_lowercase() || b == b' ')) {
                continue;
            }
            // A stem that is another term as written is that term, not a stem.
            for stem in stems_of(key).into_iter().filter(|stem| !written.contains(stem)) {
                stem_patterns.push(stem.clone());
                add(stem, i, Variant::Written);
            }
        }
        // English joins the words of a compound with a hyphen as often as with a space
        // (`copy-trade bot`, `whale-alert`, `free mint`): either spelling is the term as
        // written.
        for (i, key) in keys.iter().enumerate() {
            if let Some(other) = hyphen_or_space(key).filter(|k| !written.contains(k)) {
                add(other, i, Variant::Written);
            }
        }
        let pinyin: HashMap<char, &str> = pinyin.iter().map(|(c, p)| (*c, p.as_str())).collect();
        let homophones: HashMap<char, &[char]> = homophones.iter().map(|(c, h)| (*c, h.as_slice())).collect();
        // A term holding a spelled term is spelled too (`12个助记词` holds 助记词).
        let spelled_keys: Vec<&str> = terms
            .iter()
            .zip(&keys)
            .filter(|(t, k)| t.has_tag(Tag::Spell) && k.chars().filter(|c| !c.is_ascii()).count() >= 2)
            .map(|(_, k)| k.as_str())
            .collect();
        // One automaton over the spelled keys instead of a `contains` per key and term
        // (that pairwise search was 8% of building a checker).
        let spelled_in = AhoCorasick::new(&spelled_keys).expect("spelled keys are plain strings");
        // Short full pinyin (`bian`): only next to a Chinese character.
        let mut glued: std::collections::HashSet<String> = std::collections::HashSet::new();
        for (i, t) in terms.iter().enumerate() {
            if t.role == Role::Context {
                continue;
            }
            let key = &keys[i];
            // Confusables are spelled in every way too, so that `数字人民bi` still reads
            // as the digital yuan.
            let spelled = t.has_tag(Tag::Spell) || spelled_in.is_match(key.as_str());
            if spelled || t.role == Role::Confusable {
                let (forms, short) = pinyin_forms(key, &pinyin);
                for v in forms {
                    add(v, i, Variant::Pinyin);
                }
                for v in short {
                    glued.insert(v.clone());
                    add(v, i, Variant::Pinyin);
                }
            }
            // The homophone table is narrow by design, so every term may use it.
            for v in homophone_forms(key, &homophones) {
                add(v, i, Variant::Homophone);
            }
            if t.role != Role::Confusable && key.len() >= 3 && key.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')
            {
                for v in leet_forms(key, leet) {
                    add(v, i, Variant::Leet);
                }
            }
        }
        // Chinese text puts no spaces around pinyin (`dabingyitai现货`): pinyin forms of
        // five letters or more match without word edges; initials (`btb`) keep them.
        let ascii_edges: Vec<(bool, bool)> = patterns
            .iter()
            .zip(&variants)
            .map(|(p, v)| {
                if *v == Variant::Pinyin && p.len() >= 5 {
                    return (false, false);
                }
                let first = p.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
                let last = p.chars().last().is_some_and(|c| c.is_ascii_alphanumeric());
                (first, last)
            })
            .collect();
        let needs_han: Vec<bool> = owners
            .iter()
            .zip(&patterns)
            .zip(&variants)
            .map(|((ts, p), v)| {
                (!ts.is_empty() && ts.iter().all(|&t| terms[t].has_tag(Tag::Cjk)))
                    || (*v == Variant::Pinyin && glued.contains(p))
            })
            .collect();
        let stem_set: std::collections::HashSet<&String> = stem_patterns.iter().collect();
        let stems: Vec<bool> = patterns.iter().map(|p| stem_set.contains(p)).collect();
        // Sorted by pattern, the order the automaton is built in (it then skips its sort).
        let order = crate::order::sorted_indices(patterns.len(), &|a, b| patterns[a].cmp(&patterns[b]));
        let (mut patterns, mut owners) = (patterns, owners);
        Patterns {
            patterns: order.iter().map(|&i| std::mem::take(&mut patterns[i])).collect(),
            terms: order.iter().map(|&i| std::mem::take(&mut owners[i])).collect(),
            variants: order.iter().map(|&i| variants[i]).collect(),
            ascii_edges: order.iter().map(|&i| ascii_edges[i]).collect(),
            needs_han: order.iter().map(|&i| needs_han[i]).collect(),
            stems: order.iter().map(|&i| stems[i]).collect(),
            keys,
        }
    }
}

impl Lexicon {
    /// How the hit's pattern relates to its terms.
    pub fn variant_of(&self, hit: &Hit) -> Variant {
        self.variants[hit.pattern()]
    }

    /// What a variant hit reads as (`u5dt` → `usdt`, `weixin` → `微信`); `None` for words
    /// as written.
    pub fn reads_as(&self, hit: &Hit) -> Option<&str> {
        match self.terms_of(hit).first() {
            Some(&t) if self.variants[hit.pattern()] != Variant::Written => Some(self.key(t)),
            _ => None,
        }
    }

    /// The pack terms pattern `p` stands for.
    pub(crate) fn pattern_terms(&self, p: usize) -> &[usize] {
        &self.terms[self.owned[p] as usize..self.owned[p + 1] as usize]
    }

    /// The words of pack term `t`, normalized.
    pub fn key(&self, t: usize) -> &str {
        &self.keys[t]
    }

    /// The pack terms a hit stands for.
    pub fn terms_of(&self, hit: &Hit) -> &[usize] {
        self.pattern_terms(hit.pattern())
    }

    /// Appends the leftmost-longest non-overlapping hits in `text` (the normalized text), in
    /// text order.
    pub fn find(&self, text: &str, out: &mut Vec<Hit>) {
        let bytes = text.as_bytes();
        let first = out.len();
        self.automaton.find_overlapping(text, |m| {
            let p = m.pattern;
            let (ascii_start, ascii_end) = self.ascii_edges[p];
            let (start, mut end) = (m.start, m.end);
            if ascii_start && start > 0 && bytes[start - 1].is_ascii_alphanumeric() && !glued_to_amount(bytes, start) {
                return;
            }
            if self.stems[p] {
                // A stem counts only with its suffix (`scamm` + `ers`).
                let Some(len) = stem_suffix(&bytes[start..end], &bytes[end..]) else { return };
                end += len;
            } else if ascii_end && end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
                // Inflections only for real words: `u` + `s` is "us", not two U.
                let word = end - start >= 3;
                let Some(len) = inflection(&bytes[start..end], &bytes[end..]).filter(|_| word) else { return };
                end += len;
            }
            if self.needs_han[p] {
                let before = text[..start].chars().next_back().is_some_and(crate::normalize::is_han);
                let after = text[end..].chars().next().is_some_and(crate::normalize::is_han);
                if !(before || after) {
                    return;
                }
            }
            out.push(Hit::new(NormPos(start), NormPos(end), p));
        });
        if text.contains('#') {
            self.find_in_hashtags(text, out);
        }
        let hits = &mut out[first..];
        // At one span, the shorter pattern, inflected (`mint` + `ing` before `minting`):
        // the one that ended first in the text, as the matcher has always kept it.
        // A stem never takes the place of a word written in full (`scammed` itself before
        // `scamm` + `ed`).
        // In place (a dense text has millions of hits; `crate::order` would copy them).
        hits.sort_unstable_by_key(|h| {
            (h.start(), std::cmp::Reverse(h.end()), self.stems[h.pattern()], self.automaton.pattern_len(h.pattern()))
        });
        let mut keep = first;
        let mut reach = NormPos(0);
        for i in first..out.len() {
            if out[i].start() >= reach || i == first {
                reach = out[i].end();
                out[keep] = out[i];
                keep += 1;
            }
        }
        out.truncate(keep);
    }
}

impl Lexicon {
    /// Terms glued together in a hashtag (`#nftdrop`, `#cryptoinvestment`): a hashtag that
    /// splits wholly into terms as written and the pack's hashtag tails, with at least one
    /// term, yields its terms. An English term only counts as a whole word elsewhere, so
    /// without this a post's topic and call, carried in its hashtags, would go unread.
    /// Whatever does not split wholly yields nothing (`#ethics` is not `eth` + `ics`).
    fn find_in_hashtags(&self, text: &str, out: &mut Vec<Hit>) {
        let bytes = text.as_bytes();
        let mut from = 0;
        while let Some(i) = text[from..].find('#').map(|i| from + i) {
            let start = i + 1;
            let mut end = start;
            while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
                end += 1;
            }
            from = end.max(start);
            let glued = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
            if glued && end - start >= 5 && end - start <= 40 {
                self.split_hashtag(text, start, end, out);
            }
        }
    }

    /// The fewest pieces `text[start..end]` splits into (see [`Lexicon::find_in_hashtags`]).
    fn split_hashtag(&self, text: &str, start: usize, end: usize, out: &mut Vec<Hit>) {
        let word = &text[start..end];
        let n = word.len();
        // Pieces by where they start: (end, pattern or none for a tail).
        let mut pieces: Vec<Vec<(usize, Option<usize>)>> = vec![Vec::new(); n];
        // Where a term of several words, glued, ends the split (it was not found as a word).
        let mut glued_at = vec![false; n + 1];
        self.automaton.find_overlapping(word, |m| {
            let p = m.pattern;
            if self.variants[p] == Variant::Written && m.end - m.start >= 2 && !self.needs_han[p] {
                pieces[m.start].push((m.end, Some(p)));
            }
        });
        // best[j]: the fewest pieces that cover word[..j], with the last piece's start and pattern.
        let mut best: Vec<Option<(u8, usize, Option<usize>)>> = vec![None; n + 1];
        best[0] = Some((0, 0, None));
        for k in 0..n {
            let Some((count, _, _)) = best[k] else { continue };
            // Tails are looked for only where a split can reach.
            for tail in &self.hashtag_tails {
                if word[k..].starts_with(tail.as_str()) {
                    pieces[k].push((k + tail.len(), None));
                }
            }
            for len in 5..=n - k {
                if let Ok(i) = self.glued.binary_search_by(|(g, _)| g.as_str().cmp(&word[k..k + len])) {
                    pieces[k].push((k + len, Some(self.glued[i].1)));
                    glued_at[k + len] = true;
                }
            }
            for &(e, p) in &pieces[k] {
                // An inflection may end the last piece (`#nftcollectors`).
                let inflected = (e < n && e - k >= 3)
                    .then(|| inflection(&word.as_bytes()[k..e], &word.as_bytes()[e..]))
                    .flatten()
                    .map(|len| e + len);
                for r in std::iter::once(e).chain(inflected) {
                    if best[r].is_none_or(|(c, _, _)| c > count + 1) {
                        best[r] = Some((count + 1, k, p));
                    }
                }
            }
        }
        let Some((count, _, _)) = best[n] else {
            // A name the lexicon has never seen, between two terms (`#cryptobaltopresale`:
            // crypto, a token's name, presale): the two terms, when each is four letters
            // or more and the name between them three to twelve letters.
            let first = pieces[0].iter().filter_map(|&(e, p)| Some((e, p?))).filter(|&(e, _)| e >= 4).max();
            let last = (0..n)
                .flat_map(|k| pieces[k].iter().filter_map(move |&(e, p)| (e == n).then_some((k, p?))))
                .filter(|&(k, _)| n - k >= 4)
                .min();
            if let (Some((a, p)), Some((b, q))) = (first, last) {
                if b > a && (3..=12).contains(&(b - a)) && word.as_bytes()[a..b].iter().all(u8::is_ascii_alphabetic) {
                    out.push(Hit::new(NormPos(start), NormPos(start + a), p));
                    out.push(Hit::new(NormPos(start + b), NormPos(start + n), q));
                }
            }
            return;
        };
        if count < 2 && !glued_at[n] {
            return; // the whole hashtag is one term, found as a word
        }
        let mut j = n;
        let mut found = Vec::new();
        while j > 0 {
            let Some((_, k, p)) = best[j] else { return };
            if let Some(p) = p {
                found.push(Hit::new(NormPos(start + k), NormPos(start + j), p));
            }
            j = k;
        }
        out.extend(found.into_iter().rev());
    }
}

/// Pinyin forms of a Chinese term. Letters, digits and Chinese characters without a
/// reading in the table (`12个助记词`: 个) stay as they are; the others may be written in
/// pinyin: every mix (`bi圈`, `比特bi`, `12个zhu记词`), all of them (`bitebi`, `12个zhujici`),
/// and, for three or more, their initials (`btb`, `12个zjc`). Full pinyin with no
/// character left of four letters or fewer (`bian` for 币安) is returned separately: it
/// only counts glued to Chinese (`bian国内`), since on its own it is an ordinary syllable.
fn pinyin_forms(key: &str, pinyin: &HashMap<char, &str>) -> (Vec<String>, Vec<String>) {
    let chars: Vec<char> = key.chars().collect();
    let readings: Vec<Option<&str>> =
        chars.iter().map(|c| if c.is_ascii() { None } else { pinyin.get(c).copied() }).collect();
    let spelled: Vec<usize> = (0..chars.len()).filter(|&k| readings[k].is_some()).collect();
    let n = spelled.len();
    let (mut out, mut short) = (Vec::new(), Vec::new());
    if !(1..=5).contains(&n) || chars.len() < 2 {
        return (out, short);
    }
    for mask in 1u32..(1 << n) {
        let mut v = String::new();
        for (k, c) in chars.iter().enumerate() {
            match spelled.iter().position(|&h| h == k) {
                Some(bit) if mask & (1 << bit) != 0 => v.push_str(readings[k].unwrap_or_default()),
                _ => v.push(*c),
            }
        }
        let all_ascii = v.is_ascii();
        if all_ascii && v.len() < 5 {
            short.push(v);
        } else {
            out.push(v);
        }
    }
    if n >= 3 {
        let initials: String =
            chars.iter().zip(&readings).map(|(c, r)| r.and_then(|r| r.chars().next()).unwrap_or(*c)).collect();
        out.push(initials);
    }
    (out, short)
}

/// Homophone forms: one character replaced by one that sounds alike.
fn homophone_forms(key: &str, homophones: &HashMap<char, &[char]>) -> Vec<String> {
    let chars: Vec<char> = key.chars().collect();
    let mut out = Vec::new();
    for (k, c) in chars.iter().enumerate() {
        for &h in homophones.get(c).copied().unwrap_or(&[]) {
            let mut v = chars.clone();
            v[k] = h;
            out.push(v.into_iter().collect());
        }
    }
    out
}

/// Digits-for-letters forms of an English term: each letter replaced alone, and all of
/// them at once. Symbols (`@`, `$`, `!`) only inside the word, so that word edges still
/// work. A form with no letter left is dropped: `130`, `501`, `305` are the numbers of a
/// room, a form or a window far more often than `ieo`, `sol` or `eos` in disguise.
fn leet_forms(key: &str, leet: &[(char, Vec<char>)]) -> Vec<String> {
    let chars: Vec<char> = key.chars().collect();
    let mut out = Vec::new();
    let mut all = chars.clone();
    for (k, c) in chars.iter().enumerate() {
        let Some((_, subs)) = leet.iter().find(|(l, _)| l == c) else { continue };
        let inside = k > 0 && k + 1 < chars.len();
        for &sub in subs.iter().filter(|s| s.is_ascii_digit() || inside) {
            let mut v = chars.clone();
            v[k] = sub;
            out.push(v.iter().collect());
        }
        all[k] = subs[0];
    }
    if all != chars {
        out.push(all.into_iter().collect());
    }
    out.retain(|v: &String| v.bytes().any(|b| b.is_ascii_alphabetic()));
    out
}

/// Whether the word at `start` follows an amount written right against it (`2.1btc`,
/// `500usdt`): a number that starts a word, then a letter. Inside a longer word or a hex
/// string (`a1b`, `0x9fee`) it is no amount.
fn glued_to_amount(bytes: &[u8], start: usize) -> bool {
    if !bytes[start].is_ascii_alphabetic() || !bytes[start - 1].is_ascii_digit() {
        return false;
    }
    let number = bytes[..start].iter().rev().take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b',')).count();
    let before = start - number;
    bytes[before].is_ascii_digit() && (before == 0 || !bytes[before - 1].is_ascii_alphanumeric())
}

/// An English compound with its words joined the other way: `copy trade` ↔ `copy-trade`.
/// Only keys of lowercase words (digits allowed) joined all by spaces or all by hyphens.
fn hyphen_or_space(key: &str) -> Option<String> {
    let words = key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b' ' || b == b'-');
    let (spaces, hyphens) = (key.contains(' '), key.contains('-'));
    let edges =
        !key.starts_with([' ', '-']) && !key.ends_with([' ', '-']) && !key.contains("  ") && !key.contains("--");
    match (words && edges, spaces, hyphens) {
        (true, true, false) => Some(key.replace(' ', "-")),
        (true, false, true) => Some(key.replace('-', " ")),
        _ => None,
    }
}

/// How an English word (or a phrase's last word) is spelled before a suffix that starts
/// with a vowel when that is not the word itself: with its final consonant doubled after a
/// single vowel (`scam`, `scammers`; `airdrop`, `airdropping`). Doubling depends on stress,
/// which spelling does not show (`visit`, `visited`); a doubled form that English never
/// writes never matches, so it costs nothing. (Words that drop a final `e`, `trade` in
/// `trading`, are left out on purpose: `trading` and `traders` are everyday words that
/// the pack does not list, and reading them as `trade` flagged more honest texts.)
fn stems_of(key: &str) -> Vec<String> {
    let word = key.rsplit(' ').next().unwrap_or(key).as_bytes();
    let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
    match word {
        [.., third, before, last]
            if !vowel(*last) && !matches!(last, b'w' | b'x' | b'y') && vowel(*before) && !vowel(*third) =>
        {
            vec![format!("{key}{}", *last as char)]
        }
        _ => Vec::new(),
    }
}

/// The length of the suffix a stem (see [`stems_of`]) needs at the start of `rest`: `ing`
/// or `ed`, or `er`/`ers` (`traders`, `scammers`) except after a short word doubled (`ban`
/// is no `banner`, `bet` no `better`). `None` when none ends a word there.
fn stem_suffix(stem: &[u8], rest: &[u8]) -> Option<usize> {
    let doubled = stem.len() >= 2 && stem[stem.len() - 1] == stem[stem.len() - 2];
    let short = doubled && stem.len() <= 4;
    ["ers", "ing", "er", "ed"].iter().map(|s| s.as_bytes()).find_map(|s| {
        let agent = s.starts_with(b"er");
        let ends_word = rest.get(s.len()).is_none_or(|b| !b.is_ascii_alphanumeric());
        (rest.starts_with(s) && ends_word && !(agent && short)).then_some(s.len())
    })
}

/// The length of an English inflection at the start of `rest`, if one ends a word there.
fn inflection(word: &[u8], rest: &[u8]) -> Option<usize> {
    let last = *word.last()?;
    let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
    // A short word ending consonant-vowel-consonant doubles its consonant before a vowel
    // (`ban`, `banned`), so `not` + `ed` is no inflection of `not`.
    let doubles =
        word.len() == 3 && !vowel(last) && !matches!(last, b'w' | b'x' | b'y') && vowel(word[1]) && !vowel(word[0]);
    SUFFIXES.iter().map(|s| s.as_bytes()).find_map(|s| {
        let spelled = match s {
            // `-d` only after a final `e` (`trade`, `traded`): `sol` + `d` is "sold".
            b"d" => last == b'e',
            // `-es` only after a hissing end or an `o` (`tax`, `taxes`; `stake` + `s`).
            b"es" => matches!(last, b's' | b'x' | b'z' | b'h' | b'o'),
            b"s" => true,
            // `-ed`, `-ing`, `-er`, `-ers` begin with a vowel: not after a final `e`
            // (`trade` + `ed`) nor after a consonant that doubles.
            _ => last != b'e' && !doubles,
        };
        let ends_word = rest.get(s.len()).is_none_or(|b| !b.is_ascii_alphanumeric());
        (spelled && rest.starts_with(s) && ends_word).then_some(s.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hit_stays_small() {
        // Overlapping hits of a text of one term repeated are collected before the longest
        // are kept.
        assert_eq!(std::mem::size_of::<Hit>(), 12);
        let hit = Hit::new(NormPos(7), NormPos(16), 42);
        assert_eq!((hit.start(), hit.end(), hit.pattern()), (NormPos(7), NormPos(16), 42));
    }
    use crate::pack::{ClauseSet, Role};

    fn term(word: &str, role: Role, tags: &[&str]) -> Term {
        Term {
            term: word.to_string(),
            role,
            clauses: ClauseSet::ANY,
            weight: 1.0,
            tags: tags.iter().map(|t| t.parse().expect("a known tag")).collect(),
            origin: "".into(),
        }
    }

    fn lexicon(words: &[&str]) -> Lexicon {
        let terms: Vec<Term> = words.iter().map(|w| term(w, Role::Entity, &[])).collect();
        Lexicon::compile(&terms, &[], &[], &[])
    }

    fn found(lex: &Lexicon, text: &str) -> Vec<String> {
        let mut hits = Vec::new();
        lex.find(text, &mut hits);
        hits.iter().map(|h| text[h.start().to(h.end())].to_string()).collect()
    }

    #[test]
    fn leftmost_longest_absorbs_confusables() {
        let lex = lexicon(&["合约", "期货合约", "比特币", "币安"]);
        assert_eq!(found(&lex, "买期货合约和合约"), ["期货合约", "合约"]);
        assert_eq!(found(&lex, "比特币安全吗"), ["比特币"]);
        assert_eq!(found(&lex, "币安上线"), ["币安"]);
    }

    #[test]
    fn ascii_terms_need_word_edges() {
        let lex = lexicon(&["eth", "mint", "airdrop", "btc"]);
        assert_eq!(found(&lex, "method mint minted minimal"), ["mint", "minted"]);
        assert_eq!(found(&lex, "airdrops!买eth,btc2"), ["airdrops", "eth"]);
        assert_eq!(found(&lex, "ethereum"), Vec::<String>::new());
    }

    #[test]
    fn inflections_are_spelled_as_english_spells_them() {
        let lex = lexicon(&["sol", "ban", "trade", "tax", "scam", "buy", "stake"]);
        // `sold` is no SOL, `band` no ban; `banned` doubles the n, `banner` is no ban.
        assert_eq!(found(&lex, "sold band banner bann"), Vec::<String>::new());
        assert_eq!(found(&lex, "banned scammers scamming scammed"), ["banned", "scammers", "scamming", "scammed"]);
        assert_eq!(found(&lex, "sols bans"), ["sols", "bans"]);
        assert_eq!(found(&lex, "traded trades tradeed"), ["traded", "trades"]);
        assert_eq!(found(&lex, "taxes scams scames"), ["taxes", "scams"]);
        assert_eq!(found(&lex, "buying buyers staked stakeing"), ["buying", "buyers", "staked"]);
    }

    #[test]
    fn compounds_are_found_with_a_hyphen_or_a_space() {
        let lex = lexicon(&["copy trade", "free-mint", "whale alert"]);
        assert_eq!(
            found(&lex, "a copy-trade bot, whale-alerts and a free mint"),
            ["copy-trade", "whale-alerts", "free mint"]
        );
        // Inflected as the compound as written is (`free-minted`); a word that only
        // begins with it is none (`copy-trader`).
        assert_eq!(found(&lex, "copy-trader free-minted"), ["free-minted"]);
    }

    #[test]
    fn amounts_glued_to_their_coin() {
        let lex = lexicon(&["btc", "usdt", "fee"]);
        assert_eq!(found(&lex, "got my 2.1btc and 500usdt, 1,000usdt"), ["btc", "usdt", "usdt"]);
        // Inside a word or a hex string there is no amount.
        assert_eq!(found(&lex, "a1btc 0x9fee v2usdt"), Vec::<String>::new());
    }

    #[test]
    fn hashtags_split_into_terms_and_tails() {
        let mut lex = lexicon(&["nft", "eth", "crypto", "presale", "airdrop", "bitcoin"]);
        lex.hashtag_tails = ["drop", "community", "collector", "news"].map(String::from).to_vec();
        assert_eq!(found(&lex, "#nftdrop #cryptocommunity"), ["nft", "crypto"]);
        // Two terms, a term and an inflected tail, digits after a `#` count too.
        assert_eq!(found(&lex, "go #ethairdrop! #nftcollectors"), ["eth", "airdrop", "nft"]);
        // Only a whole split counts, and only in a hashtag.
        assert_eq!(found(&lex, "#ethics #nftxyz nftdrop a#nftdrop"), Vec::<String>::new());
        // A hashtag that is one term is found as a word, once.
        assert_eq!(found(&lex, "#presale #bitcoinnews"), ["presale", "bitcoin"]);
        // A name never seen, between two terms of four letters or more.
        assert_eq!(found(&lex, "#cryptobaltopresale"), ["crypto", "presale"]);
        assert_eq!(found(&lex, "#ethbaltopresale #cryptopresale2 #cryptoxxpresale"), Vec::<String>::new());
        // Terms of several words, glued: alone, or beside other pieces.
        let mut terms: Vec<Term> =
            ["cloud mining", "token sale", "nft", "free-mint"].iter().map(|w| term(w, Role::Entity, &[])).collect();
        // A route glued into a hashtag is a topic, not a route.
        terms.push(term("affiliate link", Role::Steering, &[]));
        let mut lex = Lexicon::compile(&terms, &[], &[], &[]);
        lex.hashtag_tails = ["news"].map(String::from).to_vec();
        lex.glued = lex.glued_terms(&terms);
        assert_eq!(
            found(&lex, "#cloudmining #nfttokensale #freemintnews"),
            ["cloudmining", "nft", "tokensale", "freemint"]
        );
        assert_eq!(found(&lex, "#cloudminingx cloudmining #affiliatelink"), Vec::<String>::new());
    }

    #[test]
    fn cjk_tagged_terms_need_a_chinese_neighbour() {
        let terms = vec![term("u", Role::Entity, &["cjk"])];
        let lex = Lexicon::compile(&terms, &[], &[], &[]);
        assert_eq!(found(&lex, "闲置的u放进去"), ["u"]);
        assert_eq!(found(&lex, "thank u so much"), Vec::<String>::new());
        assert_eq!(found(&lex, "u盘"), ["u"]);
        assert_eq!(found(&lex, "无us标志"), Vec::<String>::new());
    }

    #[test]
    fn variants_pinyin_homophones_leet() {
        let mut terms: Vec<Term> =
            ["比特币", "币圈", "binance"].iter().map(|w| term(w, Role::Entity, &["spell"])).collect();
        terms.push(term("币", Role::Confusable, &[]));
        let pinyin: Vec<(char, String)> = [('比', "bi"), ('特', "te"), ('币', "bi"), ('圈', "quan")]
            .iter()
            .map(|(c, p)| (*c, p.to_string()))
            .collect();
        let homophones = vec![('币', vec!['蔽'])];
        let lex = Lexicon::compile(&terms, &pinyin, &homophones, &Pack::embedded().leet);
        let text = "bitebi和bi圈,比特蔽,btb,b1nance,binance";
        let mut hits = Vec::new();
        lex.find(text, &mut hits);
        let got: Vec<(&str, Variant)> =
            hits.iter().map(|h| (&text[h.start().to(h.end())], lex.variant_of(h))).collect();
        assert_eq!(
            got,
            [
                ("bitebi", Variant::Pinyin),
                ("bi圈", Variant::Pinyin),
                ("比特蔽", Variant::Homophone),
                ("btb", Variant::Pinyin),
                ("b1nance", Variant::Leet),
                ("binance", Variant::Written)
            ]
        );
        // A term whose every letter has a digit form is never read from digits alone: room
        // 501 is not `sol`, form 130 is not `ieo`; one letter left keeps the disguise (`s0l`).
        let short: Vec<Term> = ["sol", "ieo"].iter().map(|w| term(w, Role::Entity, &[])).collect();
        let numbers = Lexicon::compile(&short, &[], &[], &Pack::embedded().leet);
        let text = "room 501, form 130, s0l, 1eo";
        let mut hits = Vec::new();
        numbers.find(text, &mut hits);
        let got: Vec<&str> = hits.iter().map(|h| &text[h.start().to(h.end())]).collect();
        assert_eq!(got, ["s0l", "1eo"]);
        // Initials of two characters (`bq`) are not generated; full pinyin (`biquan`) is.
        let mut hits = Vec::new();
        lex.find("bq biquan", &mut hits);
        assert_eq!(hits.len(), 1);
        // Full pinyin of four letters or fewer (`bian`) counts only glued to Chinese; a term
        // holding a spelled term (`12个助记词` holds 助记词) is spelled too.
        let terms = vec![
            term("币安", Role::Entity, &["spell"]),
            term("12个助记词", Role::Action, &[]),
            term("助记词", Role::Entity, &["spell"]),
        ];
        let pinyin: Vec<(char, String)> = [('币', "bi"), ('安', "an"), ('助', "zhu"), ('记', "ji"), ('词', "ci")]
            .iter()
            .map(|(c, p)| (*c, p.to_string()))
            .collect();
        let lex = Lexicon::compile(&terms, &pinyin, &[], &[]);
        assert_eq!(found(&lex, "bian国内打不开"), ["bian"]);
        assert_eq!(found(&lex, "a bian b"), Vec::<String>::new());
        assert_eq!(found(&lex, "请将12个zhujici发来"), ["12个zhujici"]);
        assert_eq!(found(&lex, "请将12个zjc发来"), ["12个zjc"]);
    }

    #[test]
    fn same_words_in_two_roles_share_a_pattern() {
        let mut terms: Vec<Term> = Vec::new();
        for role in [Role::Entity, Role::Action] {
            terms.push(term("收U", role, &[]));
        }
        let lex = Lexicon::compile(&terms, &[], &[], &[]);
        let mut hits = Vec::new();
        lex.find("高价收u", &mut hits);
        assert_eq!(hits.len(), 1);
        assert_eq!(lex.terms_of(&hits[0]), &[0, 1]);
    }
}

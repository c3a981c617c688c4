//! The pack's lexicon compiled into one Aho-Corasick automaton, matched in one pass over
//! the normalized text.
//!
//! Terms are normalized like the text, so the lexicon is written once in simplified,
//! lowercase, half-width form. Matching finds every occurrence of every term, drops
//! ASCII terms that sit inside a longer ASCII word, then keeps the leftmost-longest
//! non-overlapping hits: `期货合约` (a confusable) absorbs the `合约` inside it, and
//! `比特币安全` does not contain the exchange `币安`.

use aho_corasick::{AhoCorasick, MatchKind};

use crate::normalize::Normalized;
use crate::pack::Term;

/// One matched pattern: a byte range of the normalized text and the terms it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

/// The compiled lexicon.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    automaton: AhoCorasick,
    /// For each pattern: indices into the pack's terms (one pattern may carry several
    /// roles, e.g. `收u` is both an entity and an exchange action).
    terms: Vec<Vec<usize>>,
    /// For each pattern: whether it begins / ends with an ASCII letter or digit (then it
    /// must not sit inside a longer ASCII word).
    ascii_edges: Vec<(bool, bool)>,
    /// For each pattern: whether it only counts next to a Chinese character (tag `cjk`:
    /// `u` for USDT in `收到的U放进去`, but not the English "u" for "you").
    needs_han: Vec<bool>,
}

/// English inflections a term may carry at its end (`airdrop` matches `airdrops`).
const SUFFIXES: [&str; 7] = ["ers", "ing", "er", "es", "ed", "s", "d"];

impl Lexicon {
    pub fn new(terms: &[Term]) -> Lexicon {
        let mut patterns: Vec<String> = Vec::new();
        let mut index: std::collections::HashMap<String, usize> = Default::default();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        for (i, t) in terms.iter().enumerate() {
            let key = Normalized::new(&t.term).as_str().to_string();
            let p = *index.entry(key.clone()).or_insert_with(|| {
                patterns.push(key);
                owners.push(Vec::new());
                patterns.len() - 1
            });
            owners[p].push(i);
        }
        let needs_han = owners.iter().map(|ts| ts.iter().all(|&t| terms[t].has_tag("cjk"))).collect();
        let ascii_edges = patterns
            .iter()
            .map(|p| {
                let first = p.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
                let last = p.chars().last().is_some_and(|c| c.is_ascii_alphanumeric());
                (first, last)
            })
            .collect();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            // The builder's own choice of automaton: a full DFA searched 4% faster on
            // the project corpus but took ~30 ms more to build, which every page load pays.
            .build(&patterns)
            // Patterns are plain strings; building fails only beyond aho-corasick's size
            // limits, far above any lexicon (tested with the embedded pack).
            .expect("lexicon automaton builds");
        Lexicon { automaton, terms: owners, ascii_edges, needs_han }
    }

    /// The pack terms a hit stands for.
    pub fn terms_of(&self, hit: &Hit) -> &[usize] {
        &self.terms[hit.pattern]
    }

    /// Appends the leftmost-longest non-overlapping hits in `text`, in text order.
    pub fn find(&self, text: &str, out: &mut Vec<Hit>) {
        let bytes = text.as_bytes();
        let first = out.len();
        for m in self.automaton.find_overlapping_iter(text) {
            let p = m.pattern().as_usize();
            let (ascii_start, ascii_end) = self.ascii_edges[p];
            let (start, mut end) = (m.start(), m.end());
            if ascii_start && start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
                continue;
            }
            if ascii_end && end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
                // Inflections only for real words: `u` + `s` is "us", not two U.
                let word = end - start >= 3;
                let Some(len) = inflection(&bytes[end..]).filter(|_| word) else { continue };
                end += len;
            }
            if self.needs_han[p] {
                let before = text[..start].chars().next_back().is_some_and(crate::normalize::is_han);
                let after = text[end..].chars().next().is_some_and(crate::normalize::is_han);
                if !(before || after) {
                    continue;
                }
            }
            out.push(Hit { start, end, pattern: p });
        }
        let hits = &mut out[first..];
        hits.sort_unstable_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        let mut keep = first;
        let mut reach = 0usize;
        for i in first..out.len() {
            if out[i].start >= reach || i == first {
                reach = out[i].end;
                out[keep] = out[i];
                keep += 1;
            }
        }
        out.truncate(keep);
    }
}

/// The length of an English inflection at the start of `rest`, if one ends a word there.
fn inflection(rest: &[u8]) -> Option<usize> {
    SUFFIXES.iter().map(|s| s.as_bytes()).find_map(|s| {
        let ends_word = rest.get(s.len()).is_none_or(|b| !b.is_ascii_alphanumeric());
        (rest.starts_with(s) && ends_word).then_some(s.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::{ClauseSet, Role};

    fn lexicon(words: &[&str]) -> Lexicon {
        let terms: Vec<Term> = words
            .iter()
            .map(|w| Term {
                term: w.to_string(),
                role: Role::Entity,
                clauses: ClauseSet::ANY,
                weight: 1.0,
                tags: vec![],
                origin: String::new(),
            })
            .collect();
        Lexicon::new(&terms)
    }

    fn found(lex: &Lexicon, text: &str) -> Vec<String> {
        let mut hits = Vec::new();
        lex.find(text, &mut hits);
        hits.iter().map(|h| text[h.start..h.end].to_string()).collect()
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
    fn cjk_tagged_terms_need_a_chinese_neighbour() {
        let terms = vec![Term {
            term: "u".into(),
            role: Role::Entity,
            clauses: ClauseSet::ANY,
            weight: 0.6,
            tags: vec!["cjk".into()],
            origin: String::new(),
        }];
        let lex = Lexicon::new(&terms);
        assert_eq!(found(&lex, "闲置的u放进去"), ["u"]);
        assert_eq!(found(&lex, "thank u so much"), Vec::<String>::new());
        assert_eq!(found(&lex, "u盘"), ["u"]);
        assert_eq!(found(&lex, "无us标志"), Vec::<String>::new());
    }

    #[test]
    fn same_words_in_two_roles_share_a_pattern() {
        let mut terms: Vec<Term> = Vec::new();
        for role in [Role::Entity, Role::Action] {
            terms.push(Term {
                term: "收U".into(),
                role,
                clauses: ClauseSet::ANY,
                weight: 1.0,
                tags: vec![],
                origin: String::new(),
            });
        }
        let lex = Lexicon::new(&terms);
        let mut hits = Vec::new();
        lex.find("高价收u", &mut hits);
        assert_eq!(hits.len(), 1);
        assert_eq!(lex.terms_of(&hits[0]), &[0, 1]);
    }
}

//! The lexicon's matcher: an Aho-Corasick automaton over characters, not bytes, whose
//! transitions are sorted arrays. It finds what the `aho-corasick` crate's overlapping
//! search finds (every occurrence of every pattern), and is built in a fraction of the
//! time: building is a sort, one pass over the sorted patterns and one breadth-first pass
//! for the failure links. Building the crate's automaton over the embedded lexicon's ~7,800
//! patterns was 15 of the 18 ms of `Checker::new`, a cost every page load and every
//! command-line run pays before it checks a word.
//!
//! Layout: state 0 is the root; the edges of state `s` are `labels[first[s]..first[s + 1]]`
//! (sorted) with their targets in `targets`. `fail[s]` is the longest proper suffix of `s`'s
//! path that is a state, `out[s]` the pattern spelled by `s`'s path (if any), and
//! `next_out[s]` the nearest state along the failure links that spells a pattern, so that a
//! search lists every pattern ending at a position without walking every failure link.

/// No pattern / no state.
const NONE: u32 = u32::MAX;

/// The CJK Unified Ideographs block (U+4E00 to U+9FFF), where almost every Chinese
/// character of a post is.
const CJK: std::ops::RangeInclusive<u32> = 0x4E00..=0x9FFF;

/// An Aho-Corasick automaton over the characters of a list of patterns.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Automaton {
    t: Tables,
    /// The root's edges for ASCII characters and for the CJK Unified Ideographs block,
    /// by character: the root is where a search spends most of its steps.
    root_ascii: [u32; 128],
    root_cjk: Vec<u32>,
}

/// An automaton's tables, what the compiled pack stores (the root's direct tables are
/// rebuilt from them).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tables {
    /// For each state, where its edges start in `labels` and `targets`; one more entry at
    /// the end.
    pub first: Vec<u32>,
    pub labels: Vec<char>,
    pub targets: Vec<u32>,
    pub fail: Vec<u32>,
    pub out: Vec<u32>,
    pub next_out: Vec<u32>,
    /// Each pattern's length in bytes.
    pub lens: Vec<u32>,
}

/// One occurrence of a pattern: its index and byte range in the searched text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Match {
    pub pattern: usize,
    pub start: usize,
    pub end: usize,
}

impl Automaton {
    /// The automaton of `patterns`. Empty patterns never match; a pattern given twice
    /// matches as its first index.
    pub(crate) fn new<S: AsRef<str>>(patterns: &[S]) -> Automaton {
        let lens: Vec<u32> = patterns.iter().map(|p| p.as_ref().len() as u32).collect();
        // Sorted patterns share their prefixes with their neighbours: the trie is built
        // in one pass, each state's edges come out sorted and contiguous. A lexicon's
        // patterns come sorted already (`Patterns::expand`), which is checked, not assumed.
        let order: Vec<u32> = if patterns.windows(2).all(|w| w[0].as_ref() < w[1].as_ref()) {
            (0..patterns.len() as u32).collect()
        } else {
            let sorted =
                crate::order::sorted_indices(patterns.len(), &|a, b| patterns[a].as_ref().cmp(patterns[b].as_ref()));
            sorted.into_iter().map(|i| i as u32).collect()
        };

        // Depth-first: `parent`, `label` and `out` of each state, states numbered in
        // pre-order, so the children of a state are created in increasing label order.
        let mut parent: Vec<u32> = vec![NONE];
        let mut label: Vec<char> = vec!['\0'];
        let mut out: Vec<u32> = vec![NONE];
        // The path of the previous pattern: (char, state).
        let mut path: Vec<(char, u32)> = Vec::new();
        for &p in &order {
            let pattern = patterns[p as usize].as_ref();
            if pattern.is_empty() {
                continue;
            }
            let mut depth = 0;
            let mut chars = pattern.chars().peekable();
            while let Some(&c) = chars.peek() {
                match path.get(depth) {
                    Some(&(pc, _)) if pc == c => {
                        depth += 1;
                        chars.next();
                    }
                    _ => break,
                }
            }
            path.truncate(depth);
            let mut state = path.last().map_or(0, |&(_, s)| s);
            for c in chars {
                parent.push(state);
                label.push(c);
                out.push(NONE);
                state = (parent.len() - 1) as u32;
                path.push((c, state));
            }
            if out[state as usize] == NONE {
                out[state as usize] = p;
            }
        }
        let n = parent.len();

        // Edges in compressed rows: count each state's children, then place them in state
        // order (children of one parent were created in label order).
        let mut first = vec![0u32; n + 1];
        for &p in &parent[1..] {
            first[p as usize + 1] += 1;
        }
        for s in 0..n {
            first[s + 1] += first[s];
        }
        let mut fill = first.clone();
        let mut labels = vec!['\0'; n - 1];
        let mut targets = vec![0u32; n - 1];
        for s in 1..n {
            let p = parent[s] as usize;
            let at = fill[p] as usize;
            labels[at] = label[s];
            targets[at] = s as u32;
            fill[p] += 1;
        }
        let mut automaton = Automaton::with_root_tables(Tables {
            first,
            labels,
            targets,
            fail: vec![0; n],
            out,
            next_out: vec![NONE; n],
            lens,
        });

        // Failure links breadth-first: a state's link is found from its parent's.
        let mut queue: Vec<u32> = automaton.edges(0).map(|e| automaton.t.targets[e]).collect();
        let mut head = 0;
        while head < queue.len() {
            let s = queue[head] as usize;
            head += 1;
            for e in automaton.edges(s) {
                let (c, t) = (automaton.t.labels[e], automaton.t.targets[e] as usize);
                let mut f = automaton.t.fail[s] as usize;
                let link = loop {
                    if let Some(next) = automaton.step(f, c) {
                        break next;
                    }
                    if f == 0 {
                        break 0;
                    }
                    f = automaton.t.fail[f] as usize;
                };
                automaton.t.fail[t] = link;
                automaton.t.next_out[t] =
                    if automaton.t.out[link as usize] != NONE { link } else { automaton.t.next_out[link as usize] };
                queue.push(t as u32);
            }
        }
        automaton
    }

    /// An automaton of `tables`, with the root's direct tables filled in.
    fn with_root_tables(t: Tables) -> Automaton {
        let mut automaton = Automaton { t, root_ascii: [NONE; 128], root_cjk: vec![NONE; CJK.clone().count()] };
        for e in automaton.edges(0) {
            let (c, target) = (automaton.t.labels[e] as u32, automaton.t.targets[e]);
            if c < 128 {
                automaton.root_ascii[c as usize] = target;
            } else if CJK.contains(&c) {
                automaton.root_cjk[(c - CJK.start()) as usize] = target;
            }
        }
        automaton
    }

    /// The tables, for the compiled pack to store.
    #[cfg(all(test, feature = "pack-files"))]
    pub(crate) fn tables(&self) -> &Tables {
        &self.t
    }

    /// The automaton of stored tables, or `None` when they do not make one: every index in
    /// bounds, the edges a tree under the root numbered as [`Automaton::new`] numbers it
    /// (a child after its parent) with each state's labels sorted, failure and output links
    /// to shallower states (so a search always ends), and each pattern as long as the path
    /// that spells it. What the checks cannot see (a link to the wrong suffix) the search
    /// survives: a match that would not start on a character boundary is dropped.
    pub(crate) fn from_tables(t: Tables) -> Option<Automaton> {
        let n = t.fail.len();
        let edges = t.labels.len();
        let sizes_agree = n >= 1
            && edges == n - 1
            && t.first.len() == n + 1
            && t.out.len() == n
            && t.next_out.len() == n
            && t.targets.len() == edges
            && t.first[0] == 0
            && t.first[n] as usize == edges
            && t.first.windows(2).all(|w| w[0] <= w[1]);
        if !sizes_agree {
            return None;
        }
        // Depth in characters and in bytes, parents first: n - 1 edges, each to a later
        // state reached by no other edge, make a tree under the root.
        let mut depth = vec![u32::MAX; n];
        let mut bytes = vec![0u32; n];
        depth[0] = 0;
        for s in 0..n {
            let range = t.first[s] as usize..t.first[s + 1] as usize;
            if !t.labels[range.clone()].windows(2).all(|w| w[0] < w[1]) {
                return None;
            }
            for e in range {
                let child = t.targets[e] as usize;
                if child <= s || child >= n || depth[child] != u32::MAX {
                    return None;
                }
                depth[child] = depth[s] + 1;
                bytes[child] = bytes[s] + t.labels[e].len_utf8() as u32;
            }
        }
        let shallower = |link: u32, s: usize| (link as usize) < n && depth[link as usize] < depth[s];
        for (s, &length) in bytes.iter().enumerate().skip(1) {
            let out_ok = t.out[s] == NONE || t.lens.get(t.out[s] as usize) == Some(&length);
            let next_ok =
                t.next_out[s] == NONE || (shallower(t.next_out[s], s) && t.out[t.next_out[s] as usize] != NONE);
            if !shallower(t.fail[s], s) || !out_ok || !next_ok {
                return None;
            }
        }
        if t.out[0] != NONE || t.next_out[0] != NONE || t.fail[0] != 0 {
            return None;
        }
        Some(Automaton::with_root_tables(t))
    }

    /// How many patterns it was built from.
    pub(crate) fn patterns(&self) -> usize {
        self.t.lens.len()
    }

    /// The length of pattern `p` in bytes.
    pub(crate) fn pattern_len(&self, p: usize) -> usize {
        self.t.lens[p] as usize
    }

    /// The indices of state `s`'s edges.
    fn edges(&self, s: usize) -> std::ops::Range<usize> {
        self.t.first[s] as usize..self.t.first[s + 1] as usize
    }

    /// The state reached from `s` by `c`, if `s` has that edge.
    #[inline]
    fn step(&self, s: usize, c: char) -> Option<u32> {
        if s == 0 {
            let c = c as u32;
            let t = if c < 128 {
                self.root_ascii[c as usize]
            } else if CJK.contains(&c) {
                self.root_cjk[(c - CJK.start()) as usize]
            } else {
                let root = self.edges(0);
                let c = char::from_u32(c)?;
                return self.t.labels[root.clone()].binary_search(&c).ok().map(|i| self.t.targets[root.start + i]);
            };
            return (t != NONE).then_some(t);
        }
        let range = self.edges(s);
        let labels = &self.t.labels[range.clone()];
        // Most states have one edge.
        if labels.len() == 1 {
            return (labels[0] == c).then(|| self.t.targets[range.start]);
        }
        labels.binary_search(&c).ok().map(|i| self.t.targets[range.start + i])
    }

    /// Every occurrence of every pattern in `text`, overlapping ones included, by where
    /// they end (at one end, longer patterns first).
    pub(crate) fn find_overlapping(&self, text: &str, mut found: impl FnMut(Match)) {
        let mut state = 0usize;
        for (i, c) in text.char_indices() {
            loop {
                if let Some(next) = self.step(state, c) {
                    state = next as usize;
                    break;
                }
                if state == 0 {
                    break;
                }
                state = self.t.fail[state] as usize;
            }
            let end = i + c.len_utf8();
            let mut s = if self.t.out[state] != NONE { state as u32 } else { self.t.next_out[state] };
            while s != NONE {
                let pattern = self.t.out[s as usize] as usize;
                // Always a boundary in an automaton built here; checked for stored tables.
                if let Some(start) =
                    end.checked_sub(self.t.lens[pattern] as usize).filter(|&i| text.is_char_boundary(i))
                {
                    found(Match { pattern, start, end });
                }
                s = self.t.next_out[s as usize];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(patterns: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let mut v = Vec::new();
        Automaton::new(patterns).find_overlapping(text, |m| v.push((m.pattern, m.start, m.end)));
        v.sort();
        v
    }

    /// What the `aho-corasick` crate's overlapping search finds.
    fn reference(patterns: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let ac = aho_corasick::AhoCorasick::new(patterns).unwrap();
        let mut v: Vec<_> =
            ac.find_overlapping_iter(text).map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect();
        v.sort();
        v
    }

    #[test]
    fn finds_every_occurrence() {
        let patterns = ["币安", "比特币", "特币", "币", "usdt", "us", "s", "安全"];
        let text = "比特币安全吗？usdt 和 US 币安";
        assert_eq!(all(&patterns, text), reference(&patterns, text));
        assert!(all(&patterns, text).contains(&(0, 6, 12)), "币安 inside 比特币安全");
    }

    #[test]
    fn empty_and_repeated_patterns() {
        assert_eq!(all(&["", "a", "a"], "aa"), vec![(1, 0, 1), (1, 1, 2)]);
        assert_eq!(all(&[], "abc"), vec![]);
        assert_eq!(all(&["abc"], ""), vec![]);
    }

    #[test]
    fn emoji_and_rare_characters() {
        let patterns = ["😀币", "𠀀", "a😀"];
        let text = "a😀币𠀀x";
        assert_eq!(all(&patterns, text), reference(&patterns, text));
        assert_eq!(all(&patterns, text).len(), 3);
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn tables_read_back_and_malformed_ones_do_not() {
        let a = Automaton::new(&["币安", "比特币", "特币", "usdt", "us", "s"]);
        assert_eq!(Automaton::from_tables(a.tables().clone()), Some(a.clone()));
        let broken: [fn(&mut Tables); 6] = [
            |t| t.fail[3] = 3,                         // a loop: a search would not end
            |t| t.targets[0] = 999,                    // out of bounds
            |t| t.targets[1] = t.targets[0],           // two parents
            |t| t.lens[0] += 1,                        // a pattern longer than its path
            |t| t.labels.swap(0, 1),                   // the root's labels unsorted
            |t| t.first.pop().map(drop).unwrap_or(()), // sizes disagree
        ];
        for (i, breaks) in broken.iter().enumerate() {
            let mut t = a.tables().clone();
            breaks(&mut t);
            assert_eq!(Automaton::from_tables(t), None, "case {i}");
        }
    }

    // proptest is a native dev-dependency (it forks processes).
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]
        /// The same matches as the `aho-corasick` crate, on small alphabets where patterns
        /// overlap and share prefixes and suffixes a lot.
        #[test]
        fn same_matches_as_aho_corasick(
            patterns in proptest::collection::vec("[ab币安😀]{1,5}", 0..30),
            text in "[ab币安😀 ]{0,60}",
        ) {
            let mut seen = std::collections::HashSet::new();
            let patterns: Vec<&str> = patterns.iter().map(String::as_str).filter(|p| seen.insert(*p)).collect();
            proptest::prop_assert_eq!(all(&patterns, &text), reference(&patterns, &text));
        }
    }
}

//! The detectors' gate: which of the detectors' regexes can match a text at all, from one
//! Aho-Corasick pass over words the regexes cannot match without.
//!
//! Each regex's syntax tree gives a set of words of which every match holds at least one
//! (`help` in `help(?:ed|s)? … back`, one of the pack's verbs in `(?:we|they) (?:{VERBS})`):
//! a regex none of whose words is in the text has no match there and is skipped. Most
//! regexes match nowhere in most posts, and running each over the whole text was most of
//! the detectors' time. The words are derived, never written by hand, so the gate follows
//! the patterns and the pack; a regex the analysis finds no words for always runs.
//!
//! Native only: in the wasm, where a page checks one draft at a time, the gate would parse
//! every pattern on the first check (the regexes themselves compile only when a text needs
//! them), so there [`Gate::matches`] opens every door and nothing is built. For the same
//! reason a native checker builds its gate only once it has read [`BUILD_AFTER`] bytes of
//! text: one draft on the command line costs what it did without a gate.

/// How much text a checker reads with every door open before it builds its gate. Building
/// costs about 16M instructions, and the gate saves about 45M per MB of posts, so it pays
/// from about a third of a MB on. The crate's unit tests build it at once, so that every
/// detector test goes through it.
#[cfg(all(not(target_arch = "wasm32"), not(test)))]
const BUILD_AFTER: usize = 256 * 1024;
#[cfg(all(not(target_arch = "wasm32"), test))]
const BUILD_AFTER: usize = 0;

/// Which of a list of patterns (at most 64) can match a text.
pub(crate) struct Gate {
    #[cfg(not(target_arch = "wasm32"))]
    patterns: Vec<String>,
    #[cfg(not(target_arch = "wasm32"))]
    compiled: std::sync::OnceLock<native::Words>,
    /// Bytes of text checked before the gate was built.
    #[cfg(not(target_arch = "wasm32"))]
    read: std::sync::atomic::AtomicUsize,
    /// How many bytes of text to read before building it ([`BUILD_AFTER`]).
    #[cfg(not(target_arch = "wasm32"))]
    build_after: usize,
}

impl Gate {
    /// A gate for `patterns` (regex syntax, as given to [`regex::Regex::new`]), built once
    /// the checker has read [`BUILD_AFTER`] bytes of text.
    pub(crate) fn new(patterns: Vec<String>) -> Gate {
        assert!(patterns.len() <= 64, "a gate holds at most 64 patterns");
        #[cfg(not(target_arch = "wasm32"))]
        {
            Gate::building_after(patterns, BUILD_AFTER)
        }
        #[cfg(target_arch = "wasm32")]
        {
            let _ = patterns;
            Gate {}
        }
    }

    /// A gate built once `build_after` bytes of text have been read.
    #[cfg(not(target_arch = "wasm32"))]
    fn building_after(patterns: Vec<String>, build_after: usize) -> Gate {
        Gate {
            patterns,
            compiled: std::sync::OnceLock::new(),
            read: std::sync::atomic::AtomicUsize::new(0),
            build_after,
        }
    }

    /// Bit `i` is clear only when pattern `i` has no match anywhere in `text`.
    pub(crate) fn matches(&self, text: &str) -> u64 {
        #[cfg(not(target_arch = "wasm32"))]
        {
            if let Some(words) = self.compiled.get() {
                return words.matches(text);
            }
            let read = self.read.fetch_add(text.len(), std::sync::atomic::Ordering::Relaxed) + text.len();
            if read < self.build_after {
                return u64::MAX;
            }
            self.compiled.get_or_init(|| native::Words::new(&self.patterns)).matches(text)
        }
        #[cfg(target_arch = "wasm32")]
        {
            let _ = text;
            u64::MAX
        }
    }
}

impl Clone for Gate {
    /// The same patterns, built again when first needed.
    fn clone(&self) -> Gate {
        #[cfg(not(target_arch = "wasm32"))]
        {
            Gate::building_after(self.patterns.clone(), self.build_after)
        }
        #[cfg(target_arch = "wasm32")]
        {
            Gate {}
        }
    }
}

impl std::fmt::Debug for Gate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("Gate");
        #[cfg(not(target_arch = "wasm32"))]
        d.field("patterns", &self.patterns.len());
        d.finish_non_exhaustive()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::collections::BTreeMap;

    use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
    use regex_syntax::hir::{Class, Hir, HirKind};

    /// The words of every pattern in one automaton, and which patterns each word opens.
    pub(super) struct Words {
        automaton: Option<AhoCorasick>,
        /// For each word of the automaton, the patterns that need one of their words.
        opens: Vec<u64>,
        /// The patterns that always run (no words found, or a pattern that did not parse).
        always: u64,
    }

    impl Words {
        pub(super) fn new(patterns: &[String]) -> Words {
            let mut words: BTreeMap<Vec<u8>, u64> = BTreeMap::new();
            let mut always = 0u64;
            for (i, pattern) in patterns.iter().enumerate() {
                // The parser's defaults are the regex crate's (Unicode on, `\n` lines).
                let needed = regex_syntax::ParserBuilder::new().build().parse(pattern).ok().and_then(|hir| needs(&hir));
                match needed {
                    Some(set) if !set.is_empty() => {
                        for word in set {
                            *words.entry(word).or_default() |= 1 << i;
                        }
                    }
                    _ => always |= 1 << i,
                }
            }
            let (list, opens): (Vec<Vec<u8>>, Vec<u64>) = words.into_iter().unzip();
            // Standard semantics and overlapping search: every occurrence of every word.
            let automaton = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&list)
                .ok();
            if automaton.is_none() {
                always = u64::MAX;
            }
            Words { automaton, opens, always }
        }

        pub(super) fn matches(&self, text: &str) -> u64 {
            let mut open = self.always;
            if let Some(automaton) = &self.automaton {
                for m in automaton.find_overlapping_iter(text) {
                    open |= self.opens[m.pattern().as_usize()];
                }
            }
            open
        }
    }

    /// Classes of at most this many characters are read as that many one-character words.
    const SMALL_CLASS: u32 = 12;

    /// Words of which every match of `hir` contains at least one, or `None` when the
    /// analysis finds no such set.
    pub(super) fn needs(hir: &Hir) -> Option<Vec<Vec<u8>>> {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => None,
            HirKind::Literal(literal) => Some(vec![literal.0.to_vec()]),
            HirKind::Class(Class::Unicode(class)) => {
                let size: u32 = class.ranges().iter().map(|r| r.end() as u32 - r.start() as u32 + 1).sum();
                if size > SMALL_CLASS {
                    return None;
                }
                let chars = class.ranges().iter().flat_map(|r| r.start()..=r.end());
                Some(chars.map(|c| c.to_string().into_bytes()).collect())
            }
            HirKind::Class(Class::Bytes(class)) => {
                let size: u32 = class.ranges().iter().map(|r| r.end() as u32 - r.start() as u32 + 1).sum();
                if size > SMALL_CLASS {
                    return None;
                }
                Some(class.ranges().iter().flat_map(|r| r.start()..=r.end()).map(|b| vec![b]).collect())
            }
            HirKind::Repetition(rep) if rep.min >= 1 => needs(&rep.sub),
            HirKind::Repetition(_) => None,
            HirKind::Capture(capture) => needs(&capture.sub),
            // Every match holds a match of each part: the part with the rarest words.
            HirKind::Concat(parts) => parts.iter().filter_map(needs).max_by_key(|set| {
                let shortest = set.iter().map(Vec::len).min().unwrap_or(0);
                (shortest.min(4), std::cmp::Reverse(set.len()))
            }),
            // A match is a match of one branch: every branch must need words.
            HirKind::Alternation(branches) => {
                let mut all = Vec::new();
                for branch in branches {
                    all.extend(needs(branch)?);
                }
                Some(all)
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn words(pattern: &str) -> Option<Vec<String>> {
            let hir = regex_syntax::ParserBuilder::new().build().parse(pattern).unwrap();
            needs(&hir).map(|set| {
                let mut set: Vec<String> = set.into_iter().map(|w| String::from_utf8(w).unwrap()).collect();
                set.sort();
                set
            })
        }

        #[test]
        fn words_every_match_needs() {
            assert_eq!(words(r"help(?:ed|s)?[ \t]+back"), Some(vec!["back".into()]));
            assert_eq!(
                words(r"(?-u:\b)(?:we|they)[ \t]+(?:recover|trace)"),
                Some(vec!["recover".into(), "trace".into()])
            );
            assert_eq!(words(r"[0-9]{1,2}点"), Some(vec!["点".into()]));
            assert_eq!(words(r"ab|[a-z]+"), None);
            assert_eq!(words(r"(?:foo)?bar"), Some(vec!["bar".into()]));
            assert_eq!(words(r"x*"), None);
            assert_eq!(words(r"[.、)]"), Some(vec![")".into(), ".".into(), "、".into()]));
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::Gate;

    #[test]
    fn every_door_is_open_until_enough_text_was_read() {
        let gate = Gate::building_after(vec!["abc".into()], 10);
        // 3 bytes read: not built yet, so nothing is ruled out.
        assert_eq!(gate.matches("zzz"), u64::MAX);
        assert!(gate.compiled.get().is_none());
        // 11 bytes read: built, and `abc` is ruled out where it is not in the text.
        assert_eq!(gate.matches("zzzzzzzz"), 0);
        assert_eq!(gate.matches("xabcx"), 1);
    }
}

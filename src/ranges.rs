//! Which of many ranges a range meets, or whether a position lies within reach of one, in
//! logarithmic time.
//!
//! The engine asks such questions of every detection: does an everyday word cover this
//! coin-shaped name, is an invitation into a group near this link, was this ID already
//! found before the disguised words were read. Asked of every pair, a text of a hundred
//! thousand of each takes minutes; asked of these, it takes one sort and a binary search
//! per question.

use crate::order::{self, Key};

/// Half-open ranges `[start, end)`, sorted by start, with the furthest end any of them
/// reaches up to each one.
#[derive(Debug, Default)]
pub(crate) struct Ranges {
    /// The ranges' starts, ascending.
    starts: Vec<usize>,
    /// `reach[i]`: the largest end among the ranges up to and including the `i`-th.
    reach: Vec<usize>,
}

impl Ranges {
    /// The ranges, in any order.
    pub fn new(ranges: impl IntoIterator<Item = (usize, usize)>) -> Ranges {
        let mut all: Vec<(usize, usize)> = ranges.into_iter().collect();
        // Nearly always in order already (hits and detections are found left to right); the
        // shared sort keeps the WebAssembly module from another copy of the standard one.
        order::sort_by_key(&mut all, |&(start, end)| Key::of(start).then(end));
        let mut reach = Vec::with_capacity(all.len());
        let mut furthest = 0;
        for &(_, end) in &all {
            furthest = furthest.max(end);
            reach.push(furthest);
        }
        Ranges { starts: all.into_iter().map(|(start, _)| start).collect(), reach }
    }

    /// `true` if some range shares at least one position with `[start, end)`.
    ///
    /// The ranges that start before `end` are a prefix of the sorted ones; one of them
    /// overlaps exactly when the furthest end among them passes `start`.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        let before_end = self.starts.partition_point(|&s| s < end);
        before_end > 0 && self.reach[before_end - 1] > start
    }
}

/// Sorts positions ascending, with the shared sort (see [`crate::order`]).
pub(crate) fn sort_positions(positions: &mut [usize]) {
    order::sort_by_key(positions, |&x| Key::of(x));
}

/// `true` if `sorted` (ascending) holds a value in `lo..=hi`.
pub(crate) fn any_within(sorted: &[usize], lo: usize, hi: usize) -> bool {
    let at = sorted.partition_point(|&x| x < lo);
    sorted.get(at).is_some_and(|&x| x <= hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The answer of comparing with every range, as the engine once did.
    fn overlaps_by_pairs(ranges: &[(usize, usize)], start: usize, end: usize) -> bool {
        ranges.iter().any(|&(s, e)| start < e && s < end)
    }

    #[test]
    fn overlaps_agrees_with_comparing_every_pair() {
        // Nested, touching, empty and repeated ranges, in no order.
        let ranges = [(10, 20), (12, 14), (30, 31), (20, 25), (40, 40), (5, 60), (30, 31)];
        for picked in 0..(1u32 << ranges.len()) {
            let some: Vec<(usize, usize)> =
                ranges.iter().enumerate().filter(|(i, _)| picked & (1 << i) != 0).map(|(_, &r)| r).collect();
            let index = Ranges::new(some.iter().copied());
            for start in 0..65 {
                for end in start..66 {
                    assert_eq!(
                        index.overlaps(start, end),
                        overlaps_by_pairs(&some, start, end),
                        "{some:?} against {start}..{end}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_long_range_that_starts_early_still_counts() {
        // Sorted by start, the short ranges after the long one do not reach 50; it does.
        let index = Ranges::new([(20, 22), (0, 100), (30, 33)]);
        assert!(index.overlaps(50, 51));
        assert!(!Ranges::new([(20, 22), (30, 33)]).overlaps(50, 51));
        assert!(!Ranges::default().overlaps(0, usize::MAX));
    }

    #[test]
    fn any_within_finds_a_value_in_the_closed_interval() {
        let sorted = [3, 8, 8, 15];
        assert!(any_within(&sorted, 3, 3));
        assert!(any_within(&sorted, 4, 8));
        assert!(any_within(&sorted, 9, 15));
        assert!(!any_within(&sorted, 9, 14));
        assert!(!any_within(&sorted, 16, usize::MAX));
        assert!(!any_within(&sorted, 0, 2));
        assert!(!any_within(&[], 0, usize::MAX));
    }
}

//! Sorting with one copy of the sort routine.
//!
//! Every `sort_by_key` over another element type or key closure is another copy of the
//! standard library's sorts (quicksort, merges, small-sort networks: 0.5 to 8 KB each) in
//! the WebAssembly module: 165 copies made up 122 KB of the page's module. Here the engine's
//! sorts share two:
//! - [`sort_by_key`] packs an item's key into a [`Key`], sorts the pairs `(key, index)`
//!   with one routine and moves the items into that order, in place;
//! - [`sort_by`] sorts indices with a comparison passed by reference ([`sorted_indices`]), for
//!   keys that do not fit in a number (strings), then moves the items the same way.
//!
//! Both are stable: equal keys keep their order, because the index breaks ties. The three
//! sorts of the largest vectors (lexicon hits, detections, signals) stay the standard
//! library's in-place sorts: the keys here take 24 bytes an item, which on a dense text of
//! millions of hits would double the checker's peak memory.

use std::cmp::Ordering;

/// A sort key of up to four 32-bit fields, compared most significant first.
///
/// Two `u64` halves (the high one compared first) rather than one `u128`: a `u128` is
/// aligned to 16 bytes, which made each `(Key, u32)` pair of a sort 32 bytes; these are 24.
///
/// Positions fit: the checker takes at most [`crate::MAX_TEXT_BYTES`] bytes, and its
/// normalized text stays far below 4 GiB. A larger value is clamped to `u32::MAX`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Key {
    hi: u64,
    lo: u64,
}

impl Key {
    /// A key of one field.
    #[inline]
    pub fn of(field: usize) -> Key {
        Key { hi: 0, lo: clamp(field) }
    }

    /// This key, then `field` for ties (ascending).
    #[inline]
    pub fn then(self, field: usize) -> Key {
        self.push(clamp(field))
    }

    /// This key, then `field` for ties, descending.
    #[inline]
    pub fn then_rev(self, field: usize) -> Key {
        self.push(u32::MAX as u64 - clamp(field))
    }

    /// A key of one field, descending.
    #[inline]
    pub fn rev(field: usize) -> Key {
        Key { hi: 0, lo: u32::MAX as u64 - clamp(field) }
    }

    /// The 128-bit key shifted left by one field, `field` in the freed low 32 bits.
    #[inline]
    fn push(self, field: u64) -> Key {
        Key { hi: self.hi << 32 | self.lo >> 32, lo: self.lo << 32 | field }
    }
}

#[inline]
fn clamp(field: usize) -> u64 {
    field.min(u32::MAX as usize) as u64
}

/// The order of the items by their keys, as their old indices: the one sort of the keys.
#[inline(never)]
fn order(mut keyed: Vec<(Key, u32)>) -> Vec<(Key, u32)> {
    keyed.sort_unstable();
    keyed
}

fn keyed<T>(items: &[T], key: impl Fn(&T) -> Key) -> Option<Vec<(Key, u32)>> {
    if items.len() < 2 {
        return None;
    }
    let keys: Vec<(Key, u32)> = items.iter().enumerate().map(|(i, t)| (key(t), i as u32)).collect();
    // Already in order (the common case for items found left to right): nothing to move.
    if keys.windows(2).all(|w| w[0] <= w[1]) {
        return None;
    }
    Some(order(keys))
}

/// Moves the items into `order` (`order[k]` is the old index of the item that goes to `k`),
/// in place: each cycle of the permutation is followed once, swapping along it.
fn permute<T>(items: &mut [T], order: impl Fn(usize) -> usize) {
    let mut done = vec![false; items.len()];
    for start in 0..items.len() {
        let mut k = start;
        while !done[k] {
            done[k] = true;
            let next = order(k);
            if next == start {
                break;
            }
            items.swap(k, next);
            k = next;
        }
    }
}

/// Sorts `items` stably by `key`.
pub(crate) fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> Key) {
    if let Some(order) = keyed(items, key) {
        permute(items, |k| order[k].1 as usize);
    }
}

/// `0..n` sorted stably by `compare`: the one sort by comparison, not generic.
#[inline(never)]
pub(crate) fn sorted_indices(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut indices: Vec<usize> = (0..n).collect();
    indices.sort_by(|&a, &b| compare(a, b));
    indices
}

/// Sorts `items` stably by `compare`, for keys that are no numbers (strings).
pub(crate) fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    if items.windows(2).all(|w| compare(&w[0], &w[1]) != Ordering::Greater) {
        return;
    }
    let order = sorted_indices(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, |k| order[k]);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small generator, so that the tests need no dev-dependency (they run in wasm too).
    fn numbers(seed: u64, n: usize, modulo: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % modulo
            })
            .collect()
    }

    #[test]
    fn the_same_order_as_the_standard_stable_sort() {
        for (seed, n, modulo) in [(1, 0, 3), (2, 1, 3), (3, 2, 3), (4, 50, 3), (5, 500, 40), (6, 3000, 1 << 40)] {
            let keys = numbers(seed, n, modulo);
            let pairs: Vec<(u64, u64, usize)> =
                keys.iter().zip(numbers(seed + 100, n, 4)).enumerate().map(|(i, (&a, b))| (a, b, i)).collect();
            // Ascending on the first field, descending on the second, ties in input order.
            let mut want = pairs.clone();
            want.sort_by_key(|p| (p.0, std::cmp::Reverse(p.1)));
            let key = |p: &(u64, u64, usize)| Key::of(p.0 as usize).then_rev(p.1 as usize);
            let mut got = pairs.clone();
            sort_by_key(&mut got, key);
            if modulo <= u32::MAX as u64 {
                assert_eq!(got, want, "seed {seed}");
            }
            let mut boxed: Vec<Box<(u64, u64, usize)>> = pairs.iter().copied().map(Box::new).collect();
            sort_by_key(&mut boxed, |b| key(b));
            assert_eq!(boxed.iter().map(|b| **b).collect::<Vec<_>>(), got);
            let mut by = pairs.clone();
            sort_by(&mut by, |a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
            let mut want_full = pairs.clone();
            want_full.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
            assert_eq!(by, want_full, "seed {seed}");
        }
    }

    #[test]
    fn keys_compare_field_by_field() {
        assert!(Key::of(1).then(0) > Key::of(0).then(u32::MAX as usize));
        assert!(Key::of(1).then_rev(5) < Key::of(1).then_rev(4));
        assert!(Key::rev(7) < Key::rev(6));
        assert!(Key::of(0).then(1).then(2).then(3) < Key::of(0).then(1).then(3).then(0));
        // Values past 32 bits are clamped, not wrapped into the next field.
        assert_eq!(Key::of(usize::MAX), Key::of(u32::MAX as usize));
        assert!(Key::of(1).then(usize::MAX) < Key::of(2).then(0));
        // Four fields fill both halves, in order.
        assert!(Key::of(1).then(0).then(0).then(0) > Key::of(0).then(9).then(9).then(9));
        assert!(Key::of(0).then(0).then(1).then(0) > Key::of(0).then(0).then(0).then(u32::MAX as usize));
        // A sort's pair takes 24 bytes, not the 32 of a 16-byte-aligned u128 and its index.
        assert_eq!(std::mem::size_of::<(Key, u32)>(), 24);
    }

    #[test]
    fn indices_sorted_by_a_comparison_are_stable() {
        let words = ["b", "a", "b", "c", "a"];
        assert_eq!(sorted_indices(words.len(), &|i, j| words[i].cmp(words[j])), [1, 4, 0, 2, 3]);
        assert!(sorted_indices(0, &|_, _| Ordering::Equal).is_empty());
        let mut v = vec![String::from("z"), String::from("y")];
        sort_by(&mut v, |a, b| a.cmp(b));
        assert_eq!(v, ["y", "z"]);
    }
}

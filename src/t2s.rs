//! Character-level traditional -> simplified Chinese mapping, used to normalize text one char at a time so positions still map back to the original.
//!
//! The data comes from OpenCC's `TSCharacters.txt` (Apache-2.0), turned into
//! a sorted static table by `tools/gen_t2s.py`; see the header of
//! `src/t2s_table.rs` for the exact source version. Only one-char-to-one-char
//! mappings are kept (the first OpenCC candidate), so the output always has
//! the same number of chars as the input.

include!("t2s_table.rs");

/// Returns the simplified form of a traditional Chinese character (or of a
/// variant form), or `c` itself when the table has no mapping for it.
///
/// This is a char-for-char mapping with no context: a traditional char with
/// several simplified readings gets OpenCC's first candidate. Chars outside
/// the CJK ranges the table covers (ASCII, kana, Hangul, punctuation, emoji,
/// ...) return at once, without a lookup. Never allocates.
///
/// For example `to_simplified('幣')` is `'币'` and `to_simplified('a')` is `'a'`.
#[inline]
pub fn to_simplified(c: char) -> char {
    let u = c as u32;
    if !(BMP_KEY_MIN..=BMP_KEY_MAX).contains(&u) && !(SUPP_KEY_MIN..=SUPP_KEY_MAX).contains(&u) {
        return c;
    }
    // Most Chinese text is simplified already: one bit says whether a BMP character is a
    // key at all before the table is searched.
    if u <= BMP_KEY_MAX && !bmp_has_key(u) {
        return c;
    }
    match T2S_TABLE.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => T2S_TABLE[i].1,
        Err(_) => c,
    }
}

/// Whether BMP code point `u` (in `BMP_KEY_MIN..=BMP_KEY_MAX`) is a key of the table: a
/// bit set built from the table on first use (3.4 KB).
fn bmp_has_key(u: u32) -> bool {
    static KEYS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        let mut bits = vec![0u64; ((BMP_KEY_MAX - BMP_KEY_MIN) as usize >> 6) + 1];
        for &(k, _) in T2S_TABLE.iter().take_while(|(k, _)| *k as u32 <= BMP_KEY_MAX) {
            let o = (k as u32 - BMP_KEY_MIN) as usize;
            bits[o >> 6] |= 1 << (o & 63);
        }
        bits
    });
    let o = (u - BMP_KEY_MIN) as usize;
    keys[o >> 6] & (1 << (o & 63)) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_bits_agree_with_the_table() {
        for u in BMP_KEY_MIN..=BMP_KEY_MAX {
            let Some(c) = char::from_u32(u) else { continue };
            let in_table = T2S_TABLE.binary_search_by_key(&c, |&(k, _)| k).is_ok();
            assert_eq!(bmp_has_key(u), in_table, "U+{u:04X}");
        }
    }

    #[test]
    fn table_is_sorted_with_unique_keys() {
        for w in T2S_TABLE.windows(2) {
            assert!(
                w[0].0 < w[1].0,
                "T2S_TABLE out of order or duplicate key at {:?} / {:?}: regenerate with tools/gen_t2s.py",
                w[0],
                w[1]
            );
        }
    }

    #[test]
    fn no_entry_maps_to_itself() {
        for &(k, v) in T2S_TABLE.iter() {
            assert_ne!(k, v, "entry U+{:04X} maps to itself", k as u32);
        }
    }

    #[test]
    fn range_bounds_match_table() {
        let bmp: Vec<u32> = T2S_TABLE.iter().map(|&(k, _)| k as u32).filter(|&k| k <= 0xFFFF).collect();
        let supp: Vec<u32> = T2S_TABLE.iter().map(|&(k, _)| k as u32).filter(|&k| k > 0xFFFF).collect();
        assert_eq!(bmp.first().copied(), Some(BMP_KEY_MIN));
        assert_eq!(bmp.last().copied(), Some(BMP_KEY_MAX));
        assert_eq!(supp.first().copied(), Some(SUPP_KEY_MIN));
        assert_eq!(supp.last().copied(), Some(SUPP_KEY_MAX));
    }

    #[test]
    fn every_entry_is_found() {
        for &(k, v) in T2S_TABLE.iter() {
            assert_eq!(to_simplified(k), v, "lookup of U+{:04X}", k as u32);
        }
    }

    #[test]
    fn known_pairs() {
        let pairs = [
            ('幣', '币'),
            ('數', '数'),
            ('藏', '藏'),
            ('約', '约'),
            ('帶', '带'),
            ('單', '单'),
            ('錢', '钱'),
            ('買', '买'),
            ('賣', '卖'),
            ('詐', '诈'),
            ('騙', '骗'),
            ('區', '区'),
            ('塊', '块'),
            ('鏈', '链'),
            ('礦', '矿'),
            ('槓', '杠'),
            ('桿', '杆'),
            ('賬', '账'),
            ('號', '号'),
            ('碼', '码'),
            ('掃', '扫'),
            ('羣', '群'),
            ('與', '与'),
            ('資', '资'),
            ('產', '产'),
            ('貨', '货'),
            ('虛', '虚'),
            ('擬', '拟'),
            ('簡', '简'),
        ];
        for (t, s) in pairs {
            assert_eq!(to_simplified(t), s, "{t} should map to {s}");
        }
    }

    #[test]
    fn beyond_bmp_entries_are_mapped() {
        // Supplementary-plane keys from the source must survive generation.
        assert!(T2S_TABLE.iter().any(|&(k, _)| k as u32 > 0xFFFF));
        assert_eq!(to_simplified('\u{30EDE}'), '\u{30EDD}'); // 𰻞 -> 𰻝
    }

    #[test]
    fn unchanged_chars() {
        for c in ['币', '比', 'a', 'Z', '1', ' ', '\n', '\0', '😀', '。', 'あ', '한', '\u{10FFFF}'] {
            assert_eq!(to_simplified(c), c, "U+{:04X} should be unchanged", c as u32);
        }
        for b in 0u8..=0x7F {
            let c = b as char;
            assert_eq!(to_simplified(c), c);
        }
    }

    #[test]
    fn simplified_outputs_are_mostly_fixed_points() {
        // Sanity check on the data: converting twice should rarely change a
        // char again (OpenCC has a few chains, so allow a small number).
        let chains = T2S_TABLE.iter().filter(|&&(_, v)| to_simplified(v) != v).count();
        assert!(chains < 50, "{chains} entries map to a char that maps again");
    }
}

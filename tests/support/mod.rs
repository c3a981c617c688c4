//! The evasion generator of `tests/evasion.rs`: a fixed list of key words (crypto terms and
//! routes common in the corpus), where they occur in a text, and per family of evasion a
//! rewrite of one key word the way an evader writes it.
#![allow(dead_code)] // each test crate that includes this module uses its own part of it

/// Crypto terms and routes. Chinese words match as written; Latin words match
/// case-insensitively on word boundaries; `U` matches as an upper-case letter on its own.
pub const KEY_WORDS: &[&str] = &[
    // Chinese: coins, exchanges, money words
    "比特币",
    "以太坊",
    "币圈",
    "币安",
    "欧易",
    "火币",
    "交易所",
    "虚拟货币",
    "数字货币",
    "加密货币",
    "虚拟币",
    "稳定币",
    "大饼",
    "姨太",
    "买币",
    "卖币",
    "入金",
    "出金",
    "场外",
    // NFT
    "数字藏品",
    "藏品",
    "二级市场",
    "上链",
    "公链",
    // derivatives and intermediaries
    "合约",
    "永续",
    "杠杆",
    "带单",
    "喊单",
    "跟单",
    // issuance and financing
    "空投",
    "撸毛",
    "预售",
    "认购",
    "私募",
    "质押",
    "挖矿",
    "矿机",
    "云算力",
    "算力",
    "理财",
    "年化",
    // OTC
    "收U",
    "出U",
    "买U",
    "卖U",
    "承兑",
    // routes
    "微信",
    "加V",
    "加v",
    "私聊",
    "扫码",
    "进群",
    "邀请码",
    "注册",
    "客服",
    "置顶",
    "链接",
    // fraud
    "助记词",
    "私钥",
    "钱包",
    // single characters, tried last
    "币",
    "群",
    // Latin
    "USDT",
    "BTC",
    "ETH",
    "OKX",
    "Binance",
    "Bybit",
    "Coinbase",
    "NFT",
    "NFTs",
    "crypto",
    "bitcoin",
    "airdrop",
    "presale",
    "staking",
    "stake",
    "leverage",
    "signals",
    "signal",
    "wallet",
    "exchange",
    "whitelist",
    "mint",
    "futures",
    "perpetual",
    "perpetuals",
    "mining",
    "referral",
    "Telegram",
    "WeChat",
    "DM",
    "giveaway",
    "token",
    "tokens",
    "U",
];

/// Byte ranges of key-word occurrences in `text`, in order and not overlapping (the
/// longest key word at each position wins). Words inside URLs, domains, handles and
/// e-mail addresses are left out: rewriting those changes what they point to.
pub fn find_key_words(text: &str) -> Vec<(usize, usize)> {
    let protected = protected_runs(text);
    let mut words: Vec<&str> = KEY_WORDS.to_vec();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        if !protected.iter().any(|&(s, e)| s <= at && at < e) {
            if let Some(w) = words.iter().find(|w| matches_at(text, at, w)) {
                out.push((at, at + w.len()));
                at += w.len();
                continue;
            }
        }
        at += 1;
        while at < bytes.len() && !text.is_char_boundary(at) {
            at += 1;
        }
    }
    out
}

fn matches_at(text: &str, at: usize, word: &str) -> bool {
    let bytes = text.as_bytes();
    let end = at + word.len();
    if end > text.len() || !text.is_char_boundary(end) {
        return false;
    }
    let candidate = &text[at..end];
    let latin_start = word.as_bytes()[0].is_ascii_alphabetic();
    let latin_end = word.as_bytes()[word.len() - 1].is_ascii_alphabetic();
    let fits = if word == "U" {
        candidate == "U"
    } else if latin_start {
        candidate.eq_ignore_ascii_case(word)
    } else {
        // 收U, 加V: the Chinese part as written, the letter in either case.
        candidate.eq_ignore_ascii_case(word) && candidate.chars().next() == word.chars().next()
    };
    if !fits {
        return false;
    }
    if latin_start && at > 0 && bytes[at - 1].is_ascii_alphanumeric() && word != "U" {
        return false;
    }
    if word == "U" && at > 0 && bytes[at - 1].is_ascii_alphabetic() {
        return false;
    }
    if latin_end && end < bytes.len() && bytes[end].is_ascii_alphabetic() {
        return false;
    }
    true
}

/// Runs of ASCII non-space characters that are URLs, domains, handles or addresses.
fn protected_runs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let close = |s: usize, e: usize, out: &mut Vec<(usize, usize)>| {
        let run = &text[s..e];
        let link = ["://", "www.", ".example", "@", ".com", ".io", "t.me/"].iter().any(|m| run.contains(m))
            || run.contains('_')
            || (run.contains('/') && run.contains('.'));
        if link {
            out.push((s, e));
        }
    };
    for (i, c) in text.char_indices() {
        let part = c.is_ascii() && !c.is_ascii_whitespace() && !matches!(c, ',' | ';' | '(' | ')' | '"' | '\'');
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                close(s, i, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        close(s, text.len(), &mut out);
    }
    out
}

/// A small deterministic generator (xorshift), seeded by item and family.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: &str, salt: &str) -> Rng {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in seed.bytes().chain([0]).chain(salt.bytes()) {
            h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
        Rng(h | 1)
    }

    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    pub fn pick<T: Copy>(&mut self, from: &[T]) -> T {
        from[self.below(from.len())]
    }
}

/// How a family rewrites: one key word at a time, or the whole text.
pub enum Kind {
    /// Rewrites one key word as written; `None` when the family does not apply to it.
    Word(fn(&str, &mut Rng) -> Option<String>),
    /// Rewrites the text; `None` when nothing changed.
    Text(fn(&str) -> Option<String>),
}

pub struct Family {
    /// `1a`, `2b`, …: the family number and a letter per variant.
    pub id: &'static str,
    pub name: &'static str,
    /// The `evasion` names that count as naming this family.
    pub named: &'static [&'static str],
    pub kind: Kind,
}

/// Rewrites every key-word occurrence of `text` (`occurrences` from [`find_key_words`]).
/// Returns the new text and the byte ranges of the rewritten words in it, or `None` when
/// the family changed nothing (the item is not applicable).
pub fn obfuscate(
    text: &str,
    occurrences: &[(usize, usize)],
    family: &Family,
    id: &str,
) -> Option<(String, Vec<(usize, usize)>)> {
    match family.kind {
        Kind::Text(f) => {
            let t = f(text)?;
            let all = vec![(0, t.len())];
            Some((t, all))
        }
        Kind::Word(f) => {
            let mut rng = Rng::new(id, family.id);
            let mut out = String::with_capacity(text.len() * 2);
            let mut ranges = Vec::new();
            let mut at = 0;
            for &(s, e) in occurrences {
                out.push_str(&text[at..s]);
                match f(&text[s..e], &mut rng) {
                    Some(w) if w != text[s..e] => {
                        ranges.push((out.len(), out.len() + w.len()));
                        out.push_str(&w);
                    }
                    _ => out.push_str(&text[s..e]),
                }
                at = e;
            }
            out.push_str(&text[at..]);
            (!ranges.is_empty()).then_some((out, ranges))
        }
    }
}

pub fn families() -> Vec<Family> {
    const SEP: &[&str] = &["separators", "invisible"];
    vec![
        Family { id: "1a", name: "separators: spaces, symbols", named: SEP, kind: Kind::Word(separators_visible) },
        Family { id: "1b", name: "separators: line breaks", named: SEP, kind: Kind::Word(separators_newline) },
        Family { id: "1c", name: "separators: invisibles", named: SEP, kind: Kind::Word(separators_invisible) },
        Family { id: "1d", name: "separators: emoji", named: SEP, kind: Kind::Word(separators_emoji) },
        Family { id: "1e", name: "separators: a char per line", named: SEP, kind: Kind::Word(one_char_per_line) },
        Family { id: "2a", name: "width: full-width", named: &["width"], kind: Kind::Word(full_width) },
        Family { id: "2b", name: "width: circled", named: &["width"], kind: Kind::Word(circled) },
        Family { id: "2c", name: "width: math alphanumerics", named: &["width"], kind: Kind::Word(math) },
        Family { id: "3", name: "traditional characters", named: &["traditional"], kind: Kind::Word(traditional) },
        Family { id: "4a", name: "lookalike: Cyrillic/Greek", named: &["lookalike"], kind: Kind::Word(cyrillic_greek) },
        Family { id: "4b", name: "lookalike: digits for letters", named: &["lookalike"], kind: Kind::Word(leet) },
        Family { id: "4c", name: "lookalike: mixed case", named: &[], kind: Kind::Word(mixed_case) },
        Family { id: "5a", name: "pinyin: full", named: &["pinyin", "slang"], kind: Kind::Word(pinyin_full) },
        Family { id: "5b", name: "pinyin: initials", named: &["pinyin", "slang"], kind: Kind::Word(pinyin_initials) },
        Family {
            id: "5c",
            name: "pinyin: half-pinyin mix",
            named: &["pinyin", "slang"],
            kind: Kind::Word(pinyin_half),
        },
        Family { id: "6", name: "homophones", named: &["homophone", "slang", "pinyin"], kind: Kind::Word(homophone) },
        Family { id: "7a", name: "split: clauses on lines", named: &[], kind: Kind::Text(split_lines) },
        Family { id: "7b", name: "split: short sentences", named: &[], kind: Kind::Text(split_sentences) },
        // Evaders stack disguises; these are two common stacks.
        Family {
            id: "8a",
            name: "mixed: half-pinyin + emoji",
            named: &["pinyin", "separators", "slang"],
            kind: Kind::Word(pinyin_half_emoji),
        },
        Family {
            id: "8b",
            name: "mixed: homophone + spaces",
            named: &["homophone", "separators", "slang", "pinyin"],
            kind: Kind::Word(homophone_spaced),
        },
    ]
}

// --- family 1: separators inside words -------------------------------------------------

fn interleave(word: &str, sep: &str) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 2 {
        return None;
    }
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push(*c);
    }
    Some(out)
}

fn separators_visible(word: &str, rng: &mut Rng) -> Option<String> {
    const SEPS: &[&str] = &[" ", "*", "·", "-", "_", "|", "/", "~", "+", "#", ".", "•", "★", "♥"];
    interleave(word, rng.pick(SEPS))
}

fn separators_newline(word: &str, _: &mut Rng) -> Option<String> {
    interleave(word, "\n")
}

/// The word written vertically, one character per line (a line break before and after it).
fn one_char_per_line(word: &str, _: &mut Rng) -> Option<String> {
    interleave(word, "\n").map(|w| format!("\n{w}\n"))
}

fn separators_invisible(word: &str, rng: &mut Rng) -> Option<String> {
    const INVISIBLE: &[&str] =
        &["\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{FE0F}"];
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 2 {
        return None;
    }
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 {
            out.push_str(rng.pick(INVISIBLE));
        }
        out.push(*c);
    }
    Some(out)
}

fn separators_emoji(word: &str, rng: &mut Rng) -> Option<String> {
    const EMOJI: &[&str] = &["🔥", "💰", "🚀", "👉", "✨", "❤️", "⭐", "😀"];
    interleave(word, rng.pick(EMOJI))
}

// --- family 2: width and compatibility forms -------------------------------------------

fn map_ascii(word: &str, f: impl Fn(char) -> Option<char>) -> Option<String> {
    let out: String = word.chars().map(|c| if c.is_ascii_alphanumeric() { f(c).unwrap_or(c) } else { c }).collect();
    (out != word).then_some(out)
}

fn full_width(word: &str, _: &mut Rng) -> Option<String> {
    map_ascii(word, |c| char::from_u32(c as u32 + 0xFEE0))
}

fn circled(word: &str, _: &mut Rng) -> Option<String> {
    map_ascii(word, |c| match c {
        'a'..='z' => char::from_u32(0x24D0 + (c as u32 - 'a' as u32)),
        'A'..='Z' => char::from_u32(0x24B6 + (c as u32 - 'A' as u32)),
        '0' => Some('⓪'),
        _ => char::from_u32(0x2460 + (c as u32 - '1' as u32)),
    })
}

fn math(word: &str, rng: &mut Rng) -> Option<String> {
    // (capital A, small a, digit zero) of: bold, bold script, double-struck, sans-serif bold,
    // monospace.
    const STYLES: &[(u32, u32, u32)] = &[
        (0x1D400, 0x1D41A, 0x1D7CE),
        (0x1D4D0, 0x1D4EA, 0x1D7CE),
        (0x1D538, 0x1D552, 0x1D7D8),
        (0x1D5D4, 0x1D5EE, 0x1D7EC),
        (0x1D670, 0x1D68A, 0x1D7F6),
    ];
    let (upper, lower, digit) = rng.pick(STYLES);
    map_ascii(word, |c| {
        if upper == 0x1D538 {
            // Double-struck capitals that live in Letterlike Symbols.
            let hole = match c {
                'C' => Some('ℂ'),
                'H' => Some('ℍ'),
                'N' => Some('ℕ'),
                'P' => Some('ℙ'),
                'Q' => Some('ℚ'),
                'R' => Some('ℝ'),
                'Z' => Some('ℤ'),
                _ => None,
            };
            if hole.is_some() {
                return hole;
            }
        }
        match c {
            'A'..='Z' => char::from_u32(upper + (c as u32 - 'A' as u32)),
            'a'..='z' => char::from_u32(lower + (c as u32 - 'a' as u32)),
            _ => char::from_u32(digit + (c as u32 - '0' as u32)),
        }
    })
}

// --- family 3: traditional characters --------------------------------------------------

/// Simplified -> traditional for the characters of the Chinese key words that differ.
const TRADITIONAL: &[(char, char)] = &[
    ('币', '幣'),
    ('欧', '歐'),
    ('虚', '虛'),
    ('拟', '擬'),
    ('货', '貨'),
    ('数', '數'),
    ('稳', '穩'),
    ('约', '約'),
    ('续', '續'),
    ('杠', '槓'),
    ('杆', '桿'),
    ('带', '帶'),
    ('单', '單'),
    ('撸', '擼'),
    ('预', '預'),
    ('认', '認'),
    ('购', '購'),
    ('质', '質'),
    ('矿', '礦'),
    ('机', '機'),
    ('云', '雲'),
    ('兑', '兌'),
    ('扫', '掃'),
    ('码', '碼'),
    ('进', '進'),
    ('请', '請'),
    ('注', '註'),
    ('册', '冊'),
    ('记', '記'),
    ('词', '詞'),
    ('钥', '鑰'),
    ('钱', '錢'),
    ('链', '鏈'),
    ('买', '買'),
    ('卖', '賣'),
    ('级', '級'),
    ('场', '場'),
    ('顶', '頂'),
    ('财', '財'),
    ('饼', '餅'),
    ('圈', '圈'),
    ('聊', '聊'),
];

fn traditional(word: &str, _: &mut Rng) -> Option<String> {
    let out: String = word.chars().map(|c| TRADITIONAL.iter().find(|(s, _)| *s == c).map_or(c, |&(_, t)| t)).collect();
    (out != word).then_some(out)
}

// --- family 4: look-alike letters --------------------------------------------------------

fn cyrillic_greek(word: &str, rng: &mut Rng) -> Option<String> {
    let out: String = word
        .chars()
        .map(|c| {
            let options: &[char] = match c {
                'a' => &['а', 'α'],
                'c' => &['с'],
                'e' => &['е'],
                'i' => &['і'],
                'j' => &['ј'],
                'o' => &['о', 'ο'],
                'p' => &['р', 'ρ'],
                's' => &['ѕ'],
                'x' => &['х'],
                'y' => &['у'],
                'v' => &['ν'],
                'A' => &['А', 'Α'],
                'B' => &['В', 'Β'],
                'C' => &['С'],
                'E' => &['Е', 'Ε'],
                'H' => &['Н', 'Η'],
                'I' => &['І', 'Ι'],
                'K' => &['К', 'Κ'],
                'M' => &['М', 'Μ'],
                'N' => &['Ν'],
                'O' => &['О', 'Ο'],
                'P' => &['Р', 'Ρ'],
                'S' => &['Ѕ'],
                'T' => &['Т', 'Τ'],
                'V' => &['Ѵ'],
                'X' => &['Х', 'Χ'],
                'Y' => &['Υ'],
                'Z' => &['Ζ'],
                _ => &[],
            };
            if options.is_empty() {
                c
            } else {
                rng.pick(options)
            }
        })
        .collect();
    (out != word).then_some(out)
}

/// One letter becomes a digit (b1nance, crypt0, pr3sale, u5dt): the first of o, i, e, a,
/// s, t, l, b, g found after the first letter (or the first letter when it is the only
/// candidate).
fn leet(word: &str, _: &mut Rng) -> Option<String> {
    const ORDER: &[(char, char)] =
        &[('o', '0'), ('i', '1'), ('e', '3'), ('a', '4'), ('s', '5'), ('t', '7'), ('l', '1'), ('b', '8'), ('g', '9')];
    let chars: Vec<char> = word.chars().collect();
    if !chars.iter().all(|c| c.is_ascii_alphabetic()) || chars.len() < 2 {
        return None;
    }
    for &(letter, digit) in ORDER {
        let at = chars.iter().skip(1).position(|c| c.to_ascii_lowercase() == letter).map(|i| i + 1);
        let at = at.or_else(|| (chars[0].to_ascii_lowercase() == letter).then_some(0));
        if let Some(i) = at {
            let mut out = chars.clone();
            out[i] = digit;
            return Some(out.into_iter().collect());
        }
    }
    None
}

fn mixed_case(word: &str, _: &mut Rng) -> Option<String> {
    let mut k = 0;
    let out: String = word
        .chars()
        .map(|c| {
            if !c.is_ascii_alphabetic() {
                return c;
            }
            k += 1;
            if k % 2 == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    (out != word).then_some(out)
}

// --- family 5 and 6: pinyin and homophones ------------------------------------------------

const PINYIN: &[(char, &str)] = &[
    ('比', "bi"),
    ('特', "te"),
    ('币', "bi"),
    ('圈', "quan"),
    ('安', "an"),
    ('欧', "ou"),
    ('易', "yi"),
    ('火', "huo"),
    ('交', "jiao"),
    ('所', "suo"),
    ('虚', "xu"),
    ('拟', "ni"),
    ('货', "huo"),
    ('数', "shu"),
    ('字', "zi"),
    ('加', "jia"),
    ('密', "mi"),
    ('稳', "wen"),
    ('定', "ding"),
    ('藏', "cang"),
    ('品', "pin"),
    ('合', "he"),
    ('约', "yue"),
    ('永', "yong"),
    ('续', "xu"),
    ('杠', "gang"),
    ('杆', "gan"),
    ('带', "dai"),
    ('单', "dan"),
    ('喊', "han"),
    ('跟', "gen"),
    ('空', "kong"),
    ('投', "tou"),
    ('撸', "lu"),
    ('毛', "mao"),
    ('预', "yu"),
    ('售', "shou"),
    ('认', "ren"),
    ('购', "gou"),
    ('私', "si"),
    ('募', "mu"),
    ('质', "zhi"),
    ('押', "ya"),
    ('挖', "wa"),
    ('矿', "kuang"),
    ('机', "ji"),
    ('云', "yun"),
    ('算', "suan"),
    ('力', "li"),
    ('收', "shou"),
    ('出', "chu"),
    ('承', "cheng"),
    ('兑', "dui"),
    ('微', "wei"),
    ('信', "xin"),
    ('聊', "liao"),
    ('扫', "sao"),
    ('码', "ma"),
    ('进', "jin"),
    ('群', "qun"),
    ('邀', "yao"),
    ('请', "qing"),
    ('注', "zhu"),
    ('册', "ce"),
    ('助', "zhu"),
    ('记', "ji"),
    ('词', "ci"),
    ('钥', "yao"),
    ('钱', "qian"),
    ('包', "bao"),
    ('链', "lian"),
    ('接', "jie"),
    ('买', "mai"),
    ('卖', "mai"),
    ('入', "ru"),
    ('金', "jin"),
    ('二', "er"),
    ('级', "ji"),
    ('市', "shi"),
    ('场', "chang"),
    ('以', "yi"),
    ('太', "tai"),
    ('坊', "fang"),
    ('公', "gong"),
    ('上', "shang"),
    ('客', "ke"),
    ('服', "fu"),
    ('置', "zhi"),
    ('顶', "ding"),
    ('理', "li"),
    ('财', "cai"),
    ('年', "nian"),
    ('化', "hua"),
    ('大', "da"),
    ('饼', "bing"),
    ('姨', "yi"),
    ('外', "wai"),
    ('益', "yi"),
];

fn pinyin(c: char) -> Option<&'static str> {
    PINYIN.iter().find(|(h, _)| *h == c).map(|&(_, p)| p)
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x323AF)
}

fn pinyin_full(word: &str, _: &mut Rng) -> Option<String> {
    if !word.chars().any(is_han) {
        return None;
    }
    let out: String = word.chars().map(|c| pinyin(c).map_or(c.to_string(), str::to_string)).collect();
    (out != word).then_some(out)
}

/// Initials (btb, jys, xnhb, szcp) for all-Chinese words of three or more characters:
/// shorter ones (bq for 币圈) are not something readers decode.
fn pinyin_initials(word: &str, _: &mut Rng) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 3 || !chars.iter().all(|&c| is_han(c)) {
        return None;
    }
    chars.iter().map(|&c| pinyin(c).and_then(|p| p.chars().next())).collect()
}

/// One character of a Chinese word in pinyin (bi圈, xu拟币, jiao易所, 合yue).
fn pinyin_half(word: &str, rng: &mut Rng) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    let han: Vec<usize> = (0..chars.len()).filter(|&i| is_han(chars[i]) && pinyin(chars[i]).is_some()).collect();
    if chars.len() < 2 || han.is_empty() {
        return None;
    }
    let at = rng.pick(&han);
    Some(
        chars
            .iter()
            .enumerate()
            .map(|(i, &c)| if i == at { pinyin(c).unwrap().to_string() } else { c.to_string() })
            .collect(),
    )
}

fn homophone(word: &str, rng: &mut Rng) -> Option<String> {
    let words: &[(&str, &[&str])] = &[
        ("微信", &["薇信", "V信", "VX", "威信", "徽信"]),
        ("WeChat", &["VX", "V信"]),
        ("加V", &["+V", "加薇", "加vx"]),
        ("加v", &["+v", "加薇", "加vx"]),
        ("私聊", &["私撩", "si聊"]),
        ("扫码", &["扫马", "扫🐎"]),
        ("进群", &["进裙", "进qun"]),
        ("钱包", &["钱宝"]),
        ("邀请码", &["邀情码", "邀请马"]),
    ];
    if let Some((_, options)) = words.iter().find(|(w, _)| *w == word) {
        return Some(rng.pick(options).to_string());
    }
    let chars: &[(char, &[char])] = &[('币', &['闭', '蔽', '必']), ('群', &['裙']), ('码', &['马'])];
    let out: String =
        word.chars().map(|c| chars.iter().find(|(h, _)| *h == c).map_or(c, |(_, o)| rng.pick(o))).collect();
    (out != word).then_some(out)
}

// --- family 7: evidence split across lines and sentences ---------------------------------

fn replace_clause_breaks(text: &str, zh: &str, en: &str) -> Option<String> {
    let out = text.replace(['，', '；', '、'], zh).replace(", ", en).replace("; ", en);
    (out != text).then_some(out)
}

fn split_lines(text: &str) -> Option<String> {
    replace_clause_breaks(text, "\n", "\n")
}

fn split_sentences(text: &str) -> Option<String> {
    replace_clause_breaks(text, "。", ". ")
}

/// The project's labelled corpus, `tests/corpus/draftlint.jsonl`.
pub fn corpus() -> Vec<draftlint::eval::Sample> {
    read_corpus(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/draftlint.jsonl"))
}

/// A labelled JSONL corpus (id, lang, label, clauses, text per line).
pub fn read_corpus(path: &str) -> Vec<draftlint::eval::Sample> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}:{}: {e}", i + 1)))
        .collect()
}

// --- family 8: stacked disguises --------------------------------------------------------

/// Emoji between the characters of a word, a pinyin syllable counting as one (`bi🔥圈`).
fn between_units(word: &str, sep: &str) -> String {
    let mut out = String::new();
    let mut prev: Option<char> = None;
    for c in word.chars() {
        if let Some(p) = prev {
            if is_han(p) || is_han(c) {
                out.push_str(sep);
            }
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

fn pinyin_half_emoji(word: &str, rng: &mut Rng) -> Option<String> {
    const EMOJI: &[&str] = &["🔥", "💰", "🚀", "✨"];
    let half = pinyin_half(word, rng)?;
    Some(between_units(&half, rng.pick(EMOJI)))
}

fn homophone_spaced(word: &str, rng: &mut Rng) -> Option<String> {
    let h = homophone(word, rng)?;
    Some(between_units(&h, " "))
}

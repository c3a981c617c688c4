//! Splits normalized text into sentences: Chinese and Western end punctuation and line
//! breaks end a sentence; a `.`, `?` or `!` inside a link or a number does not.

use crate::pos::{NormPos, OrigPos};

/// Characters a line needs for its line break to end a sentence.
const MIN_LINE: usize = 4;

/// Appends the byte ranges `[start, end)` of the sentences of `text` (normalized), in order.
/// Sentences cover the whole text; the separators belong to the sentence they end.
/// `breaks` (ascending byte offsets) are line breaks normalization joined away: a sentence
/// also ends there. `full_line(i)` says whether the line break at byte `i` of `text` is
/// between full lines as the author wrote them (see [`between_full_lines`]).
pub(crate) fn split(
    text: &str,
    breaks: &[NormPos],
    full_line: impl Fn(NormPos) -> bool,
    out: &mut Vec<(NormPos, NormPos)>,
) {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut breaks = breaks.iter().map(|b| b.0).peekable();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        while breaks.next_if(|&b| b <= i).is_some_and(|b| b == i) {
            if i > start {
                out.push((NormPos(start), NormPos(i)));
                start = i;
            }
        }
        let next = iter.peek().map(|&(_, n)| n);
        let ends = match c {
            '。' | '！' | '？' | '；' | '…' => true,
            // A line break ends a sentence unless the sentence or a line next to it is a
            // fragment of a few characters (a word written one character per line,
            // `U\nS\nD\nT`, reads as one word even where normalization joined it).
            '\n' | '\r' => {
                text[start..i].chars().filter(|c| !c.is_whitespace()).nth(MIN_LINE - 1).is_some()
                    && full_line(NormPos(i))
            }
            // Western punctuation ends a sentence when followed by space, the end, or a
            // non-ASCII character; `okx.com/?ref=1` and `3.5` stay whole.
            // A run of three or more spaces stands for a line break where a line break was
            // flattened (a comment box, a scraped page): `link 1   link 2   beware`.
            ' ' | '\t' if bytes.get(i..i + 3).is_some_and(|run| run.iter().all(|&b| b == b' ' || b == b'\t')) => {
                text[start..i].chars().filter(|c| !c.is_whitespace()).nth(MIN_LINE - 1).is_some()
            }
            '.' | '!' | '?' | ';' => {
                next.is_none_or(|n| n.is_whitespace() || !n.is_ascii())
                    // "1. " and "2) " number a list item; they do not end a sentence.
                    && !(c == '.' && text[start..i].trim().chars().all(|d| d.is_ascii_digit()))
                    // Nor does the dot of a title before a name (`mrs. dana`).
                    && !(c == '.' && title_before(&text[start..i]))
            }
            _ => false,
        };
        if ends {
            // Keep runs of closing punctuation with the sentence they end.
            let mut end = i + c.len_utf8();
            while let Some(&(j, n)) = iter.peek() {
                if matches!(n, '。' | '！' | '？' | '!' | '?' | '.' | '…' | '"' | '”' | '’' | ')' | '）' | '」' | '』')
                    || n.is_whitespace()
                {
                    end = j + n.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            if end > start {
                out.push((NormPos(start), NormPos(end)));
            }
            start = end;
        }
    }
    if start < bytes.len() {
        out.push((NormPos(start), NormPos(bytes.len())));
    }
}

/// Whether `before` (the normalized, lower-cased text before a `.`) ends with a title
/// written before a name (`mr`, `mrs`, `dr`), as a whole word.
fn title_before(before: &str) -> bool {
    const TITLES: [&str; 7] = ["mr", "mrs", "ms", "dr", "prof", "sr", "jr"];
    let word = before.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    TITLES.contains(&word)
}

/// Whether the line break at byte `at` of `original` (`\n`, `\r` or `\r\n`) stands between
/// full lines: neither the line it ends nor the line it starts is a fragment of one to
/// three characters (not counting whitespace). A blank line next to it is not a fragment.
pub(crate) fn between_full_lines(original: &str, at: OrigPos) -> bool {
    let at = at.0;
    let is_break = |c: &char| *c == '\n' || *c == '\r';
    let fragment = |n: usize| (1..MIN_LINE).contains(&n);
    let count = |chars: &mut dyn Iterator<Item = char>| {
        chars.take_while(|c| !is_break(c)).filter(|c| !c.is_whitespace()).take(MIN_LINE).count()
    };
    // The `\n` of a `\r\n` stands for the pair.
    let at = if original[at..].starts_with('\n') && original[..at].ends_with('\r') { at - 1 } else { at };
    let before = count(&mut original[..at].chars().rev());
    let mut rest = original[at..].chars();
    // Skip the break itself (`\r\n` is one).
    if rest.next() == Some('\r') && rest.clone().next() == Some('\n') {
        rest.next();
    }
    let after = count(&mut rest);
    !fragment(before) && !fragment(after)
}

#[cfg(test)]
mod tests {
    use super::{between_full_lines, split};
    use crate::pos::{NormPos, OrigPos};

    fn sentences(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        // The tests pass texts normalization leaves as they are: the two spaces coincide.
        split(text, &[], |i| between_full_lines(text, OrigPos(i.0)), &mut out);
        out.iter().map(|&(s, e)| &text[s.to(e)]).collect()
    }

    #[test]
    fn chinese_and_western_ends() {
        assert_eq!(sentences("买币。扫码进群!好的"), ["买币。", "扫码进群!", "好的"]);
        assert_eq!(sentences("It rose 3.5%. Join now! ok"), ["It rose 3.5%. ", "Join now! ", "ok"]);
        assert_eq!(sentences("U 收\n价格私聊"), ["U 收\n价格私聊"]);
        assert_eq!(sentences("出U，价格私聊\n加V详谈"), ["出U，价格私聊\n", "加V详谈"]);
        assert_eq!(sentences("买币。\n\n扫码"), ["买币。\n\n", "扫码"]);
    }

    #[test]
    fn runs_of_spaces_stand_for_flattened_line_breaks() {
        assert_eq!(
            sentences("get $10: okx.com/join/ab1   beware of scammers in the comments"),
            ["get $10: okx.com/join/ab1   ", "beware of scammers in the comments"]
        );
        // Two spaces are spacing, and a fragment of a few characters is not a line.
        assert_eq!(sentences("buy  usdt here"), ["buy  usdt here"]);
        assert_eq!(sentences("usd   t at 7.2"), ["usd   t at 7.2"]);
        assert_eq!(sentences("微信号\t\t\tabc"), ["微信号\t\t\tabc"]);
    }

    #[test]
    fn list_numbers_do_not_end_sentences() {
        assert_eq!(
            sentences("操作步骤:\n1. 打开官网注册\n2. 充值买币"),
            ["操作步骤:\n", "1. 打开官网注册\n", "2. 充值买币"]
        );
    }

    #[test]
    fn a_title_before_a_name_does_not_end_a_sentence() {
        assert_eq!(
            sentences("traded with mrs. dana and dr. lee. contact them. i said hmm. ok"),
            ["traded with mrs. dana and dr. lee. ", "contact them. ", "i said hmm. ", "ok"]
        );
    }

    #[test]
    fn links_stay_whole() {
        assert_eq!(sentences("注册 https://okx.com/join?ref=ab12 送礼"), ["注册 https://okx.com/join?ref=ab12 送礼"]);
    }

    #[test]
    fn closing_punctuation_stays_with_its_sentence() {
        assert_eq!(sentences("他说:“快上车!”然后"), ["他说:“快上车!”", "然后"]);
    }

    #[test]
    fn joined_line_breaks_still_end_sentences() {
        let text = "价格私聊加v";
        let mut out = Vec::new();
        split(text, &[NormPos("价格私".len())], |_| true, &mut out);
        let got: Vec<&str> = out.iter().map(|&(s, e)| &text[s.to(e)]).collect();
        assert_eq!(got, ["价格私", "聊加v"]);
    }

    #[test]
    fn one_character_lines_do_not_end_sentences() {
        // `U\nS\nD\nT` after a full line: the break before it and after it join.
        assert_eq!(sentences("投入一千元整\nU\nS\nD\nT\n每天返还十五"), ["投入一千元整\nU\nS\nD\nT\n每天返还十五"]);
        assert_eq!(sentences("咨询\n微\n信\n:abc_123"), ["咨询\n微\n信\n:abc_123"]);
        // Full lines and blank lines still end sentences.
        assert_eq!(sentences("第一行很长的句子\n\n第二行也很长的"), ["第一行很长的句子\n\n", "第二行也很长的"]);
        assert!(between_full_lines("abcd\r\nefgh", OrigPos(4)));
        assert!(!between_full_lines("abcd\r\nef", OrigPos(4)));
        assert!(!between_full_lines("ab\r\nefgh", OrigPos(3)), "the \\n of a \\r\\n");
        assert!(between_full_lines("abcd\r\nefgh", OrigPos(5)));
        assert!(!between_full_lines("ab\nefgh", OrigPos(2)));
        assert!(between_full_lines("\n", OrigPos(0)));
    }

    #[test]
    fn empty() {
        assert!(sentences("").is_empty());
    }
}

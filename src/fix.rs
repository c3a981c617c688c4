//! Applying a finding's fix to the text it was found in: the one rule for whether a fix can
//! be applied, and the checks that the finding still belongs to the text.
//!
//! ```
//! use draftlint::Checker;
//!
//! let text = "出U，价格私聊，加V：abc12345";
//! let report = Checker::default().check(text).unwrap();
//! let finding = report.findings.iter().find(|f| f.fix.can_apply()).unwrap();
//! let fixed = finding.apply_fix(text).unwrap();
//! assert!(!fixed.contains("abc12345"));
//! // A finding about another text is refused, never applied at the wrong place.
//! assert!(finding.apply_fix("比特币今天又涨了。").is_err());
//! ```
//!
//! Positions are the report's UTF-16 offsets (`start`/`end`), so that the JS door, which
//! receives findings back from JavaScript, applies them with the same code.

use std::fmt;

use crate::report::{Finding, Fix, FixSafety};
use crate::span::Utf16Offset;

impl Fix {
    /// Whether applying this fix is more than advice: it has edits, and they are not
    /// `display-only` (the author rewrites). The JS package's `canApplyFix` says the same.
    pub fn can_apply(&self) -> bool {
        !self.edits.is_empty() && self.safety != FixSafety::DisplayOnly
    }
}

impl Finding {
    /// Applies this finding's fix to `text`, the text it was found in, and returns the new
    /// text. Refused, with nothing changed, when the fix is advice only
    /// ([`Fix::can_apply`]), when an edit falls outside `text` or inside a character, when
    /// the edits overlap, or when `text` no longer has the finding's words at its place
    /// (the text changed since it was checked: [`FixError::is_stale`]).
    pub fn apply_fix(&self, text: &str) -> Result<String, FixError> {
        let edits: Vec<Utf16Edit<'_>> = self
            .fix
            .edits
            .iter()
            .map(|e| Utf16Edit { start: e.start, end: e.end, replacement: &e.replacement })
            .collect();
        let anchor = Anchor { start: self.start, end: self.end, text: &self.text };
        apply(text, anchor, self.fix.safety, &edits)
    }
}

/// Why a fix was not applied. Its message says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixError {
    kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    AdviceOnly,
    OutOfRange { end: usize, length: usize },
    SplitsCharacter { at: usize },
    Overlap { at: usize },
    Stale { expected: String, found: String },
}

impl FixError {
    /// True when the text no longer has the finding's words at the finding's place: the
    /// text changed since it was checked, and checking it again gives findings that apply.
    pub fn is_stale(&self) -> bool {
        matches!(self.kind, Kind::Stale { .. } | Kind::OutOfRange { .. } | Kind::SplitsCharacter { .. })
    }
}

impl fmt::Display for FixError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::AdviceOnly => {
                f.write_str("this finding's fix is advice only (no edits, or \"display-only\"): the author rewrites")
            }
            Kind::OutOfRange { end, length } => write!(
                f,
                "the finding reaches offset {end}, past the end of the text ({length} UTF-16 code units): \
                 the text changed since it was checked; check it again"
            ),
            Kind::SplitsCharacter { at } => write!(
                f,
                "the finding's offset {at} falls inside a character (between the halves of a surrogate pair): \
                 the text changed since it was checked; check it again"
            ),
            Kind::Overlap { at } => write!(f, "the fix's edits overlap or are out of order at offset {at}"),
            Kind::Stale { expected, found } => write!(
                f,
                "the text at the finding's place reads {found:?}, not {expected:?}: \
                 the text changed since it was checked; check it again"
            ),
        }
    }
}

impl std::error::Error for FixError {}

/// The finding's words and where they are, in UTF-16 code units.
pub(crate) struct Anchor<'a> {
    pub start: Utf16Offset,
    pub end: Utf16Offset,
    pub text: &'a str,
}

/// Replace `[start, end)` (UTF-16 code units) with `replacement`.
pub(crate) struct Utf16Edit<'a> {
    pub start: Utf16Offset,
    pub end: Utf16Offset,
    pub replacement: &'a str,
}

/// Applies `edits` (in text order, not overlapping) to `text` once the rule and the checks
/// above pass: shared by [`Finding::apply_fix`] and the JS door.
pub(crate) fn apply(
    text: &str,
    anchor: Anchor<'_>,
    safety: FixSafety,
    edits: &[Utf16Edit<'_>],
) -> Result<String, FixError> {
    if edits.is_empty() || safety == FixSafety::DisplayOnly {
        return Err(FixError { kind: Kind::AdviceOnly });
    }
    let mut previous = 0;
    for e in edits {
        if e.start.0 < previous || e.end.0 < e.start.0 {
            return Err(FixError { kind: Kind::Overlap { at: e.start.0 } });
        }
        previous = e.end.0;
    }
    let mut offsets: Vec<usize> = vec![anchor.start.0, anchor.end.0];
    offsets.extend(edits.iter().flat_map(|e| [e.start.0, e.end.0]));
    let bytes = to_bytes(text, offsets)?;
    // Every offset is in `bytes`: a miss would be a bug, said as an error, not a panic.
    let at = |unit: Utf16Offset| {
        bytes
            .binary_search_by_key(&unit.0, |&(u, _)| u)
            .map(|i| bytes[i].1)
            .map_err(|_| FixError { kind: Kind::OutOfRange { end: unit.0, length: text.encode_utf16().count() } })
    };
    let found = text.get(at(anchor.start)?..at(anchor.end)?).unwrap_or_default();
    if found != anchor.text {
        return Err(FixError { kind: Kind::Stale { expected: anchor.text.to_string(), found: found.to_string() } });
    }
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    for e in edits {
        out.push_str(&text[done..at(e.start)?]);
        out.push_str(e.replacement);
        done = at(e.end)?;
    }
    out.push_str(&text[done..]);
    Ok(out)
}

/// `(utf16, byte)` for each UTF-16 offset, sorted: one walk over `text`.
fn to_bytes(text: &str, mut offsets: Vec<usize>) -> Result<Vec<(usize, usize)>, FixError> {
    offsets.sort_unstable();
    offsets.dedup();
    let mut out = Vec::with_capacity(offsets.len());
    let mut wanted = offsets.into_iter().peekable();
    let mut unit = 0;
    for (byte, c) in text.char_indices().chain(std::iter::once((text.len(), '\0'))) {
        while let Some(&w) = wanted.peek() {
            if w > unit {
                break;
            }
            if w < unit {
                return Err(FixError { kind: Kind::SplitsCharacter { at: w } });
            }
            out.push((w, byte));
            wanted.next();
        }
        unit += c.len_utf16();
    }
    if let Some(end) = wanted.last() {
        return Err(FixError { kind: Kind::OutOfRange { end, length: text.encode_utf16().count() } });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Checker;

    fn edit(start: usize, end: usize, replacement: &str) -> Utf16Edit<'_> {
        Utf16Edit { start: Utf16Offset(start), end: Utf16Offset(end), replacement }
    }

    fn anchor(start: usize, end: usize, text: &str) -> Anchor<'_> {
        Anchor { start: Utf16Offset(start), end: Utf16Offset(end), text }
    }

    #[test]
    fn applies_in_utf16_units_after_emoji() {
        let text = "😀加V：abc，好";
        // 😀 is two UTF-16 units: 加V：abc is [2, 8).
        let fixed = apply(text, anchor(2, 8, "加V：abc"), FixSafety::Safe, &[edit(2, 8, "")]).unwrap();
        assert_eq!(fixed, "😀，好");
    }

    #[test]
    fn refuses_advice_stale_text_and_bad_offsets() {
        let text = "😀加V：abc，好";
        let advice = apply(text, anchor(2, 8, "加V：abc"), FixSafety::DisplayOnly, &[edit(2, 8, "")]);
        assert!(advice.unwrap_err().to_string().contains("advice only"));
        let none = apply(text, anchor(2, 8, "加V：abc"), FixSafety::Safe, &[]);
        assert!(none.unwrap_err().to_string().contains("advice only"));
        let stale = apply(text, anchor(2, 8, "加V：xyz"), FixSafety::Safe, &[edit(2, 8, "")]).unwrap_err();
        assert!(stale.is_stale() && stale.to_string().contains("check it again"), "{stale}");
        let split = apply(text, anchor(1, 8, "x"), FixSafety::Safe, &[edit(1, 8, "")]).unwrap_err();
        assert!(split.is_stale() && split.to_string().contains("surrogate"), "{split}");
        let past = apply(text, anchor(2, 8, "加V：abc"), FixSafety::Safe, &[edit(2, 99, "")]).unwrap_err();
        assert!(past.is_stale() && past.to_string().contains("past the end"), "{past}");
        let overlap =
            apply(text, anchor(2, 8, "加V：abc"), FixSafety::Safe, &[edit(2, 6, ""), edit(5, 8, "")]).unwrap_err();
        assert!(!overlap.is_stale() && overlap.to_string().contains("overlap"), "{overlap}");
    }

    #[test]
    fn a_finding_applies_to_its_own_text_only() {
        let checker = Checker::default();
        let text = "今天比特币小幅上涨。\n出U，价格私聊，加V：abc12345";
        let report = checker.check(text).unwrap();
        let mut applied = 0;
        for f in &report.findings {
            match f.apply_fix(text) {
                Ok(fixed) => {
                    assert!(f.fix.can_apply());
                    // The same as applying every edit of this finding alone.
                    let mut expected = text.to_string();
                    for e in f.fix.edits.iter().rev() {
                        expected.replace_range(e.span.bytes(), &e.replacement);
                    }
                    assert_eq!(fixed, expected);
                    applied += 1;
                }
                Err(e) => assert!(!f.fix.can_apply(), "{e}"),
            }
            let other = format!("{text}。");
            let shifted = format!("前言。{text}");
            assert!(f.apply_fix(&other).is_ok() == f.fix.can_apply());
            if f.fix.can_apply() {
                assert!(f.apply_fix(&shifted).unwrap_err().is_stale());
            }
        }
        assert!(applied > 0);
    }
}

//! A report as one line of compact JSON, written straight into a buffer: the same bytes
//! as `serde_json::to_writer` of the report's serde form, several times faster (going
//! through serde was a sixth of `check --jsonl`'s time: every span's eight keys escaped
//! and written one call at a time). The batch door uses it; a test holds it to
//! serde_json's output on the corpus.

use serde_json::Value;

use crate::report::{ClauseScore, Edit, Evidence, Finding, Fix, FixSafety, PackRef, Report, Suppressed};
use crate::span::Span;

/// Appends `{"id":…,` and the report's fields as serde_json writes them (the `id` first,
/// then the report flattened into the same object), without a line break.
pub fn write_batch_line(out: &mut Vec<u8>, id: &Value, report: &Report) {
    out.extend_from_slice(b"{\"id\":");
    // Any JSON value: left to serde_json (writing into a Vec cannot fail).
    serde_json::to_writer(&mut *out, id).expect("JSON into memory");
    out.push(b',');
    report_fields(out, report);
    out.push(b'}');
}

/// Appends a report as a JSON object.
pub fn write_report(out: &mut Vec<u8>, report: &Report) {
    out.push(b'{');
    report_fields(out, report);
    out.push(b'}');
}

fn report_fields(out: &mut Vec<u8>, r: &Report) {
    key_first(out, "verdict");
    string(out, r.verdict.as_str());
    key(out, "score");
    uint(out, r.score as u64);
    key(out, "penalty");
    match r.penalty {
        Some(p) => string(out, p.as_str()),
        None => out.extend_from_slice(b"null"),
    }
    key(out, "clauses");
    list(out, &r.clauses, clause);
    key(out, "findings");
    list(out, &r.findings, finding);
    key(out, "pack");
    pack(out, &r.pack);
    key(out, "length");
    uint(out, r.length.0 as u64);
    if let Some(text) = &r.extracted_text {
        key(out, "extractedText");
        string(out, text);
    }
    if let Some(settings) = &r.settings {
        key(out, "settings");
        string(out, settings);
    }
    if !r.suppressed.is_empty() {
        key(out, "suppressed");
        list(out, &r.suppressed, suppressed);
    }
}

fn clause(out: &mut Vec<u8>, c: &ClauseScore) {
    out.push(b'{');
    key_first(out, "clause");
    string(out, &c.clause);
    key(out, "title");
    string(out, &c.title);
    key(out, "score");
    uint(out, c.score as u64);
    key(out, "verdict");
    string(out, c.verdict.as_str());
    out.push(b'}');
}

fn pack(out: &mut Vec<u8>, p: &PackRef) {
    out.push(b'{');
    key_first(out, "id");
    string(out, &p.id);
    key(out, "version");
    string(out, &p.version);
    out.push(b'}');
}

fn suppressed(out: &mut Vec<u8>, s: &Suppressed) {
    out.push(b'{');
    key_first(out, "ruleId");
    string(out, &s.rule_id);
    key(out, "clause");
    string(out, &s.clause);
    key(out, "text");
    string(out, &s.text);
    key(out, "fingerprint");
    string(out, &s.fingerprint);
    key(out, "by");
    string(out, &s.by);
    out.push(b'}');
}

fn finding(out: &mut Vec<u8>, f: &Finding) {
    out.push(b'{');
    key_first(out, "ruleId");
    string(out, &f.rule_id);
    key(out, "clause");
    string(out, &f.clause);
    key(out, "clauseTitle");
    string(out, &f.clause_title);
    key(out, "severity");
    string(out, f.severity.as_str());
    key(out, "penalty");
    string(out, f.penalty.as_str());
    key(out, "penaltyLabel");
    string(out, &f.penalty_label);
    key(out, "score");
    uint(out, f.score as u64);
    key(out, "decisive");
    out.extend_from_slice(if f.decisive { b"true" } else { b"false" });
    key(out, "message");
    string(out, &f.message);
    key(out, "explanation");
    string(out, &f.explanation);
    key(out, "text");
    string(out, &f.text);
    key(out, "start");
    uint(out, f.start.0 as u64);
    key(out, "end");
    uint(out, f.end.0 as u64);
    key(out, "span");
    span(out, &f.span);
    key(out, "sentence");
    span(out, &f.sentence);
    key(out, "evidence");
    list(out, &f.evidence, evidence);
    key(out, "fix");
    fix(out, &f.fix);
    if let Some(place) = &f.place {
        key(out, "place");
        string(out, place);
    }
    if let Some(extracted) = &f.extracted {
        key(out, "extracted");
        span(out, extracted);
    }
    key(out, "fingerprint");
    string(out, &f.fingerprint);
    if f.note {
        key(out, "note");
        out.extend_from_slice(b"true");
    }
    out.push(b'}');
}

fn evidence(out: &mut Vec<u8>, e: &Evidence) {
    out.push(b'{');
    key_first(out, "role");
    string(out, e.role.as_str());
    key(out, "text");
    string(out, &e.text);
    key(out, "normalized");
    string(out, &e.normalized);
    key(out, "span");
    span(out, &e.span);
    key(out, "source");
    string(out, &e.source);
    key(out, "weight");
    // Floats as serde_json prints them (shortest round trip, `null` when not finite).
    serde_json::to_writer(&mut *out, &e.weight).expect("JSON into memory");
    key(out, "evasion");
    out.push(b'[');
    for (i, v) in e.evasion.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        string(out, v.as_str());
    }
    out.push(b']');
    if let Some(extracted) = &e.extracted {
        key(out, "extracted");
        span(out, extracted);
    }
    out.push(b'}');
}

fn fix(out: &mut Vec<u8>, f: &Fix) {
    out.push(b'{');
    key_first(out, "message");
    string(out, &f.message);
    key(out, "safety");
    string(
        out,
        match f.safety {
            FixSafety::DisplayOnly => "display-only",
            FixSafety::Unsafe => "unsafe",
            FixSafety::Safe => "safe",
        },
    );
    key(out, "edits");
    list(out, &f.edits, edit);
    out.push(b'}');
}

fn edit(out: &mut Vec<u8>, e: &Edit) {
    out.push(b'{');
    key_first(out, "start");
    uint(out, e.start.0 as u64);
    key(out, "end");
    uint(out, e.end.0 as u64);
    key(out, "span");
    span(out, &e.span);
    key(out, "replacement");
    string(out, &e.replacement);
    out.push(b'}');
}

fn span(out: &mut Vec<u8>, s: &Span) {
    out.extend_from_slice(b"{\"start\":");
    uint(out, s.start.0 as u64);
    out.extend_from_slice(b",\"end\":");
    uint(out, s.end.0 as u64);
    out.extend_from_slice(b",\"byteStart\":");
    uint(out, s.byte_start.0 as u64);
    out.extend_from_slice(b",\"byteEnd\":");
    uint(out, s.byte_end.0 as u64);
    out.extend_from_slice(b",\"charStart\":");
    uint(out, s.char_start.0 as u64);
    out.extend_from_slice(b",\"charEnd\":");
    uint(out, s.char_end.0 as u64);
    out.extend_from_slice(b",\"line\":");
    uint(out, s.line as u64);
    out.extend_from_slice(b",\"column\":");
    uint(out, s.column as u64);
    out.push(b'}');
}

fn list<T>(out: &mut Vec<u8>, items: &[T], each: fn(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        each(out, item);
    }
    out.push(b']');
}

/// The first key of an object (the keys here are plain ASCII: nothing to escape).
fn key_first(out: &mut Vec<u8>, name: &str) {
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
}

/// A key after a field.
fn key(out: &mut Vec<u8>, name: &str) {
    out.extend_from_slice(b",\"");
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
}

fn uint(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// Whether any of the eight bytes in `w` is below 0x20, `"` or `\\` (the bit tricks of
/// "Bit Twiddling Hacks": a byte below `n` sets its high bit in `(w - n) & !w`).
fn needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |w: u64, n: u8| w.wrapping_sub(ONES * n as u64) & !w & HIGH;
    (below(w, 0x20) | below(w ^ (ONES * b'"' as u64), 1) | below(w ^ (ONES * b'\\' as u64), 1)) != 0
}

/// A JSON string as serde_json escapes it: `"`, `\` and the control characters below
/// U+0020 (`\b`, `\t`, `\n`, `\f`, `\r` by name, the others as `\u00XX`); everything
/// else, non-ASCII included, as it is.
fn string(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while none needs escaping (most of a Chinese text).
        if let Some(chunk) = bytes.get(i..i + 8) {
            if !needs_escape(u64::from_le_bytes(chunk.try_into().expect("eight bytes"))) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        i += 1;
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        let i = i - 1;
        out.extend_from_slice(&bytes[start..i]);
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0C => out.extend_from_slice(b"\\f"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[(b >> 4) as usize]);
                out.push(HEX[(b & 0xF) as usize]);
            }
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The writer and serde_json agree on every report of the corpus, as text and as
    /// HTML, with and without settings, and on strings with every kind of escape.
    #[test]
    fn same_bytes_as_serde_json() {
        let plain = crate::Checker::default();
        let toml =
            "allow = [\"币安\"]\nignore = [\"fp-0000000000000000\"]\n[severity]\n\"exchange.mention\" = \"note\"\n";
        let pack = crate::Pack::embedded();
        let settings = crate::settings::Settings::parse("draftlint.toml", toml, &pack).expect("settings");
        let with = crate::Checker::with_settings(pack, settings);
        let mut texts: Vec<String> = vec![
            "加V：abc12345，\"引号\" \\ 反斜杠\t制表\r\n\u{1}\u{8}\u{c}\u{1f}\u{7f} 比特币 出U".into(),
            "😀𠀀ＵＳＤＴ 出币 私聊".into(),
        ];
        for file in [
            "tests/corpus/draftlint.jsonl",
            "tests/corpus/families.jsonl",
            "tests/corpus/articles.jsonl",
            "tests/corpus/textbook.jsonl",
        ] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
            for line in std::fs::read_to_string(path).expect("corpus").lines() {
                let v: Value = serde_json::from_str(line).expect("corpus line");
                if let Some(t) = v.get("text").and_then(Value::as_str) {
                    texts.push(t.to_string());
                }
            }
        }
        let mut checked = 0;
        for (i, text) in texts.iter().enumerate() {
            let html = format!(
                "<p style=\"color:#fff\">{}</p><p>{}</p>",
                &text[..crate::detect::floor_boundary(text, 40.min(text.len()))],
                text
            );
            for checker in [&plain, &with] {
                let reports = [checker.check(text), checker.check_html(&html)];
                for report in reports.into_iter().flatten() {
                    let id = if i % 2 == 0 { Value::from(i) } else { Value::from(format!("t\"{i}")) };
                    let expected = serde_json::to_vec(&Line { id: &id, report: &report }).expect("serde");
                    let mut got = Vec::new();
                    write_batch_line(&mut got, &id, &report);
                    assert_eq!(String::from_utf8(got).unwrap(), String::from_utf8(expected).unwrap(), "{text}");
                    let mut got = Vec::new();
                    write_report(&mut got, &report);
                    assert_eq!(got, serde_json::to_vec(&report).expect("serde"));
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    #[derive(serde::Serialize)]
    struct Line<'a> {
        id: &'a Value,
        #[serde(flatten)]
        report: &'a Report,
    }
}

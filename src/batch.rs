//! The batch door of the CLI (`draftlint check --jsonl`): one JSON object per line in, one
//! report or error per line out. In the library so that the fuzzer reaches the same code.

use crate::{Checker, Report};

/// Checks one line of a JSONL batch (`{"id": …, "text": "…"}`, or `"html"` for an HTML
/// draft; the `\n` removed or not). On error, the message and the line's id when it could be read: a bad line is
/// reported in its place and the batch goes on.
pub fn check_line(checker: &Checker, raw: &[u8]) -> Result<(serde_json::Value, Report), (serde_json::Value, String)> {
    let null = serde_json::Value::Null;
    let text =
        std::str::from_utf8(raw).map_err(|e| (null.clone(), format!("invalid UTF-8 at byte {}", e.valid_up_to())))?;
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| (null.clone(), format!("invalid JSON: {e}")))?;
    let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let Some(object) = value.as_object() else {
        return Err((id, "expected a JSON object with \"id\" and \"text\"".into()));
    };
    // `"text"`, or `"html"` for an HTML draft (checked as `check_html` does).
    let (key, is_html) = match (object.contains_key("text"), object.contains_key("html")) {
        (true, true) => return Err((id, "give \"text\" or \"html\", not both".into())),
        (false, true) => ("html", true),
        _ => ("text", false),
    };
    let body = match object.get(key) {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => return Err((id, format!("\"{key}\" must be a string"))),
        None => return Err((id, "missing \"text\" (or \"html\")".into())),
    };
    if body.trim().is_empty() {
        return Err((id, format!("\"{key}\" is empty: nothing to check")));
    }
    let report = if is_html { checker.check_html(body) } else { checker.check(body) };
    let report = report.map_err(|e| (id.clone(), e.to_string()))?;
    Ok((id, report))
}

//! The JavaScript door: a thin wasm-bindgen wrapper over [`crate::Checker`].
//!
//! ```js
//! import init, { Checker } from "draftlint/draftlint.js";
//! await init();
//! const report = new Checker({ lang: "en" }).check(text); // the CLI's JSON schema
//! text.slice(report.findings[0].start, report.findings[0].end); // the flagged words
//! ```
//!
//! Reports cross as plain objects (serde-wasm-bindgen, JSON-compatible: objects, not
//! `Map`s; `null` for a missing penalty), with the same field names and values as the
//! CLI's `--format json`. Offsets `start`/`end` are UTF-16 code units, JavaScript's own.
//! Every failure is a JS `Error` with a message that says what to change; nothing here
//! unwraps or indexes, so no panic crosses the boundary.

#[cfg(feature = "pack-files")]
use std::collections::BTreeMap;

use js_sys::{Array, JsString, Reflect};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::fix::{Anchor, Utf16Edit};
use crate::pack::FixSafety;
use crate::span::Utf16Offset;
use crate::{Lang, Pack, Report};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
import type { Report, Finding, CheckerOptions, PackFiles, PackInfo, FixSafety, Settings, Labels, Summary } from "./report.js";
export type * from "./report.js";
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Logs a panic (a bug) with its message before the wasm trap turns it into a
/// `RuntimeError`; installed once, by the first checker.
fn set_panic_hook() {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        std::panic::set_hook(Box::new(|info| console_error(&format!("draftlint: internal error: {info}"))));
    });
}

/// The version of the draftlint engine.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The longest text `check` and `applyFixes` accept, in bytes of UTF-8 (16 MiB): longer
/// text is refused with an error that says so. `new Blob([text]).size` is a text's size.
#[wasm_bindgen(js_name = maxTextBytes)]
pub fn max_text_bytes() -> u32 {
    crate::MAX_TEXT_BYTES as u32
}

/// Reads and validates the text of a `draftlint.toml` against the embedded pack; returns it
/// as an object `{ term, allow, ignore, severity }` (the `settings` option takes either).
/// Throws `draftlint: bad settings: FILE:LINE: …` when it does not load.
#[cfg(feature = "pack-files")]
#[wasm_bindgen(js_name = settingsFromToml, unchecked_return_type = "Settings")]
pub fn settings_from_toml(text: &str) -> Result<JsValue, JsError> {
    let pack = Pack::embedded();
    let s = crate::settings::Settings::parse("draftlint.toml", text, &pack)
        .map_err(|e| JsError::new(&format!("draftlint: bad settings: {e}")))?;
    let severity: BTreeMap<String, &str> = s.severity.iter().map(|(k, v)| (k.clone(), v.as_str())).collect();
    #[derive(Serialize)]
    struct Term<'a> {
        term: &'a str,
        role: &'a str,
        clauses: &'a str,
        weight: f32,
        tags: &'a [crate::pack::Tag],
    }
    #[derive(Serialize)]
    struct Out<'a> {
        term: Vec<Term<'a>>,
        allow: &'a [String],
        ignore: &'a [String],
        severity: BTreeMap<String, &'a str>,
    }
    let term = s
        .terms
        .iter()
        .map(|t| Term { term: &t.term, role: t.role.as_str(), clauses: &t.clauses, weight: t.weight, tags: &t.tags })
        .collect();
    to_js(&Out { term, allow: &s.allow, ignore: &s.ignore, severity })
}

/// Applies `finding`'s fix to `text`, the text it was found in (for a finding of
/// `checkHtml`, the HTML), and returns the new text. Throws, changing nothing, when the fix
/// is advice only (`canApplyFix(finding)` is false), when the edits are out of place, or
/// when `text` no longer has the finding's words at `finding.start` (it changed since it
/// was checked: check it again). Offsets are the finding's UTF-16 `start`/`end`. Lone
/// surrogates in `text` come back as U+FFFD, as `check` reads them.
#[wasm_bindgen(js_name = applyFix)]
pub fn apply_fix(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Finding")] finding: JsValue,
) -> Result<String, JsError> {
    let text = text_of(&text, "applyFix")?;
    let finding: FindingIn = serde_wasm_bindgen::from_value(finding).map_err(|e| {
        JsError::new(&format!("draftlint: applyFix(text, finding): finding must be a finding of a report ({e})"))
    })?;
    let anchor = Anchor { start: Utf16Offset(finding.start), end: Utf16Offset(finding.end), text: &finding.text };
    let edits: Vec<Utf16Edit<'_>> = finding
        .fix
        .edits
        .iter()
        .map(|e| Utf16Edit { start: Utf16Offset(e.start), end: Utf16Offset(e.end), replacement: &e.replacement })
        .collect();
    crate::fix::apply(&text, anchor, finding.fix.safety, &edits)
        .map_err(|e| JsError::new(&format!("draftlint: applyFix: {e}")))
}

/// The verdict, score, penalty and clause scores of findings gathered from several reports
/// (a title checked with `check` and a body with `checkHtml`, say), as `check` sums up the
/// findings of one text: `{ verdict, score, penalty, clauses, decisive }`, where
/// `decisive[i]` is `findings[i]`'s. Notes (`note: true`) are shown, not counted.
#[wasm_bindgen(unchecked_return_type = "Summary")]
pub fn summarize(#[wasm_bindgen(unchecked_param_type = "Finding[]")] findings: JsValue) -> Result<JsValue, JsError> {
    let mut findings: Vec<crate::report::Finding> = serde_wasm_bindgen::from_value(findings).map_err(|e| {
        JsError::new(&format!("draftlint: summarize(findings): findings must be findings of reports ({e})"))
    })?;
    let s = crate::summarize_findings(&mut findings);
    #[derive(Serialize)]
    struct Out<'a> {
        verdict: crate::Verdict,
        score: u32,
        penalty: Option<crate::report::Penalty>,
        clauses: &'a [crate::report::ClauseScore],
        decisive: Vec<bool>,
    }
    let decisive = findings.iter().map(|f| f.decisive).collect();
    to_js(&Out { verdict: s.verdict, score: s.score, penalty: s.penalty, clauses: &s.clauses, decisive })
}

/// What `applyFix` reads of a finding: its words, where they are, and its fix.
#[derive(Deserialize)]
struct FindingIn {
    text: String,
    start: usize,
    end: usize,
    fix: FixIn,
}

#[derive(Deserialize)]
struct FixIn {
    safety: FixSafety,
    edits: Vec<EditIn>,
}

#[derive(Deserialize)]
struct EditIn {
    start: usize,
    end: usize,
    replacement: String,
}

/// The files of the embedded default pack, as `{ path: contents }`: a starting point for
/// a custom pack passed to `Checker.fromPack`.
#[cfg(feature = "pack-files")]
#[wasm_bindgen(js_name = defaultPackFiles, unchecked_return_type = "PackFiles")]
pub fn default_pack_files() -> Result<JsValue, JsError> {
    let files: BTreeMap<&str, &str> = Pack::embedded_files().iter().copied().collect();
    to_js(&files)
}

/// Options of `new Checker(options)` and `Checker.fromPack(files, options)`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Options {
    lang: Option<String>,
    /// The operator's settings: the text of a `draftlint.toml`, or the same as an object
    /// (read below, so that an error in them is named as one).
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    settings: JsValue,
}

/// The settings of the options, not yet validated against a pack.
enum SettingsIn {
    /// The text of a `draftlint.toml` (only the pack reader reads it).
    #[cfg(feature = "pack-files")]
    Toml(String),
    Given(crate::settings::Given),
}

const KNOWN_OPTIONS: [&str; 2] = ["lang", "settings"];

/// A pack compiled for checking: build once, check many texts.
#[wasm_bindgen(js_name = Checker)]
pub struct JsChecker {
    inner: crate::Checker,
}

#[wasm_bindgen(js_class = Checker)]
impl JsChecker {
    /// A checker with the embedded default pack. `options.lang`: `"zh"` (default) or `"en"`,
    /// the language of messages.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "CheckerOptions")] options: Option<js_sys::Object>,
    ) -> Result<JsChecker, JsError> {
        set_panic_hook();
        let (lang, settings) = parse_options(options)?;
        Ok(JsChecker { inner: build(Pack::embedded(), lang, settings)? })
    }

    /// A checker with another pack, given as `{ path: contents }` with the paths of a pack
    /// folder (`pack.toml`, `clauses.toml`, `rules.toml`, `lexicon/<role>.tsv`).
    #[cfg(feature = "pack-files")]
    #[wasm_bindgen(js_name = fromPack)]
    pub fn from_pack(
        #[wasm_bindgen(unchecked_param_type = "PackFiles")] files: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "CheckerOptions")] options: Option<js_sys::Object>,
    ) -> Result<JsChecker, JsError> {
        set_panic_hook();
        let (lang, settings) = parse_options(options)?;
        if !files.is_object() || files.is_function() || Array::is_array(&files) {
            return Err(JsError::new(
                "draftlint: bad pack: expected an object { path: contents }, e.g. { \"pack.toml\": \"...\", \"rules.toml\": \"...\" }",
            ));
        }
        let files: BTreeMap<String, String> = serde_wasm_bindgen::from_value(files)
            .map_err(|e| JsError::new(&format!("draftlint: bad pack: every value must be the text of a file ({e})")))?;
        let files: Vec<(String, String)> = files.into_iter().collect();
        let pack = Pack::from_files(&files).map_err(|e| JsError::new(&format!("draftlint: bad pack: {e}")))?;
        Ok(JsChecker { inner: build(pack, lang, settings)? })
    }

    /// Compiles now what the first checks would compile on first use (the detectors'
    /// regexes: tens of milliseconds). Call it when the page is idle, e.g. right after
    /// building the checker in a worker; reports are the same either way.
    #[wasm_bindgen(js_name = warmUp)]
    pub fn warm_up(&self) {
        self.inner.warm_up();
    }

    /// One step of `warmUp()`: compiles one detector regex not compiled yet (a few
    /// milliseconds at most); false when none was left. Call it until it returns false,
    /// yielding between calls (`setTimeout`), so that a check asked for meanwhile waits
    /// for one step, not the whole warm-up.
    #[wasm_bindgen(js_name = warmUpStep)]
    pub fn warm_up_step(&self) -> bool {
        self.inner.warm_up_step()
    }

    /// Checks `text` and returns the report (the CLI's JSON schema, as a plain object).
    /// Lone surrogates become U+FFFD (also one UTF-16 unit), so offsets still index `text`.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn check(&self, #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsError> {
        let text = text_of(&text, "check")?;
        let report = self.run(&text)?;
        report_to_js(&report)
    }

    /// Checks an HTML draft (the WeChat editor's HTML, or a paste's `text/html`): the text a
    /// reader sees, link targets, image text, cards and hidden text. Spans point into
    /// `html`; each finding also has `place` and `extracted` (into `report.extractedText`).
    #[wasm_bindgen(js_name = checkHtml, unchecked_return_type = "Report")]
    pub fn check_html(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] html: JsValue,
    ) -> Result<JsValue, JsError> {
        let html = text_of(&html, "checkHtml")?;
        let report = self.inner.check_html(&html).map_err(|e| JsError::new(&format!("draftlint: {e}")))?;
        report_to_js(&report)
    }

    /// Checks `text` and applies the edits of every fix at least as safe as `minSafety`
    /// (`"safe"` by default; `"unsafe"` also removes words that may need rereading).
    /// Returns the new text; a text with nothing to fix comes back unchanged.
    #[wasm_bindgen(js_name = applyFixes)]
    pub fn apply_fixes(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(js_name = minSafety, unchecked_optional_param_type = "FixSafety")] min_safety: Option<String>,
    ) -> Result<String, JsError> {
        let text = text_of(&text, "applyFixes")?;
        let min = match min_safety.as_deref() {
            None | Some("safe") => FixSafety::Safe,
            Some("unsafe") => FixSafety::Unsafe,
            Some(other) => {
                return Err(JsError::new(&format!(
                    "draftlint: applyFixes: minSafety must be \"safe\" or \"unsafe\", not {other:?}"
                )))
            }
        };
        let report = self.run(&text)?;
        Ok(report.apply_fixes(&text, min))
    }

    /// The language of messages: `"zh"` or `"en"`.
    #[wasm_bindgen(getter)]
    pub fn lang(&self) -> String {
        match self.inner.lang() {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
        .to_string()
    }

    /// The names of the ids in this checker's reports, in its language: evidence roles,
    /// kinds of disguise, places in an HTML draft, penalties (`{ roles, evasions, places,
    /// penalties }`, each `{ id: name }`), for showing a report to people.
    #[wasm_bindgen(getter, unchecked_return_type = "Labels")]
    pub fn labels(&self) -> Result<JsValue, JsError> {
        to_js(&crate::report::Labels::of(self.inner.pack(), self.inner.lang()))
    }

    /// The pack this checker enforces: `{ id, version }`.
    #[wasm_bindgen(getter, unchecked_return_type = "PackInfo")]
    pub fn pack(&self) -> Result<JsValue, JsError> {
        let pack = self.inner.pack();
        to_js(&crate::report::PackRef { id: pack.id.clone(), version: pack.version.clone() })
    }
}

impl JsChecker {
    fn run(&self, text: &str) -> Result<Report, JsError> {
        self.inner.check(text).map_err(|e| JsError::new(&format!("draftlint: {e}")))
    }
}

/// Reads `{ lang }`; `undefined` and `null` mean the defaults.
fn parse_options(options: Option<js_sys::Object>) -> Result<(Lang, Option<SettingsIn>), JsError> {
    let Some(options) = options else { return Ok((Lang::Zh, None)) };
    let value: JsValue = options.into();
    if !value.is_object() || value.is_function() || Array::is_array(&value) {
        return Err(JsError::new("draftlint: bad options: expected an object such as { lang: \"en\" }"));
    }
    if let Some(key) = unknown_key(&value, &KNOWN_OPTIONS) {
        return Err(JsError::new(&format!(
            "draftlint: bad options: unknown option {key:?} (known options: {})",
            KNOWN_OPTIONS.join(", ")
        )));
    }
    let options: Options = serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("draftlint: bad options: {e} (known options: lang, settings)")))?;
    let settings = if options.settings.is_undefined() || options.settings.is_null() {
        None
    } else if let Some(text) = options.settings.as_string() {
        #[cfg(feature = "pack-files")]
        {
            Some(SettingsIn::Toml(text))
        }
        #[cfg(not(feature = "pack-files"))]
        {
            let _ = text;
            return Err(JsError::new(
                "draftlint: bad settings: this module reads settings given as an object \
                 ({ allow, ignore, term, severity }); for the text of a draftlint.toml, use the \
                 pack reader (import from \"draftlint/packs\"), or createLocalChecker / \
                 createWorkerChecker, which load it when needed",
            ));
        }
    } else if options.settings.is_object() && !options.settings.is_function() && !Array::is_array(&options.settings) {
        let typo =
            unknown_key(&options.settings, &SETTINGS_KEYS).map(|k| (k, "settings", &SETTINGS_KEYS[..])).or_else(|| {
                let terms = Reflect::get(&options.settings, &JsValue::from_str("term")).ok().filter(Array::is_array)?;
                Array::from(&terms)
                    .iter()
                    .find_map(|t| unknown_key(&t, &TERM_KEYS))
                    .map(|k| (k, "term", &TERM_KEYS[..]))
            });
        if let Some((key, what, known)) = typo {
            return Err(JsError::new(&format!(
                "draftlint: bad settings: unknown key {key:?} in {what} (known keys: {})",
                known.join(", ")
            )));
        }
        let given = serde_wasm_bindgen::from_value(options.settings)
            .map_err(|e| JsError::new(&format!("draftlint: bad settings: {e}")))?;
        Some(SettingsIn::Given(given))
    } else {
        return Err(JsError::new(
            "draftlint: bad settings: expected an object { allow, ignore, term, severity } or the text of a draftlint.toml",
        ));
    };
    let lang = match options.lang.as_deref() {
        None => Lang::Zh,
        Some(lang) => Lang::parse(lang).ok_or_else(|| {
            JsError::new(&format!("draftlint: bad options: lang must be \"zh\" or \"en\", not {lang:?}"))
        })?,
    };
    Ok((lang, settings))
}

/// The keys of settings given as an object, and of each of its terms.
const SETTINGS_KEYS: [&str; 4] = ["term", "allow", "ignore", "severity"];
const TERM_KEYS: [&str; 5] = ["term", "role", "clauses", "weight", "tags"];

/// The first key of the object `value` that is not one of `known`: serde-wasm-bindgen reads
/// only the fields it knows (`deny_unknown_fields` does not apply), so typos are caught here.
fn unknown_key(value: &JsValue, known: &[&str]) -> Option<String> {
    let object = value.dyn_ref::<js_sys::Object>()?;
    js_sys::Object::keys(object).iter().filter_map(|k| k.as_string()).find(|k| !known.contains(&k.as_str()))
}

/// A checker for `pack` with the options' language and settings.
fn build(pack: Pack, lang: Lang, settings: Option<SettingsIn>) -> Result<crate::Checker, JsError> {
    let settings = match settings {
        None => None,
        #[cfg(feature = "pack-files")]
        Some(SettingsIn::Toml(text)) => Some(crate::settings::Settings::parse("settings", &text, &pack)),
        Some(SettingsIn::Given(given)) => Some(crate::settings::Settings::from_given("settings", &given, &pack)),
    };
    let checker = match settings {
        None => crate::Checker::new(pack),
        Some(settings) => {
            let settings = settings.map_err(|e| JsError::new(&format!("draftlint: bad settings: {e}")))?;
            crate::Checker::with_settings(pack, settings)
        }
    };
    Ok(checker.with_lang(lang))
}

/// The text of a JS string, with each lone surrogate replaced by U+FFFD.
fn text_of(value: &JsValue, method: &str) -> Result<String, JsError> {
    let Some(js) = value.dyn_ref::<JsString>() else {
        let kind = value.js_typeof().as_string().unwrap_or_default();
        return Err(JsError::new(&format!("draftlint: {method}(text): text must be a string, not {kind}")));
    };
    // Every UTF-16 unit is at least one byte of UTF-8: refuse before copying the text in.
    let units = js.length() as usize;
    if units > crate::MAX_TEXT_BYTES {
        return Err(JsError::new(
            &format!("draftlint: {method}(text): {}", crate::too_long_message(units))
                .replace("the text is ", "the text is at least "),
        ));
    }
    if js.is_valid_utf16() {
        if let Some(text) = js.as_string() {
            return Ok(text);
        }
    }
    // Lone surrogates: decode unit by unit so the replacement is ours, not the encoder's.
    let units: Vec<u16> = js.iter().collect();
    Ok(String::from_utf16_lossy(&units))
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("draftlint: internal error: cannot convert the result: {e}")))
}

/// The report as a plain object. Evidence weights are `f32` rounded to two decimals: the
/// CLI prints them as such (`0.8`), so they are set to the nearest double of that decimal
/// here too, not to the widened `f32` (`0.800000011920929`).
fn report_to_js(report: &Report) -> Result<JsValue, JsError> {
    let value = to_js(report)?;
    let weight = JsValue::from_str("weight");
    let findings = Reflect::get(&value, &JsValue::from_str("findings")).map_err(js_error)?;
    for (finding, rust) in Array::from(&findings).iter().zip(&report.findings) {
        let evidence = Reflect::get(&finding, &JsValue::from_str("evidence")).map_err(js_error)?;
        for (item, e) in Array::from(&evidence).iter().zip(&rust.evidence) {
            let decimal = (f64::from(e.weight) * 100.0).round() / 100.0;
            Reflect::set(&item, &weight, &JsValue::from_f64(decimal)).map_err(js_error)?;
        }
    }
    Ok(value)
}

fn js_error(e: JsValue) -> JsError {
    JsError::new(&format!("draftlint: internal error: {e:?}"))
}

#[cfg(test)]
#[path = "../tests/web/api.rs"]
mod tests;

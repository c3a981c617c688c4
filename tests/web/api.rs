//! Tests of the JS API (src/wasm.rs), run by wasm-bindgen-test in Node and in headless
//! Chromium: `make test-wasm`. Compiled as a child module of `wasm`, so that they call the
//! exported functions directly and see what JavaScript sees (plain objects, JS strings).
//! They run for both modules: the lean one (no features) and the pack reader (`pack-files`),
//! whose own functions have tests of their own here.

use js_sys::{JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

#[cfg(feature = "pack-files")]
use super::default_pack_files;
use super::{apply_fix, max_text_bytes, summarize, JsChecker};

const BLOCK: &str = "出U，价格私聊，加V：abc12345";

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("a readable property")
}

fn get_str(value: &JsValue, key: &str) -> String {
    get(value, key).as_string().unwrap_or_else(|| panic!("{key} is a string"))
}

fn get_num(value: &JsValue, key: &str) -> u32 {
    get(value, key).as_f64().unwrap_or_else(|| panic!("{key} is a number")) as u32
}

fn findings(report: &JsValue) -> Vec<JsValue> {
    js_sys::Array::from(&get(report, "findings")).iter().collect()
}

/// The message of an error that crossed as a JS `Error`.
#[track_caller]
fn message<T>(result: Result<T, wasm_bindgen::JsError>) -> String {
    let error: JsValue = match result {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.into(),
    };
    assert!(error.is_instance_of::<js_sys::Error>(), "a JS Error");
    get_str(&error, "message")
}

fn options(json: &str) -> Option<Object> {
    Some(js_sys::JSON::parse(json).expect("valid JSON").unchecked_into())
}

fn check(checker: &JsChecker, text: &JsString) -> JsValue {
    checker.check(text.into()).expect("a report")
}

#[wasm_bindgen_test]
fn verdicts() {
    let checker = JsChecker::new(None).expect("default checker");
    let report = check(&checker, &BLOCK.into());
    assert_eq!(get_str(&report, "verdict"), "block");
    assert_eq!(get_num(&report, "length"), BLOCK.encode_utf16().count() as u32);
    assert!(get(&report, "penalty").is_string());
    let news = check(&checker, &"据新华社报道，警方近日破获一起利用虚拟货币洗钱的案件。".into());
    assert_eq!(get_str(&news, "verdict"), "pass");
    assert!(get(&news, "penalty").is_null(), "a missing penalty is null, as in the CLI's JSON");
    assert_eq!(findings(&news).len(), 0);
    let empty = check(&checker, &"".into());
    assert_eq!(get_str(&empty, "verdict"), "pass");
}

#[wasm_bindgen_test]
fn reports_are_plain_objects() {
    let checker = JsChecker::new(None).expect("default checker");
    let report = check(&checker, &BLOCK.into());
    let proto = Object::get_prototype_of(&Object::new());
    let plain = |v: &JsValue| Object::get_prototype_of(v) == proto;
    assert!(plain(&report));
    assert!(plain(&get(&report, "pack")));
    let finding = &findings(&report)[0];
    assert!(plain(finding));
    assert!(plain(&get(finding, "span")));
    assert!(plain(&get(finding, "fix")));
    // Same text as the CLI's JSON: camelCase keys, weights with two decimals.
    let json = js_sys::JSON::stringify(&report).expect("serializable").as_string().unwrap_or_default();
    for key in ["\"ruleId\":", "\"penaltyLabel\":", "\"byteStart\":", "\"charEnd\":", "\"evidence\":"] {
        assert!(json.contains(key), "{key} in {json}");
    }
    for e in js_sys::Array::from(&get(finding, "evidence")).iter() {
        let w = get(&e, "weight").as_f64().expect("a number");
        assert_eq!(w, (w * 100.0).round() / 100.0, "weight {w} has two decimals");
    }
}

#[wasm_bindgen_test]
fn utf16_offsets_after_emoji_and_rare_cjk() {
    let checker = JsChecker::new(None).expect("default checker");
    let text: JsString = format!("😀𠀀{BLOCK}\n第二行 🎉 再加V：abc12345").into();
    let report = check(&checker, &text);
    assert_eq!(get_str(&report, "verdict"), "block");
    assert_eq!(get_num(&report, "length"), text.length());
    let all = findings(&report);
    assert!(!all.is_empty());
    for f in &all {
        let (start, end) = (get_num(f, "start"), get_num(f, "end"));
        assert_eq!(String::from(text.slice(start, end)), get_str(f, "text"), "finding slice");
        let span = get(f, "span");
        assert_eq!((get_num(&span, "start"), get_num(&span, "end")), (start, end));
        for e in js_sys::Array::from(&get(f, "evidence")).iter() {
            let span = get(&e, "span");
            let words = text.slice(get_num(&span, "start"), get_num(&span, "end"));
            assert_eq!(String::from(words), get_str(&e, "text"), "evidence slice");
        }
        for edit in js_sys::Array::from(&get(&get(f, "fix"), "edits")).iter() {
            assert!(get_num(&edit, "end") <= text.length());
        }
    }
    // 😀 and 𠀀 are two UTF-16 units each: the first finding starts at 4 or later.
    assert!(get_num(&all[0], "start") >= 4);
}

#[wasm_bindgen_test]
fn lone_surrogates_are_replaced_not_fatal() {
    let checker = JsChecker::new(None).expect("default checker");
    // "\uD800" + BLOCK + "\uDC00": a lone high and a lone low surrogate around the text.
    let units: Vec<u16> = std::iter::once(0xD800).chain(BLOCK.encode_utf16()).chain([0xDC00, 0x41]).collect();
    let text = JsString::from_char_code(&units);
    assert!(!text.is_valid_utf16());
    let report = check(&checker, &text);
    assert_eq!(get_str(&report, "verdict"), "block");
    assert_eq!(get_num(&report, "length"), text.length(), "U+FFFD is one unit, like the surrogate");
    for f in findings(&report) {
        let words = text.slice(get_num(&f, "start"), get_num(&f, "end"));
        assert_eq!(String::from(words), get_str(&f, "text"));
    }
    // A lone surrogate alone, and one in the middle of a pair's place.
    let odd = JsString::from_char_code(&[0xDFFF, 0xD83D]);
    assert_eq!(get_str(&check(&checker, &odd), "verdict"), "pass");
    let fixed = checker.apply_fixes(text.into(), Some("unsafe".into())).expect("fixed text");
    assert!(fixed.starts_with('\u{FFFD}'));
}

#[wasm_bindgen_test]
fn options_and_languages() {
    let en = JsChecker::new(options(r#"{"lang":"en"}"#)).expect("en checker");
    assert_eq!(en.lang(), "en");
    let report = check(&en, &BLOCK.into());
    let finding = &findings(&report)[0];
    assert!(get_str(finding, "message").is_ascii(), "English message");
    let zh = JsChecker::new(options("{}")).expect("zh checker");
    assert_eq!(zh.lang(), "zh");
    let null = JsChecker::new(options("null"));
    assert!(null.is_err() || null.map(|c| c.lang()).ok() == Some("zh".into()));
    let pack = zh.pack().expect("pack info");
    assert_eq!(get_str(&pack, "id"), "wechat-crypto");
}

#[wasm_bindgen_test]
fn bad_options_and_inputs_are_errors() {
    let m = message(JsChecker::new(options(r#"{"lang":"fr"}"#)));
    assert!(m.contains("lang") && m.contains("fr"), "{m}");
    let m = message(JsChecker::new(options(r#"{"language":"en"}"#)));
    assert!(m.contains("language"), "{m}");
    let m = message(JsChecker::new(Some(JsValue::from_str("en").unchecked_into())));
    assert!(m.contains("options"), "{m}");
    let m = message(JsChecker::new(options(r#"{"lang":5}"#)));
    assert!(m.contains("bad options"), "{m}");

    let checker = JsChecker::new(None).expect("default checker");
    let m = message(checker.check(JsValue::from_f64(42.0)));
    assert!(m.contains("must be a string") && m.contains("number"), "{m}");
    let m = message(checker.check(JsValue::UNDEFINED));
    assert!(m.contains("undefined"), "{m}");
    let m = message(checker.apply_fixes(BLOCK.into(), Some("always".into())));
    assert!(m.contains("minSafety"), "{m}");
}

#[wasm_bindgen_test]
fn text_over_the_limit_is_refused_with_the_limit_named() {
    assert_eq!(max_text_bytes(), 16 << 20);
    let max = max_text_bytes() as i32;
    let checker = JsChecker::new(None).expect("default checker");
    // More UTF-16 units than the limit: refused before the text is copied in.
    let long: JsString = JsString::from("a").repeat(max + 1);
    let m = message(checker.check(long.into()));
    assert!(m.contains("at least 16777217 bytes") && m.contains("split it into parts"), "{m}");
    // Fewer units, more bytes (three per character): refused by the engine, exact size.
    let cjk: JsString = JsString::from("币").repeat(max / 3 + 1);
    let m = message(checker.apply_fixes(cjk.into(), None));
    assert!(m.contains(&format!("the text is {} bytes", (max_text_bytes() / 3 + 1) * 3)), "{m}");
}

#[wasm_bindgen_test]
fn check_html_spans_are_utf16_offsets_into_the_html() {
    let checker = JsChecker::new(None).expect("default checker");
    let html = "<p>😀𠀀 出U，价格私聊<span style=\"display:none\">加V：abc12345</span></p>";
    let report = checker.check_html(html.into()).expect("a report");
    assert_eq!(get_str(&report, "verdict"), "block");
    let units: Vec<u16> = html.encode_utf16().collect();
    assert_eq!(get_num(&report, "length") as usize, units.len());
    let extracted = get_str(&report, "extractedText");
    assert!(extracted.starts_with("😀𠀀 出U"), "{extracted}");
    let mut hidden = false;
    for f in findings(&report) {
        let (start, end) = (get_num(&f, "start") as usize, get_num(&f, "end") as usize);
        assert_eq!(String::from_utf16(&units[start..end]).unwrap(), get_str(&f, "text"));
        for e in js_sys::Array::from(&get(&f, "evidence")).iter() {
            let span = get(&e, "span");
            let (s, t) = (get_num(&span, "start") as usize, get_num(&span, "end") as usize);
            assert_eq!(String::from_utf16(&units[s..t]).unwrap(), get_str(&e, "text"));
            hidden |=
                js_sys::Array::from(&get(&e, "evasion")).iter().any(|x| x.as_string().as_deref() == Some("hidden"));
        }
    }
    assert!(hidden, "the hidden route says so");
}

#[wasm_bindgen_test]
fn settings_as_an_object() {
    let mention = "欢迎来到币安咖啡门店，今天新品上市。";
    let plain = JsChecker::new(None).expect("default checker");
    let fp = get_str(&findings(&check(&plain, &mention.into()))[0], "fingerprint");
    let allowed = JsChecker::new(options(r#"{"settings":{"allow":["币安咖啡"]}}"#)).expect("object settings");
    let report = check(&allowed, &mention.into());
    assert_eq!(get_str(&report, "verdict"), "pass");
    let suppressed = js_sys::Array::from(&get(&report, "suppressed"));
    assert_eq!(get_str(&suppressed.get(0), "by"), "allow: 币安咖啡");
    let object = JsChecker::new(options(&format!(r#"{{"settings":{{"ignore":["{fp}"]}}}}"#))).expect("object settings");
    assert_eq!(get_str(&check(&object, &mention.into()), "verdict"), "pass");
    let term = r#"{"settings":{"term":[{"term":"某某链","role":"entity","weight":0.8,"tags":["crypto"]}],"severity":{"exchange.mention":"note"}}}"#;
    assert!(JsChecker::new(options(term)).is_ok(), "terms and severities as values");
    for (bad, names) in [
        (r#"{"settings":{"ignore":["nope"]}}"#, "ignore"),
        (r#"{"settings":{"alow":["x"]}}"#, "alow"),
        (r#"{"settings":{"severity":{"no.such.rule":"off"}}}"#, "no.such.rule"),
        (r#"{"settings":{"term":[{"term":"x","role":"villain","weight":0.5}]}}"#, "villain"),
        (r#"{"settings":7}"#, "object"),
        (r#"{"settings":["allow"]}"#, "object"),
    ] {
        let m = message(JsChecker::new(options(bad)));
        assert!(m.contains("bad settings") && m.contains(names), "{bad}: {m}");
    }
}

/// The text of a `draftlint.toml` is read by the pack reader; the lean module says where.
#[wasm_bindgen_test]
fn settings_as_toml_text() {
    let mention = "欢迎来到币安咖啡门店，今天新品上市。";
    let text = JsChecker::new(options(r#"{"settings":"allow = [\"币安咖啡\"]"}"#));
    if cfg!(feature = "pack-files") {
        assert_eq!(get_str(&check(&text.expect("TOML settings"), &mention.into()), "verdict"), "pass");
        let m = message(JsChecker::new(options(r#"{"settings":"ignore = [\"nope\"]"}"#)));
        assert!(m.contains("bad settings") && m.contains("settings:1") && m.contains("ignore"), "{m}");
    } else {
        let m = message(text);
        assert!(m.contains("bad settings") && m.contains("draftlint/packs"), "{m}");
    }
}

#[cfg(feature = "pack-files")]
#[wasm_bindgen_test]
fn packs_from_files() {
    let files = default_pack_files().expect("files");
    assert!(get(&files, "rules.toml").is_string());
    let custom = JsChecker::from_pack(files.clone(), None).expect("the default pack loads");
    assert_eq!(get_str(&check(&custom, &BLOCK.into()), "verdict"), "block");
    // A pack names its verdicts (here renamed), or leaves them named by their ids.
    let manifest = get_str(&files, "pack.toml");
    let renamed = Object::assign(&Object::new(), files.unchecked_ref());
    let text = manifest.replace("将被拦截", "会被处理");
    Reflect::set(&renamed, &"pack.toml".into(), &text.as_str().into()).expect("settable");
    let labels = JsChecker::from_pack(renamed.into(), None).expect("loads").labels().expect("labels");
    assert_eq!(get_str(&get(&labels, "verdicts"), "block"), "会被处理");
    let start = manifest.find("[verdicts]").expect("the default pack names its verdicts");
    let end = start + manifest[start..].find("\n\n").expect("a blank line after the table");
    let unnamed = Object::assign(&Object::new(), files.unchecked_ref());
    let text = format!("{}{}", &manifest[..start], &manifest[end..]);
    Reflect::set(&unnamed, &"pack.toml".into(), &text.as_str().into()).expect("settable");
    let labels = JsChecker::from_pack(unnamed.into(), None).expect("loads").labels().expect("labels");
    assert_eq!(get_str(&get(&labels, "verdicts"), "block"), "block");

    let missing = Object::assign(&Object::new(), files.unchecked_ref());
    Reflect::delete_property(&missing, &"rules.toml".into()).expect("deletable");
    let m = message(JsChecker::from_pack(missing.into(), None));
    assert!(m.contains("bad pack") && m.contains("rules.toml"), "{m}");

    let broken = Object::assign(&Object::new(), files.unchecked_ref());
    Reflect::set(&broken, &"clauses.toml".into(), &"[[clause]\nid = ".into()).expect("settable");
    let m = message(JsChecker::from_pack(broken.into(), None));
    assert!(m.contains("clauses.toml"), "{m}");

    let m = message(JsChecker::from_pack(JsValue::from_str("pack.toml"), None));
    assert!(m.contains("bad pack"), "{m}");
    let numbers = js_sys::JSON::parse(r#"{"pack.toml": 1}"#).expect("json");
    let m = message(JsChecker::from_pack(numbers, None));
    assert!(m.contains("bad pack"), "{m}");
    let m = message(JsChecker::from_pack(files, options(r#"{"lang":"xx"}"#)));
    assert!(m.contains("lang"), "{m}");
}

#[wasm_bindgen_test]
fn fixes_apply_and_change_the_verdict() {
    let checker = JsChecker::new(None).expect("default checker");
    let report = check(&checker, &BLOCK.into());
    let f = &findings(&report)[0];
    let fix = get(f, "fix");
    assert!(js_sys::Array::from(&get(&fix, "edits")).length() > 0, "the route fix has edits");
    let fixed = checker.apply_fixes(BLOCK.into(), Some("unsafe".into())).expect("fixed");
    assert_ne!(fixed, BLOCK);
    let after = check(&checker, &fixed.as_str().into());
    assert_ne!(get_str(&after, "verdict"), "block", "{fixed}");
    let unchanged = "今天天气很好。";
    assert_eq!(checker.apply_fixes(unchanged.into(), None).expect("text"), unchanged);
}

#[wasm_bindgen_test]
fn one_finding_s_fix_applies_to_its_own_text_only() {
    let checker = JsChecker::new(None).expect("default checker");
    let text = format!("😀{BLOCK}");
    let report = check(&checker, &text.as_str().into());
    let list = findings(&report);
    let f = list
        .iter()
        .find(|f| js_sys::Array::from(&get(&get(f, "fix"), "edits")).length() > 0)
        .expect("a finding with edits");
    let fixed = apply_fix(text.as_str().into(), f.clone()).expect("applied");
    assert!(fixed.starts_with('😀') && !fixed.contains("abc12345"), "{fixed}");
    // The same finding on a text that changed since: refused, with what to do.
    let m = message(apply_fix(BLOCK.into(), f.clone()));
    assert!(m.starts_with("draftlint: applyFix: ") && m.contains("check"), "{m}");
    // Advice only: refused, as canApplyFix says.
    let advice = js_sys::Object::assign(&Object::new(), f.unchecked_ref());
    let fix = js_sys::Object::assign(&Object::new(), get(f, "fix").unchecked_ref());
    Reflect::set(&fix, &"safety".into(), &"display-only".into()).expect("set");
    Reflect::set(&advice, &"fix".into(), &fix).expect("set");
    let m = message(apply_fix(text.as_str().into(), advice.into()));
    assert!(m.contains("advice only"), "{m}");
    let m = message(apply_fix(text.as_str().into(), JsValue::from_str("not a finding")));
    assert!(m.contains("finding must be a finding"), "{m}");
}

#[wasm_bindgen_test]
fn labels_name_a_report_s_ids_in_the_checker_s_language() {
    let zh = JsChecker::new(None).expect("checker").labels().expect("labels");
    assert_eq!(get_str(&get(&zh, "roles"), "steering"), "引导");
    assert_eq!(get_str(&get(&zh, "places"), "href"), "链接地址");
    let en = JsChecker::new(options(r#"{"lang":"en"}"#)).expect("checker").labels().expect("labels");
    assert_eq!(get_str(&get(&en, "evasions"), "pinyin"), "pinyin");
    assert_eq!(get_str(&get(&en, "penalties"), "ban"), "permanent ban");
    // The verdicts' names and the policy's name are the pack's.
    assert_eq!(get_str(&get(&zh, "verdicts"), "block"), "将被拦截");
    assert!(get_str(&zh, "pack").contains("3.24"), "{}", get_str(&zh, "pack"));
    assert_eq!(get_str(&get(&en, "verdicts"), "review"), "Review");
}

#[wasm_bindgen_test]
fn findings_read_back_sum_up_to_their_report() {
    let checker = JsChecker::new(None).expect("checker");
    let report = check(&checker, &BLOCK.into());
    let s = summarize(get(&report, "findings")).expect("a summary");
    for key in ["verdict", "penalty"] {
        assert_eq!(get_str(&s, key), get_str(&report, key));
    }
    assert_eq!(get_num(&s, "score"), get_num(&report, "score"));
    let decisive = js_sys::Array::from(&get(&s, "decisive"));
    assert_eq!(decisive.length() as usize, findings(&report).len());
    let m = message(summarize(JsValue::from_str("no")));
    assert!(m.contains("summarize(findings)"), "{m}");
}

/// Every detector's pattern compiles with the wasm's regex features (Cargo.toml: without
/// `unicode-perl` and `unicode-case`); a check compiles a pattern only when a text needs it.
#[wasm_bindgen_test]
fn every_detector_pattern_compiles() {
    let detectors = crate::detect::Detectors::new(&crate::pack::Pack::embedded().detect.words);
    while detectors.compile_next() {}
    let (compiled, all) = detectors.compiled();
    assert_eq!(compiled, all);
}

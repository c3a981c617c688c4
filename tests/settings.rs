//! An operator's settings (`draftlint.toml`): each key, fingerprints that survive edits
//! elsewhere, bad files named by file and line, and the CLI finding the file.

use std::process::Command;

use draftlint::settings::Settings;
use draftlint::{Checker, Pack, Report, Verdict};

const ROUTE: &str = "出U，价格私聊，加V：abc12345";
const MENTION: &str = "欢迎来到币安咖啡门店，今天新品上市。";

fn with(toml: &str) -> Checker {
    let pack = Pack::embedded();
    let settings = Settings::parse("draftlint.toml", toml, &pack).unwrap_or_else(|e| panic!("{e}"));
    Checker::with_settings(pack, settings)
}

fn rules(r: &Report) -> Vec<&str> {
    r.findings.iter().map(|f| f.rule_id.as_str()).collect()
}

#[test]
fn extra_terms_are_evidence() {
    let text = "今天聊聊某某链的行情。";
    assert_eq!(Checker::default().check(text).unwrap().verdict, Verdict::Pass);
    let r = with("[[term]]\nterm = \"某某链\"\nrole = \"entity\"\nweight = 1.0\n").check(text).unwrap();
    assert_eq!(r.verdict, Verdict::Review, "{:?}", rules(&r));
    assert!(r.findings[0].evidence.iter().any(|e| e.source == "draftlint.toml:1"), "{:?}", r.findings[0].evidence);
}

#[test]
fn allow_words_are_never_evidence_and_say_what_they_removed() {
    let plain = Checker::default().check(MENTION).unwrap();
    assert_eq!(plain.verdict, Verdict::Review);
    let r = with("allow = [\"币安咖啡\"]").check(MENTION).unwrap();
    assert_eq!(r.verdict, Verdict::Pass);
    assert_eq!(r.suppressed.len(), 1);
    assert_eq!(r.suppressed[0].by, "allow: 币安咖啡");
    assert_eq!(r.suppressed[0].fingerprint, plain.findings[0].fingerprint);
    assert_eq!(r.settings.as_deref(), Some("draftlint.toml"));
    // An allow word that is itself a pack term (the account's own brand) silences it too.
    let r = with("allow = [\"币安\"]").check(MENTION).unwrap();
    assert_eq!(r.verdict, Verdict::Pass, "{:?}", rules(&r));
    assert_eq!(r.suppressed[0].by, "allow: 币安");
    // An allow word elsewhere changes nothing about a route.
    let r = with("allow = [\"币安咖啡\"]").check(ROUTE).unwrap();
    assert_eq!(r.verdict, Verdict::Block);
    assert!(r.suppressed.is_empty());
}

#[test]
fn ignored_fingerprints_are_removed_and_listed() {
    let plain = Checker::default().check(MENTION).unwrap();
    let fp = &plain.findings[0].fingerprint;
    let r = with(&format!("ignore = [\"{fp}\"]")).check(MENTION).unwrap();
    assert_eq!(r.verdict, Verdict::Pass);
    assert_eq!(r.suppressed[0].by, format!("ignore: {fp}"));
    // The same words in another text, with other sentences around: still dismissed.
    let moved = format!("今天天气很好。\n{MENTION}\n明天见。");
    let r = with(&format!("ignore = [\"{fp}\"]")).check(&moved).unwrap();
    assert_eq!(r.verdict, Verdict::Pass, "{:?}", rules(&r));
}

#[test]
fn severities_cap_note_and_switch_off() {
    let r = with("[severity]\nexchange = \"review\"").check(ROUTE).unwrap();
    assert_eq!(r.verdict, Verdict::Review);
    let r = with(
        "[severity]\n\"exchange.route\" = \"note\"\n\"exchange.entry\" = \"note\"\n\"exchange.platform\" = \"note\"",
    )
    .check(ROUTE)
    .unwrap();
    assert!(r.findings.iter().all(|f| f.note || f.clause != "exchange"), "{:?}", rules(&r));
    assert!(r.findings.iter().filter(|f| f.note).all(|f| !f.decisive));
    let r = with("[severity]\nexchange = \"off\"\nintermediary = \"off\"").check(ROUTE).unwrap();
    assert!(r.findings.iter().all(|f| f.clause != "exchange" && f.clause != "intermediary"));
    assert!(r.suppressed.iter().any(|s| s.by == "severity: off (exchange)"), "{:?}", r.suppressed);
}

#[test]
fn a_fingerprint_survives_edits_elsewhere_and_changes_with_its_own_words() {
    let c = Checker::default();
    let fp = |text: &str| {
        c.check(text).unwrap().findings.iter().find(|f| f.rule_id == "exchange.route").unwrap().fingerprint.clone()
    };
    let base = fp(&format!("开头一段。\n{ROUTE}"));
    assert_eq!(base, fp(&format!("完全不同的开头，还多写了几句。\n另起一行。\n{ROUTE}")));
    assert_eq!(base, fp(&format!("{ROUTE}\n结尾加了一句。")));
    assert_ne!(base, fp("出U，价格私聊，加V：xyz99999"));
    assert!(draftlint::settings::is_fingerprint(&base), "{base}");
}

#[test]
fn bad_settings_name_the_file_line_and_key() {
    let pack = Pack::embedded();
    let cases = [
        ("colour = 1\n", 1, "colour"),
        ("allow = [\"a\"]\n\n[[term]]\nterm = \"x\"\nrole = \"boss\"\nweight = 0.5\n", 3, "role `boss`"),
        ("[[term]]\nterm = \"x\"\nrole = \"entity\"\nclauses = \"lottery\"\nweight = 0.5\n", 1, "no clause `lottery`"),
        ("[[term]]\nterm = \"x\"\nrole = \"entity\"\nweight = 3\n", 1, "weight 3"),
        ("\n[[term]]\nterm = \"x\"\nrole = \"entity\"\nweight = 1\ntags = [\"crypt\"]\n", 2, "unknown tag \"crypt\""),
        ("ignore = [\"abc\"]\n", 1, "fingerprint"),
        ("\n[severity]\nexchange = \"loud\"\n", 3, "not one of block, review, note, off"),
        ("\n\n[severity]\n\"no.such\" = \"off\"\n", 4, "no rule or clause `no.such`"),
        ("allow = [\n", 1, "unclosed array"),
    ];
    for (src, line, piece) in cases {
        let err = Settings::parse("my.toml", src, &pack).expect_err(src);
        assert_eq!(err.file, "my.toml");
        assert_eq!(err.line, Some(line), "{src:?}: {err}");
        assert!(err.to_string().contains(piece), "{src:?}: {err}");
    }
}

#[test]
fn the_cli_finds_the_file_in_parent_folders_and_shows_it() {
    let tmp = tempfile::tempdir().unwrap();
    let deep = tmp.path().join("a/b");
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(tmp.path().join("draftlint.toml"), "allow = [\"币安咖啡\"]\n").unwrap();
    std::fs::write(deep.join("post.txt"), MENTION).unwrap();
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_draftlint"))
            .args(args)
            .current_dir(&deep)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (code, out, _) = run(&["check", "--fail-on", "review", "post.txt"]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("draftlint.toml") && out.contains("allow: 币安咖啡"), "{out}");
    let (code, out, _) = run(&["check", "--fail-on", "review", "--no-config", "post.txt"]);
    assert_eq!(code, Some(1), "{out}");
    std::fs::write(deep.join("bad.toml"), "ignore = [\"nope\"]\n").unwrap();
    let (code, _, err) = run(&["check", "--config", "bad.toml", "post.txt"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("bad.toml:1") && err.contains("ignore"), "{err}");
}

#[test]
fn settings_given_as_values_validate_as_a_file_does() {
    use draftlint::settings::{Given, GivenTerm};
    let pack = Pack::embedded();
    let toml = "allow = [\"币安咖啡\"]\nignore = []\n[[term]]\nterm = \"某某链\"\nrole = \"entity\"\nweight = 0.8\n\
                [severity]\n\"exchange.mention\" = \"note\"\n";
    let file = Settings::parse("s", toml, &pack).expect("the file loads");
    let term =
        GivenTerm { term: "某某链".into(), role: "entity".into(), clauses: "*".into(), weight: 0.8, tags: vec![] };
    let given = Given {
        term: vec![term.clone()],
        allow: vec!["币安咖啡".into()],
        ignore: vec![],
        severity: [("exchange.mention".to_string(), "note".to_string())].into(),
    };
    let value = Settings::from_given("s", &given, &pack).expect("the value loads");
    // The same settings; a term's `line` is where it stands: line 3 of the file, the
    // first of the list.
    assert_eq!((file.terms[0].line, value.terms[0].line), (3, 1));
    let same_line = |mut s: Settings| {
        s.terms.iter_mut().for_each(|t| t.line = 0);
        s
    };
    assert_eq!(same_line(file), same_line(value));
    // The same checks, without a line to name.
    let bad = Given { term: vec![GivenTerm { role: "villain".into(), ..term }], ..Given::default() };
    let e = Settings::from_given("settings", &bad, &pack).unwrap_err();
    assert_eq!(e.line, None);
    assert!(e.to_string().starts_with("settings: term `某某链`: role `villain`"), "{e}");
    let e = Settings::from_given("settings", &Given { ignore: vec!["fp-1".into()], ..Given::default() }, &pack)
        .unwrap_err();
    assert!(e.message.contains("fingerprint"), "{e}");
}

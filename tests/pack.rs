//! The embedded pack keeps its own promises: every rule's examples pass, every rule has
//! examples both ways, every clause can block, and the pack folder is what is embedded.
//!
//! Loading errors (bad lines, unknown clauses, duplicates) are unit-tested in `src/pack.rs`.

use std::collections::BTreeSet;
use std::path::Path;

use draftlint::pack::Status;
use draftlint::{Checker, Lang, Pack, Verdict};

#[test]
fn rule_examples_pass() {
    let failures = Checker::default().check_examples();
    let listed: Vec<String> = failures.iter().map(|f| format!("  {f}")).collect();
    assert!(failures.is_empty(), "{} rule examples fail:\n{}", failures.len(), listed.join("\n"));
}

#[test]
fn every_rule_has_examples_both_ways() {
    for rule in &Pack::embedded().rules {
        assert!(!rule.catches.is_empty(), "{} ({}) has no `catches` example", rule.id, rule.origin);
        assert!(!rule.allows.is_empty(), "{} ({}) has no `allows` example", rule.id, rule.origin);
        for example in rule.catches.iter().chain(&rule.allows) {
            assert!(!example.trim().is_empty(), "{} ({}) has an empty example", rule.id, rule.origin);
        }
    }
}

#[test]
fn every_clause_can_block() {
    let pack = Pack::embedded();
    for (i, clause) in pack.clauses.iter().enumerate() {
        let blocking: Vec<&str> = pack
            .rules
            .iter()
            .filter(|r| r.clause == i && r.max_verdict == Verdict::Block && r.status == Status::Stable)
            .map(|r| r.id.as_str())
            .collect();
        assert!(!blocking.is_empty(), "clause `{}` has no stable rule that blocks", clause.id);
    }
}

#[test]
fn rule_ids_are_namespaced_by_clause() {
    let pack = Pack::embedded();
    for rule in &pack.rules {
        let clause = &pack.clauses[rule.clause].id;
        let name = rule.id.strip_prefix(&format!("{clause}.")).unwrap_or("");
        assert!(
            !name.is_empty() && !name.contains('.'),
            "rule `{}` ({}) should be `{clause}.<name>`",
            rule.id,
            rule.origin
        );
    }
}

#[test]
fn every_message_in_both_languages() {
    let pack = Pack::embedded();
    for lang in [Lang::Zh, Lang::En] {
        for c in &pack.clauses {
            for (field, text) in [("title", &c.title), ("summary", &c.summary), ("why", &c.why), ("fix", &c.fix)] {
                assert!(!text.get(lang).trim().is_empty(), "clause `{}`: {field} is empty in {lang:?}", c.id);
            }
        }
        for r in &pack.rules {
            for (field, text) in [("message", &r.message), ("explanation", &r.explanation), ("fix", &r.fix)] {
                assert!(
                    !text.get(lang).trim().is_empty(),
                    "rule `{}` ({}): {field} is empty in {lang:?}",
                    r.id,
                    r.origin
                );
            }
        }
    }
}

fn files_under(dir: &Path, prefix: &str, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.file_type().unwrap().is_dir() {
            files_under(&entry.path(), &format!("{name}/"), out);
        } else if !name.ends_with(".md") {
            out.insert(name);
        }
    }
}

/// A file added to the pack folder but not to the embedded list would be read by
/// `--pack packs/wechat-crypto` and silently missing from the binary.
#[test]
fn the_pack_folder_is_what_is_embedded() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("packs/wechat-crypto");
    let mut on_disk = BTreeSet::new();
    files_under(&dir, "", &mut on_disk);
    let embedded: BTreeSet<String> = Pack::embedded_files().iter().map(|(p, _)| p.to_string()).collect();
    assert_eq!(on_disk, embedded, "packs/wechat-crypto and Pack::embedded_files() differ");
}

/// A report says it is one at its end as well as at its start: the same market notes
/// are commentary (review) unsigned and a news report (pass) with a reporter's byline. A
/// warning at the end does not make a guide a report.
#[test]
fn a_byline_at_the_end_makes_a_text_a_report() {
    let checker = Checker::default();
    let notes = "比特币价格本周在六万美元附近震荡。\n多家机构继续增持比特币现货ETF。\n\
                 以太坊的链上手续费降到了年内低点。\n市场人士对下半年的走势看法不一。";
    assert_eq!(checker.check(notes).unwrap().verdict, Verdict::Review);
    let signed = format!("{notes}\n（本报记者 李明 综合报道）");
    assert_eq!(checker.check(&signed).unwrap().verdict, Verdict::Pass);
    let guide = "第一步：下载交易所APP并注册账号。\n第二步：完成实名认证，用人民币买入USDT。\n\
                 第三步：把USDT换成比特币。\n币圈风险高，若不了解，切勿触碰。";
    assert_eq!(checker.check(guide).unwrap().verdict, Verdict::Block);
}

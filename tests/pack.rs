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

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

/// A warning that retells cases names many things weakly (a chat group, buying and selling,
/// a commission, a top-up), each lowered by the text's genre; together they used to reach a
/// block score. A block needs one piece of evidence that keeps its weight (`block_floor`),
/// and a route offered at the end still blocks.
#[test]
fn weak_signals_across_a_warning_do_not_block() {
    let checker = Checker::default();
    let warning = "防骗提醒｜暑假打工别踩这些坑\n\
        暑假到了，不少同学想找份兼职。派出所民警整理了几个真实案例，请大家认真看完。\n\
        案例一：小赵在一个兼职交流群里看到消息，说帮人在平台上买卖泰达币，每单提成百分之三。\n\
        他加了对方的联系方式，按要求下载软件、注册账号，用自己的银行卡收款后再转出。\n\
        没过几天，他的银行卡被冻结了，原来收到的都是诈骗赃款。\n\
        案例二：小孙被拉进一个所谓的藏品投资交流群，群主天天发抢购攻略，说藏品一上线就会翻倍。\n\
        小孙充值了两千元，买到的藏品一直卖不出去，平台很快关闭。\n\
        案例三：小钱接到自称交易所客服的电话，对方说他的账户异常，让他把钱转到安全账户。\n\
        民警提醒：虚拟货币交易在我国属于非法金融活动，不要参与任何形式的买币卖币。\n\
        不出借银行卡和收款码，不加入来路不明的投资群，遇到可疑情况及时报警。";
    assert_ne!(checker.check(warning).unwrap().verdict, Verdict::Block);
    let with_route = format!("{warning}\n想赚钱的加我微信 zhuanqian8899，带你一起买U搬砖，日赚五百。");
    assert_eq!(checker.check(&with_route).unwrap().verdict, Verdict::Block);
}

#[test]
fn the_authors_own_told_you_is_not_a_report() {
    // `told` reports someone else's words (a news story lowers what it says); `i told you`
    // is the author's own voice and lowers nothing. Without the subject, the shill below
    // read as a report and passed.
    let checker = Checker::default();
    let own = "Guys the coin i told you about is on Uniswap now, grab a bag before it moons.";
    assert_ne!(checker.check(own).unwrap().verdict, Verdict::Pass);
}

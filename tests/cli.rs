//! The `draftlint` binary as a user meets it: exit codes, stdin, JSON output, batch mode,
//! `explain` and `test-pack`.
//!
//! The texts are chosen so that their verdicts do not depend on the pack's tuning: an OTC
//! ad with a WeChat id blocks, a news report and a walk in the park pass, a price
//! prediction in the author's own voice asks for review.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use draftlint::{Checker, Pack};
use serde_json::{json, Value};

/// An OTC desk selling USDT ("U") with a WeChat contact: block (`exchange`).
const BLOCK: &str = "出U，价格私聊，加V：abc12345";
/// A news report about a crypto crime: pass.
const NEWS: &str = "据新华社报道，警方近日破获一起利用虚拟货币洗钱的案件。";
/// Nothing about crypto at all: pass.
const PLAIN: &str = "今天天气很好，我们去公园散步。";
/// A price prediction in the author's voice, no way in: review.
const REVIEW: &str = "比特币今天涨到了十万美元，我觉得还会继续涨。";

fn draftlint(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_draftlint"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the draftlint binary runs");
    // The binary may exit before reading stdin (usage errors): ignore a broken pipe.
    let _ = child.stdin.take().expect("piped stdin").write_all(stdin);
    child.wait_with_output().expect("draftlint finishes")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

fn describe(args: &[&str], out: &Output) -> String {
    format!(
        "draftlint {}\n--- status {:?}\n--- stdout\n{}\n--- stderr\n{}",
        args.join(" "),
        out.status.code(),
        stdout(out),
        stderr(out)
    )
}

#[track_caller]
fn expect_code(args: &[&str], stdin: &[u8], code: i32) -> Output {
    let out = draftlint(args, stdin);
    assert_eq!(out.status.code(), Some(code), "{}", describe(args, &out));
    out
}

fn json(out: &Output) -> Value {
    serde_json::from_str(&stdout(out)).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", stdout(out)))
}

/// `(args, stdin, exit code, a piece of stderr)`: the cases that need nothing but stdin.
const CASES: &[(&[&str], &str, i32, &str)] = &[
    (&["check", "-"], NEWS, 0, ""),
    (&["check", "-"], PLAIN, 0, ""),
    (&["check"], PLAIN, 0, ""),
    (&["check", "-"], BLOCK, 1, ""),
    (&["check"], BLOCK, 1, ""),
    (&["check", "-"], REVIEW, 0, ""),
    (&["check", "--fail-on", "review", "-"], REVIEW, 1, ""),
    (&["check", "--fail-on", "review", "-"], NEWS, 0, ""),
    (&["check", "--fail-on", "block", "-"], REVIEW, 0, ""),
    (&["check", "--format", "json", "-"], BLOCK, 1, ""),
    (&["check", "-"], " \n\t\u{3000}\r\n", 2, "empty"),
    (&["check", "-"], "", 2, "empty"),
    (&["check", "/nonexistent/draft.txt"], "", 2, "cannot read /nonexistent/draft.txt"),
    (&["check", "--no-such-flag", "-"], BLOCK, 2, "--no-such-flag"),
    (&["check", "--format", "yaml", "-"], BLOCK, 2, "yaml"),
    (&["frobnicate"], "", 2, "frobnicate"),
    (&["explain", "nosuchid"], "", 2, "nosuchid"),
    (&["explain", "exchange"], "", 0, ""),
    (&["explain", "exchange.route"], "", 0, ""),
    (&["explain", "all"], "", 0, ""),
];

#[test]
fn exit_codes() {
    for &(args, stdin, code, message) in CASES {
        let out = expect_code(args, stdin.as_bytes(), code);
        assert!(stderr(&out).contains(message), "stderr lacks {message:?}:\n{}", describe(args, &out));
        if code == 0 || code == 1 {
            assert!(!stdout(&out).is_empty(), "no output:\n{}", describe(args, &out));
        }
    }
}

#[test]
fn files_and_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_string()
    };
    let news = write("news.txt", NEWS.as_bytes());
    let block = write("block.md", BLOCK.as_bytes());
    let bom = write("bom.txt", format!("\u{FEFF}{NEWS}").as_bytes());
    let latin1 = write("latin1.txt", b"caf\xe9 \xff\xfe");
    let empty = write("empty.txt", b"");
    let blank = write("blank.txt", b"  \n\n\t");

    expect_code(&["check", &news], b"", 0);
    expect_code(&["check", &bom], b"", 0);
    expect_code(&["check", &block], b"", 1);
    let out = expect_code(&["check", &news, &block], b"", 1);
    assert!(stdout(&out).contains(&news) && stdout(&out).contains(&block), "{}", describe(&[], &out));

    let out = expect_code(&["check", &latin1], b"", 2);
    assert!(stderr(&out).contains("not valid UTF-8"), "{}", describe(&[&latin1], &out));
    assert!(stderr(&out).contains("offset 3"), "the first bad byte is at 3: {}", stderr(&out));
    for path in [&empty, &blank] {
        let out = expect_code(&["check", path], b"", 2);
        assert!(stderr(&out).contains("empty"), "{}", describe(&[path], &out));
    }

    // A bad file among good ones: the good ones are still reported, the bad one gets an
    // error object in its place, and the run exits 2.
    let out = expect_code(&["check", "--format", "json", &news, &empty, &block], b"", 2);
    let reports = json(&out);
    let reports = reports.as_array().expect("an array for several files");
    let files: Vec<&str> = reports.iter().map(|r| r["file"].as_str().unwrap()).collect();
    assert_eq!(files, [news.as_str(), empty.as_str(), block.as_str()]);
    assert!(reports[0]["verdict"].is_string() && reports[2]["verdict"].is_string());
    assert!(reports[1]["error"].as_str().unwrap().contains("empty"), "{}", reports[1]);

    // One unreadable file alone: an error object, not an empty array.
    let out = expect_code(&["check", "--format", "json", &empty], b"", 2);
    assert!(json(&out)["error"].is_string(), "{}", describe(&[], &out));

    // stdin only once.
    let out = expect_code(&["check", "-", "-"], b"x", 2);
    assert!(stderr(&out).contains("only once"), "{}", stderr(&out));
}

#[test]
fn json_report_shape() {
    let out = expect_code(&["check", "--format", "json", "-"], BLOCK.as_bytes(), 1);
    let r = json(&out);
    assert_eq!(r["verdict"], "block");
    assert_eq!(r["file"], "stdin");
    let score = r["score"].as_u64().expect("score is a number");
    assert!((1..=100).contains(&score), "score {score}");
    assert_eq!(r["pack"]["id"], "wechat-crypto");
    assert!(r["pack"]["version"].is_string());
    assert_eq!(r["length"].as_u64(), Some(BLOCK.encode_utf16().count() as u64));
    assert!(r["clauses"].as_array().unwrap().iter().any(|c| c["clause"] == "exchange" && c["verdict"] == "block"));
    // Clause titles come from the pack, in the report's language: nobody keeps a copy.
    let pack = Pack::embedded();
    let title = |id: &str| pack.clauses.iter().find(|c| c.id == id).map(|c| c.title.zh.clone());
    for c in r["clauses"].as_array().unwrap() {
        assert_eq!(c["title"].as_str().map(str::to_string), title(c["clause"].as_str().unwrap()), "{c}");
    }

    let findings = r["findings"].as_array().expect("findings is an array");
    assert!(!findings.is_empty());
    for f in findings {
        for key in
            ["ruleId", "clause", "severity", "penalty", "penaltyLabel", "message", "explanation", "text", "decisive"]
        {
            assert!(f.get(key).is_some(), "finding lacks {key}: {f}");
        }
        assert_eq!(f["clauseTitle"].as_str().map(str::to_string), title(f["clause"].as_str().unwrap()), "{f}");
        let span = &f["span"];
        for key in ["start", "end", "byteStart", "byteEnd", "charStart", "charEnd", "line", "column"] {
            assert!(span[key].is_u64(), "span lacks {key}: {span}");
        }
        assert_eq!(f["start"], span["start"]);
        assert_eq!(f["end"], span["end"]);
        let bytes = span["byteStart"].as_u64().unwrap() as usize..span["byteEnd"].as_u64().unwrap() as usize;
        assert_eq!(BLOCK.get(bytes), f["text"].as_str());
        assert!(f["sentence"]["byteEnd"].is_u64());
        for e in f["evidence"].as_array().unwrap() {
            assert!(e["span"]["start"].is_u64() && e["role"].is_string() && e["source"].is_string(), "{e}");
        }
        assert!(f["fix"]["safety"].is_string() && f["fix"]["edits"].is_array());
    }
    assert!(findings.iter().any(|f| f["decisive"] == true && f["severity"] == "block"));

    let out = expect_code(&["check", "--format", "json"], NEWS.as_bytes(), 0);
    let r = json(&out);
    assert_eq!(r["verdict"], "pass");
    assert_eq!(r["score"], 0);
    assert_eq!(r["findings"].as_array().map(Vec::len), Some(0));
    assert!(r["penalty"].is_null());
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

#[test]
fn english_messages() {
    let out = expect_code(&["check", "--format", "json", "--lang", "en", "-"], BLOCK.as_bytes(), 1);
    let r = json(&out);
    for f in r["findings"].as_array().unwrap() {
        for key in ["message", "penaltyLabel"] {
            let s = f[key].as_str().unwrap();
            assert!(!s.is_empty() && !has_cjk(s), "{key} is not English: {s:?}");
        }
        assert!(!has_cjk(f["fix"]["message"].as_str().unwrap()), "fix: {}", f["fix"]["message"]);
    }
    let zh = json(&expect_code(&["check", "--format", "json", "-"], BLOCK.as_bytes(), 1));
    assert!(has_cjk(zh["findings"][0]["message"].as_str().unwrap()), "the default language is Chinese");

    let human = stdout(&expect_code(&["check", "--lang", "en", "-"], BLOCK.as_bytes(), 1));
    assert!(human.contains("BLOCK") && human.contains("score") && human.contains("risks"), "{human}");
    let human = stdout(&expect_code(&["check", "--lang", "en", "-"], PLAIN.as_bytes(), 0));
    assert!(human.contains("PASS") && human.contains("Nothing breaks the policy"), "{human}");

    let explained = stdout(&expect_code(&["explain", "--lang", "en", "exchange"], b"", 0));
    assert!(explained.contains("What it catches") && explained.contains("How to fix"), "{explained}");
}

#[test]
fn human_output_names_the_clause_by_its_title() {
    // The pack's title, in the output's language, after the clause id a pack author knows.
    let zh = stdout(&expect_code(&["check", "--color", "never", "-"], BLOCK.as_bytes(), 1));
    assert!(zh.contains("[exchange — 虚拟货币兑换与交易入口 / exchange."), "{zh}");
    let en = stdout(&expect_code(&["check", "--color", "never", "--lang", "en", "-"], BLOCK.as_bytes(), 1));
    assert!(en.contains("[exchange — Crypto exchange and trading entry / exchange."), "{en}");
    let rule = stdout(&expect_code(&["explain", "--lang", "en", "exchange.route"], b"", 0));
    assert!(rule.lines().next().unwrap_or("").contains("[exchange — Crypto exchange and trading entry / "), "{rule}");
}

#[test]
fn jsonl_batch() {
    let lines = [
        serde_json::json!({ "id": 1, "text": BLOCK }).to_string(),
        serde_json::json!({ "id": "news-2", "text": NEWS }).to_string(),
        "{\"id\": 3, \"text\": ".to_string(),
        String::new(), // blank lines are skipped
        serde_json::json!({ "id": 4 }).to_string(),
        serde_json::json!({ "id": "five", "text": 42 }).to_string(),
        serde_json::json!({ "id": 6, "text": " \n " }).to_string(),
        serde_json::json!(["not", "an", "object"]).to_string(),
        serde_json::json!({ "id": 7.5, "text": REVIEW, "extra": true }).to_string(),
    ];
    let input = lines.join("\n") + "\n";
    let expected: [(Value, Option<&str>); 8] = [
        (1.into(), Some("block")),
        ("news-2".into(), Some("pass")),
        (Value::Null, None),
        (4.into(), None),
        ("five".into(), None),
        (6.into(), None),
        (Value::Null, None),
        (7.5.into(), Some("review")),
    ];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("drafts.jsonl");
    std::fs::write(&path, &input).unwrap();

    for source in [path.to_str().unwrap(), "-"] {
        let args = ["check", "--jsonl", source];
        let out = expect_code(&args, input.as_bytes(), 2);
        let got: Vec<Value> = stdout(&out)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("line is not JSON ({e}): {l}")))
            .collect();
        assert_eq!(got.len(), expected.len(), "{}", describe(&args, &out));
        for (line, (id, verdict)) in got.iter().zip(&expected) {
            assert_eq!(&line["id"], id, "{line}");
            match verdict {
                Some(v) => {
                    assert_eq!(line["verdict"], *v, "{line}");
                    assert!(line.get("error").is_none() && line["findings"].is_array(), "{line}");
                }
                None => {
                    let error = line["error"].as_str().unwrap_or_else(|| panic!("no error: {line}"));
                    assert!(!error.is_empty());
                    assert!(line.get("verdict").is_none(), "{line}");
                }
            }
        }
        assert!(got[2]["error"].as_str().unwrap().contains("JSON"), "{}", got[2]);
        assert!(got[3]["error"].as_str().unwrap().contains("missing"), "{}", got[3]);
        assert!(got[4]["error"].as_str().unwrap().contains("string"), "{}", got[4]);
        assert!(got[5]["error"].as_str().unwrap().contains("empty"), "{}", got[5]);
    }

    // Without bad lines the exit code follows the verdicts.
    let clean = [serde_json::json!({ "id": 1, "text": NEWS }), serde_json::json!({ "id": 2, "text": PLAIN })];
    let clean: String = clean.iter().map(|v| format!("{v}\n")).collect();
    expect_code(&["check", "--jsonl", "-"], clean.as_bytes(), 0);
    let with_block = format!("{clean}{}\n", serde_json::json!({ "id": 3, "text": BLOCK }));
    expect_code(&["check", "--jsonl", "-"], with_block.as_bytes(), 1);
    let with_review = format!("{clean}{}\n", serde_json::json!({ "id": 3, "text": REVIEW }));
    expect_code(&["check", "--jsonl", "-"], with_review.as_bytes(), 0);
    expect_code(&["check", "--fail-on", "review", "--jsonl", "-"], with_review.as_bytes(), 1);
    expect_code(&["check", "--jsonl", "/nonexistent/drafts.jsonl"], b"", 2);
}

#[test]
fn jsonl_jobs_keep_the_input_order() {
    // Enough lines for several chunks per worker, with errors and blank lines among them.
    let mut input = String::new();
    for i in 0..400 {
        let line = match i % 5 {
            0 => json!({ "id": i, "text": BLOCK }).to_string(),
            1 => json!({ "id": i, "text": format!("{NEWS} {i}") }).to_string(),
            2 => format!("{{\"id\": {i}, \"text\": "),
            3 => String::new(),
            _ => json!({ "id": i, "text": REVIEW }).to_string(),
        };
        input.push_str(&line);
        input.push('\n');
    }
    let one = expect_code(&["check", "--jsonl", "-", "--jobs", "1"], input.as_bytes(), 2);
    let rows: Vec<Value> = stdout(&one).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 320, "blank lines are skipped");
    // The reports come in the input's order: ids, and for bad lines their line numbers.
    for (row, i) in rows.iter().zip((0..400).filter(|i| i % 5 != 3)) {
        if i % 5 == 2 {
            assert_eq!(row["line"], i + 1, "{row}");
        } else {
            assert_eq!(row["id"], i, "{row}");
        }
    }
    for jobs in ["2", "3", "16"] {
        let many = expect_code(&["check", "--jsonl", "-", "--jobs", jobs], input.as_bytes(), 2);
        assert!(stdout(&many) == stdout(&one), "--jobs {jobs} printed other lines than --jobs 1");
    }
    let out = expect_code(&["check", "--jsonl", "-", "--jobs", "0"], b"", 2);
    assert!(stderr(&out).contains("--jobs"), "{}", stderr(&out));
    let out = expect_code(&["check", "--jobs", "2", "-"], b"x", 2);
    assert!(stderr(&out).contains("--jsonl"), "{}", stderr(&out));
}

#[test]
fn explain_prints_clauses_and_rules() {
    let pack = Pack::embedded();
    let all = stdout(&expect_code(&["explain", "all"], b"", 0));
    for c in &pack.clauses {
        assert!(all.contains(&c.id), "`explain all` lacks clause {}", c.id);
    }
    for r in &pack.rules {
        assert!(all.contains(&r.id), "`explain all` lacks rule {}", r.id);
    }

    let clause = stdout(&expect_code(&["explain", "exchange"], b"", 0));
    assert!(clause.starts_with("exchange"), "{clause}");
    for r in pack.rules.iter().filter(|r| pack.clauses[r.clause].id == "exchange") {
        assert!(clause.contains(&r.id), "`explain exchange` lacks {}:\n{clause}", r.id);
        for example in r.catches.iter().chain(&r.allows) {
            assert!(clause.contains(example.as_str()), "`explain exchange` lacks the example {example:?}");
        }
    }

    let rule = stdout(&expect_code(&["explain", "exchange.route"], b"", 0));
    assert!(rule.starts_with("exchange.route"), "{rule}");
    assert!(rule.contains("needs:"), "{rule}");

    let out = expect_code(&["explain", "nosuchid"], b"", 2);
    assert!(stderr(&out).contains("exchange"), "the error lists the clauses: {}", stderr(&out));
}

#[test]
fn test_pack_embedded() {
    let checker = Checker::default();
    let failures = checker.check_examples();
    let pack = checker.pack();
    let examples: usize = pack.rules.iter().map(|r| r.catches.len() + r.allows.len()).sum();
    let summary = format!(
        "{} rules, {} terms, {} examples, {} failing",
        pack.rules.len(),
        pack.terms.len(),
        examples,
        failures.len()
    );
    // Exit 1 while examples fail; every failure is printed.
    let out = expect_code(&["test-pack"], b"", if failures.is_empty() { 0 } else { 1 });
    let text = stdout(&out);
    assert_eq!(text.lines().last(), Some(summary.as_str()), "{text}");
    assert_eq!(text.lines().filter(|l| l.starts_with("FAIL ")).count(), failures.len(), "{text}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn test_pack_on_a_folder() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("packs/wechat-crypto");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pack");
    copy_dir(&source, &dir);
    let dir_arg = dir.to_str().unwrap();

    // The untouched copy loads: the exit code says only whether examples pass.
    let expected = if Checker::default().check_examples().is_empty() { 0 } else { 1 };
    let out = expect_code(&["test-pack", dir_arg], b"", expected);
    assert!(stdout(&out).contains(" rules, "), "{}", stdout(&out));
    expect_code(&["check", "--pack", dir_arg, "-"], BLOCK.as_bytes(), 1);

    // A broken lexicon line: the error names the file and the line, exit 2.
    let entity = dir.join("lexicon/entity.tsv");
    let mut lexicon = std::fs::read_to_string(&entity).unwrap();
    if !lexicon.ends_with('\n') {
        lexicon.push('\n');
    }
    let line = lexicon.lines().count() + 1;
    lexicon.push_str("测试专用词条\t*\theavy\t-\n");
    std::fs::write(&entity, lexicon).unwrap();
    for args in
        [vec!["test-pack", dir_arg], vec!["check", "--pack", dir_arg, "-"], vec!["explain", "--pack", dir_arg, "all"]]
    {
        let out = expect_code(&args, BLOCK.as_bytes(), 2);
        let err = stderr(&out);
        assert!(err.contains(&format!("lexicon/entity.tsv:{line}")), "the error names file and line {line}:\n{err}");
        assert!(err.contains("heavy"), "{err}");
        assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    }

    // A folder that is not a pack.
    let out = expect_code(&["test-pack", tmp.path().join("nowhere").to_str().unwrap()], b"", 2);
    assert!(stderr(&out).contains("pack.toml"), "{}", stderr(&out));
}

/// `eval` on a folder `external/`: whole sources are held out for validation, their table is
/// printed, and their misses are never listed, whatever the flags.
#[test]
fn eval_holds_out_validation_sources() {
    use draftlint::eval::{split, Part, Sample};

    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("external");
    std::fs::create_dir(&dir).unwrap();
    let sources = [
        "alpha/one:a.md",
        "beta/two:b.md",
        "https://www.gamma.example/p/1",
        "delta/four:d.md",
        "https://eps.example/x",
    ];
    // Every item is a miss: a walk in the park labelled block.
    let lines: Vec<String> = sources
        .iter()
        .enumerate()
        .map(|(i, src)| {
            json!({"id": format!("xitem{i}x"), "lang": "zh", "label": "block", "clauses": ["exchange"], "text": PLAIN, "source": src})
                .to_string()
        })
        .collect();
    let corpus = dir.join("sample.jsonl");
    std::fs::write(&corpus, lines.join("\n")).unwrap();
    let samples: Vec<Sample> = lines.iter().map(|l| serde_json::from_str(l).unwrap()).collect();
    let parts = split(&samples, true);
    let ids = |want: Part| -> Vec<String> {
        samples.iter().zip(&parts).filter(|(_, p)| **p == want).map(|(s, _)| s.id.clone()).collect()
    };
    let (tuning, validation) = (ids(Part::Tuning), ids(Part::Validation));
    assert_eq!((tuning.len(), validation.len()), (3, 2), "five sources alternate");
    let path = corpus.to_str().unwrap();

    let out = expect_code(&["eval", path], b"", 0);
    let text = stdout(&out);
    for piece in ["-- tuning part (3 items)", "-- validation part (2 items", "SUMMARY", "per source group", "alpha/one"]
    {
        assert!(text.contains(piece), "no {piece:?}:\n{text}");
    }

    let out = expect_code(&["eval", "--misses", path], b"", 0);
    let text = stdout(&out);
    for id in &tuning {
        assert!(text.contains(id.as_str()), "tuning miss {id} not listed:\n{text}");
    }
    for id in &validation {
        assert!(!text.contains(id.as_str()), "validation miss {id} listed:\n{text}");
    }
    assert!(text.contains("2 validation misses withheld"), "{text}");

    let out = expect_code(&["eval", "--misses", "--json", path], b"", 0);
    let text = stdout(&out);
    for id in &validation {
        assert!(!text.contains(id.as_str()), "validation miss {id} in JSON:\n{text}");
    }
    let v = json(&out);
    assert_eq!(v["validation_misses_withheld"], 2, "{v}");
    assert_eq!(v["summary"]["validation"]["all"]["items"], 2, "{v}");
    assert_eq!(v["summary"]["tuning"]["all"]["recall"], 0.0, "{v}");
    assert_eq!(v["files"][0]["tuning_misses"].as_array().map(Vec::len), Some(3), "{v}");
}

/// `fit`: from a pack whose default block threshold is set too high, fitting lowers it so
/// that routes labelled block block again; `--write` changes only the fitted numbers of
/// pack.toml (its comments kept), and validation items are never checked.
#[test]
fn fit_moves_values_the_labels_ask_for_and_writes_them() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("packs/wechat-crypto");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pack");
    copy_dir(&source, &dir);
    let manifest = dir.join("pack.toml");
    let original = std::fs::read_to_string(&manifest).unwrap();
    // `block = ` of [scoring] (not the verdict's name in [verdicts], above it).
    let at = original.find("[scoring]").expect("pack.toml has [scoring]");
    let (before, _) = original[at..].split_once("\nblock = ").expect("pack.toml sets scoring.block");
    let before = &original[..at + before.len()];
    let rest = &original[before.len() + "\nblock = ".len()..];
    let dir_arg = dir.to_str().unwrap();

    // Texts that the real threshold blocks and a raised one does not (scores in between);
    // which ones, and how far to raise, depends on the pack's words and weights, so the
    // threshold is the lowest of a few at which some candidate falls in between (the lower
    // it is, the fewer of the pack's own examples need a score above it).
    let candidates = [
        "Farming list for this week: bridge 0.05 ETH to the testnet, swap twice on the DEX, mint the free badge, verify on Discord. Finish before the snapshot.",
        "Unrelated tip: want to stack some sats? Join our Telegram t.example/satsclub, we walk newcomers through buying their first BTC.",
        "Seed round open to partners: min ticket $5,000, token price $0.002. Send USDT to 0x9e9cb0eb53f16947ccf25ec84d8dbc74254770f5 and DM the hash.",
        "Risk warning: crypto prices swing a lot. If you still want to start, open an account at Quorvex with code QV5521: https://quorvex-trade.example/invite/QV5521",
        "Staking pool open: lock your tokens and earn 2% daily, paid in USDT every midnight.",
        "Buy BTC with me, DM for the best rate.",
        "Buy BTC with me, message me for the best rate.",
        "Want BTC? I sell, DM for the rate.",
        "I sell USDT, message me for the price.",
    ];
    let blocked_now: Vec<&str> = candidates
        .iter()
        .copied()
        .filter(|t| draftlint(&["check", "-"], t.as_bytes()).status.code() == Some(1))
        .collect();
    let mut raised = String::new();
    let mut blocks: Vec<&str> = Vec::new();
    for threshold in ["0.7", "0.71", "0.72", "0.73", "0.74", "0.75", "0.76", "0.77", "0.78", "0.79", "0.8"] {
        raised = format!("{before}\nblock = {threshold}{}", &rest[rest.find('\n').unwrap()..]);
        std::fs::write(&manifest, &raised).unwrap();
        // `fit` starts only from values that pass the pack's own examples.
        if draftlint(&["test-pack", dir_arg], b"").status.code() != Some(0) {
            break;
        }
        blocks = blocked_now
            .iter()
            .copied()
            .filter(|t| draftlint(&["check", "--pack", dir_arg, "-"], t.as_bytes()).status.code() == Some(0))
            .collect();
        if !blocks.is_empty() {
            break;
        }
    }
    assert!(!blocks.is_empty(), "no candidate scores between the real threshold and one its examples allow");
    let passes = ["We walked in the park today and the weather was lovely.", PLAIN];
    let mut lines: Vec<String> = Vec::new();
    for (i, t) in blocks.iter().enumerate() {
        lines.push(json!({"id": format!("b{i}"), "lang": "en", "label": "block", "clauses": ["exchange"], "text": t, "family": format!("b{i}")}).to_string());
    }
    for (i, t) in passes.iter().enumerate() {
        lines.push(json!({"id": format!("p{i}"), "lang": "en", "label": "pass", "clauses": [], "text": t, "family": format!("p{i}")}).to_string());
    }
    let corpus = tmp.path().join("fit.jsonl");
    std::fs::write(&corpus, lines.join("\n")).unwrap();
    // An external file: of its two sources one is held out, and never checked.
    let external = tmp.path().join("external");
    std::fs::create_dir(&external).unwrap();
    let held = [("alpha/one:a.md", PLAIN), ("beta/two:b.md", PLAIN)]
        .iter()
        .enumerate()
        .map(|(i, (src, t))| {
            json!({"id": format!("x{i}"), "lang": "zh", "label": "pass", "clauses": [], "text": t, "source": src})
                .to_string()
        })
        .collect::<Vec<_>>();
    let external_file = external.join("x.jsonl");
    std::fs::write(&external_file, held.join("\n")).unwrap();
    let files = [corpus.to_str().unwrap(), external_file.to_str().unwrap()];

    let out = expect_code(&["fit", "--pack", dir_arg, files[0], files[1]], b"", 0);
    let text = stdout(&out);
    let tuning = format!("fit: {} tuning items (en {}, zh 1)", blocks.len() + 3, blocks.len() + 2);
    assert!(text.contains(&tuning), "{text}");
    assert!(text.contains("1 validation items not checked"), "{text}");
    // values, lang, items, recall, ...
    let recall = |line: &str| line.split_whitespace().nth(3).map(str::to_string);
    let hand = text.lines().find(|l| l.starts_with("hand") && l.contains(" en ")).and_then(recall);
    assert_eq!(hand.as_deref(), Some("0.000"), "the raised threshold misses the routes:\n{text}");
    let in_sample = text.split("in-sample").nth(1).unwrap_or("");
    let fitted = in_sample.lines().find(|l| l.starts_with("fitted") && l.contains(" en ")).and_then(recall);
    assert_eq!(fitted.as_deref(), Some("1.000"), "{text}");
    assert_eq!(std::fs::read_to_string(&manifest).unwrap(), raised, "no --write, no change");

    expect_code(&["fit", "--write", files[0]], b"", 2);
    expect_code(&["fit", "--pack", dir_arg, "--write", files[0], files[1]], b"", 0);
    let written = std::fs::read_to_string(&manifest).unwrap();
    let changed: Vec<(&str, &str)> = raised.lines().zip(written.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(raised.lines().count(), written.lines().count(), "{written}");
    assert!(!changed.is_empty(), "nothing written");
    for (old, new) in &changed {
        let key = |l: &str| l.split('=').next().unwrap_or("").trim().to_string();
        assert_eq!(key(old), key(new), "only values change: {old:?} → {new:?}");
        assert!(!old.trim_start().starts_with('#'), "a comment changed: {old:?}");
    }
    expect_code(&["test-pack", dir_arg], b"", 0);
    for t in blocks {
        expect_code(&["check", "--pack", dir_arg, "-"], t.as_bytes(), 1);
    }
}

/// `.html` files are read as HTML (`--input` overrides), and a JSONL line may carry
/// `"html"`: the hidden route blocks, and the report says where it was.
#[test]
fn html_files_and_html_lines() {
    let html = r#"<p>出U，价格私聊<span style="display:none">加V：abc12345</span></p>"#;
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("draft.html");
    std::fs::write(&file, html).unwrap();
    let out = expect_code(&["check", "--format", "json", file.to_str().unwrap()], b"", 1);
    let v = json(&out);
    assert_eq!(v["extractedText"], "出U，价格私聊加V：abc12345");
    let f = &v["findings"][0];
    let (a, b) = (f["span"]["byteStart"].as_u64().unwrap() as usize, f["span"]["byteEnd"].as_u64().unwrap() as usize);
    assert_eq!(&html[a..b], f["text"].as_str().unwrap());
    assert!(
        v["findings"].as_array().unwrap().iter().any(|f| f["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["evasion"][0] == "hidden")),
        "{v}"
    );
    // As text, the markup is just text: no extractedText.
    let out = expect_code(&["check", "--format", "json", "--input", "text", file.to_str().unwrap()], b"", 1);
    assert!(json(&out).get("extractedText").is_none());
    // Human output names the place.
    let out = expect_code(&["check", "--color", "never", "--lang", "en", file.to_str().unwrap()], b"", 1);
    assert!(stdout(&out).contains("hidden"), "{}", stdout(&out));

    let lines = format!("{}\n{}\n", json!({"id": "h", "html": html}), json!({"id": "both", "html": html, "text": "x"}));
    let out = expect_code(&["check", "--jsonl", "-"], lines.as_bytes(), 2);
    let text = stdout(&out);
    let rows: Vec<Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows[0]["verdict"], "block", "{text}");
    assert_eq!(rows[0]["extractedText"], "出U，价格私聊加V：abc12345");
    assert!(rows[1]["error"].as_str().unwrap().contains("not both"), "{text}");
}

/// A reader that stops reading (`draftlint eval | head -1`) is no error: every command that
/// prints a lot exits 0 without a panic message when its stdout is closed early.
#[test]
fn a_closed_stdout_is_not_a_crash() {
    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("packs/wechat-crypto");
    let pack = pack.to_str().expect("UTF-8 path");
    let trace_input = "出U，价格私聊，加V：abc12345\n".repeat(2000);
    for (args, stdin) in [
        (vec!["eval", "--json"], ""),
        (vec!["eval"], ""),
        (vec!["test-pack", pack], ""),
        (vec!["trace", "-"], trace_input.as_str()),
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_draftlint"))
            .args(&args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the draftlint binary runs");
        // Close our end of stdout before the binary writes anything.
        drop(child.stdout.take());
        let _ = child.stdin.take().expect("piped stdin").write_all(stdin.as_bytes());
        let out = child.wait_with_output().expect("draftlint finishes");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?} panicked on a closed stdout: {err}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    }
}

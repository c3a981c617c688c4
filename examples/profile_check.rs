//! Checks the project corpus, joined into one long document, many times: a target for
//! `perf record` / `valgrind --tool=callgrind` when looking for where check time goes.
//!
//! `cargo run --release --example profile_check [ROUNDS]`

use draftlint::Checker;

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(50);
    let corpus = std::fs::read_to_string("tests/corpus/draftlint.jsonl").expect("run from the project folder");
    let mut doc = String::new();
    for line in corpus.lines() {
        if let Some(i) = line.find("\"text\": \"") {
            let rest = &line[i + 9..];
            if let Some(j) = rest.find("\", \"") {
                doc.push_str(&rest[..j].replace("\\n", "\n"));
                doc.push('\n');
            }
        }
    }
    let checker = Checker::default();
    let started = std::time::Instant::now();
    let mut findings = 0;
    for _ in 0..rounds {
        findings += checker.check(&doc).map(|r| r.findings.len()).unwrap_or(0);
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{} bytes x {rounds}: {:.1} MB/s ({findings} findings)",
        doc.len(),
        (doc.len() * rounds) as f64 / secs / 1e6
    );
}

//! Builds a checker from the embedded pack, ROUNDS times, and checks FILE CHECKS times with
//! each: a target for `valgrind --tool=callgrind` when looking for where checker
//! construction goes (and, with a file, what the first check adds to it).
//!
//! `cargo run --release --example profile_build [ROUNDS] [FILE CHECKS]`

use draftlint::{Checker, Pack};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let rounds: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(20);
    let text = args.get(2).map(|p| std::fs::read_to_string(p).expect("a readable file"));
    let checks: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(1);
    let started = std::time::Instant::now();
    let mut rules = 0;
    for _ in 0..rounds {
        let checker = Checker::new(Pack::embedded());
        rules += std::hint::black_box(&checker).pack().rules.len();
        if let Some(text) = &text {
            for _ in 0..checks {
                rules += checker.check(text).map(|r| r.findings.len()).unwrap_or(0);
            }
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!("{rounds} rounds ({rules}): {:.2} ms each", secs * 1e3 / rounds as f64);
}

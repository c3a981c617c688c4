//! Builds a checker from the embedded pack, ROUNDS times: a target for
//! `valgrind --tool=callgrind` when looking for where checker construction goes.
//!
//! `cargo run --release --example profile_build [ROUNDS]`

use draftlint::{Checker, Pack};

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(20);
    let started = std::time::Instant::now();
    let mut rules = 0;
    for _ in 0..rounds {
        let checker = Checker::new(Pack::embedded());
        rules += std::hint::black_box(&checker).pack().rules.len();
    }
    let secs = started.elapsed().as_secs_f64();
    println!("{rounds} checkers ({rules} rules): {:.2} ms each", secs * 1e3 / rounds as f64);
}

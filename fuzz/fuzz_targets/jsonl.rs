//! One line of `draftlint check --jsonl` on arbitrary bytes: a report or an error message,
//! never a panic.
#![no_main]

use std::sync::OnceLock;

use draftlint::Checker;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static C: OnceLock<Checker> = OnceLock::new();
    let checker = C.get_or_init(Checker::default);
    match draftlint::batch::check_line(checker, data) {
        Ok((_, report)) => assert!(report.findings.iter().all(|f| f.span.byte_start.0 <= f.span.byte_end.0)),
        Err((_, message)) => assert!(!message.is_empty()),
    }
});

//! Pack loading from arbitrary files: the embedded pack with one file replaced by the
//! fuzzer's bytes (the first byte picks the file) loads or fails with an error, never a
//! panic; a pack that loads checks a text and runs its examples.
#![no_main]

use draftlint::{Checker, Pack};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let mut files: Vec<(String, String)> =
        Pack::embedded_files().iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
    let slot = pick as usize % (files.len() + 1);
    let content = String::from_utf8_lossy(rest).into_owned();
    if slot == files.len() {
        files.push(("lexicon/extra.tsv".to_string(), content));
    } else {
        files[slot].1 = content;
    }
    if let Ok(pack) = Pack::from_files(&files) {
        let checker = Checker::new(pack);
        let _ = checker.check("出U，价格私聊，加V：abc12345。Buy $abc now at https://x.example/join/123");
        let _ = checker.check_examples();
    }
});

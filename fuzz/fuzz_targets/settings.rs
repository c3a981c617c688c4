//! Settings from arbitrary text: `Settings::parse` loads or fails with a file and message,
//! never a panic; settings that load build a checker whose reports keep their spans valid.
#![no_main]

use std::sync::OnceLock;

use draftlint::settings::Settings;
use draftlint::{Checker, Pack};
use libfuzzer_sys::fuzz_target;

const TEXT: &str = "欢迎来到币安咖啡门店。出U，价格私聊，加V：abc12345。Buy $abc now at https://x.example/join/123";

fuzz_target!(|data: &[u8]| {
    static PACK: OnceLock<Pack> = OnceLock::new();
    let pack = PACK.get_or_init(Pack::embedded);
    let Ok(src) = std::str::from_utf8(data) else { return };
    match Settings::parse("fuzz.toml", src, pack) {
        Err(e) => assert!(!e.message.is_empty() && e.file == "fuzz.toml"),
        Ok(settings) => {
            let checker = Checker::with_settings(pack.clone(), settings);
            let report = checker.check(TEXT).expect("a short text checks");
            for f in &report.findings {
                assert_eq!(&TEXT[f.span.bytes()], f.text);
                assert!(draftlint::settings::is_fingerprint(&f.fingerprint));
            }
            for s in &report.suppressed {
                assert!(!s.by.is_empty());
            }
        }
    }
});

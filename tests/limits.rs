//! Hostile input: the size limit holds in the engine and the CLI, says so clearly, and a
//! check's cost grows linearly with its input on shapes made to hurt (one very long line,
//! many short lines, one term repeated, separators between every character, emoji only).
//!
//! Linear time is tested without a clock limit: each shape is checked at n and at 8n
//! bytes, and the time must grow less than 24-fold (linear: 8-fold, a little more with
//! cache effects; quadratic: 64-fold). Time is the CPU time of the test's own thread, the
//! best of five runs of each size, so a busy machine (waiting for a core) does not count.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;
#[cfg(not(unix))]
use std::time::Instant;

use draftlint::{Checker, MAX_TEXT_BYTES};

#[test]
fn the_engine_refuses_text_over_the_limit_and_takes_text_at_it() {
    let checker = Checker::default();
    let over = "a".repeat(MAX_TEXT_BYTES + 1);
    let err = checker.check(&over).expect_err("over the limit").to_string();
    assert!(err.contains(&format!("at most {MAX_TEXT_BYTES} bytes")) && err.contains("split"), "{err}");
    assert!(err.contains(&(MAX_TEXT_BYTES + 1).to_string()), "says how long the text is: {err}");
    // Exactly at the limit, in three-byte characters plus ASCII: checked.
    let mut at = "币".repeat(MAX_TEXT_BYTES / 3);
    at.push_str(&"a".repeat(MAX_TEXT_BYTES - at.len()));
    assert_eq!(at.len(), MAX_TEXT_BYTES);
    let report = checker.check(&at).expect("a text at the limit is checked");
    assert_eq!(report.length.0, at.encode_utf16().count());
}

fn draftlint(args: &[&str], stdin: impl FnOnce(&mut std::process::ChildStdin)) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_draftlint"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("draftlint runs");
    let mut pipe = child.stdin.take().expect("stdin");
    stdin(&mut pipe);
    drop(pipe);
    child.wait_with_output().expect("draftlint ends")
}

#[test]
fn the_cli_refuses_a_file_or_stdin_over_the_limit() {
    let tmp = tempfile::tempdir().unwrap();
    // A sparse file: its size is known before anything is read.
    let path = tmp.path().join("huge.txt");
    std::fs::File::create(&path).unwrap().set_len(MAX_TEXT_BYTES as u64 + 100).unwrap();
    let out = draftlint(&["check", path.to_str().unwrap()], |_| {});
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("huge.txt") && err.contains(&format!("at most {MAX_TEXT_BYTES} bytes")), "{err}");

    // A pipe: read up to the limit and no further.
    let out = draftlint(&["check", "-"], |pipe| {
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..(MAX_TEXT_BYTES >> 20) + 1 {
            if pipe.write_all(&chunk).is_err() {
                break; // the reader stopped early: that is the point
            }
        }
    });
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("stdin: more than") && err.contains("split it into parts"), "{err}");
}

#[test]
fn a_jsonl_line_over_the_limit_is_an_error_in_its_place_and_the_batch_goes_on() {
    let out = draftlint(&["check", "--jsonl", "-"], |pipe| {
        pipe.write_all(b"{\"id\":\"first\",\"text\":\"").unwrap();
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..2 * (MAX_TEXT_BYTES >> 20) + 1 {
            pipe.write_all(&chunk).unwrap();
        }
        pipe.write_all("\"}\n{\"id\":\"second\",\"text\":\"出U，加V：abc12345\"}\n".as_bytes()).unwrap();
    });
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(lines[0]["line"], 1);
    assert!(lines[0]["error"].as_str().unwrap().contains("split the text"), "{}", lines[0]);
    assert_eq!(lines[1]["id"], "second");
    assert_eq!(lines[1]["verdict"], "block", "{}", lines[1]);
    assert_eq!(out.status.code(), Some(2), "a bad line makes the exit code 2");
}

/// The shapes, each `n` bytes long or a little more.
fn shapes(n: usize) -> Vec<(&'static str, String)> {
    let fill = |unit: &str| unit.repeat(n / unit.len() + 1);
    vec![
        ("one long line of words", fill("币安注册 btc usdt 合约 ")),
        ("many short lines", fill("币\n")),
        ("one term repeated", fill("比特币")),
        ("separators between every character", fill("币.安.注.册.")),
        ("emoji only", fill("😀")),
        ("one long URL", format!("https://x.example/{}", "a".repeat(n))),
        ("digits only", fill("8")),
        ("disguised words", fill("b-i-n-a-n-c-e 薇信 ")),
        // Each of these met a pairwise comparison once (every detection with every word).
        ("everyday words beside coin-shaped names", fill("货币政策和拉拉币，")),
        ("group invitations beside links", fill("进群 t.me/abcdef 领取 ")),
        ("spelled email addresses", fill("mail me at bob at gmail dot com ")),
        ("disguised keywords before IDs", fill("yaoqingma 88888 weixin abc12345 ")),
    ]
}

/// The CPU time this thread has used. Unlike wall-clock time it does not grow while the
/// thread waits for a core, so a loaded machine (CI, parallel builds) does not turn a
/// linear check into an apparent blow-up.
#[cfg(unix)]
fn thread_cpu_time() -> Duration {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid, writable timespec; the clock id is a constant the OS defines.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

#[cfg(not(unix))]
fn thread_cpu_time() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// The least CPU time of five checks of `text`.
fn best_of_five(checker: &Checker, text: &str) -> Duration {
    (0..5)
        .map(|_| {
            let started = thread_cpu_time();
            checker.check(text).expect("under the limit");
            thread_cpu_time().saturating_sub(started)
        })
        .min()
        .unwrap()
}

#[test]
fn checking_time_grows_linearly_on_hostile_shapes() {
    let checker = Checker::default();
    let small = 128 << 10;
    for ((name, a), (_, b)) in shapes(small).into_iter().zip(shapes(8 * small)) {
        let (ta, tb) = (best_of_five(&checker, &a), best_of_five(&checker, &b));
        let ratio = tb.as_secs_f64() / ta.as_secs_f64().max(1e-6);
        println!("{name}: {} bytes {ta:?}, {} bytes {tb:?}, ×{ratio:.1}", a.len(), b.len());
        assert!(ratio < 24.0, "{name}: 8× the text took {ratio:.1}× the time ({ta:?} → {tb:?})");
    }
}

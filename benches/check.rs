//! Benchmarks over the project's own texts (tests/corpus/draftlint.jsonl, Chinese and
//! English mixed), joined into posts of about 2,000 characters and into a 100 KB document.
//!
//! * `cold`: loading the embedded pack, and compiling it into a checker;
//! * `warm`: checking one post and the document with a ready checker (throughput in bytes);
//! * `html`: the same post as WeChat-editor-style HTML (each paragraph in a styled `<p>`,
//!   sentences in `<span>`s, about a third of the bytes markup), through `check_html`;
//! * `normalize`: the normalization pass alone.
//!
//! `make bench`, or `cargo bench --bench check -- --quick` for a short run.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use draftlint::normalize::Normalized;
use draftlint::{Checker, Pack};

/// The corpus texts, alternating languages so that every post mixes them.
fn texts() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/draftlint.jsonl");
    let corpus = std::fs::read_to_string(path).expect("the project corpus");
    let (mut zh, mut en) = (Vec::new(), Vec::new());
    for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let text = v["text"].as_str().expect("a text").to_string();
        if v["lang"] == "en" {
            en.push(text);
        } else {
            zh.push(text);
        }
    }
    let mut mixed = Vec::new();
    let (mut a, mut b) = (zh.into_iter(), en.into_iter());
    loop {
        match (a.next(), a.next(), b.next()) {
            (None, None, None) => break,
            (x, y, z) => mixed.extend([x, y, z].into_iter().flatten()),
        }
    }
    mixed
}

/// Joins texts, from the start and around again, until `enough(&joined)`.
fn join(texts: &[String], enough: impl Fn(&str) -> bool) -> String {
    let mut out = String::new();
    for t in texts.iter().cycle() {
        if enough(&out) {
            break;
        }
        out.push_str(t);
        out.push_str("\n\n");
    }
    out
}

/// The post as the WeChat editor writes it: a styled `<p>` per paragraph, a `<span>` per
/// sentence (text escaped).
fn as_html(post: &str) -> String {
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let mut html = String::from(r#"<section style="margin:0 8px;font-size:15px;line-height:1.75">"#);
    for paragraph in post.split("\n\n").filter(|p| !p.trim().is_empty()) {
        html.push_str(r#"<p style="text-align:justify">"#);
        for sentence in paragraph.split_inclusive(['。', '.', '！', '!']) {
            html.push_str(r#"<span style="color:#3f3f3f">"#);
            html.push_str(&escape(sentence));
            html.push_str("</span>");
        }
        html.push_str("</p>");
    }
    html.push_str("</section>");
    html
}

fn benches(c: &mut Criterion) {
    let texts = texts();
    let post = join(&texts, |s| s.chars().count() >= 2_000);
    let document = join(&texts, |s| s.len() >= 100_000);
    eprintln!(
        "post: {} chars, {} bytes; document: {} chars, {} bytes",
        post.chars().count(),
        post.len(),
        document.chars().count(),
        document.len()
    );
    let checker = Checker::default();

    let mut cold = c.benchmark_group("cold");
    cold.bench_function("pack_embedded", |b| b.iter(Pack::embedded));
    cold.bench_function("pack_and_checker", |b| b.iter(|| Checker::new(Pack::embedded())));
    cold.bench_function("pack_checker_and_one_post", |b| {
        b.iter(|| Checker::new(Pack::embedded()).check(black_box(&post)).unwrap().verdict)
    });
    cold.finish();

    let mut warm = c.benchmark_group("warm");
    warm.throughput(Throughput::Bytes(post.len() as u64));
    warm.bench_function("post_2000_chars", |b| b.iter(|| checker.check(black_box(&post)).unwrap()));
    warm.throughput(Throughput::Bytes(document.len() as u64));
    warm.bench_function("document_100kb", |b| b.iter(|| checker.check(black_box(&document)).unwrap()));
    warm.finish();

    let html = as_html(&post);
    eprintln!(
        "html post: {} bytes, {:.0}% markup",
        html.len(),
        100.0 * (1.0 - checker.check_html(&html).unwrap().extracted_text.unwrap().len() as f64 / html.len() as f64)
    );
    let mut markup = c.benchmark_group("html");
    markup.throughput(Throughput::Bytes(html.len() as u64));
    markup.bench_function("post_2000_chars", |b| b.iter(|| checker.check_html(black_box(&html)).unwrap()));
    markup.finish();

    let mut normalize = c.benchmark_group("normalize");
    normalize.throughput(Throughput::Bytes(post.len() as u64));
    normalize.bench_function("post_2000_chars", |b| b.iter(|| Normalized::new(black_box(&post))));
    normalize.throughput(Throughput::Bytes(document.len() as u64));
    normalize.bench_function("document_100kb", |b| b.iter(|| Normalized::new(black_box(&document))));
    normalize.finish();
}

criterion_group! {
    name = check;
    config = Criterion::default().sample_size(30);
    targets = benches
}
criterion_main!(check);

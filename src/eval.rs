//! Accuracy on a labelled corpus: precision, recall and false-positive rates per language
//! and clause, with the definitions of `shared/corpus/README.md` so numbers compare.
//!
//! * recall: block items called `block`; lenient recall: called `block` or `review`;
//! * hard false-positive rate: pass items called `block`; soft: called anything but `pass`;
//! * precision: items called `block` that are labelled block;
//! * review items: how many are called `review` (either other verdict is a smaller error).

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Deserialize;

use crate::{Checker, Verdict};

/// One labelled text (the fields of a corpus line that evaluation uses).
#[derive(Debug, Clone, Deserialize)]
pub struct Sample {
    /// Stable id.
    pub id: String,
    /// `zh` or `en`.
    pub lang: String,
    /// The expected verdict.
    pub label: Verdict,
    /// Clauses that apply (empty for pass).
    #[serde(default)]
    pub clauses: Vec<String>,
    /// The text.
    pub text: String,
}

/// Counts for one slice of a corpus (a language, or everything).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Items labelled block.
    pub block: usize,
    /// Block items called block.
    pub block_hit: usize,
    /// Block items called review.
    pub block_review: usize,
    /// Items labelled review.
    pub review: usize,
    /// Review items called review.
    pub review_hit: usize,
    /// Review items called block.
    pub review_block: usize,
    /// Items labelled pass.
    pub pass: usize,
    /// Pass items called block.
    pub pass_block: usize,
    /// Pass items called review.
    pub pass_review: usize,
}

impl Counts {
    fn add(&mut self, label: Verdict, got: Verdict) {
        match label {
            Verdict::Block => {
                self.block += 1;
                self.block_hit += (got == Verdict::Block) as usize;
                self.block_review += (got == Verdict::Review) as usize;
            }
            Verdict::Review => {
                self.review += 1;
                self.review_hit += (got == Verdict::Review) as usize;
                self.review_block += (got == Verdict::Block) as usize;
            }
            Verdict::Pass => {
                self.pass += 1;
                self.pass_block += (got == Verdict::Block) as usize;
                self.pass_review += (got == Verdict::Review) as usize;
            }
        }
    }

    /// Block items called block, over block items.
    pub fn recall(&self) -> f64 {
        ratio(self.block_hit, self.block)
    }

    /// Block items called block or review, over block items.
    pub fn lenient_recall(&self) -> f64 {
        ratio(self.block_hit + self.block_review, self.block)
    }

    /// Pass items called block, over pass items.
    pub fn hard_fp_rate(&self) -> f64 {
        ratio(self.pass_block, self.pass)
    }

    /// Pass items not called pass, over pass items.
    pub fn soft_fp_rate(&self) -> f64 {
        ratio(self.pass_block + self.pass_review, self.pass)
    }

    /// Items called block that are labelled block, over items called block.
    pub fn precision(&self) -> f64 {
        let called = self.block_hit + self.review_block + self.pass_block;
        if called == 0 {
            1.0
        } else {
            ratio(self.block_hit, called)
        }
    }

    /// Review items called review, over review items.
    pub fn review_agreement(&self) -> f64 {
        ratio(self.review_hit, self.review)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// One item the checker got wrong.
#[derive(Debug, Clone)]
pub struct Miss {
    /// The sample's id.
    pub id: String,
    /// Its language.
    pub lang: String,
    /// The label.
    pub label: Verdict,
    /// What the checker said.
    pub got: Verdict,
    /// The rules that fired.
    pub rules: Vec<String>,
}

/// The result of evaluating a corpus.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    /// Everything.
    pub all: Counts,
    /// Per language.
    pub by_lang: BTreeMap<String, Counts>,
    /// Per clause: (block items with the clause, of them called block), per language.
    pub by_clause: BTreeMap<(String, String), (usize, usize)>,
    /// Items whose verdict differs from the label.
    pub misses: Vec<Miss>,
}

/// Checks every sample and counts.
pub fn evaluate(checker: &Checker, samples: &[Sample]) -> Evaluation {
    let mut e = Evaluation::default();
    for s in samples {
        let (got, rules) = match checker.check(&s.text) {
            Ok(r) => (r.verdict, r.findings.iter().map(|f| format!("{}:{}", f.rule_id, f.severity)).collect()),
            Err(err) => (Verdict::Pass, vec![format!("error: {err}")]),
        };
        e.all.add(s.label, got);
        e.by_lang.entry(s.lang.clone()).or_default().add(s.label, got);
        if s.label == Verdict::Block {
            for c in &s.clauses {
                let slot = e.by_clause.entry((s.lang.clone(), c.clone())).or_default();
                slot.0 += 1;
                slot.1 += (got == Verdict::Block) as usize;
            }
        }
        if got != s.label {
            e.misses.push(Miss { id: s.id.clone(), lang: s.lang.clone(), label: s.label, got, rules });
        }
    }
    e
}

impl Evaluation {
    /// The tables, as text.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<6} {:>5} {:>7} {:>8} {:>9} {:>7} {:>7} {:>6} {:>8}",
            "lang", "items", "recall", "lenient", "precision", "hardFP", "softFP", "review", "rev=rev"
        );
        let rows = self.by_lang.iter().map(|(k, v)| (k.as_str(), v)).chain([("all", &self.all)]);
        for (name, c) in rows {
            let _ = writeln!(
                out,
                "{:<6} {:>5} {:>7.3} {:>8.3} {:>9.3} {:>7.3} {:>7.3} {:>6} {:>8.3}",
                name,
                c.block + c.review + c.pass,
                c.recall(),
                c.lenient_recall(),
                c.precision(),
                c.hard_fp_rate(),
                c.soft_fp_rate(),
                c.review,
                c.review_agreement()
            );
        }
        let _ = writeln!(out, "\nblock recall per clause:");
        for ((lang, clause), (n, hit)) in &self.by_clause {
            let _ = writeln!(out, "  {lang:<3} {clause:<13} {hit:>3}/{n:<3} {:.3}", ratio(*hit, *n));
        }
        out
    }
}

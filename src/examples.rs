//! Runs every rule's own examples: each `catches` text must get a finding from that rule
//! at the rule's highest verdict, and no `allows` text may get one from it at all.

use crate::{Checker, Verdict};

/// A rule example the checker gets wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    /// The rule.
    pub rule: String,
    /// Where it is defined.
    pub origin: String,
    /// The example text.
    pub text: String,
    /// What was expected and what happened.
    pub problem: String,
}

impl std::fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: rule `{}`: {}: {:?}", self.origin, self.rule, self.problem, self.text)
    }
}

impl Checker {
    /// Checks every rule's `catches` and `allows` examples; returns the failures.
    pub fn check_examples(&self) -> Vec<ExampleFailure> {
        let mut failures = Vec::new();
        for rule in &self.pack().rules {
            let fail = |text: &str, problem: String| ExampleFailure {
                rule: rule.id.clone(),
                origin: rule.origin.clone(),
                text: text.to_string(),
                problem,
            };
            let index = self.pack().rules.iter().position(|r| r.id == rule.id).unwrap_or(usize::MAX);
            for text in &rule.catches {
                let fired: Vec<(usize, Verdict)> = self.firings(text);
                let got = fired.iter().filter(|(r, _)| *r == index).map(|&(_, v)| v).max();
                if got != Some(rule.max_verdict) {
                    let names: Vec<String> =
                        fired.iter().map(|&(r, v)| format!("{}:{v}", self.pack().rules[r].id)).collect();
                    failures.push(fail(
                        text,
                        format!(
                            "must be caught at `{}`, got {} (rules that fired: {})",
                            rule.max_verdict,
                            got.map_or("nothing".to_string(), |v| format!("`{v}`")),
                            if names.is_empty() { "none".to_string() } else { names.join(", ") }
                        ),
                    ));
                }
            }
            for text in &rule.allows {
                if let Some(&(_, v)) = self.firings(text).iter().find(|(r, _)| *r == index) {
                    failures.push(fail(text, format!("must be allowed, got `{v}`")));
                }
                if rule.max_verdict == Verdict::Block {
                    if let Ok(report) = self.check(text) {
                        if report.verdict == Verdict::Block {
                            let by: Vec<&str> =
                                report.findings.iter().filter(|f| f.decisive).map(|f| &*f.rule_id).collect();
                            failures.push(fail(
                                text,
                                format!("an allowed text must not block (blocked by {})", by.join(", ")),
                            ));
                        }
                    }
                }
            }
        }
        failures
    }
}

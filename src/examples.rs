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
            for text in &rule.catches {
                let report = match self.check(text) {
                    Ok(r) => r,
                    Err(e) => {
                        failures.push(fail(text, e.to_string()));
                        continue;
                    }
                };
                let got = report.findings.iter().filter(|f| f.rule_id == rule.id).map(|f| f.severity).max();
                if got != Some(rule.max_verdict) {
                    let fired: Vec<String> = report.findings.iter().map(|f| format!("{}:{}", f.rule_id, f.severity)).collect();
                    failures.push(fail(
                        text,
                        format!(
                            "must be caught at `{}`, got {} (findings: {})",
                            rule.max_verdict,
                            got.map_or("nothing".to_string(), |v| format!("`{v}`")),
                            if fired.is_empty() { "none".to_string() } else { fired.join(", ") }
                        ),
                    ));
                }
            }
            for text in &rule.allows {
                let Ok(report) = self.check(text) else { continue };
                if let Some(f) = report.findings.iter().find(|f| f.rule_id == rule.id) {
                    failures.push(fail(text, format!("must be allowed, got `{}` on {:?}", f.severity, f.text)));
                }
                if rule.max_verdict == Verdict::Block && report.verdict == Verdict::Block {
                    let by: Vec<&str> = report.findings.iter().filter(|f| f.decisive).map(|f| f.rule_id.as_str()).collect();
                    failures.push(fail(text, format!("an allowed text must not block (blocked by {})", by.join(", "))));
                }
            }
        }
        failures
    }
}

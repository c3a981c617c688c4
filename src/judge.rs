//! Judging in context: turns matched evidence into findings, sentence by sentence.
//!
//! 1. Every lexicon hit and detector match becomes a [`Signal`] with a role, clauses, a
//!    weight and the sentence it is in.
//! 2. Context words (reporting, warnings, negation) set a factor for their sentence; when
//!    the text as a whole reads as a report or a warning, sentences without context words
//!    of their own get the pack's genre factor, except for concrete routes (links,
//!    contacts, codes), so that an ad cannot hide behind one sentence of news.
//! 3. Each rule is tried at each sentence holding its anchor role: the best evidence of
//!    every other role it needs is taken from the neighbouring sentences (the role's
//!    reach), weighted by the context factor of the sentence it is in, and summed with
//!    the pack's role weights into a score. The score against the rule's thresholds
//!    gives `block`, `review` or nothing.
//! 4. Per sentence and clause the strongest firing rule becomes a finding.

use crate::pack::{ClauseSet, Pack, Role, Rule, Status};
use crate::report::Verdict;

/// Where a signal came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// Index into the pack's terms.
    Term(usize),
    /// Index into the pack's detector roles.
    Detector(usize),
}

/// One piece of evidence in the normalized text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Signal {
    pub role: Role,
    pub clauses: ClauseSet,
    pub weight: f32,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub source: Source,
    /// Whether the words were obfuscated (separators, invisibles, width, look-alikes,
    /// pinyin) to get past filters.
    pub evasive: bool,
    /// Whether genre dampening spares it (concrete routes).
    pub concrete: bool,
}

/// A rule that fired at a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Firing {
    pub rule: usize,
    pub sentence: usize,
    pub verdict: Verdict,
    pub score: f32,
    /// Indices into the signals: the anchor first, then one per other role present.
    pub evidence: Vec<(usize, f32)>,
    /// Indices of signals whose words the fix removes.
    pub removable: Vec<usize>,
}

/// Per sentence: the factor its context words apply, and whether it has any.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sentence {
    pub start: usize,
    pub end: usize,
    pub factor: f32,
}

/// Sets each sentence's context factor from the context signals, then the genre factor.
pub(crate) fn context_factors(pack: &Pack, signals: &[Signal], sentences: &mut [Sentence]) {
    let mut own = vec![false; sentences.len()];
    let mut genre_hits = 0usize;
    let mut first_is_report = false;
    for s in signals.iter().filter(|s| s.role == Role::Context) {
        let sentence = &mut sentences[s.sentence];
        sentence.factor = sentence.factor.min(s.weight);
        if !own[s.sentence] {
            own[s.sentence] = true;
            if let Source::Term(t) = s.source {
                let term = &pack.terms[t];
                if ["reporting", "warning", "legal", "education"].iter().any(|k| term.has_tag(k)) {
                    genre_hits += 1;
                    if s.sentence == 0 {
                        first_is_report = true;
                    }
                }
            }
        }
    }
    let scoring = &pack.scoring;
    let counted = sentences.len().max(1) as f32;
    if first_is_report || genre_hits as f32 / counted >= scoring.genre_share {
        for (sentence, has_own) in sentences.iter_mut().zip(own) {
            if !has_own {
                sentence.factor = sentence.factor.min(scoring.genre_factor);
            }
        }
    }
}

/// The weight of a signal for a rule after context.
fn effective(rule: &Rule, s: &Signal, sentences: &[Sentence], anchor: bool) -> f32 {
    if rule.ignores_context || (s.role == Role::Entity && !anchor) {
        return s.weight;
    }
    let factor = sentences[s.sentence].factor;
    if s.concrete && factor > 0.0 {
        // Concrete routes are only lowered by their own sentence's context.
        return s.weight * factor.max(0.6);
    }
    s.weight * factor
}

fn fits(rule: &Rule, role: Role, s: &Signal) -> bool {
    if s.role != role {
        return false;
    }
    let clause_ok = s.clauses.has(rule.clause);
    match role {
        Role::Entity if rule.specific_entity => clause_ok && !s.clauses.is_any(),
        Role::Entity => clause_ok,
        _ => clause_ok,
    }
}

/// Tries every rule at every sentence; returns the firings, strongest per sentence and
/// clause, in sentence order.
pub(crate) fn judge(
    pack: &Pack,
    signals: &[Signal],
    sentences: &[Sentence],
    by_sentence: &[(usize, usize)],
) -> Vec<Firing> {
    let scoring = &pack.scoring;
    let mut best: Vec<Firing> = Vec::new();
    for (ri, rule) in pack.rules.iter().enumerate() {
        if rule.status == Status::Deprecated {
            continue;
        }
        let anchor_role = rule.needs[0];
        for (si, &(lo, hi)) in by_sentence.iter().enumerate() {
            // The best anchor in this sentence.
            let mut anchor: Option<(usize, f32)> = None;
            for (k, s) in signals[lo..hi].iter().enumerate() {
                if !fits(rule, anchor_role, s) || (rule.specific_anchor && s.clauses.is_any()) {
                    continue;
                }
                let w = effective(rule, s, sentences, true);
                if s.weight >= rule.min_anchor && anchor.is_none_or(|(_, b)| w > b) {
                    anchor = Some((lo + k, w));
                }
            }
            let Some((anchor_at, anchor_w)) = anchor else { continue };
            if anchor_w <= 0.0 {
                continue;
            }
            let mut score = scoring.weights[anchor_role.index()] * anchor_w;
            let mut evidence = vec![(anchor_at, anchor_w)];
            let mut evasive = signals[anchor_at].evasive;
            let mut missing = false;
            let roles = rule.needs[1..].iter().map(|r| (*r, true)).chain(rule.boosts.iter().map(|r| (*r, false)));
            for (role, needed) in roles {
                let reach = scoring.reach[role.index()];
                let from = si.saturating_sub(reach);
                let to = (si + reach).min(by_sentence.len() - 1);
                let (lo, hi) = (by_sentence[from].0, by_sentence[to].1);
                let mut pick: Option<(usize, f32)> = None;
                for (k, s) in signals[lo..hi].iter().enumerate() {
                    if lo + k == anchor_at && role == anchor_role {
                        continue;
                    }
                    if !fits(rule, role, s) {
                        continue;
                    }
                    let w = effective(rule, s, sentences, false);
                    // Nearer evidence wins ties.
                    let nearer = |b: usize| s.sentence.abs_diff(si) < signals[b].sentence.abs_diff(si);
                    if w > 0.0 && pick.is_none_or(|(b, bw)| w > bw || (w == bw && nearer(b))) {
                        pick = Some((lo + k, w));
                    }
                }
                match pick {
                    Some((at, w)) => {
                        score += scoring.weights[role.index()] * w;
                        evasive |= signals[at].evasive;
                        evidence.push((at, w));
                    }
                    None if needed => {
                        missing = true;
                        break;
                    }
                    None => {}
                }
            }
            if missing {
                continue;
            }
            if evasive {
                score += scoring.evasion_bonus;
            }
            let mut verdict = if score >= rule.block_at {
                Verdict::Block
            } else if score >= rule.review_at {
                Verdict::Review
            } else {
                continue;
            };
            verdict = verdict.min(rule.max_verdict);
            if rule.status == Status::Preview {
                verdict = verdict.min(Verdict::Review);
            }
            let removable = if rule.fix_removes.is_empty() {
                Vec::new()
            } else {
                let reach = rule.fix_removes.iter().map(|r| scoring.reach[r.index()]).max().unwrap_or(0);
                let from = si.saturating_sub(reach);
                let to = (si + reach).min(by_sentence.len() - 1);
                (by_sentence[from].0..by_sentence[to].1)
                    .filter(|&k| rule.fix_removes.contains(&signals[k].role) && signals[k].clauses.has(rule.clause))
                    .collect()
            };
            let firing = Firing { rule: ri, sentence: si, verdict, score, evidence, removable };
            // Keep the strongest firing per sentence and clause.
            match best.iter_mut().find(|f| f.sentence == si && pack.rules[f.rule].clause == rule.clause) {
                Some(f) if (f.verdict, f.score) < (firing.verdict, firing.score) => *f = firing,
                Some(_) => {}
                None => best.push(firing),
            }
        }
    }
    best.sort_by_key(|f| (f.sentence, f.rule));
    best
}

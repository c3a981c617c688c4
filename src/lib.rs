//! draftlint checks a WeChat Official Account draft against the platform's crypto and NFT
//! policy (operating rules clause 3.24) before it is published, and says which words break
//! which clause, why, what it risks and how to fix it.
//!
//! ```
//! use draftlint::{Checker, Verdict};
//!
//! let checker = Checker::default(); // the embedded `wechat-crypto` pack
//! let report = checker.check("出U，价格私聊，加V：abc12345").unwrap();
//! assert_eq!(report.verdict, Verdict::Block);
//! let finding = &report.findings[0];
//! println!("{}: {} ({})", finding.clause, finding.message, finding.text);
//!
//! let news = checker.check("据新华社报道，警方近日破获一起利用虚拟货币洗钱的案件。").unwrap();
//! assert_eq!(news.verdict, Verdict::Pass);
//! ```
//!
//! The data flows one way: normalize (with a map back to the original) → match (one
//! Aho-Corasick pass over the pack's lexicon plus a few regex detectors) → judge (evidence
//! per sentence and its neighbours, rules from the pack) → report (spans in UTF-16, chars
//! and bytes). The engine does no I/O; the CLI and the wasm package are thin doors.
#![deny(missing_docs)]

mod automaton;
#[cfg(feature = "cli")]
pub mod batch;
// Every build reads the embedded pack from its compiled form; a build without the
// `pack-files` feature (the lean wasm module) has no other way to load it.
mod compiled;
mod decode;
pub mod detect;
pub mod eval;
mod examples;
pub mod extract;
pub mod fix;
mod gate;
#[cfg(feature = "cli")]
pub mod json;
mod judge;
mod lexicon;
mod markup;
pub mod normalize;
mod order;
pub mod pack;
pub mod pos;
mod ranges;
pub mod report;
mod sentence;
pub mod settings;
pub mod span;
mod t2s;
mod vocab;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use examples::ExampleFailure;
pub use fix::FixError;
pub use pack::{Pack, PackError};
pub use report::{Lang, Report, SharedStr, Verdict};
pub use span::Span;

use std::collections::HashMap;

use decode::Decoded;
use detect::Detectors;
use judge::{PackedSource, Signal, Source};
use lexicon::{Lexicon, Variant};
use normalize::{Marks, Normalized};
use order::Key;
use pack::{FixSafety, Role, Tag};
use pos::{HtmlPos, NormPos, NormRange, OrigPos};
use ranges::Ranges;
use report::{ClauseScore, Edit, Evasion, Evidence, Finding, Fix, PackRef, Penalty};
use span::Locator;

/// The longest text [`Checker::check`] accepts: 16 MiB of UTF-8 (about 5.5 million Chinese
/// characters, some 800 WeChat articles at their 20,000-character limit). Longer input is
/// refused with a message saying so, in every door (CLI, JS API, page), instead of a tab or
/// a batch that runs out of memory: checking costs about 30 bytes of memory per byte of
/// text (README, "Hostile input").
pub const MAX_TEXT_BYTES: usize = 16 << 20;

/// The message for a text of `bytes` bytes over [`MAX_TEXT_BYTES`], the same in every door.
pub fn too_long_message(bytes: usize) -> String {
    let mib = |n: usize| n as f64 / (1u64 << 20) as f64;
    format!(
        "the text is {bytes} bytes ({:.1} MiB); draftlint checks at most {MAX_TEXT_BYTES} bytes ({:.0} MiB) at once: split it into parts",
        mib(bytes),
        mib(MAX_TEXT_BYTES)
    )
}

/// One sentence of [`Checker::trace`]: its context factor, its normalized text and the
/// signals found in it.
#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct TraceSentence {
    /// What context does to the sentence's evidence (1: nothing).
    pub factor: f32,
    /// The sentence as the checker read it.
    pub text: String,
    /// The signals in it, in text order.
    pub signals: Vec<TraceSignal>,
}

/// One signal of [`Checker::trace`].
#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct TraceSignal {
    /// Its role (`entity`, `action`, `steering`, …).
    pub role: &'static str,
    /// Its weight before context.
    pub weight: f32,
    /// The clauses it is tied to; empty for any clause (`*` in the lexicon).
    pub clauses: Vec<String>,
    /// The words, as read.
    pub words: String,
    /// The lexicon line or detector that found them.
    pub source: String,
}

/// Why a text could not be checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckError {
    message: String,
}

impl std::fmt::Display for CheckError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CheckError {}

/// A pack compiled for checking: build once, check many texts.
#[derive(Debug, Clone)]
pub struct Checker {
    pack: Pack,
    facts: judge::TermFacts,
    lexicon: Lexicon,
    detectors: Detectors,
    lang: Lang,
    /// The operator's settings, when given ([`Checker::with_settings`]).
    settings: Option<std::sync::Arc<settings::Settings>>,
    /// The same pack and settings without the allow words: what they suppressed is what
    /// this checker finds and the other does not.
    unallowed: Option<Box<Checker>>,
    /// The pack's words every finding repeats, in `lang`.
    words: SharedWords,
}

/// The pack's words a report repeats in every finding (rule and clause names, message,
/// explanation, fix, penalty, evidence sources), made once per checker in its language and
/// shared by the findings: a dense text has tens of thousands of findings, and an owned
/// copy of these in each was most of its report's memory.
#[derive(Debug, Clone)]
struct SharedWords {
    /// By rule index.
    rules: Vec<RuleWords>,
    /// By clause index: its id and title.
    clauses: Vec<(SharedStr, SharedStr)>,
    /// By [`Penalty::ALL`] index.
    penalties: Vec<SharedStr>,
    /// By detector index: `detector:<kind>`.
    detectors: Vec<SharedStr>,
}

#[derive(Debug, Clone)]
struct RuleWords {
    id: SharedStr,
    message: SharedStr,
    /// The explanation, and the same with the pack's sentence on disguised words after it.
    explanation: SharedStr,
    explanation_evasive: SharedStr,
    fix: SharedStr,
}

impl SharedWords {
    fn new(pack: &Pack, lang: Lang) -> SharedWords {
        let evasion = pack.messages.evasion.as_ref().map_or("", |m| m.get(lang));
        SharedWords {
            rules: pack
                .rules
                .iter()
                .map(|r| {
                    let explanation = r.explanation.get(lang);
                    RuleWords {
                        id: SharedStr::from(r.id.as_str()),
                        message: SharedStr::from(r.message.get(lang)),
                        explanation: SharedStr::from(explanation),
                        explanation_evasive: SharedStr::from(format!("{explanation}{evasion}")),
                        fix: SharedStr::from(r.fix.get(lang)),
                    }
                })
                .collect(),
            clauses: pack
                .clauses
                .iter()
                .map(|c| (SharedStr::from(c.id.as_str()), SharedStr::from(c.title.get(lang))))
                .collect(),
            penalties: Penalty::ALL.iter().map(|&p| SharedStr::from(pack.penalty_name(p, lang))).collect(),
            detectors: pack
                .detectors
                .iter()
                .map(|d| SharedStr::from(format!("detector:{}", d.kind.as_str())))
                .collect(),
        }
    }

    fn penalty(&self, penalty: Penalty) -> SharedStr {
        let i = Penalty::ALL.iter().position(|&p| p == penalty).unwrap_or(0);
        self.penalties[i].clone()
    }
}

impl Default for Checker {
    /// A checker with the embedded default pack and Chinese messages.
    fn default() -> Self {
        Checker::new(Pack::embedded())
    }
}

impl Checker {
    /// Compiles `pack`: its lexicon into one automaton, its detectors' patterns.
    pub fn new(pack: Pack) -> Checker {
        let lexicon = Lexicon::new(&pack);
        let facts = judge::TermFacts::new(&pack);
        let detectors = Detectors::new(&pack.detect.words);
        let words = SharedWords::new(&pack, Lang::Zh);
        Checker { pack, facts, lexicon, detectors, lang: Lang::Zh, settings: None, unallowed: None, words }
    }

    /// A checker for `pack` with an operator's settings layered on it (see [`settings`]):
    /// extra words, allow words, dismissed findings and severities. The pack's own rule
    /// examples are not re-checked: settings are the operator's choice.
    pub fn with_settings(pack: Pack, settings: settings::Settings) -> Checker {
        let unallowed = (!settings.allow.is_empty()).then(|| Box::new(Checker::new(settings.apply(&pack, false))));
        let mut checker = Checker::new(settings.apply(&pack, true));
        checker.settings = Some(std::sync::Arc::new(settings));
        checker.unallowed = unallowed;
        checker
    }

    /// Compiles now what the first checks would compile as they need it: the detectors'
    /// regexes are built on first use, which costs a first check tens of milliseconds (more
    /// in WebAssembly). A page calls this while it is idle (the worker does, right after
    /// building its checker), so that the author's first check is as fast as the next.
    /// Reports are the same either way.
    pub fn warm_up(&self) {
        while self.warm_up_step() {}
    }

    /// One step of [`Checker::warm_up`]: compiles one detector regex not compiled yet (a
    /// few milliseconds at most) and says whether there was one. A worker that calls it
    /// between messages warms up without keeping a check waiting for the whole of it.
    pub fn warm_up_step(&self) -> bool {
        self.detectors.compile_next() || self.unallowed.as_ref().is_some_and(|u| u.warm_up_step())
    }

    /// The settings this checker applies, if any.
    pub fn settings(&self) -> Option<&settings::Settings> {
        self.settings.as_deref()
    }

    /// The same checker, writing messages in `lang`.
    pub fn with_lang(mut self, lang: Lang) -> Checker {
        if lang != self.lang {
            self.words = SharedWords::new(&self.pack, lang);
        }
        self.lang = lang;
        if let Some(u) = self.unallowed.take() {
            self.unallowed = Some(Box::new(u.with_lang(lang)));
        }
        self
    }

    /// The pack this checker enforces.
    pub fn pack(&self) -> &Pack {
        &self.pack
    }

    /// The language of messages.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Checks an HTML draft (the WeChat editor's, or what an editor pastes): the text a
    /// reader sees, link targets, image text, cards and hidden text, each in its place (see
    /// [`extract`]). Spans point into `html` (`html[finding.span.bytes()]` is the flagged
    /// source: text, an attribute value or a hidden run); each finding also says where it
    /// was found (`place`) and where it is in the extracted text (`extracted`, into the
    /// report's `extracted_text`). Evidence in hidden text carries the evasion `hidden`,
    /// and makes the penalty one step heavier, as any disguise does. Fix edits that would
    /// cut through markup are dropped (the fix's advice stays). Fails only for HTML
    /// longer than [`MAX_TEXT_BYTES`].
    pub fn check_html(&self, html: &str) -> Result<Report, CheckError> {
        if html.len() > MAX_TEXT_BYTES {
            return Err(CheckError { message: too_long_message(html.len()) });
        }
        let ex = extract::extract(html);
        let mut report = self.check(ex.as_str())?;
        html_report(&mut report, &ex, html, &self.pack, self.lang, &self.words);
        Ok(report)
    }

    /// Checks `text`. Fails only for texts longer than [`MAX_TEXT_BYTES`].
    pub fn check(&self, text: &str) -> Result<Report, CheckError> {
        if text.len() > MAX_TEXT_BYTES {
            return Err(CheckError { message: too_long_message(text.len()) });
        }
        let normalized = Normalized::new(text);
        let Prepared { signals, sentences, by_sentence, decoded } = self.prepare(text, &normalized);
        let firings = judge::judge(&self.pack, &self.facts, &signals, &sentences, &by_sentence);
        let firings = judge::strongest(&self.pack, firings);
        let mut report = self.report(text, &normalized, &decoded, &signals, &sentences, &firings);
        if let Some(settings) = &self.settings {
            self.settle(text, settings, &mut report)?;
        }
        Ok(report)
    }

    /// Applies the settings' ignore list and severities to a report, lists what the
    /// settings removed (allow words included, found by checking without them) and sums
    /// the report up again.
    fn settle(&self, text: &str, settings: &settings::Settings, report: &mut Report) -> Result<(), CheckError> {
        use settings::Severity;
        report.settings = Some(settings.origin.clone());
        let suppressed = |f: &Finding, by: String| report::Suppressed {
            rule_id: f.rule_id.to_string(),
            clause: f.clause.to_string(),
            text: f.text.clone(),
            fingerprint: f.fingerprint.clone(),
            by,
        };
        if let Some(unallowed) = &self.unallowed {
            let without = unallowed.check(text)?;
            // Sorted fingerprints and one word per sentence (findings come in text order, a
            // sentence's together): a text of a million findings stays linear.
            let still_found = sorted_strs(report.findings.iter().map(|g| g.fingerprint.as_str()));
            let allow: Vec<String> = settings.allow.iter().map(|w| Normalized::new(w).as_str().to_string()).collect();
            let mut last: Option<(std::ops::Range<usize>, String)> = None;
            for f in without.findings.iter().filter(|f| still_found.binary_search(&f.fingerprint.as_str()).is_err()) {
                let bytes = f.sentence.bytes();
                if last.as_ref().is_none_or(|(at, _)| *at != bytes) {
                    let sentence = Normalized::new(&text[bytes.clone()]);
                    let word = allow
                        .iter()
                        .position(|w| sentence.as_str().contains(w.as_str()))
                        .map_or_else(|| settings.allow.join(", "), |i| settings.allow[i].clone());
                    last = Some((bytes, word));
                }
                let word = last.as_ref().map_or("", |(_, w)| w.as_str());
                report.suppressed.push(suppressed(f, format!("allow: {word}")));
            }
        }
        let ignored = sorted_strs(settings.ignore.iter().map(String::as_str));
        let mut kept = Vec::with_capacity(report.findings.len());
        for mut f in std::mem::take(&mut report.findings) {
            if ignored.binary_search(&f.fingerprint.as_str()).is_ok() {
                let by = format!("ignore: {}", f.fingerprint);
                report.suppressed.push(suppressed(&f, by));
                continue;
            }
            match settings.severity_of(&f.rule_id, &f.clause) {
                Severity::Off => {
                    let id = if settings.severity.contains_key(&*f.rule_id) { &f.rule_id } else { &f.clause };
                    report.suppressed.push(suppressed(&f, format!("severity: off ({id})")));
                    continue;
                }
                Severity::Review => f.severity = f.severity.min(Verdict::Review),
                Severity::Note => f.note = true,
                Severity::Block => {}
            }
            kept.push(f);
        }
        report.findings = kept;
        let (verdict, score, penalty, clauses) = summarize(&mut report.findings);
        (report.verdict, report.score, report.penalty, report.clauses) = (verdict, score, penalty, clauses);
        Ok(())
    }

    /// Every rule that fires on `text` with its verdict, before the strongest per sentence
    /// and clause is kept (what rule examples are tested against).
    pub(crate) fn firings(&self, text: &str) -> Vec<(usize, Verdict)> {
        let normalized = Normalized::new(text);
        let Prepared { signals, sentences, by_sentence, .. } = self.prepare(text, &normalized);
        judge::judge(&self.pack, &self.facts, &signals, &sentences, &by_sentence)
            .into_iter()
            .map(|f| (f.rule, f.verdict))
            .collect()
    }

    /// A debugging view of one check: the sentences of the normalized text with their
    /// context factors, and every signal in each. For pack authors (`draftlint trace`
    /// prints it); the shape may change.
    #[doc(hidden)]
    pub fn trace(&self, text: &str) -> Vec<TraceSentence> {
        let normalized = Normalized::new(text);
        let norm = normalized.as_str();
        let Prepared { signals, sentences, .. } = self.prepare(text, &normalized);
        sentences
            .iter()
            .enumerate()
            .map(|(i, s)| TraceSentence {
                factor: s.factor,
                text: norm[s.start.to(s.end)].to_string(),
                signals: signals
                    .iter()
                    .filter(|g| g.sentence() == i)
                    .map(|sig| TraceSignal {
                        role: sig.role.as_str(),
                        weight: sig.weight,
                        clauses: if sig.clauses.is_any() {
                            Vec::new()
                        } else {
                            self.pack
                                .clauses
                                .iter()
                                .enumerate()
                                .filter(|(k, _)| sig.clauses.has(*k))
                                .map(|(_, c)| c.id.clone())
                                .collect()
                        },
                        words: norm[sig.start().to(sig.end())].to_string(),
                        source: match sig.source() {
                            Source::Term(t) => self.pack.terms[t].origin.to_string(),
                            Source::Detector(d) => self.words.detectors[d].to_string(),
                        },
                    })
                    .collect(),
            })
            .collect()
    }

    /// Signals, sentences with their context factors, each sentence's signal range, and the
    /// decoded view the signals were found with.
    fn prepare(&self, original: &str, normalized: &Normalized) -> Prepared<'_> {
        let norm = normalized.as_str();
        let (mut signals, decoded) = self.signals(original, normalized);
        // A joined line break inside matched words (`钱\n包`) is part of the disguise, not
        // the end of a sentence.
        // Nor is one next to a line of a few characters (`如何识别\n空\n投\n骗局`).
        let between_full_lines = |b: NormPos| {
            let next = normalized.to_original(b, b + 1).0;
            original[..next.0].rfind(['\n', '\r']).is_none_or(|at| sentence::between_full_lines(original, OrigPos(at)))
        };
        // Signals are sorted by start and breaks ascend: one sweep, keeping the furthest end
        // of the signals that start before the break.
        let (mut next, mut furthest) = (0, NormPos(0));
        let breaks: Vec<NormPos> = normalized
            .line_breaks()
            .iter()
            .copied()
            .filter(|&b| {
                while next < signals.len() && signals[next].start() < b {
                    furthest = furthest.max(signals[next].end());
                    next += 1;
                }
                furthest <= b && between_full_lines(b)
            })
            .collect();
        let mut ranges = Vec::new();
        let full_line = |i: NormPos| sentence::between_full_lines(original, normalized.to_original(i, i + 1).0);
        sentence::split(norm, &breaks, full_line, &mut ranges);
        if ranges.is_empty() {
            ranges.push((NormPos(0), NormPos(norm.len())));
        }
        let mut sentences: Vec<judge::Sentence> = ranges
            .iter()
            .map(|&(start, end)| judge::Sentence::new(norm, start, end, self.pack.scoring.full_sentence))
            .collect();
        assign_sentences(&mut signals, &sentences);
        let by_sentence = group(&signals, sentences.len());
        judge::context_factors(&self.pack, &self.facts, norm, &mut signals, &mut sentences);
        Prepared { signals, sentences, by_sentence, decoded }
    }

    /// Every lexicon hit and detector match, as signals sorted by position, and the decoded
    /// view of the text (its disguised words as what they read as).
    fn signals(&self, original: &str, normalized: &Normalized) -> (Vec<Signal>, Decoded<'_>) {
        let norm = normalized.as_str();
        let mut hits = Vec::new();
        self.lexicon.find(norm, &mut hits);
        let mut signals = Vec::with_capacity(hits.len() * 2);
        // Topic hints with their families, kept aside until they are seen together.
        let mut hints: Vec<(Signal, usize)> = Vec::new();
        for hit in &hits {
            let marks = normalized.marks(hit.start(), hit.end());
            let variant = self.lexicon.variant_of(hit);
            let owners = self.lexicon.terms_of(hit);
            // An operator's allow word that is also a term (`币安` as the account's own
            // brand) silences the term: allow words are never evidence.
            if owners.len() > 1
                && owners
                    .iter()
                    .any(|&t| self.pack.terms[t].role == Role::Confusable && self.pack.terms[t].has_tag(Tag::Allow))
            {
                continue;
            }
            for &t in owners {
                let term = &self.pack.terms[t];
                if term.role == Role::Confusable {
                    continue;
                }
                // `i told you`, `as we said`: the author's own voice, not a report.
                if self.facts.attribution[t] && first_person_before(&norm[..hit.start().0]) {
                    continue;
                }
                // `where can i buy this token?`: a reader asking how is not a text teaching
                // it; the act asked about stays (below).
                let asked = term.role == Role::Teaching && detect::asks(&norm[hit.end().0..]);
                let concrete = self.facts.concrete[t];
                let signal = Signal::new(
                    term.role,
                    term.clauses,
                    term.weight,
                    (hit.start(), hit.end()),
                    Source::Term(t),
                    is_evasive(marks) || self.facts.pinyin[t] || variant != Variant::Written,
                    concrete,
                    variant,
                );
                if let Some(family) = self.facts.hint[t] {
                    hints.push((signal, family));
                    continue;
                }
                if !asked {
                    signals.push(signal);
                }
                // Actions that only exist in crypto (买币, 喊单, 永续合约) also say what the
                // text is about.
                if self.facts.crypto[t] {
                    signals.push(Signal { role: Role::Entity, ..signal.with_concrete(false) });
                }
                // `how to buy`: the act it teaches is there too.
                if let Some(a) = self.facts.acts[t] {
                    let act = &self.pack.terms[a];
                    signals.push(Signal {
                        role: Role::Action,
                        clauses: act.clauses,
                        weight: act.weight,
                        from: PackedSource::new(Source::Term(a)),
                        ..signal.with_concrete(false)
                    });
                }
            }
        }
        let mut raw = Vec::new();
        self.detectors.detect(norm, &mut raw);
        // Tickers in capitals: the detectors see the text lower-cased, so the capitals are
        // read from the original, where the word must stand as typed (same length, A-Z).
        if self.facts.ticker_amounts {
            let caps = |s: usize, e: usize| {
                let (os, oe) = normalized.to_original(NormPos(s), NormPos(e));
                let word = original.as_bytes().get(os.0..oe.0).unwrap_or_default();
                word.len() == e - s && word.iter().all(u8::is_ascii_uppercase)
            };
            let from = raw.len();
            self.detectors.find_ticker_amounts(norm, caps, &mut raw);
            if raw.len() > from {
                order::sort_by_key(&mut raw, |d| Key::of(d.start).then_rev(d.end));
            }
        }
        // The detectors saw the normalized text: their offsets are its positions.
        let mut found: Vec<detect::Detection<NormPos>> = raw
            .into_iter()
            .map(|d| detect::Detection { kind: d.kind, start: NormPos(d.start), end: NormPos(d.end) })
            .collect();
        // Everyday words (confusables, weight 0) overrule a detector that only reads a
        // word's shape: `货币政策` is not a coin named 货币.
        if found.iter().any(|d| d.kind == detect::DetectorKind::CoinName) {
            let ordinary = Ranges::new(
                hits.iter()
                    .filter(|h| self.lexicon.terms_of(h).iter().any(|&t| self.pack.terms[t].weight == 0.0))
                    .map(|h| (h.start().0, h.end().0)),
            );
            found.retain(|d| d.kind != detect::DetectorKind::CoinName || !ordinary.overlaps(d.start.0, d.end.0));
        }
        // A trading place whose name is its domain (`crypto.com`, `gate.io`), written bare, is
        // named, not linked: `i bought shib on crypto.com app` says where, it is no way in.
        // Written as a link (a scheme, `www.`, a path) the detection is longer than the name
        // and stays; a call to buy there is steering all the same (`venue_steering`).
        if found.iter().any(|d| d.kind == detect::DetectorKind::ExchangeDomain) {
            // The hits are in order of their starts: the ones at a detection's start are
            // found by a binary search (a text of a thousand such names stays linear).
            found.retain(|d| {
                let at = hits.partition_point(|h| h.start() < d.start);
                d.kind != detect::DetectorKind::ExchangeDomain
                    || !hits[at..]
                        .iter()
                        .take_while(|h| h.start() == d.start)
                        .any(|h| h.end() == d.end && self.lexicon.terms_of(h).iter().any(|&t| self.facts.venue[t]))
            });
        }
        // What the disguised words read as (`u5dt` → `usdt`): made once, read by the
        // detectors' second run and by the readings of evidence.
        let decoded = Decoded::new(
            hits.iter()
                .filter_map(|h| Some((h.start(), h.end(), self.lexicon.reads_as(h)?, self.lexicon.variant_of(h)))),
        );
        // The hits are signals now: let their memory go before the signals grow and sort
        // (a text of one term repeated has a hit every few bytes).
        drop(hits);
        let decoded_from = found.len();
        self.detect_decoded(norm, &decoded, &mut found);
        // Room for exactly the signals the detections make, so that a text of links, one
        // every few bytes, does not double the signals' memory on its last push.
        signals.reserve_exact(found.iter().map(|d| self.facts.signals_per_detection[d.kind as usize]).sum());
        for (k, d) in found.iter().enumerate() {
            // Found only once disguised keywords were read as what they stand for.
            let variant = if k >= decoded_from {
                decoded.word_in(d.start, d.end).map_or(Variant::Written, |w| w.variant)
            } else {
                Variant::Written
            };
            // A detection inside a lexicon term (a domain in a confusable, say) still counts:
            // detectors see structure the lexicon cannot.
            for (i, role) in self.pack.detectors.iter().enumerate().filter(|(_, r)| r.kind == d.kind) {
                let base = Signal::new(
                    role.role,
                    role.clauses,
                    role.weight,
                    (d.start, d.end),
                    Source::Detector(i),
                    variant != Variant::Written,
                    role.role == Role::Steering,
                    variant,
                )
                .with_route(role.route);
                if role.weight > 0.0 {
                    signals.push(base);
                }
                if role.entity > 0.0 {
                    signals.push(Signal {
                        role: Role::Entity,
                        weight: role.entity,
                        route_context: 1.0,
                        ..base.with_concrete(false).with_route(false)
                    });
                }
            }
        }
        // The words of a link's path (`medium.com/binance/…-announces-investment-in-malta`)
        // are the linked page's title: what it is about stays (a coin, a venue), but its verbs
        // are no act of this text. The link itself, and what its shape says (`/join/…`,
        // `?ref=`), are the detectors'.
        drop_terms_inside(
            &found,
            detect::DetectorKind::Url,
            &[Role::Action, Role::Promise, Role::Teaching],
            &mut signals,
        );
        // A market word inside a trading level (`跌破60800止损`: stop out below 60800) is the
        // level's condition, not a report of the market: no context of the text.
        drop_terms_inside(&found, detect::DetectorKind::TradeLevel, &[Role::Context], &mut signals);
        if self.pack.scoring.venue > 0.0 {
            self.venue_steering(original, normalized, &mut signals);
        }
        self.sold_coins(norm, &mut signals);
        self.desk_coins(norm, &mut signals);
        self.sheet_routes(&mut signals);
        combine_hints(&self.pack.scoring.hints, &hints, &mut signals);
        discount_hashtag_clouds(norm, &mut signals);
        // In text order, and in the order they were made where they share their words. A
        // stable sort would allocate half the signals again; this sorts in place on their
        // position and their index, kept for the sort in `sent`, which the sentences set
        // afterwards ([`assign_sentences`]).
        for (i, s) in signals.iter_mut().enumerate() {
            s.sent = i as u32;
        }
        // In place: the signals of a dense text are the checker's largest memory.
        signals.sort_unstable_by_key(|s| (s.at, s.sent));
        (signals, decoded)
    }

    /// Runs the detectors again on the decoded text (`u5dt` as `usdt`, `weixin` as `微信`,
    /// `yaoqingma` as `邀请码`) around every disguised word, so that an amount, an ID or a
    /// code after a disguised keyword is found too. Appends the detections that touch a
    /// decoded word and that no detection of the same kind on the text as it is overlaps,
    /// mapped back to the normalized text. Only the decoded text within the pack's
    /// `decode_window` bytes (`[detect]` in pack.toml) of a disguised word is written and read,
    /// so the cost follows the disguised words, and texts without any (nearly all honest
    /// ones) pay nothing.
    fn detect_decoded(&self, norm: &str, decoded: &Decoded, found: &mut Vec<detect::Detection<NormPos>>) {
        if decoded.is_empty() {
            return;
        }
        let original = found.len();
        let mut before: Vec<Option<Ranges>> = (0..detect::DetectorKind::ALL.len()).map(|_| None).collect();
        let mut extra = Vec::new();
        for (lo, hi) in decoded.windows(norm, self.pack.detect.decode_window) {
            let text = decoded.read(norm, lo, hi);
            // The window's text starts at `base` in the decoded text.
            let base = decoded.to_decoded(lo);
            extra.clear();
            self.detectors.detect(&text, &mut extra);
            for d in extra.drain(..) {
                let (start, end) = (base + d.start, base + d.end);
                // A coin's shape read into a decoded word says nothing the lexicon did not
                // (`数字人民bi` reads as 数字人民币, a lexicon term, not a coin named 人民币).
                if d.kind == detect::DetectorKind::CoinName || !decoded.touches(start, end) {
                    continue;
                }
                let (start, end) = decoded.to_normalized(start, end);
                // What the text as it is had found, by kind (made once, on the first need).
                let seen = before[d.kind as usize]
                    .get_or_insert_with(|| {
                        Ranges::new(found[..original].iter().filter(|f| f.kind == d.kind).map(|f| (f.start.0, f.end.0)))
                    })
                    .overlaps(start.0, end.0);
                if !seen && start < end {
                    found.push(detect::Detection { kind: d.kind, start, end });
                }
            }
        }
    }

    fn report(
        &self,
        text: &str,
        normalized: &Normalized,
        decoded: &Decoded,
        signals: &[Signal],
        sentences: &[judge::Sentence],
        firings: &[judge::Firing],
    ) -> Report {
        let pack = &self.pack;
        // Collect every range we need in the original, convert them in one walk. Each range
        // once: findings share their sentences and often their evidence, and a dense
        // document's spans were a tenth of its check's peak memory.
        let mut ranges: Vec<(OrigPos, OrigPos)> = Vec::new();
        let mut seen: HashMap<(OrigPos, OrigPos), usize> = HashMap::new();
        let mut push = |s: NormPos, e: NormPos| {
            // The report is about the original text: its bytes are the spans' bytes.
            let range = normalized.to_original(s, e);
            *seen.entry(range).or_insert_with(|| {
                ranges.push(range);
                ranges.len() - 1
            })
        };
        struct Planned {
            sentence: usize,
            evidence: Vec<(usize, f32, usize)>,
            edits: Vec<usize>,
        }
        let planned: Vec<Planned> = firings
            .iter()
            .map(|f| {
                let s = &sentences[f.sentence];
                let sentence = push(s.start, s.end);
                let evidence =
                    f.evidence.iter().map(|&(i, w)| (i, w, push(signals[i].start(), signals[i].end()))).collect();
                let edits = f.removable.iter().map(|&i| push(signals[i].start(), signals[i].end())).collect();
                Planned { sentence, evidence, edits }
            })
            .collect();
        ranges.push((OrigPos(text.len()), OrigPos(text.len())));
        let spans = Locator::new(text).spans(&ranges);
        let length = spans[spans.len() - 1].end;

        let to_100 = |raw: f32| ((100.0 * raw / (1.25 * pack.scoring.block)).round() as u32).min(100);
        // Findings in text order of their anchors (a stable sort: at one span, in the order
        // the rules fired), built in that order rather than sorted once built.
        let mut order: Vec<usize> = (0..firings.len()).collect();
        order::sort_by_key(&mut order, |&i| {
            let anchor = spans[planned[i].evidence[0].2];
            Key::of(anchor.byte_start.0).then(anchor.byte_end.0)
        });
        let mut findings: Vec<Finding> = order
            .into_iter()
            .map(|i| (&firings[i], &planned[i]))
            .map(|(f, plan)| {
                let rule = &pack.rules[f.rule];
                // The same words found in two roles (`出U`: an action and an entity), or
                // inside longer evidence (`加V` in `加V：abc12345`), are shown once.
                let mut evidence: Vec<Evidence> = Vec::with_capacity(plan.evidence.len());
                for &(i, w, r) in &plan.evidence {
                    let (s, e) = (spans[r].byte_start, spans[r].byte_end);
                    let covered = |x: &Evidence| {
                        (x.span.byte_start <= s && e <= x.span.byte_end)
                            || (s <= x.span.byte_start && x.span.byte_end <= e)
                    };
                    if !evidence.iter().any(covered) {
                        let s = &signals[i];
                        // What the words read as (`bitebi` → `比特币`).
                        let reading = decoded.read(normalized.as_str(), s.start(), s.end()).into_owned();
                        evidence.push(self.evidence(s, w, spans[r], text, normalized, reading));
                    }
                }
                let anchor = spans[plan.evidence[0].2];
                // The removals in text order, built once: a dense text's one sentence may hold
                // hundreds of thousands of them, and copies of their spans were most of its
                // report's peak memory.
                let mut edit_order = plan.edits.clone();
                order::sort_by_key(&mut edit_order, |&r| Key::of(spans[r].byte_start.0).then(spans[r].byte_end.0));
                // Counted first: a dense sentence's removals merge to far fewer edits (2.0
                // million to 0.8 million on one 10 MB text), and room for all of them was its
                // peak.
                let mut edits: Vec<Edit> = Vec::with_capacity(unions(&edit_order, &spans).count());
                edits.extend(unions(&edit_order, &spans).map(|span| Edit {
                    start: span.start,
                    end: span.end,
                    span,
                    replacement: String::new(),
                }));
                let words = &self.words.rules[f.rule];
                let mut penalty = if f.verdict == Verdict::Block { rule.penalty } else { Penalty::Rectify };
                let mut explanation = &words.explanation;
                if f.evasive {
                    // Disguised words read as dodging moderation: one step up the ladder.
                    penalty = penalty.heavier();
                    explanation = &words.explanation_evasive;
                }
                let (clause_id, clause_title) = &self.words.clauses[rule.clause];
                let sentence = &sentences[f.sentence];
                let anchor_words = evidence.first().map_or("", |e: &Evidence| e.normalized.as_str());
                let fingerprint =
                    fingerprint(&rule.id, anchor_words, &normalized.as_str()[sentence.start.to(sentence.end)]);
                Finding {
                    rule_id: words.id.clone(),
                    clause: clause_id.clone(),
                    clause_title: clause_title.clone(),
                    severity: f.verdict,
                    penalty,
                    penalty_label: self.words.penalty(penalty),
                    score: to_100(f.score),
                    decisive: false,
                    message: words.message.clone(),
                    explanation: explanation.clone(),
                    text: text[anchor.bytes()].to_string(),
                    start: anchor.start,
                    end: anchor.end,
                    span: anchor,
                    sentence: spans[plan.sentence],
                    evidence,
                    fix: Fix {
                        message: words.fix.clone(),
                        safety: if edits.is_empty() {
                            FixSafety::DisplayOnly
                        } else if f.removable.iter().all(|&i| matches!(signals[i].source(), Source::Detector(_))) {
                            // Only links, IDs, codes and addresses go: the prose stays whole.
                            rule.fix_safety
                        } else {
                            rule.fix_safety.min(FixSafety::Unsafe)
                        },
                        edits,
                    },
                    place: None,
                    extracted: None,
                    fingerprint,
                    note: false,
                }
            })
            .collect();

        let (verdict, score, penalty, clauses) = summarize(&mut findings);
        Report {
            verdict,
            score,
            penalty,
            clauses,
            findings,
            pack: PackRef { id: pack.id.clone(), version: pack.version.clone() },
            length,
            extracted_text: None,
            settings: None,
            suppressed: Vec::new(),
        }
    }

    fn evidence(
        &self,
        s: &Signal,
        weight: f32,
        span: Span,
        text: &str,
        normalized: &Normalized,
        reading: String,
    ) -> Evidence {
        let (source, mut evasion) = match s.source() {
            Source::Term(t) => {
                let term = &self.pack.terms[t];
                // Slang (上车, 带单, 币圈) is how people write, not a disguise: only pinyin and
                // homophones written for a term are reported as evasion.
                let tags = [(Tag::Pinyin, Evasion::Pinyin), (Tag::Homophone, Evasion::Homophone)]
                    .into_iter()
                    .filter_map(|(tag, kind)| term.has_tag(tag).then_some(kind));
                (term.origin.clone(), tags.collect::<Vec<_>>())
            }
            Source::Detector(d) => (self.words.detectors[d].clone(), Vec::new()),
        };
        if let Some(kind) = s.variant.evasion() {
            if !evasion.contains(&kind) {
                evasion.push(kind);
            }
        }
        let marks = normalized.marks(s.start(), s.end());
        for (mark, name) in [
            (Marks::JOINED, Evasion::Separators),
            (Marks::INVISIBLE, Evasion::Invisible),
            (Marks::WIDTH, Evasion::Width),
            (Marks::LOOKALIKE, Evasion::Lookalike),
        ] {
            // Traditional characters are how Hong Kong and Taiwan authors write, not a
            // disguise: they are read as simplified and never reported as evasion.
            if marks.intersects(mark) {
                evasion.push(name);
            }
        }
        Evidence {
            role: s.role,
            text: text[span.bytes()].to_string(),
            normalized: reading,
            span,
            source,
            weight: (weight * 100.0).round() / 100.0,
            evasion,
            extracted: None,
        }
    }
}

/// What [`Checker::prepare`] finds in a text, for judging and reporting it.
struct Prepared<'c> {
    /// Every lexicon hit and detector match, sorted by position.
    signals: Vec<Signal>,
    /// The sentences, with their context factors.
    sentences: Vec<judge::Sentence>,
    /// For each sentence, the range of `signals` in it.
    by_sentence: Vec<(usize, usize)>,
    /// The disguised words as what they read as.
    decoded: Decoded<'c>,
}

/// Drops the lexicon's signals of `roles` that overlap a detection of `kind`: words that are
/// part of what the detector found (a link's path, a trading level), not of the text around it.
fn drop_terms_inside(
    found: &[detect::Detection<NormPos>],
    kind: detect::DetectorKind,
    roles: &[Role],
    signals: &mut Vec<Signal>,
) {
    if !found.iter().any(|d| d.kind == kind) {
        return;
    }
    let inside = Ranges::new(found.iter().filter(|d| d.kind == kind).map(|d| (d.start.0, d.end.0)));
    signals.retain(|s| {
        !(matches!(s.source(), Source::Term(_)) && roles.contains(&s.role) && inside.overlaps(s.start().0, s.end().0))
    });
}

/// Whether the words right before a position are a first-person subject: `i` or `we`,
/// maybe with one adverb or auxiliary after it (`i already`, `we have`, `i've`).
fn first_person_before(before: &str) -> bool {
    let mut words = before.trim_end().rsplit([' ', '\t']).filter(|w| !w.is_empty());
    let first_person = |w: &str| matches!(w, "i" | "we" | "i've" | "we've" | "i'd" | "we'd");
    match words.next() {
        Some(w) if first_person(w) => true,
        Some("already" | "just" | "have" | "had" | "always" | "never" | "literally" | "once") => {
            words.next().is_some_and(first_person)
        }
        _ => false,
    }
}

/// The words before a venue that make it the place of the call (`grab $abc on raydium`).
const VENUE_PREPOSITIONS: [&str; 5] = ["on", "at", "via", "from", "through"];
/// The weight of the act a call at a venue is (the lexicon's `buy`).
const VENUE_ACTION: f32 = 0.4;
/// The weight of a place the pack does not know, named where a call gets a coin
/// (`grab $frog on Jupiter`), as the topic: a trading venue's name, as weak as a known
/// venue's lighter entries.
const UNKNOWN_VENUE_ENTITY: f32 = 0.6;
/// How far (bytes of normalized text) a venue may stand after its call's words.
const VENUE_REACH: usize = 48;
/// How far before a sale offer what it sells may end, in bytes (`BAYC #1234 for sale`).
const SOLD_REACH: usize = 24;
/// The weight of the act of selling that a sale offer after a coin is (`USDT for sale`).
const SOLD_ACTION: f32 = 0.5;
/// How far (bytes of normalized text) before or after a token's sales sheet a way in is
/// that token's: a launch post's links stand in a block of their own, after the pitch.
const SHEET_ROUTE_REACH: usize = 1500;

/// Whether the words between a thing and its sale offer leave it the thing sold: white space,
/// numbers or `#` numbers, and `is`, `are`, `now`, `still`, `currently`.
fn only_fillers(gap: &str) -> bool {
    gap.split_whitespace().all(|w| {
        matches!(w, "is" | "are" | "now" | "still" | "currently")
            || w.trim_start_matches('#').chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    })
}

impl Checker {
    /// POLICY.md's steering "a named platform plus buy there": a call to act (detector
    /// `call-to-action`: an imperative at a clause start, `grab $abc`) followed in its clause,
    /// within [`VENUE_REACH`] bytes, by `on`, `at`, `via`, `from` or `through` and an entity
    /// tagged `venue` (an exchange, a DEX, an NFT market) is steering of the pack's
    /// `[scoring] venue` weight, over the call and the venue, and an act of trading. The
    /// call's imperative is what makes it so: a story (`i bought eth on coinbase in 2017`)
    /// or a report (`whales sold btc on binance`) is no call. The venue's own words need not be known to any detector, and
    /// the call's object need not be a known coin (`grab $newcoin on raydium`).
    ///
    /// A place the pack does not know counts too when its name is written in capitals
    /// (`grab a bag on Jupiter`, `load up on $wif at Orca`) after a call of one of the pack's
    /// `venue_verbs` (getting or trading a coin, not `join us on Zoom`): not all capitals (an
    /// acronym or a ticker, `on CEX`), not a day or a month, not a word the pack knows
    /// (`on Telegram`), as evidence of the clauses of the pack's venues.
    fn venue_steering(&self, original: &str, normalized: &Normalized, signals: &mut Vec<Signal>) {
        let norm = normalized.as_str();
        // The calls by their ends (they do not overlap), with their detector roles; and a
        // service said to be open to the reader (`you can now trade`, `trading is now live`),
        // which names where as a call does (`now you can trade icx at bithumb`): a platform's
        // offer to trade there. Only a call's own verb reaches a place the pack does not know.
        let mut calls: Vec<(NormPos, NormPos, usize)> = signals
            .iter()
            .filter_map(|s| match s.source() {
                Source::Detector(d)
                    if matches!(
                        self.pack.detectors[d].kind,
                        detect::DetectorKind::CallToAction
                            | detect::DetectorKind::OfferOpen
                            | detect::DetectorKind::SaleOffer
                    ) =>
                {
                    Some((s.start(), s.end(), d))
                }
                _ => None,
            })
            .collect();
        if calls.is_empty() {
            return;
        }
        order::sort_by_key(&mut calls, |c| Key::of(c.1 .0).then(c.0 .0));
        let mut found = Vec::new();
        for v in signals.iter() {
            let Source::Term(t) = v.source() else { continue };
            if !self.facts.venue[t] {
                continue;
            }
            // The nearest call before the venue.
            let before = calls.partition_point(|c| c.1 <= v.start());
            let Some(&(start, end, _)) = before.checked_sub(1).map(|i| &calls[i]) else { continue };
            let gap = &norm[end.0..v.start().0];
            if gap.len() > VENUE_REACH || gap.contains(['.', '!', '?', ';', '\n', '。', '！', '？', '；']) {
                continue;
            }
            let last = gap.trim_end().rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
            if !gap.ends_with(' ') || !VENUE_PREPOSITIONS.contains(&last) {
                continue;
            }
            let steer = Signal {
                role: Role::Steering,
                weight: self.pack.scoring.venue,
                at: NormRange::new(start, v.end()),
                route_context: 1.0,
                ..v.with_concrete(true).with_route(false)
            };
            found.push(steer);
            // Getting a coin at a trading venue is trading, whatever the call's verb
            // (`snag`, `pick up`): an act of the venue's clauses, as weak as `buy`.
            found.push(Signal { role: Role::Action, weight: VENUE_ACTION, ..steer.with_concrete(false) });
        }
        // Calls of a verb of getting a coin with a name in capitals after them that is no
        // date: only these need the lookups below.
        let mut steered: Vec<NormPos> = found.iter().map(|f| f.start()).collect();
        order::sort_by_key(&mut steered, |p| Key::of(p.0));
        let candidates: Vec<(NormPos, NormPos, usize, usize, usize)> = if self.facts.venue_clauses.0 == 0 {
            Vec::new()
        } else {
            (calls.iter())
                .filter(|&&(start, end, d)| {
                    self.pack.detectors[d].kind == detect::DetectorKind::CallToAction
                        && steered.binary_search(&start).is_err()
                        && self.is_venue_verb(&norm[start.0..end.0])
                })
                .filter_map(|&(start, end, d)| {
                    let (ws, we) = unknown_place_after(norm, end.0)?;
                    let (os, oe) = normalized.to_original(NormPos(ws), NormPos(we));
                    let name = original.get(os.0..oe.0).unwrap_or_default();
                    let capital = name.len() == we - ws
                        && name.starts_with(|c: char| c.is_ascii_uppercase())
                        && !name.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
                    (capital && !CALENDAR.contains(&&norm[ws..we])).then_some((start, end, d, ws, we))
                })
                .collect()
        };
        if candidates.is_empty() {
            signals.extend(found);
            return;
        }
        // The spans of the lexicon's words and of the entities, by their starts, to look up
        // what stands near a place in a few steps (a text of a thousand calls stays linear).
        let mut terms: Vec<(usize, usize)> = signals
            .iter()
            .filter(|s| matches!(s.source(), Source::Term(_)))
            .map(|s| (s.start().0, s.end().0))
            .collect();
        let mut entities: Vec<(usize, usize)> =
            signals.iter().filter(|s| s.role == Role::Entity).map(|s| (s.start().0, s.end().0)).collect();
        // The lexicon's acts of a clause, by their starts, for a call's own verb.
        let mut acts: Vec<(NormPos, pack::ClauseSet)> = (signals.iter())
            .filter(|s| s.role == Role::Action && matches!(s.source(), Source::Term(_)) && !s.clauses.is_any())
            .map(|s| (s.start(), s.clauses))
            .collect();
        order::sort_by_key(&mut acts, |a| Key::of(a.0 .0));
        order::sort_by_key(&mut terms, |t| Key::of(t.0).then(t.1));
        order::sort_by_key(&mut entities, |e| Key::of(e.0).then(e.1));
        for (start, end, d, ws, we) in candidates {
            // A word the pack knows there (a term starting at most [`VENUE_REACH`] bytes
            // before the name and reaching into it: `on Telegram`).
            let near = terms.partition_point(|t| t.0 + VENUE_REACH < ws);
            let known = terms[near..].iter().take_while(|t| t.0 < we).any(|t| ws < t.1);
            // What the call gets is a coin (`grab $frog on …`, not `grab a coffee on …`).
            let from = entities.partition_point(|e| e.0 < end.0);
            let coin = entities[from..].iter().take_while(|e| e.0 < ws).any(|e| e.1 <= ws);
            if known || !coin {
                continue;
            }
            // The clauses of the call's own verb, where it is an act of a venue's clause
            // (`grab`: exchange), else those of the venues.
            let at = acts.partition_point(|a| a.0 < start);
            let verb = acts[at..].iter().take_while(|a| a.0 == start).map(|a| a.1).next();
            let clauses = match verb.map(|v| v.0 & self.facts.venue_clauses.0) {
                Some(shared) if shared != 0 => pack::ClauseSet(shared),
                _ => self.facts.venue_clauses,
            };
            let steer = Signal::new(
                Role::Steering,
                clauses,
                self.pack.scoring.venue,
                (start, NormPos(we)),
                Source::Detector(d),
                false,
                true,
                Variant::Written,
            );
            found.push(steer);
            found.push(Signal { role: Role::Action, weight: VENUE_ACTION, ..steer.with_concrete(false) });
            // A place where a coin is got is a crypto market, as a known venue's name is.
            found.push(Signal {
                role: Role::Entity,
                weight: UNKNOWN_VENUE_ENTITY,
                at: NormRange::new(NormPos(ws), steer.end()),
                ..steer.with_concrete(false)
            });
        }
        signals.reserve_exact(found.len());
        signals.extend(found);
    }

    /// A coin or NFT right before a sale offer (`USDT for sale`, `3 NFTs up for sale`, `BAYC
    /// #1234 for sale`) is what the offer sells: the offer is then an act of trading it, of
    /// the thing's clauses (of the venues' clauses for a coin of any clause). What stands
    /// between may only be numbers or `#` numbers, and `is`, `are`, `now`, `still`:
    /// `crypto domain listed for sale` sells a domain.
    fn sold_coins(&self, norm: &str, signals: &mut Vec<Signal>) {
        let offers: Vec<Signal> = signals
            .iter()
            .filter(|s| self.detector_kind(s) == Some(detect::DetectorKind::SaleOffer))
            .copied()
            .collect();
        if offers.is_empty() {
            return;
        }
        // The entities by their ends, to find the ones just before an offer by a binary
        // search (a text of a thousand offers stays linear).
        let mut entities: Vec<(NormPos, pack::ClauseSet)> =
            signals.iter().filter(|e| e.role == Role::Entity).map(|e| (e.end(), e.clauses)).collect();
        order::sort_by_key(&mut entities, |e| Key::of(e.0 .0));
        let mut found = Vec::new();
        for offer in offers {
            let start = offer.start();
            let near = entities.partition_point(|e| e.0 .0 + SOLD_REACH < start.0);
            let Some(&(_, clauses)) = entities[near..]
                .iter()
                .take_while(|e| e.0 <= start)
                .filter(|e| norm.get(e.0 .0..start.0).is_some_and(only_fillers))
                .last()
            else {
                continue;
            };
            let clauses = if clauses.is_any() { self.facts.venue_clauses } else { clauses };
            found.push(Signal { role: Role::Action, clauses, weight: SOLD_ACTION, ..offer.with_concrete(false) });
        }
        signals.extend(found);
    }

    /// A Chinese desk's opener at a clause start (`收`, `高价出`, `长期回收各种`: the words of
    /// `fiat-rail`'s desk shape) right before any crypto entity of the lexicon of the desk's
    /// clauses or of any (`长期高价收泰达`, `大量出大饼`; not `收藏品`): the desk's act, reported
    /// as `fiat-rail`, whatever the coin's name. The detector's own shape lists only a few
    /// coins.
    fn desk_coins(&self, norm: &str, signals: &mut Vec<Signal>) {
        let Some(d) = self.facts.desk_act else { return };
        let role = &self.pack.detectors[d];
        let words = self.detectors.words();
        let strip = |text: &'_ str, list: &[String]| -> Option<usize> {
            list.iter().filter(|w| text.ends_with(w.as_str())).map(|w| w.len()).max()
        };
        let mut found = Vec::new();
        for e in signals.iter().filter(|s| {
            s.role == Role::Entity
                && matches!(s.source(), Source::Term(_))
                && s.clauses.0 & role.clauses.0 != 0
                && norm[..s.start().0].chars().next_back().is_some_and(crate::normalize::is_han)
        }) {
            let mut rest = &norm[..e.start().0];
            if let Some(n) = strip(rest, &words.rail_zh_desk_any) {
                rest = &rest[..rest.len() - n];
            }
            let Some(n) = strip(rest, &words.rail_zh_desk_verbs) else { continue };
            rest = &rest[..rest.len() - n];
            for _ in 0..2 {
                if let Some(n) = strip(rest, &words.rail_zh_desk_adverbs) {
                    rest = &rest[..rest.len() - n];
                }
            }
            let opens = rest.chars().next_back().is_none_or(|c| c.is_whitespace() || ",。.!?;:|，！？；：".contains(c));
            if opens {
                let start = NormPos(rest.len());
                found.push(Signal::new(
                    role.role,
                    role.clauses,
                    role.weight,
                    (start, e.end()),
                    Source::Detector(d),
                    false,
                    false,
                    Variant::Written,
                ));
            }
        }
        signals.extend(found);
    }

    /// A way in near a token's own sales sheet (`token-sheet`: supply, taxes, locked
    /// liquidity) is that token's: the sheet's signals (an act of issuance, the crypto topic)
    /// are added at all steering (links, addresses, handles, `join our telegram`) within
    /// [`SHEET_ROUTE_REACH`] bytes of one, so that the links block of a launch post,
    /// sentences after its tokenomics, is read as the way into it.
    fn sheet_routes(&self, signals: &mut Vec<Signal>) {
        let is_sheet = |s: &Signal| self.detector_kind(s) == Some(detect::DetectorKind::TokenSheet);
        let Some(first) = signals.iter().find(|s| is_sheet(s)) else { return };
        // What a sheet says (the pack's roles of the detector): the signals of the first.
        let said: Vec<Signal> = signals.iter().filter(|s| is_sheet(s) && s.at == first.at).copied().collect();
        let sheets = Ranges::new(signals.iter().filter(|s| is_sheet(s)).map(|s| (s.start().0, s.end().0)));
        let mut found = Vec::new();
        for route in signals.iter().filter(|s| s.role == Role::Steering) {
            let (start, end) = (route.start().0, route.end().0);
            if sheets.overlaps(start.saturating_sub(SHEET_ROUTE_REACH), end.saturating_add(SHEET_ROUTE_REACH)) {
                found.extend(said.iter().map(|s| Signal { at: route.at, ..*s }));
            }
        }
        signals.extend(found);
    }

    /// The kind of detector that found a signal, if a detector did.
    fn detector_kind(&self, s: &Signal) -> Option<detect::DetectorKind> {
        match s.source() {
            Source::Detector(d) => Some(self.pack.detectors[d].kind),
            _ => None,
        }
    }

    /// Whether the words of a call are one of the pack's `venue_verbs` (a space in one is
    /// any run of spaces or tabs).
    fn is_venue_verb(&self, call: &str) -> bool {
        let words: Vec<&str> = call.split([' ', '\t']).filter(|w| !w.is_empty()).collect();
        self.detectors.words().cta_venue_verbs.iter().any(|v| v.split(' ').eq(words.iter().copied()))
    }
}

/// The strings, sorted (with the shared sort), for binary searches.
fn sorted_strs<'a>(strs: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut all: Vec<&str> = strs.collect();
    order::sort_by(&mut all, |a, b| a.cmp(b));
    all
}

/// Names after `on`/`at` that say when, not where (`buy $abc on Monday`).
const CALENDAR: [&str; 19] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "christmas",
];

/// After a call ending at `from`: within [`VENUE_REACH`] bytes of its clause, the first of
/// [`VENUE_PREPOSITIONS`] and the word of letters (and digits, three or more) right after it.
fn unknown_place_after(norm: &str, from: usize) -> Option<(usize, usize)> {
    let rest = &norm[from..];
    let clause = rest.find(['.', '!', '?', ';', ',', '\n', '。', '！', '？', '；', '，']).unwrap_or(rest.len());
    let mut reach = clause.min(VENUE_REACH + 16);
    while !rest.is_char_boundary(reach) {
        reach -= 1;
    }
    let window = &rest[..reach];
    let mut at = 0;
    for word in window.split(' ') {
        let next = at + word.len() + 1;
        if VENUE_PREPOSITIONS.contains(&word) && at <= VENUE_REACH {
            let after = &window[next.min(window.len())..];
            let len = after.bytes().take_while(|b| b.is_ascii_alphanumeric()).count();
            let name = &after[..len];
            let ends =
                after[len..].chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '.' && c != '\'' && c != '-');
            if len >= 3 && name.starts_with(|c: char| c.is_ascii_alphabetic()) && ends {
                let start = from + next;
                return Some((start, start + len));
            }
            return None;
        }
        at = next;
    }
    None
}

/// Whether the marks show a deliberate evasion (not just case or traditional script).
fn is_evasive(marks: Marks) -> bool {
    marks.intersects(Marks::JOINED.union(Marks::INVISIBLE).union(Marks::WIDTH).union(Marks::LOOKALIKE))
}

/// Topic hints (entity terms tagged `hint`: `wallet`, `swap`, `staking`, each with an
/// everyday sense) say what a text is about only together. Where hints of at least two
/// families stand within `reach` bytes of one another, their noisy-OR (the strongest hint of
/// each family), when it reaches `min`, is entity evidence at each of them, of that weight
/// but at most `cap`: a wallet with a swap and gas fees is crypto; a wallet alone is leather.
/// `hints` are in text order.
/// How many hashtags or cashtags in a row make a cloud (see [`discount_hashtag_clouds`]).
const CLOUD_MIN_TAGS: usize = 4;
/// What a cloud does to the weight of the acts, teaching and promises found in it.
const CLOUD_FACTOR: f32 = 0.7;

/// Tags piled up for reach (`#btc #binancefutures #signals #trading` under a chart alert) are
/// labels, not what the post does: the acts, teaching and promises inside a run of
/// [`CLOUD_MIN_TAGS`] or more count [`CLOUD_FACTOR`] as much. The topic keeps its weight
/// (tags are what a post is about: `#ekta #bsc #crypto` and a link is crypto content), and
/// links, handles and every other way in keep theirs. Measured on 2026-12-03 (README, the
/// twenty-seventh session).
fn discount_hashtag_clouds(norm: &str, signals: &mut [Signal]) {
    if !norm.contains(['#', '$']) {
        return;
    }
    let clouds = hashtag_clouds(norm, CLOUD_MIN_TAGS);
    if clouds.is_empty() {
        return;
    }
    for s in signals.iter_mut() {
        if !matches!(s.role, Role::Action | Role::Teaching | Role::Promise) {
            continue;
        }
        // The clouds are in text order and apart: the last one starting at or before the
        // signal is the only one that may hold it.
        let at = clouds.partition_point(|&(start, _)| start <= s.start().0);
        if at > 0 && s.end().0 <= clouds[at - 1].1 {
            s.weight *= CLOUD_FACTOR;
        }
    }
}

/// Runs of at least `min` hashtags or cashtags in a row, with only whitespace between them:
/// `[start, end)` byte ranges of `text`, in text order.
fn hashtag_clouds(text: &str, min: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut run_start, mut run_end, mut count) = (0, 0, 0);
    let mut pos = 0;
    for word in text.split_inclusive(char::is_whitespace) {
        let w = word.trim_end();
        // `#crypto`, `#比特币`, `$btc`; not `$500` (an amount) nor a Markdown `#` heading.
        let mut chars = w.chars();
        let tag = match (chars.next(), chars.next()) {
            (Some('#'), Some(c)) => c.is_alphanumeric(),
            (Some('$'), Some(c)) => c.is_alphabetic(),
            _ => false,
        };
        if tag {
            if count == 0 {
                run_start = pos;
            }
            count += 1;
            run_end = pos + w.len();
        } else if !w.is_empty() {
            if count >= min {
                out.push((run_start, run_end));
            }
            count = 0;
        }
        pos += word.len();
    }
    if count >= min {
        out.push((run_start, run_end));
    }
    out
}

fn combine_hints(h: &pack::Hints, hints: &[(Signal, usize)], signals: &mut Vec<Signal>) {
    if hints.len() < 2 || h.cap <= 0.0 {
        return;
    }
    let (mut lo, mut hi) = (0, 0);
    let mut families: Vec<(usize, f32)> = Vec::new();
    for (s, _) in hints {
        while hints[lo].0.start().0 + h.reach < s.start().0 {
            lo += 1;
        }
        while hi < hints.len() && hints[hi].0.start().0 <= s.start().0 + h.reach {
            hi += 1;
        }
        families.clear();
        for (o, family) in &hints[lo..hi] {
            match families.iter_mut().find(|(f, _)| f == family) {
                Some(best) => best.1 = best.1.max(o.weight),
                None => families.push((*family, o.weight)),
            }
        }
        if families.len() < 2 {
            continue;
        }
        let topic = 1.0 - families.iter().map(|&(_, w)| 1.0 - w).product::<f32>();
        if topic >= h.min {
            signals.push(Signal { role: Role::Entity, weight: topic.min(h.cap), ..*s });
        }
    }
}

/// Sets each signal's sentence (signals and sentences are both in text order).
fn assign_sentences(signals: &mut [Signal], sentences: &[judge::Sentence]) {
    let mut k = 0;
    for s in signals.iter_mut() {
        while k + 1 < sentences.len() && s.start() >= sentences[k].end {
            k += 1;
        }
        s.sent = k as u32;
    }
}

/// For each sentence, the range of signal indices in it.
fn group(signals: &[Signal], sentences: usize) -> Vec<(usize, usize)> {
    let mut out = vec![(0, 0); sentences];
    let mut at = 0;
    for (i, slot) in out.iter_mut().enumerate() {
        let lo = at;
        while at < signals.len() && signals[at].sentence() == i {
            at += 1;
        }
        *slot = (lo, at);
    }
    out
}

/// The removals `order` lists (sorted by start), with the overlapping ones (`加V` inside
/// `加V：abc12345`) joined into one removal of their union, so that no part of a route is
/// left behind.
fn unions<'a>(order: &'a [usize], spans: &'a [Span]) -> impl Iterator<Item = Span> + 'a {
    let mut next = order.iter().map(|&r| spans[r]).peekable();
    std::iter::from_fn(move || {
        let mut union = next.next()?;
        while let Some(span) = next.next_if(|s| s.byte_start < union.byte_end) {
            if span.byte_end > union.byte_end {
                union.byte_end = span.byte_end;
                union.end = span.end;
                union.char_end = span.char_end;
            }
        }
        Some(union)
    })
}

/// Turns a report on extracted text into one on its HTML source (see [`Checker::check_html`]).
fn html_report(report: &mut Report, ex: &extract::Extracted, html: &str, pack: &Pack, lang: Lang, words: &SharedWords) {
    // Every span, in one list, mapped to the source and located in one walk.
    let mut ranges: Vec<(HtmlPos, HtmlPos)> = Vec::new();
    // The report so far is on the extracted text, the original: its bytes are OrigPos.
    let original = |s: &Span| (OrigPos(s.byte_start.0), OrigPos(s.byte_end.0));
    let to_html = |s: &Span| {
        let (a, b) = original(s);
        ex.to_source(a, b)
    };
    for f in &report.findings {
        ranges.push(to_html(&f.span));
        ranges.push(to_html(&f.sentence));
        ranges.extend(f.evidence.iter().map(|e| to_html(&e.span)));
        ranges.extend(f.fix.edits.iter().map(|e| to_html(&e.span)));
    }
    let place_of = |s: &Span| {
        let (a, b) = original(s);
        ex.place(a, b)
    };
    let mut spans = Locator::new(html).spans(&ranges).into_iter();
    for f in &mut report.findings {
        let place = place_of(&f.span);
        f.extracted = Some(Box::new(f.span));
        f.place = Some(place.as_str().to_string());
        f.span = spans.next().unwrap_or_default();
        f.start = f.span.start;
        f.end = f.span.end;
        f.text = html[f.span.bytes()].to_string();
        f.sentence = spans.next().unwrap_or_default();
        let disguised = f.evidence.iter().any(|e| !e.evasion.is_empty());
        let mut hidden = false;
        for e in &mut f.evidence {
            if place_of(&e.span) == extract::Place::Hidden {
                hidden = true;
                e.evasion.push(Evasion::Hidden);
            }
            e.extracted = Some(Box::new(e.span));
            e.span = spans.next().unwrap_or_default();
            e.text = html[e.span.bytes()].to_string();
        }
        if hidden && !disguised {
            f.penalty = f.penalty.heavier();
            f.penalty_label = words.penalty(f.penalty);
            if let Some(m) = &pack.messages.hidden {
                f.explanation = SharedStr::from(format!("{}{}", f.explanation, m.get(lang)));
            }
        }
        let edits = std::mem::take(&mut f.fix.edits);
        for mut edit in edits {
            let span = spans.next().unwrap_or_default();
            // Removing source that holds markup would break the draft's HTML.
            if html[span.bytes()].contains(['<', '>']) {
                continue;
            }
            edit.span = span;
            edit.start = span.start;
            edit.end = span.end;
            f.fix.edits.push(edit);
        }
        if f.fix.edits.is_empty() {
            f.fix.safety = FixSafety::DisplayOnly;
        }
    }
    report.penalty = report.findings.iter().filter(|f| f.decisive).map(|f| f.penalty).max();
    report.length = span::Utf16Offset(html.encode_utf16().count());
    report.extracted_text = Some(ex.as_str().to_string());
}

/// The verdict, score, penalty and per-clause scores of findings gathered from several
/// reports (a title checked as text and a body checked as HTML), as [`Checker::check`] sums
/// up the findings of one text: notes are left out, and each finding's `decisive` is set.
pub fn summarize_findings(findings: &mut [Finding]) -> report::Summary {
    let (verdict, score, penalty, clauses) = summarize(findings);
    report::Summary { verdict, score, penalty, clauses }
}

/// The verdict, score, penalty and per-clause scores of a report's findings (notes left
/// out), marking the decisive ones.
fn summarize(findings: &mut [Finding]) -> (Verdict, u32, Option<Penalty>, Vec<ClauseScore>) {
    let verdict = findings.iter().filter(|f| !f.note).map(|f| f.severity).max().unwrap_or(Verdict::Pass);
    let mut score = 0;
    let mut penalty = None;
    for f in findings.iter_mut() {
        f.decisive = !f.note && f.severity == verdict;
        if f.decisive {
            score = score.max(f.score);
            penalty = penalty.max(Some(f.penalty));
        }
    }
    if verdict == Verdict::Pass {
        score = 0;
        penalty = None;
        for f in findings.iter_mut() {
            f.decisive = false;
        }
    }
    let mut clauses: Vec<ClauseScore> = Vec::new();
    for f in findings.iter().filter(|f| !f.note) {
        match clauses.iter_mut().find(|c| *c.clause == *f.clause) {
            Some(c) => {
                c.score = c.score.max(f.score);
                c.verdict = c.verdict.max(f.severity);
            }
            None => clauses.push(ClauseScore {
                clause: f.clause.to_string(),
                title: f.clause_title.to_string(),
                score: f.score,
                verdict: f.severity,
            }),
        }
    }
    order::sort_by_key(&mut clauses, |c| Key::rev(c.verdict as usize).then_rev(c.score as usize));
    (verdict, score, penalty, clauses)
}

/// A finding's fingerprint: FNV-1a over its rule, its anchor words as read and its sentence
/// as read (the normalized text, runs of white space as one), as `fp-` and 16 hex digits.
fn fingerprint(rule: &str, anchor: &str, sentence: &str) -> String {
    let mut h = eval::Fnv1a::new();
    h.write(rule.as_bytes());
    h.write(&[0x1f]);
    h.write(anchor.to_lowercase().as_bytes());
    h.write(&[0x1f]);
    for (i, word) in sentence.split_whitespace().enumerate() {
        if i > 0 {
            h.write(b" ");
        }
        h.write(word.as_bytes());
    }
    format!("fp-{:016x}", h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warming_up_compiles_every_detector_and_changes_no_report() {
        let text = "Earn 40 USDT for every friend you invite: t.me/+abcDEF12 \n长期出U，量大从优，加V：abc12345";
        let (cold, warm) = (Checker::default(), Checker::default());
        let before = cold.detectors.compiled();
        assert!(before.0 < before.1, "a new checker compiles its detectors on first use");
        warm.warm_up();
        let after = warm.detectors.compiled();
        assert_eq!(after.0, after.1);
        // Step by step: one regex a step, until none is left.
        let stepped = Checker::default();
        let mut steps = 0;
        while stepped.warm_up_step() {
            steps += 1;
            assert_eq!(stepped.detectors.compiled().0, before.0 + steps);
        }
        assert_eq!(stepped.detectors.compiled(), after);
        assert!(!stepped.warm_up_step());
        assert_eq!(cold.check(text).unwrap(), warm.check(text).unwrap());
    }

    fn hint(start: usize, weight: f32, family: usize) -> (Signal, usize) {
        let signal = Signal::new(
            Role::Entity,
            pack::ClauseSet::ANY,
            weight,
            (NormPos(start), NormPos(start + 4)),
            Source::Term(0),
            false,
            false,
            Variant::Written,
        );
        (signal, family)
    }

    #[test]
    fn hashtag_clouds_are_runs_of_tags() {
        let text = "chart alert #btc #xrp $eth #binancefutures https://x.example #one #two";
        let clouds = hashtag_clouds(text, 4);
        assert_eq!(clouds.len(), 1);
        assert_eq!(&text[clouds[0].0..clouds[0].1], "#btc #xrp $eth #binancefutures");
        // Amounts, headings and lone tags are no cloud.
        assert!(hashtag_clouds("$500 $600 $700 $800", 4).is_empty());
        assert!(hashtag_clouds("# title\n## part #a #b #c", 4).is_empty());
        assert_eq!(hashtag_clouds("#比特币 #以太坊 #币安 #合约", 4).len(), 1);
    }

    #[test]
    fn a_cloud_lowers_its_acts_and_keeps_its_topic_and_routes() {
        let text = "look at this chart #buy #btc #staking #signals t.me/+abcdefgh";
        let make = |role: Role, words: &str| {
            let at = text.find(words).unwrap();
            Signal::new(
                role,
                pack::ClauseSet::ANY,
                1.0,
                (NormPos(at), NormPos(at + words.len())),
                Source::Term(0),
                false,
                false,
                Variant::Written,
            )
        };
        let mut signals = vec![
            make(Role::Action, "buy"),
            make(Role::Entity, "btc"),
            make(Role::Action, "staking"),
            make(Role::Steering, "t.me/+abcdefgh"),
        ];
        discount_hashtag_clouds(text, &mut signals);
        let weights: Vec<f32> = signals.iter().map(|s| s.weight).collect();
        assert_eq!(weights, [CLOUD_FACTOR, 1.0, CLOUD_FACTOR, 1.0]);
        // Out of a cloud, nothing changes.
        let mut signals = vec![make(Role::Action, "chart")];
        discount_hashtag_clouds("look at this chart #buy #btc", &mut signals);
        assert_eq!(signals[0].weight, 1.0);
    }

    const HINTS: pack::Hints = pack::Hints { min: 0.55, cap: 0.6, reach: 100 };

    fn combined(hints: &[(Signal, usize)]) -> Vec<(usize, f32)> {
        let mut out = Vec::new();
        combine_hints(&HINTS, hints, &mut out);
        out.iter().map(|s| (s.start().0, (s.weight * 100.0).round() / 100.0)).collect()
    }

    /// The evidence of each finding of `text` that spans a call and its venue (more than
    /// one word, ending in the venue).
    fn steering(text: &str) -> Vec<String> {
        let report = Checker::default().check(text).unwrap();
        (report.findings.iter().flat_map(|f| &f.evidence))
            .filter(|e| e.normalized.contains(' '))
            .map(|e| e.normalized.clone())
            .filter(|e| ["raydium", "pancakeswap", "binance", "coinbase"].iter().any(|v| e.ends_with(v)))
            .collect()
    }

    #[test]
    fn a_call_that_names_its_venue_steers() {
        assert!(steering("Snag $WOBL on PancakeSwap, still early").contains(&"snag $wobl on pancakeswap".to_string()));
        assert!(steering("gm. Now, grab some on Raydium").iter().any(|s| s.ends_with("on raydium")));
        // No call (a story, a report), another clause, too far, or no venue word before it.
        for text in [
            "I bought my first ETH on Coinbase in 2017.",
            "Whales sold BTC on Binance all week.",
            "Grab a coffee. On Binance, withdrawals are paused.",
            "Grab a coffee and a sandwich and a cake and a cookie and a tea at the Binance office",
            "Grab $WOBL before Binance lists it",
        ] {
            assert!(!steering(text).iter().any(|s| s.contains("binance") || s.contains("coinbase")), "{text}");
        }
    }

    #[test]
    fn a_venue_named_by_its_domain_is_named_not_linked() {
        let kinds = |text: &str| -> Vec<String> {
            let trace = Checker::default().trace(text);
            trace.iter().flat_map(|s| s.signals.iter().map(|g| g.source.clone())).collect()
        };
        // Bare, the domain is the venue's name: the lexicon's entity, no link.
        for text in ["my doge vanished after buying it in the crypto.com app", "is floki listed on gate.io yet?"] {
            let k = kinds(text);
            assert!(!k.iter().any(|s| s.contains("exchange-domain")), "{text}: {k:?}");
            assert!(k.iter().any(|s| s.contains("entity.tsv")), "{text}: {k:?}");
        }
        // Written as a link it is one; a call to buy there steers as at any venue.
        for text in ["get the app: https://crypto.com/app", "官网 www.gate.io 注册", "sign up at gate.io/signup"] {
            assert!(kinds(text).iter().any(|s| s.contains("exchange-domain")), "{text}");
        }
        let verdict = |text: &str| Checker::default().check(text).unwrap().verdict;
        assert_eq!(verdict("time to buy $frog on gate.io before it moons"), Verdict::Block);
        assert_ne!(verdict("anyone else's cro frozen after buying shib in the crypto.com app?"), Verdict::Block);
    }

    #[test]
    fn a_coin_right_before_a_sale_offer_is_sold() {
        let verdict = |text: &str| Checker::default().check(text).unwrap().verdict;
        for text in ["USDT for sale, dm for price, fast release", "BAYC #1234 for sale, dm me"] {
            assert_eq!(verdict(text), Verdict::Block, "{text}");
        }
        // What is sold is a domain, a guitar: the offer sells no coin.
        for text in ["crypto domain listed for sale on brandpa", "Vintage guitar for sale, make an offer."] {
            assert_ne!(verdict(text), Verdict::Block, "{text}");
        }
        assert!(only_fillers(" #1234 ") && only_fillers(" is now ") && !only_fillers(" domain listed "));
    }

    #[test]
    fn a_negation_right_before_steering_denies_it() {
        let score = |text: &str| {
            let report = Checker::default().check(text).unwrap();
            report.findings.iter().filter(|f| !f.note).map(|f| f.score).max().unwrap_or(0)
        };
        // Denied: lower than the same offer made.
        let denied = score("币安Alpha计划：参与者需满足交易量要求，但无法参与返佣或邀请计划。");
        let offered = score("币安Alpha计划：参与者需满足交易量要求，并可以参与返佣或邀请计划。");
        assert!(denied < offered, "{denied} {offered}");
        let denied = score("We do not offer a referral code or any bonus for bitcoin purchases.");
        let offered = score("We offer a referral code and a bonus for bitcoin purchases.");
        assert!(denied < offered, "{denied} {offered}");
        // A negation in another clause denies nothing: the link after it is still offered.
        assert_eq!(
            Checker::default()
                .check("No invite code needed, sign up at https://bitxyz.example/join and buy usdt")
                .unwrap()
                .verdict,
            Verdict::Block
        );
    }

    #[test]
    fn a_question_asks_how_it_does_not_teach() {
        let roles = |text: &str| -> Vec<&'static str> {
            let trace = Checker::default().trace(text);
            trace.iter().flat_map(|s| s.signals.iter().map(|g| g.role)).collect()
        };
        // The reader's question keeps its act (`buy`) but teaches nothing.
        let asked = roles("where can i buy this token? is it listed yet");
        assert!(asked.contains(&"action") && !asked.contains(&"teaching"), "{asked:?}");
        let asked = roles("哪里买USDT？");
        assert!(!asked.contains(&"teaching"), "{asked:?}");
        // The same words as a heading or in a guide teach.
        assert!(roles("Where to buy bitcoin: the exchanges we use.").contains(&"teaching"));
        assert!(roles("how to buy bitcoin, step by step").contains(&"teaching"));
    }

    #[test]
    fn a_call_to_get_a_coin_at_a_named_place_the_pack_does_not_know_steers() {
        let verdict = |text: &str| Checker::default().check(text).unwrap().verdict;
        assert_eq!(verdict("Load up on $WIF at Orcaswap while it's cheap"), Verdict::Block);
        assert_eq!(verdict("Grab $FROG on Jupiterdex now, still early"), Verdict::Block);
        // Not a coin got, a date, an acronym, a known word, or a verb of joining.
        for text in [
            "Grab a coffee on Main Street before the $ABC meetup",
            "Buy $ABC on Monday, not financial advice",
            "Buy $ABC on CEX, not financial advice",
            "Join us on Zoomcall tonight to talk about $ABC",
            "I bought $ABC on Orcaswap last year.",
        ] {
            assert_ne!(verdict(text), Verdict::Block, "{text}");
        }
    }

    #[test]
    fn the_words_of_a_link_do_not_frame_its_sentence() {
        let check = |text: &str| {
            let r = Checker::default().check(text).unwrap();
            (r.verdict, r.score)
        };
        let offer = "New listing: XYZ token now trading on our exchange, deposit here ";
        let plain = check(&format!("{offer}https://ex.io/new-listing"));
        assert_eq!(plain.0, Verdict::Block);
        // `scam` and `warning` in a link's path are its address, not a warning.
        assert_eq!(check(&format!("{offer}https://ex.io/warning-free-scam")), plain);
        // A news outlet's name in a link still says where the words come from.
        assert_ne!(
            check("Bitcoin jumps 5% as traders buy the dip https://www.reuters.com/markets/x").0,
            Verdict::Block
        );
    }

    #[test]
    fn a_denied_contact_is_no_contact_even_for_a_rule_that_ignores_context() {
        let check = |text: &str| Checker::default().check(text).unwrap().verdict;
        // fraud.recovery ignores context: a recovery service with a way to reach it is the
        // second scam even inside a warning.
        let warning = "Never share your seed phrase. The recovery experts in the replies are scammers too.";
        assert_eq!(check(&format!("{warning} DM them and they get it back.")), Verdict::Block);
        // A contact the warning denies (`support never dms you first`) offers none.
        assert_ne!(check(&format!("Real support never DMs you first. {warning}")), Verdict::Block);
    }

    #[test]
    fn a_desk_buys_any_coin_the_lexicon_knows() {
        let check = |text: &str| Checker::default().check(text).unwrap().verdict;
        // The desk's opener at a clause start, before coins `fiat-rail`'s own list lacks.
        assert_eq!(check("长期高价收泰达，当天结清，加V：otc8899"), Verdict::Block);
        assert_eq!(check("大量出大饼，当天结清，加V：otc8899"), Verdict::Block);
        // Not at a clause start, or not a coin: no desk.
        assert_ne!(check("公司接收泰达作为结算方式的传闻被否认，加V：otc8899"), Verdict::Block);
        assert_ne!(check("长期收藏品，欢迎来店里看看，加V：shop8899"), Verdict::Block);
    }

    #[test]
    fn a_market_word_inside_a_level_is_no_context() {
        let contexts = |text: &str| -> Vec<String> {
            let trace = Checker::default().trace(text);
            trace
                .iter()
                .flat_map(|s| s.signals.iter().filter(|g| g.role == "context").map(|g| g.words.clone()))
                .collect()
        };
        // `跌破` is the stop's condition inside the level, a report of the market outside one.
        assert_eq!(contexts("大饼61500附近分批接,跌破60800停损"), Vec::<String>::new());
        assert!(!contexts("比特币昨夜跌破60000美元").is_empty());
    }

    #[test]
    fn hints_count_only_together() {
        // One hint, or one family however often: nothing.
        assert_eq!(combined(&[hint(0, 0.45, 1)]), []);
        assert_eq!(combined(&[hint(0, 0.45, 1), hint(10, 0.2, 1), hint(20, 0.45, 1)]), []);
        // Two families: 1 - 0.55 * 0.8 = 0.56, evidence at each of them.
        assert_eq!(combined(&[hint(0, 0.45, 1), hint(10, 0.2, 2)]), [(0, 0.56), (10, 0.56)]);
        // Below `min`: 1 - 0.7 * 0.75 = 0.475.
        assert_eq!(combined(&[hint(0, 0.3, 1), hint(10, 0.25, 2)]), []);
        // Capped.
        assert_eq!(combined(&[hint(0, 0.5, 1), hint(10, 0.5, 2)]), [(0, 0.6), (10, 0.6)]);
        // Out of reach of each other; the middle one reaches both.
        assert_eq!(combined(&[hint(0, 0.45, 1), hint(150, 0.45, 2)]), []);
        assert_eq!(combined(&[hint(0, 0.45, 1), hint(90, 0.1, 3), hint(180, 0.45, 2)]), [(90, 0.6)]);
    }
}

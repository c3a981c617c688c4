//! Judging in context: turns matched evidence into findings, sentence by sentence.
//!
//! 1. Every lexicon hit and detector match becomes a [`Signal`] with a role, clauses, a
//!    weight and the sentence it is in.
//! 2. Context words (reporting, warnings, negation) set a factor for their sentence; when
//!    the text as a whole reads as a report or a warning, every sentence is lowered to at
//!    most the pack's genre factor. Concrete routes (links, contacts, codes, groups) are
//!    lowered fully only by their own sentence's context and by the genre only down to
//!    the pack's `route_genre_floor` (0.6), so that an ad cannot hide behind one sentence
//!    of news.
//! 3. Each rule is tried at each sentence holding its anchor role: the best evidence of
//!    every other role it needs is taken from the neighbouring sentences (the role's
//!    reach), weighted by the context factor of the sentence it is in, and summed with
//!    the pack's role weights into a score. The score against the rule's thresholds
//!    gives `block`, `review` or nothing.
//! 4. Per sentence and clause the strongest firing rule becomes a finding.

use crate::detect::DetectorKind;
use crate::order::Key;
use crate::pack::{ClauseSet, Pack, Role, Rule, Scoring, Status, Tag};
use crate::pos::{NormPos, NormRange};
use crate::ranges::Ranges;
use crate::report::Verdict;

/// What the engine needs to know about each lexicon term on the hot path, worked out
/// once per checker from the terms' tags (string comparisons stay out of `check`).
#[derive(Debug, Clone, Default)]
pub(crate) struct TermFacts {
    /// Per term: a route that genre dampening spares (contact, group, code, link).
    pub concrete: Vec<bool>,
    /// Per term: an action that only exists in crypto (also entity evidence).
    pub crypto: Vec<bool>,
    /// Per teaching term: the action term it names (`how to buy` holds `buy`, `如何购买`
    /// holds `购买`), of a clause it shares: the phrase teaches that act, so it is that
    /// action's evidence too. Without it the longer teaching term absorbs the action inside
    /// it and `how to buy bitcoin` reads as a lesson about nothing.
    pub acts: Vec<Option<usize>>,
    /// Per term: a topic hint's family (`Some`: an entity tagged `hint`), the hints whose
    /// words share their first four characters, so that `stake` and `staking` count as one
    /// word; numbered by the first of them.
    pub hint: Vec<Option<usize>>,
    /// Per term: written in pinyin or initials (an evasion).
    pub pinyin: Vec<bool>,
    /// Per term: a strong reporting/warning/legal/education word that sets a text's genre.
    pub genre: Vec<bool>,
    /// Per term: such a word tagged reporting (a byline, a news agency), which sets the
    /// genre from the end of a text too.
    pub reporting: Vec<bool>,
    /// Per context term: it only reports (`据报道`, `清退`, `announced`), without warning,
    /// forbidding, judging or teaching: it frames talk, it does not lower a route in its
    /// sentence.
    pub report_only: Vec<bool>,
    /// Per context term: it frames a topic (a warning, anti-fraud education, law) without
    /// governing a verb as a negation or a condition does: in another clause than a route the
    /// author offers, it does not lower the route (`风险提示：骗子很多，想买的朋友加我微信 x`
    /// still offers the ID; `加微信 x 的都是骗子` names one to avoid).
    pub frame: Vec<bool>,
    /// Per term: English attribution (`said`, `told`, `announced`): reporting only when
    /// someone else speaks, so the author's own `i told you` is dropped.
    pub attribution: Vec<bool>,
    /// Per rule: for each term, whether it carries the rule's anchor tag (empty: no tag).
    pub anchor_tagged: Vec<Vec<bool>>,
    /// Per rule: for each detector role, whether it carries the rule's anchor tag.
    pub anchor_tagged_detectors: Vec<Vec<bool>>,
    /// Per term: tagged `reserved`, evidence only for a rule whose anchor tag it carries,
    /// as its anchor or in another role (`deploy` anchors issuance.launch and nothing else;
    /// `scam victims`, an entity tagged `recovery`, is the topic of fraud.recovery alone).
    pub reserved: Vec<bool>,
    /// Per detector: tagged `reserved` in its role, the same for detectors.
    pub reserved_detectors: Vec<bool>,
    /// Per term and per detector role: a negation or a prohibition (`不要`, `don't`), which
    /// a coordinated call before it in its sentence turns into part of the call.
    pub negation: Vec<bool>,
    pub negation_detectors: Vec<bool>,
    /// Per detector role: context tagged `reporting` of at most the genre word's weight (a
    /// news post's `BREAKING:` tag), which sets a text's genre as such a term does.
    pub genre_detectors: Vec<bool>,
    /// Per detector role: a link (a URL, an exchange's domain), whose words are an address.
    pub link_detectors: Vec<bool>,
    /// Per detector kind (`kind as usize`): how many signals one detection of it makes, one
    /// per role of it with a weight and one more per role with an entity weight.
    pub signals_per_detection: Vec<usize>,
    /// Per term and per detector role: a call to a group to trade together (tag
    /// `coordinated`).
    pub coordinated: Vec<bool>,
    pub coordinated_detectors: Vec<bool>,
    /// Per term: an entity tagged `venue` (an exchange, a DEX, an NFT market).
    pub venue: Vec<bool>,
    /// The clauses of the pack's venues together (not `*`): what a trading place the pack
    /// does not know is evidence of (`grab $abc on Jupiter`).
    pub venue_clauses: ClauseSet,
    /// Whether the pack looks for token amounts by their tickers in capitals (a detector of
    /// kind `ticker-amount`), which are read from the original text.
    pub ticker_amounts: bool,
    /// The detector role that reports a Chinese desk's act before any coin of its clauses
    /// (the first of kind `fiat-rail`; see `Checker::desk_coins`), if the pack has one.
    pub desk_act: Option<usize>,
}

impl TermFacts {
    /// Whether term `t` is reserved for rules whose anchor tag it carries and rule `rule`
    /// is not one of them: no evidence for that rule in any role.
    pub fn reserved_elsewhere(&self, rule: usize, t: usize) -> bool {
        self.reserved[t] && !self.anchor_tagged[rule].get(t).is_some_and(|&b| b)
    }

    /// Whether the evidence of `source` is reserved for other rules than `rule` (a term's or
    /// a detector's tag `reserved`).
    fn reserved_source(&self, rule: usize, source: Source) -> bool {
        match source {
            Source::Term(t) => self.reserved_elsewhere(rule, t),
            Source::Detector(d) => {
                self.reserved_detectors[d] && !self.anchor_tagged_detectors[rule].get(d).is_some_and(|&b| b)
            }
        }
    }

    pub fn new(pack: &Pack) -> TermFacts {
        let any = |t: &crate::pack::Term, tags: &[Tag]| tags.iter().any(|&k| t.has_tag(k));
        TermFacts {
            concrete: pack
                .terms
                .iter()
                .map(|t| t.role == Role::Steering && any(t, &[Tag::Contact, Tag::Group, Tag::Code, Tag::Link]))
                .collect(),
            crypto: pack.terms.iter().map(|t| t.role == Role::Action && t.has_tag(Tag::Crypto)).collect(),
            acts: named_acts(pack),
            ticker_amounts: pack.detectors.iter().any(|d| d.kind == crate::detect::DetectorKind::TickerAmount),
            desk_act: pack.detectors.iter().position(|d| d.kind == crate::detect::DetectorKind::FiatRail),
            hint: {
                // A family is numbered by the first hint with its four characters.
                let prefix = |t: &crate::pack::Term| t.term.chars().take(4).collect::<String>();
                let hints: Vec<(usize, String)> = (pack.terms.iter().enumerate())
                    .filter(|(_, t)| t.role == Role::Entity && t.has_tag(Tag::Hint))
                    .map(|(i, t)| (i, prefix(t)))
                    .collect();
                let mut family = vec![None; pack.terms.len()];
                for (i, p) in &hints {
                    family[*i] = hints.iter().find(|(_, q)| q == p).map(|&(first, _)| first);
                }
                family
            },
            pinyin: pack.terms.iter().map(|t| t.has_tag(Tag::Pinyin)).collect(),
            genre: pack
                .terms
                .iter()
                .map(|t| {
                    t.weight <= pack.scoring.genre_word
                        && any(t, &[Tag::Reporting, Tag::Warning, Tag::Legal, Tag::Education])
                })
                .collect(),
            attribution: pack
                .terms
                .iter()
                .map(|t| t.role == Role::Context && t.has_tag(Tag::Reporting) && t.has_tag(Tag::En))
                .collect(),
            reporting: pack
                .terms
                .iter()
                .map(|t| t.weight <= pack.scoring.genre_word && t.has_tag(Tag::Reporting))
                .collect(),
            report_only: pack
                .terms
                .iter()
                .map(|t| {
                    t.role == Role::Context
                        && t.has_tag(Tag::Reporting)
                        && !any(t, &[Tag::Warning, Tag::Legal, Tag::Negation, Tag::Education])
                })
                .collect(),
            frame: pack
                .terms
                .iter()
                .map(|t| {
                    t.role == Role::Context
                        && any(t, &[Tag::Warning, Tag::Education, Tag::Legal])
                        && !any(t, &[Tag::Negation, Tag::Hypothetical])
                })
                .collect(),
            reserved: pack.terms.iter().map(|t| t.has_tag(Tag::Reserved)).collect(),
            reserved_detectors: pack.detectors.iter().map(|d| d.has_tag(Tag::Reserved)).collect(),
            negation: pack.terms.iter().map(|t| t.role == Role::Context && t.has_tag(Tag::Negation)).collect(),
            negation_detectors: pack.detectors.iter().map(|d| d.kind == DetectorKind::Prohibition).collect(),
            genre_detectors: pack
                .detectors
                .iter()
                .map(|d| d.role == Role::Context && d.weight <= pack.scoring.genre_word && d.has_tag(Tag::Reporting))
                .collect(),
            link_detectors: pack
                .detectors
                .iter()
                .map(|d| matches!(d.kind, DetectorKind::Url | DetectorKind::ExchangeDomain))
                .collect(),
            signals_per_detection: {
                let mut per_kind = vec![0; DetectorKind::ALL.len()];
                for d in &pack.detectors {
                    per_kind[d.kind as usize] += (d.weight > 0.0) as usize + (d.entity > 0.0) as usize;
                }
                per_kind
            },
            coordinated: pack.terms.iter().map(|t| t.has_tag(Tag::Coordinated)).collect(),
            coordinated_detectors: pack.detectors.iter().map(|d| d.has_tag(Tag::Coordinated)).collect(),
            venue: pack.terms.iter().map(|t| t.role == Role::Entity && t.has_tag(Tag::Venue)).collect(),
            venue_clauses: ClauseSet(
                (pack.terms.iter())
                    .filter(|t| t.role == Role::Entity && t.has_tag(Tag::Venue) && !t.clauses.is_any())
                    .fold(0, |set, t| set | t.clauses.0),
            ),
            anchor_tagged: pack
                .rules
                .iter()
                .map(|r| match r.anchor_tag {
                    Some(tag) => pack.terms.iter().map(|t| t.has_tag(tag)).collect(),
                    None => Vec::new(),
                })
                .collect(),
            anchor_tagged_detectors: pack
                .rules
                .iter()
                .map(|r| match r.anchor_tag {
                    Some(tag) => pack.detectors.iter().map(|d| d.has_tag(tag)).collect(),
                    None => Vec::new(),
                })
                .collect(),
        }
    }
}

/// Per term, the action term it names when it is a teaching term: an action whose words
/// stand in the teaching term's (whole words for ASCII) and that shares a clause with it;
/// the heaviest such, the first of equals. Reserved actions stay out (they are evidence for
/// their own rule alone). Each teaching term's pieces are looked up among the actions' words,
/// so building a checker does not search every action in every teaching term.
fn named_acts(pack: &Pack) -> Vec<Option<usize>> {
    let mut actions: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for (i, a) in pack.terms.iter().enumerate() {
        if a.role == Role::Action && !a.has_tag(Tag::Reserved) {
            actions.entry(a.term.as_str()).or_default().push(i);
        }
    }
    let shares = |a: ClauseSet, b: ClauseSet| a.is_any() || b.is_any() || (a.0 & b.0) != 0;
    let mut acts = vec![None; pack.terms.len()];
    let mut cuts = Vec::new();
    for (t, teaching) in pack.terms.iter().enumerate().filter(|(_, t)| t.role == Role::Teaching) {
        let words = teaching.term.as_str();
        // Where a piece may start or end: any character boundary but inside an ASCII word.
        cuts.clear();
        let mut prev: Option<char> = None;
        for (i, c) in words.char_indices().chain(std::iter::once((words.len(), ' '))) {
            if !(prev.is_some_and(|p| p.is_ascii_alphanumeric()) && c.is_ascii_alphanumeric()) {
                cuts.push(i);
            }
            prev = Some(c);
        }
        let mut best: Option<usize> = None;
        for (k, &from) in cuts.iter().enumerate() {
            for &to in &cuts[k + 1..] {
                if to - from == words.len() {
                    continue;
                }
                for &a in actions.get(&words[from..to]).into_iter().flatten() {
                    let action = &pack.terms[a];
                    let heavier = |b: usize| {
                        let w = pack.terms[b].weight;
                        w < action.weight || (w == action.weight && a < b)
                    };
                    if shares(action.clauses, teaching.clauses) && best.is_none_or(heavier) {
                        best = Some(a);
                    }
                }
            }
        }
        acts[t] = best;
    }
    acts
}

/// Where a signal came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// Index into the pack's terms.
    Term(usize),
    /// Index into the pack's detector roles.
    Detector(usize),
}

/// A [`Source`] in four bytes: the index, with the top bit set for a detector role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PackedSource(u32);

impl PackedSource {
    const DETECTOR: u32 = 1 << 31;

    pub fn new(source: Source) -> PackedSource {
        // A pack has thousands of terms and tens of detector roles, far below 2^31.
        match source {
            Source::Term(t) => PackedSource(t as u32 & !Self::DETECTOR),
            Source::Detector(d) => PackedSource(d as u32 | Self::DETECTOR),
        }
    }

    pub fn get(self) -> Source {
        let index = (self.0 & !Self::DETECTOR) as usize;
        if self.0 & Self::DETECTOR == 0 {
            Source::Term(index)
        } else {
            Source::Detector(index)
        }
    }
}

/// One piece of evidence in the normalized text.
///
/// A dense text has a signal every few bytes, so a signal is kept small (32 bytes, from 64
/// with `usize` positions): its range ([`NormRange`]), its sentence and its source are `u32`,
/// which holds any text the checker takes ([`crate::MAX_TEXT_BYTES`]), and its four yes/no
/// facts share one byte. Read them with [`Signal::start`], [`Signal::end`],
/// [`Signal::sentence`], [`Signal::source`], [`Signal::evasive`], [`Signal::concrete`],
/// [`Signal::route`] and [`Signal::negated`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Signal {
    pub role: Role,
    pub clauses: ClauseSet,
    pub weight: f32,
    /// Byte range in the normalized text.
    pub at: NormRange,
    /// Index of the sentence it is in (set once sentences are known).
    pub sent: u32,
    pub from: PackedSource,
    /// [`Signal::EVASIVE`], [`Signal::CONCRETE`], [`Signal::ROUTE`] and [`Signal::NEGATED`];
    /// read and set through the methods (crate-visible only so that struct updates `..signal`
    /// compile).
    pub(crate) flags: u8,
    /// For a route: what its sentence's context does to it (set by [`context_factors`]):
    /// the context words that do more than report (warnings, prohibitions, law, teaching)
    /// and govern it. A route beside `据报道` or `清退` is still a way in; a route beside
    /// `谨防` or `涉嫌诈骗` is named to be avoided; a warning that heads another clause does
    /// not govern a route the author offers. For other steering: [`NEGATED_ROUTE`] when a
    /// negation right before it denies it (`无法参与返佣`), else 1.
    pub route_context: f32,
    /// How the words relate to the lexicon term (as written, pinyin, homophone...).
    pub variant: crate::lexicon::Variant,
}

impl Signal {
    /// The words were obfuscated (separators, invisibles, width, look-alikes, pinyin) to get
    /// past filters.
    const EVASIVE: u8 = 1;
    /// A concrete route: genre dampening lowers it only down to 0.6.
    const CONCRETE: u8 = 2;
    /// A way in identified by its shape (an ID, a code, a sign-up or group link): the text's
    /// genre does not lower its sentence (see [`crate::pack::DetectorRole::route`]).
    const ROUTE: u8 = 4;
    /// Steering or an action denied by a negation right before it (`never dms you`,
    /// `无法参与返佣`, `no recovery service`): set by [`context_factors`], read by the rules
    /// that ignore context.
    const NEGATED: u8 = 8;

    /// A signal with no sentence yet, no route and no route context.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        role: Role,
        clauses: ClauseSet,
        weight: f32,
        (start, end): (NormPos, NormPos),
        source: Source,
        evasive: bool,
        concrete: bool,
        variant: crate::lexicon::Variant,
    ) -> Signal {
        Signal {
            role,
            clauses,
            weight,
            at: NormRange::new(start, end),
            sent: 0,
            from: PackedSource::new(source),
            flags: if evasive { Self::EVASIVE } else { 0 } | if concrete { Self::CONCRETE } else { 0 },
            route_context: 1.0,
            variant,
        }
    }

    fn with_flag(self, flag: u8, on: bool) -> Signal {
        Signal { flags: if on { self.flags | flag } else { self.flags & !flag }, ..self }
    }

    /// Whether the words were obfuscated to get past filters.
    #[inline]
    pub fn evasive(&self) -> bool {
        self.flags & Self::EVASIVE != 0
    }

    /// Whether it is a concrete route (genre dampening lowers it only down to 0.6).
    #[inline]
    pub fn concrete(&self) -> bool {
        self.flags & Self::CONCRETE != 0
    }

    /// Whether it is a way in identified by its shape, which the text's genre does not lower.
    #[inline]
    pub fn route(&self) -> bool {
        self.flags & Self::ROUTE != 0
    }

    /// Whether a negation right before it denies it (steering and actions; see [`NEGATED_ROUTE`]).
    #[inline]
    pub fn negated(&self) -> bool {
        self.flags & Self::NEGATED != 0
    }

    /// The same signal, concrete or not.
    pub fn with_concrete(self, concrete: bool) -> Signal {
        self.with_flag(Self::CONCRETE, concrete)
    }

    /// The same signal, a route or not.
    pub fn with_route(self, route: bool) -> Signal {
        self.with_flag(Self::ROUTE, route)
    }

    #[inline]
    pub fn start(&self) -> NormPos {
        self.at.start()
    }

    #[inline]
    pub fn end(&self) -> NormPos {
        self.at.end()
    }

    #[inline]
    pub fn sentence(&self) -> usize {
        self.sent as usize
    }

    #[inline]
    pub fn source(&self) -> Source {
        self.from.get()
    }
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
    /// Whether any of the evidence was deliberately disguised.
    pub evasive: bool,
}

/// Per sentence: the factor its context words apply, and whether it has any.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sentence {
    pub start: NormPos,
    pub end: NormPos,
    /// What context does to the sentence's evidence: its own context words, and the
    /// text's genre.
    pub factor: f32,
    /// Its own context words only.
    pub own: f32,
    /// How much of a full sentence it is, for reach (see [`crate::pack::Scoring::full_sentence`]).
    pub size: f32,
}

impl Sentence {
    /// A sentence of `text` (normalized) spanning `[start, end)`, with no context yet.
    pub fn new(text: &str, start: NormPos, end: NormPos, full_sentence: f32) -> Sentence {
        let size = if full_sentence > 0.0 { (units(&text[start.to(end)]) / full_sentence).min(1.0) } else { 1.0 };
        Sentence { start, end, factor: 1.0, own: 1.0, size }
    }
}

/// The length of a sentence in units of meaning: a Chinese character is one, a Latin word
/// or a number two.
fn units(text: &str) -> f32 {
    let mut units = 0.0;
    let mut in_word = false;
    for c in text.chars() {
        let alnum = c.is_ascii_alphanumeric();
        if alnum && !in_word {
            units += 2.0;
        } else if crate::normalize::is_han(c) {
            units += 1.0;
        }
        in_word = alnum;
    }
    units
}

/// For each role, the sentences `[from, to]` its evidence may come from for a rule
/// anchored at each sentence: those within the role's reach, where a sentence counts as
/// its [`Sentence::size`] and distances run between the sentences' middles.
///
/// Roles with the same reach share one list, and a list holds `u32` pairs: a text of a
/// link per line has a sentence every few dozen bytes, and one `usize` list per role was
/// a third of its check's memory.
struct Windows {
    /// For each role, the index of its list.
    of_role: [usize; Role::ALL.len()],
    lists: Vec<Vec<(u32, u32)>>,
}

impl Windows {
    fn new(scoring: &crate::pack::Scoring, sentences: &[Sentence]) -> Windows {
        let mut middles = Vec::with_capacity(sentences.len());
        let mut pos = 0.0f32;
        for s in sentences {
            middles.push(pos + s.size / 2.0);
            pos += s.size;
        }
        const SLACK: f32 = 1e-3;
        let mut of_role = [0; Role::ALL.len()];
        let mut reaches: Vec<usize> = Vec::new();
        let mut lists: Vec<Vec<(u32, u32)>> = Vec::new();
        for role in Role::ALL {
            let reach = scoring.reach[role.index()];
            if let Some(same) = reaches.iter().position(|&r| r == reach) {
                of_role[role.index()] = same;
                continue;
            }
            // Both ends only move forward as the anchor does: one sweep.
            let r = reach as f32 + SLACK;
            let (mut from, mut to) = (0, 0);
            lists.push(
                middles
                    .iter()
                    .map(|&m| {
                        while middles[from] < m - r {
                            from += 1;
                        }
                        while to + 1 < middles.len() && middles[to + 1] <= m + r {
                            to += 1;
                        }
                        (from as u32, to as u32)
                    })
                    .collect(),
            );
            of_role[role.index()] = lists.len() - 1;
            reaches.push(reach);
        }
        Windows { of_role, lists }
    }

    /// The sentences `[from, to]` within `role`'s reach of sentence `si`.
    #[inline]
    fn get(&self, role: Role, si: usize) -> (usize, usize) {
        let (from, to) = self.lists[self.of_role[role.index()]][si];
        (from as usize, to as usize)
    }
}

/// Sets each sentence's context factor from the context signals, then the genre factor.
///
/// A sentence with a strong reporting, warning, legal or education word (any of its context
/// words) is a genre sentence. The text reads as a report or a warning when its first
/// sentence is one, or when genre sentences make up `genre_share` of the text, each sentence
/// counting by its [`Sentence::size`] (a text chopped into short sentences is not diluted),
/// a closing warning by half of it.
pub(crate) fn context_factors(
    pack: &Pack,
    facts: &TermFacts,
    norm: &str,
    signals: &mut [Signal],
    sentences: &mut [Sentence],
) {
    let mut genre = vec![false; sentences.len()];
    let mut reporting = vec![false; sentences.len()];
    // Where each sentence's first call to trade together ends: a negation after it is the
    // call's own instruction (`8点一起拉盘，不要卖`, `buy at 8pm and don't sell`), not a
    // warning, so it does not lower the sentence.
    let mut called: Vec<Option<NormPos>> = vec![None; sentences.len()];
    for s in signals.iter().filter(|s| s.role != Role::Context) {
        let coordinated = match s.source() {
            Source::Term(t) => facts.coordinated[t],
            Source::Detector(d) => facts.coordinated_detectors[d],
        };
        if coordinated {
            let at = &mut called[s.sentence()];
            *at = Some(at.map_or(s.end(), |e| e.min(s.end())));
        }
    }
    // Each sentence's own context words, for the routes in it (see the end).
    let mut own_context: Vec<OwnContext> = Vec::new();
    // Per sentence: its context words that do more than report, compounded.
    let mut governing = vec![1.0f32; sentences.len()];
    // A link's words are its address, not the author's framing: `scam` in
    // `tokpie.io/blog/scam-inu-token/` warns no one. A news outlet's name in a link
    // (`reuters.com/…`) still says where the words come from.
    let links = Ranges::new(
        signals
            .iter()
            .filter(|s| matches!(s.source(), Source::Detector(d) if facts.link_detectors[d]))
            .map(|s| (s.start().0, s.end().0)),
    );
    for s in signals.iter().filter(|s| s.role == Role::Context) {
        if matches!(s.source(), Source::Term(t) if !facts.reporting[t]) && links.overlaps(s.start().0, s.end().0) {
            continue;
        }
        let negation = match s.source() {
            Source::Term(t) => facts.negation[t],
            Source::Detector(d) => facts.negation_detectors[d],
        };
        if negation && called[s.sentence()].is_some_and(|end| s.start() >= end) {
            continue;
        }
        // Several context words compound (a warning that is also a police report),
        // down to a floor: context lowers evidence, it never erases it.
        let sentence = &mut sentences[s.sentence()];
        sentence.factor = (sentence.factor * s.weight).max(pack.scoring.context_floor);
        sentence.own = sentence.factor;
        let kind = match s.source() {
            Source::Term(t) if facts.report_only[t] => Governs::Reports,
            Source::Term(t) if facts.frame[t] => Governs::Frames,
            // A detector's reporting context (a news tag, a name as reports write it) only
            // reports, as the reporting words do.
            Source::Detector(d) if facts.genre_detectors[d] => Governs::Reports,
            _ => Governs::Route,
        };
        own_context.push(OwnContext {
            sentence: s.sentence(),
            start: s.start(),
            end: s.end(),
            weight: s.weight,
            kind,
            negation,
        });
        if kind != Governs::Reports {
            governing[s.sentence()] = (governing[s.sentence()] * s.weight).max(pack.scoring.context_floor);
        }
        // Only strong context words (weight <= GENRE_WORD) make a text a report.
        match s.source() {
            Source::Term(t) => {
                genre[s.sentence()] |= facts.genre[t];
                reporting[s.sentence()] |= facts.reporting[t];
            }
            Source::Detector(d) => {
                genre[s.sentence()] |= facts.genre_detectors[d];
                reporting[s.sentence()] |= facts.genre_detectors[d];
            }
        }
    }
    spread_to_fragments(sentences, pack.scoring.genre_word);
    let scoring = &pack.scoring;
    let total: f32 = sentences.iter().map(|s| s.size).sum();
    // A closing warning counts half towards the share: ads and guides close with one
    // (`若不了解，切勿触碰`), a warning that is the text's point is most of a short text.
    let last = sentences.len().saturating_sub(1);
    let in_genre: f32 = sentences
        .iter()
        .zip(&genre)
        .enumerate()
        .filter(|&(_, (_, &g))| g)
        .map(|(i, (s, _))| if i == last && !reporting[i] { s.size / 2.0 } else { s.size })
        .sum();
    let share = if total > 0.0 { in_genre / total } else { 0.0 };
    // A report announces itself where it starts (a dateline, a headline) or where it
    // ends (a byline: `（本报记者 … 综合报道）`). A warning at the end does not count: ads
    // and guides close with one (`若不了解，切勿触碰`).
    if genre.first() == Some(&true) || reporting.last() == Some(&true) || share >= scoring.genre_share {
        // Weak context of a sentence's own (a "不要" in passing) does not exempt it.
        for sentence in sentences.iter_mut() {
            sentence.factor = sentence.factor.min(scoring.genre_factor);
        }
    }
    // Context lowers talk about crypto, never a way in: a sentence that offers a route keeps
    // only its own context words, whatever the text around it reads as; and of those, the
    // route keeps what governs it: negations, conditions, detectors' context, warnings and
    // law in its own clause, but not the reporting words (`据报道 … 注册链接`). A warning
    // heading another clause of a route the author offers (`风险提示：骗子很多，想买的朋友加我
    // 微信 x`) frames the topic, not that clause; the sentence is read as its route clause is.
    let floor = pack.scoring.context_floor;
    let mut reset = vec![false; sentences.len()];
    for s in signals.iter_mut().filter(|s| s.route()) {
        let sentence = &sentences[s.sentence()];
        // Its sentence's context words (pushed in order of sentence). Beyond MAX_CONTEXT of
        // them (a hostile text of one endless sentence) every one governs, read per sentence;
        // without a frame word among them there is no clause to read.
        let from = own_context.partition_point(|c| c.sentence < s.sentence());
        let to = own_context.partition_point(|c| c.sentence <= s.sentence());
        let (mut own, mut route) = (sentence.own, governing[s.sentence()]);
        let framed = to - from <= MAX_CONTEXT && own_context[from..to].iter().any(|c| c.kind == Governs::Frames);
        let clause = if framed {
            clause_of(norm, sentence.start, sentence.end, s.start(), s.end())
        } else {
            (s.start(), s.end())
        };
        if framed && norm.get(clause.0 .0..clause.1 .0).is_some_and(authors_offer) {
            (own, route) = (1.0, 1.0);
            for c in &own_context[from..to] {
                if c.kind == Governs::Frames && (c.end <= clause.0 || c.start >= clause.1) {
                    continue;
                }
                own = (own * c.weight).max(floor);
                if c.kind != Governs::Reports {
                    route = (route * c.weight).max(floor);
                }
            }
        }
        s.route_context = route;
        // The first route replaces the factor the genre gave; another may raise it.
        let sentence = &mut sentences[s.sentence()];
        sentence.factor =
            if std::mem::replace(&mut reset[s.sentence()], true) { sentence.factor.max(own) } else { own };
    }
    // Steering denied by a negation right before it in its clause (`无法参与返佣`, `没有邀请码`,
    // `not a referral link`) offers nothing there: a route or the words for one. An action
    // denied so (`there is no recovery service`) is marked too, for the rules that ignore
    // context; for the others its sentence's factor already holds the negation.
    for s in signals.iter_mut() {
        let steers = s.role == Role::Steering || s.route();
        if !steers && s.role != Role::Action {
            continue;
        }
        let from = own_context.partition_point(|c| c.sentence < s.sentence());
        let to = own_context.partition_point(|c| c.sentence <= s.sentence());
        if own_context[from..to.min(from + MAX_CONTEXT)].iter().any(|c| c.negation && negates(norm, c.end, s.start())) {
            if steers {
                s.route_context = (s.route_context * NEGATED_ROUTE).max(floor);
            }
            *s = s.with_flag(Signal::NEGATED, true);
        }
    }
}

/// The most context words of one sentence read for a route's clause.
const MAX_CONTEXT: usize = 32;

/// What a negation right before a route leaves of it (see [`negates`]).
const NEGATED_ROUTE: f32 = 0.3;

/// How far before a route a negation still governs it, in bytes: a verb between them
/// (`无法参与返佣`, `not a referral`, `no invite code`), no more.
const NEGATION_REACH: usize = 12;

/// Whether a negation ending at `end` governs the route starting at `route`: it comes before
/// it, at most [`NEGATION_REACH`] bytes, with no clause break between them.
fn negates(norm: &str, end: NormPos, route: NormPos) -> bool {
    route.0 >= end.0
        && route.0 - end.0 <= NEGATION_REACH
        && norm.get(end.0..route.0).is_some_and(|gap| !gap.contains(CLAUSE_BREAKS) && !gap.contains(['.', '!', '?']))
}

/// A context word of a sentence, as a route in it reads it (see [`context_factors`]).
#[derive(Debug, Clone, Copy)]
struct OwnContext {
    sentence: usize,
    start: NormPos,
    end: NormPos,
    weight: f32,
    kind: Governs,
    /// A negation (`没有`, `not`): it denies a route right after it (see [`negates`]).
    negation: bool,
}

/// What a context word in a route's sentence does to the route (see [`context_factors`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Governs {
    /// It only reports (`据报道`): it lowers the sentence's talk, never the route.
    Reports,
    /// It frames a topic (a warning, education, law): it lowers a route the author offers
    /// only from inside the route's clause; any other route, from anywhere in the sentence.
    Frames,
    /// A negation, a condition, a detector's context: it lowers the route in its sentence.
    Route,
}

/// Where a clause ends: a comma, colon, semicolon or line break (the normalized text has
/// ASCII marks for full-width ones).
const CLAUSE_BREAKS: [char; 4] = [',', ':', ';', '\n'];

/// How far a clause reaches from its route at most, in bytes each way: a longer stretch
/// without a comma is no clause an author writes, and the bound keeps a check linear on a
/// text of one endless sentence.
const CLAUSE_REACH: usize = 200;

/// The clause of sentence `[from, to)` around the words `[start, end)`, within
/// [`CLAUSE_REACH`] of them.
fn clause_of(norm: &str, from: NormPos, to: NormPos, start: NormPos, end: NormPos) -> (NormPos, NormPos) {
    let lo = crate::detect::ceil_boundary(norm, start.0.saturating_sub(CLAUSE_REACH).max(from.0));
    let hi = crate::detect::floor_boundary(norm, (end.0 + CLAUSE_REACH).min(to.0).min(norm.len()));
    let before =
        norm.get(lo..start.0).and_then(|b| b.rfind(CLAUSE_BREAKS)).map_or(NormPos(lo), |i| NormPos(lo + i + 1));
    let after =
        norm.get(end.0..hi).and_then(|a| a.find(CLAUSE_BREAKS)).map_or(NormPos(hi.max(end.0)), |i| NormPos(end.0 + i));
    (before, after)
}

/// Whether a clause offers its route in the author's own voice: a first person (`加我微信`,
/// `my link`, `dm me`) and no quotation mark (a warning quotes what scammers say).
fn authors_offer(clause: &str) -> bool {
    if clause.contains(['"', '“', '”', '「', '」']) {
        return false;
    }
    clause.contains('我')
        || clause
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| matches!(w, "i" | "me" | "my" | "we" | "us" | "our"))
}

/// Strong context (a factor at or below the pack's `genre_word`) also governs the short fragments
/// right next to its sentence that have no context of their own: in `涉及兑换。信息中介。代币
/// 发行融资。均在禁止之列。` the 禁止 covers the list before it, as it would if the author
/// had used commas. A fragment is a sentence shorter than a full one
/// ([`Sentence::size`] < 1); the spread stops at the first full sentence and covers at most
/// one full sentence's worth of fragments on each side.
fn spread_to_fragments(sentences: &mut [Sentence], genre_word: f32) {
    // Lowers fragment `s` to `f` if there is room left; false where the spread stops.
    fn spread(s: &mut Sentence, f: f32, room: &mut f32) -> bool {
        if s.size >= 1.0 || s.own < 1.0 || s.size > *room {
            return false;
        }
        *room -= s.size;
        s.factor = s.factor.min(f);
        true
    }
    for i in 0..sentences.len() {
        let f = sentences[i].own;
        if f > genre_word {
            continue;
        }
        let (before, after) = sentences.split_at_mut(i);
        let mut room = 1.0;
        for s in before.iter_mut().rev() {
            if !spread(s, f, &mut room) {
                break;
            }
        }
        let mut room = 1.0;
        for s in after[1..].iter_mut() {
            if !spread(s, f, &mut room) {
                break;
            }
        }
    }
}

/// The weight of a signal for a rule anchored in sentence `at`, after context.
///
/// Entities only say what the text is about, so an entity is lowered only as much as
/// both its own sentence and the anchor's are: a clean ad sentence after a paragraph of
/// news still draws on the coins the news named, but news that names coins and quotes an
/// ad does not.
fn effective(scoring: &Scoring, rule: &Rule, s: &Signal, sentences: &[Sentence], at: usize, anchor: bool) -> f32 {
    // A rule that ignores context (a recovery service is a scam however it is dressed)
    // still reads what a negation denies as absent: `support will never dm you` offers no
    // contact, `there is no recovery service` offers no service.
    if rule.ignores_context {
        return if s.negated() { 0.0 } else { s.weight };
    }
    if s.role == Role::Entity && !anchor {
        return s.weight * sentences[s.sentence()].factor.max(sentences[at].factor);
    }
    let sentence = &sentences[s.sentence()];
    if s.concrete() {
        // A route read from its shape (a link with a code, an ID): its sentence keeps only
        // its own context (context_factors), and of that only the warnings, prohibitions and
        // law lower it, not the reporting words: `清退大陆用户` beside a sign-up link with an
        // invite code still leaves the link to follow.
        if s.route() {
            return s.weight * s.route_context;
        }
        // The words for a route (`返佣`, `invite code`) are lowered fully by their own
        // sentence's context, and by the genre only down to the pack's route_genre_floor
        // (0.6): an ad tail after a news story stays an ad.
        return s.weight * sentence.own.min(sentence.factor.max(scoring.route_genre_floor)) * s.route_context;
    }
    s.weight * sentence.factor * s.route_context
}

fn fits(rule: &Rule, role: Role, s: &Signal) -> bool {
    if s.role != role {
        return false;
    }
    match role {
        // An entity's clauses only say which clause it is specific to: any crypto entity
        // is evidence for any rule, unless the rule wants one specific to its clause.
        Role::Entity if rule.specific_entity => s.clauses.has(rule.clause) && !s.clauses.is_any(),
        Role::Entity => true,
        // A route is a route, whatever it leads to.
        Role::Steering => true,
        _ => s.clauses.has(rule.clause),
    }
}

/// Evidence of one role, combined as a noisy-OR over distinct words: two independent
/// weak signals (`二级市场` and `溢价`) say more than either alone, and the same word
/// repeated says nothing new.
#[derive(Default)]
struct Combined {
    /// Up to `keep` signals with their effective weights, strongest first.
    picked: Vec<(usize, f32)>,
    /// The strongest effective weight of each distinct word, with the signal that has it.
    seen: Vec<(usize, f32)>,
}

impl Combined {
    fn add(&mut self, signals: &[Signal], at: usize, w: f32, keep: usize) {
        if w <= 0.0 {
            return;
        }
        let sig = &signals[at];
        // The same word: the same term or detector, or the same words found twice (a
        // lexicon term and a detector on `100倍杠杆`).
        let same = |i: usize| {
            signals[i].source() == sig.source() || (signals[i].start() < sig.end() && sig.start() < signals[i].end())
        };
        match self.seen.iter_mut().find(|(i, _)| same(*i)) {
            // The same word again: keep its strongest occurrence.
            Some((i, best)) if w > *best => {
                *i = at;
                *best = w;
            }
            Some(_) => return,
            None => self.seen.push((at, w)),
        }
        self.picked.retain(|&(i, _)| !same(i));
        let pos = self.picked.iter().position(|&(_, pw)| w > pw).unwrap_or(self.picked.len());
        self.picked.insert(pos, (at, w));
        self.picked.truncate(keep);
    }

    fn strength(&self) -> f32 {
        1.0 - self.seen.iter().map(|&(_, w)| 1.0 - w.min(1.0)).product::<f32>()
    }
}

/// Tries every rule at every sentence; returns the firings, strongest per sentence and
/// clause, in sentence order.
pub(crate) fn judge(
    pack: &Pack,
    facts: &TermFacts,
    signals: &[Signal],
    sentences: &[Sentence],
    by_sentence: &[(usize, usize)],
) -> Vec<Firing> {
    let scoring = &pack.scoring;
    let mut best: Vec<Firing> = Vec::new();
    // For each role, how many of its signals stand in the sentences before each sentence:
    // a rule is tried at a sentence only when every role it needs occurs within reach.
    let mut prefix = vec![[0u32; Role::ALL.len()]; by_sentence.len() + 1];
    for (si, &(lo, hi)) in by_sentence.iter().enumerate() {
        let mut row = prefix[si];
        for s in &signals[lo..hi] {
            row[s.role.index()] += 1;
        }
        prefix[si + 1] = row;
    }
    let present = |role: Role, from: usize, to: usize| prefix[to + 1][role.index()] > prefix[from][role.index()];
    let windows = Windows::new(scoring, sentences);
    for (ri, rule) in pack.rules.iter().enumerate() {
        if rule.status == Status::Deprecated {
            continue;
        }
        let anchor_role = rule.needs[0];
        for (si, &(lo, hi)) in by_sentence.iter().enumerate() {
            if !present(anchor_role, si, si) {
                continue;
            }
            let reachable = rule.needs[1..].iter().all(|&role| {
                let (from, to) = windows.get(role, si);
                present(role, from, to)
            });
            if !reachable {
                continue;
            }
            // The anchor evidence in this sentence, strongest first.
            let mut anchors = Combined::default();
            for (k, s) in signals[lo..hi].iter().enumerate() {
                if !fits(rule, anchor_role, s)
                    || (rule.specific_anchor && (s.clauses.is_any() || !s.clauses.has(rule.clause)))
                {
                    continue;
                }
                let tagged = &facts.anchor_tagged[ri];
                let tagged_detector = &facts.anchor_tagged_detectors[ri];
                let has_tag = || match s.source() {
                    Source::Term(t) => tagged[t],
                    Source::Detector(d) => tagged_detector[d],
                };
                if !tagged.is_empty() && !has_tag() {
                    continue;
                }
                if facts.reserved_source(ri, s.source()) {
                    continue;
                }
                if s.weight >= rule.min_anchor {
                    anchors.add(signals, lo + k, effective(scoring, rule, s, sentences, si, true), scoring.keep);
                }
            }
            if anchors.picked.is_empty() {
                continue;
            }
            let anchor_w = anchors.strength();
            // The anchor itself must survive its context: a warning that quotes an ad, or
            // news that names a service, does not fire on the strength of its topic alone.
            if anchor_w < scoring.anchor_floor {
                continue;
            }
            let mut score = scoring.weights[anchor_role.index()] * anchor_w;
            let mut evasive = anchors.picked.iter().any(|&(i, _)| signals[i].evasive());
            let mut evidence = anchors.picked;
            let mut missing = false;
            let roles = rule.needs[1..].iter().map(|r| (*r, true)).chain(rule.boosts.iter().map(|r| (*r, false)));
            for (role, needed) in roles {
                let (from, to) = windows.get(role, si);
                let (lo, hi) = (by_sentence[from].0, by_sentence[to].1);
                let mut found = Combined::default();
                for (k, s) in signals[lo..hi].iter().enumerate() {
                    if (role == anchor_role && evidence.iter().any(|&(i, _)| i == lo + k))
                        || !fits(rule, role, s)
                        || facts.reserved_source(ri, s.source())
                    {
                        continue;
                    }
                    found.add(signals, lo + k, effective(scoring, rule, s, sentences, si, false), scoring.keep);
                }
                if found.picked.is_empty() {
                    if needed {
                        missing = true;
                        break;
                    }
                    continue;
                }
                score += scoring.weights[role.index()] * found.strength();
                evasive |= found.picked.iter().any(|&(i, _)| signals[i].evasive());
                evidence.extend(found.picked);
            }
            if missing {
                continue;
            }
            // Evasion raises the severity of what was found (its score and penalty), never
            // the verdict: disguising words in a news report does not make it an ad.
            let mut verdict = if score >= rule.block_at {
                Verdict::Block
            } else if score >= rule.review_at {
                Verdict::Review
            } else {
                continue;
            };
            // Many weak signals that add up across a long story (a warning retelling
            // cases, each word lowered by its genre) ask for review: a block needs one
            // piece of evidence besides the topic that keeps its weight.
            if verdict == Verdict::Block
                && !evidence.iter().any(|&(i, w)| signals[i].role != Role::Entity && w >= scoring.block_floor)
            {
                verdict = Verdict::Review;
            }
            // A way in offered to the reader blocks wherever it stands (a sign-up link
            // after a risk warning): its own sentence's context may lower it, the topic's
            // weight may not.
            if let Some(floor) = scoring.route_blocks {
                let route = |&(i, w): &(usize, f32)| {
                    let s = &signals[i];
                    s.route()
                        && s.role == Role::Steering
                        && w >= floor
                        && !s.clauses.is_any()
                        && s.clauses.has(rule.clause)
                };
                if rule.needs.contains(&Role::Steering) && evidence.iter().any(route) {
                    verdict = Verdict::Block;
                    score = score.max(rule.block_at);
                }
            }
            if evasive {
                score += scoring.evasion_bonus;
            }
            verdict = verdict.min(rule.max_verdict);
            if rule.status == Status::Preview {
                verdict = verdict.min(Verdict::Review);
            }
            let removable = if rule.fix_removes.is_empty() {
                Vec::new()
            } else {
                let from = rule.fix_removes.iter().map(|r| windows.get(*r, si).0).min().unwrap_or(si);
                let to = rule.fix_removes.iter().map(|r| windows.get(*r, si).1).max().unwrap_or(si);
                (by_sentence[from].0..by_sentence[to].1)
                    .filter(|&k| rule.fix_removes.contains(&signals[k].role) && signals[k].clauses.has(rule.clause))
                    .collect()
            };
            best.push(Firing { rule: ri, sentence: si, verdict, score, evidence, removable, evasive });
        }
    }
    crate::order::sort_by_key(&mut best, |f| Key::of(f.sentence).then(f.rule));
    best
}

/// Keeps the strongest firing per sentence and clause (the others say less about the
/// same words).
pub(crate) fn strongest(pack: &Pack, firings: Vec<Firing>) -> Vec<Firing> {
    // Firings come sorted by sentence: only the kept firings of the current sentence
    // (the tail of `kept`) can share its clause.
    let mut kept: Vec<Firing> = Vec::with_capacity(firings.len());
    let mut sentence_start = 0;
    for firing in firings {
        if kept.last().is_some_and(|f| f.sentence != firing.sentence) {
            sentence_start = kept.len();
        }
        let clause = pack.rules[firing.rule].clause;
        match kept[sentence_start..].iter_mut().find(|f| pack.rules[f.rule].clause == clause) {
            Some(f) if (f.verdict, f.score) < (firing.verdict, firing.score) => *f = firing,
            Some(_) => {}
            None => kept.push(firing),
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signal_stays_small_and_keeps_its_source() {
        // A dense text makes a signal every few bytes: their size is most of its memory.
        assert!(std::mem::size_of::<Signal>() <= 32, "{} bytes", std::mem::size_of::<Signal>());
        for source in [Source::Term(0), Source::Term(123_456), Source::Detector(0), Source::Detector(48)] {
            assert_eq!(PackedSource::new(source).get(), source);
        }
        // Its three flags read back as set, each apart from the others.
        let range = (NormPos(0), NormPos(1));
        let written = crate::lexicon::Variant::Written;
        for (evasive, concrete, route) in
            [(false, false, false), (true, false, true), (false, true, false), (true, true, true)]
        {
            let s = Signal::new(Role::Steering, ClauseSet(1), 0.5, range, Source::Term(0), evasive, concrete, written)
                .with_route(route);
            assert_eq!((s.evasive(), s.concrete(), s.route()), (evasive, concrete, route));
            let flipped = s.with_concrete(!concrete).with_route(!route);
            assert_eq!((flipped.evasive(), flipped.concrete(), flipped.route()), (evasive, !concrete, !route));
        }
    }

    #[test]
    fn a_teaching_phrase_names_its_act() {
        let pack = Pack::embedded();
        let facts = TermFacts::new(&pack);
        let term = |words: &str, role: Role| pack.terms.iter().position(|t| t.term == words && t.role == role);
        let act = |words: &str| facts.acts[term(words, Role::Teaching).unwrap()].map(|a| pack.terms[a].term.as_str());
        assert_eq!(act("how to buy"), Some("buy"));
        assert_eq!(act("如何购买"), Some("购买"));
        // A teaching term with no action in it names none, and only teaching terms name one.
        assert_eq!(act("guide"), None);
        assert!(facts.acts[term("buy", Role::Action).unwrap()].is_none());
    }

    #[test]
    fn a_route_clause_and_who_offers_it() {
        let text = "风险提示:骗子很多,想买的朋友加我微信 abc123,秒到账";
        let at = text.find("加我").unwrap();
        let end = text.find(",秒").unwrap();
        let (a, b) = clause_of(text, NormPos(0), NormPos(text.len()), NormPos(at), NormPos(at + 6));
        assert_eq!(&text[a.0..b.0], "想买的朋友加我微信 abc123");
        assert_eq!(b.0, end);
        assert!(authors_offer(&text[a.0..b.0]));
        // Third person, or quoted: described, not offered.
        assert!(!authors_offer("their telegram is @fake_support"));
        assert!(!authors_offer("they say \"add me on whatsapp +44 7700 900123\""));
        assert!(authors_offer("dm me on telegram @otc_desk"));
        // A long run without a comma is cut at the reach, on a character boundary.
        let long = format!("{}加我微信 abc123", "很".repeat(300));
        let at = long.find("加我").unwrap();
        let (a, _) = clause_of(&long, NormPos(0), NormPos(long.len()), NormPos(at), NormPos(long.len()));
        assert!(at - a.0 <= CLAUSE_REACH && long.is_char_boundary(a.0));
    }

    fn sentences(sizes: &[f32]) -> Vec<Sentence> {
        sizes.iter().map(|&size| Sentence { start: NormPos(0), end: NormPos(0), factor: 1.0, own: 1.0, size }).collect()
    }

    #[test]
    fn units_count_chinese_characters_and_latin_words() {
        assert_eq!(units("出U。"), 3.0);
        assert_eq!(units("add liquidity. "), 4.0);
        assert_eq!(units("电价0.35。"), 6.0);
        assert_eq!(units("👇 ..."), 0.0);
        let s = Sentence::new("大额小额都接。", NormPos(0), NormPos("大额小额都接。".len()), 12.0);
        assert_eq!(s.size, 0.5);
        assert_eq!(Sentence::new("大额小额都接。", NormPos(0), NormPos(3), 0.0).size, 1.0);
    }

    #[test]
    fn reach_counts_short_sentences_as_parts_of_one() {
        let pack = Pack::embedded();
        let reach = pack.scoring.reach[Role::Steering.index()];
        // Full sentences: the window is the reach either side.
        let full = sentences(&[1.0; 9]);
        let w = Windows::new(&pack.scoring, &full);
        assert_eq!(w.get(Role::Steering, 4), (4 - reach, 4 + reach));
        assert_eq!(w.get(Role::Steering, 0), (0, reach));
        // Half sentences: twice as many are in reach.
        let short = sentences(&[0.5; 9]);
        let w = Windows::new(&pack.scoring, &short);
        assert_eq!(w.get(Role::Steering, 0), (0, (2 * reach).min(8)));
    }

    #[test]
    fn strong_context_covers_the_fragments_next_to_it() {
        // A list of fragments, then "均在禁止之列" (strong), then a full sentence.
        let mut s = sentences(&[1.0, 0.4, 0.4, 0.4, 1.0, 1.0]);
        s[4].own = 0.5;
        s[4].factor = 0.5;
        spread_to_fragments(&mut s, 0.5);
        let factors: Vec<f32> = s.iter().map(|s| s.factor).collect();
        // One full sentence's worth of fragments: two of the three of 0.4 (a third would
        // pass 1.0); the full sentences keep their own factors.
        assert_eq!(factors, [1.0, 1.0, 0.5, 0.5, 0.5, 1.0]);
        // Mild context (不, 0.8) does not spread.
        let mut s = sentences(&[0.4, 1.0]);
        s[1].own = 0.8;
        s[1].factor = 0.8;
        spread_to_fragments(&mut s, 0.5);
        assert_eq!(s[0].factor, 1.0);
    }
}

//! The embedded pack compiled at build time: `src/compiled_pack.bin` holds the validated
//! [`Pack`] of `packs/wechat-crypto` and its lexicon: what each expanded pattern (every
//! pinyin, homophone and look-alike variant) stands for, and the automaton that matches
//! them, in a compact binary form read back here without TOML, without validation, without
//! expanding variants and without building the automaton. Building a checker from the
//! embedded pack then costs reading it back and the detectors' patterns.
//!
//! The file is generated, checked in and tested: `compiled_pack_is_current` (in this
//! module) fails when it differs from what the pack files compile to, and says the command
//! that rewrites it ([`REGENERATE`]). The file records a hash of the pack files it was made
//! from, which the compiler compares with the files' own ([`SOURCE_HASH`], a `const`). A
//! build with the `pack-files` feature whose file is stale anyway (the pack edited, the
//! command not run yet) stays correct: [`pack`] returns `None`, so that [`Pack::embedded`]
//! parses the files instead. A build without it (the lean wasm) does not compile, and the
//! error names the command. Likewise [`lexicon`] serves the compiled lexicon only to
//! a pack whose terms and spelling tables hash as the embedded pack's do (a pack with an
//! operator's extra words is expanded as before).
//!
//! Layout: the magic (its last byte is the format version), the hash of the pack files and
//! the hash of the lexicon's inputs (8 bytes each, little endian), the length of the pack
//! section (4 bytes), the pack section, the lexicon section. Numbers are LEB128, `f32`
//! their bits (4 bytes), strings their length and their UTF-8.

use crate::automaton::{Automaton, Tables};
use crate::detect::{DetectorKind, DetectorWords};
use crate::lexicon::{Lexicon, Variant};
use crate::pack::{
    Clause, ClauseSet, Detect, DetectorRole, Hints, Messages, Pack, Role, Rule, Scoring, Status, Tag, Term, Text,
};
use crate::vocab::{FixSafety, Penalty, Verdict};

/// Where the compiled pack is checked in.
#[cfg_attr(feature = "pack-files", allow(dead_code))] // named only in tests and in the lean build's error
pub(crate) const PATH: &str = "src/compiled_pack.bin";

#[cfg_attr(feature = "pack-files", allow(dead_code))] // named only in tests and in the lean build's error
/// The command that rewrites [`PATH`] from `packs/wechat-crypto` (run it after editing the
/// pack, and commit the file with the pack).
pub(crate) const REGENERATE: &str = "DRAFTLINT_REGENERATE=1 cargo test --release --lib compiled_pack_is_current";

const COMPILED: &[u8] = include_bytes!("compiled_pack.bin");

/// Bump the last byte when the layout changes.
const MAGIC: &[u8; 8] = b"dlpack\0\x42";
const HEADER: usize = MAGIC.len() + 8 + 8 + 4;

const STATUSES: [Status; 3] = [Status::Stable, Status::Preview, Status::Deprecated];
const SAFETIES: [FixSafety; 3] = [FixSafety::DisplayOnly, FixSafety::Unsafe, FixSafety::Safe];
const VARIANTS: [Variant; 4] = [Variant::Written, Variant::Pinyin, Variant::Homophone, Variant::Leet];

/// The embedded pack, from the compiled form; `None` when the form is missing, of another
/// format or made from other pack files than those embedded.
pub(crate) fn pack() -> Option<Pack> {
    let body = current()?;
    let len = u32::from_le_bytes(body[HEADER - 4..HEADER].try_into().ok()?) as usize;
    let mut r = Reader { b: body.get(HEADER..HEADER + len)? };
    let pack = r.pack()?;
    r.b.is_empty().then_some(pack)
}

/// The compiled lexicon of `pack` (without its hashtag tails), when its terms and spelling
/// tables are the embedded pack's.
pub(crate) fn lexicon(pack: &Pack) -> Option<Lexicon> {
    let body = current()?;
    let fingerprint = u64::from_le_bytes(body[MAGIC.len() + 8..MAGIC.len() + 16].try_into().ok()?);
    if lexicon_fingerprint(pack) != fingerprint {
        return None;
    }
    let len = u32::from_le_bytes(body[HEADER - 4..HEADER].try_into().ok()?) as usize;
    let mut r = Reader { b: body.get(HEADER + len..)? };
    let lexicon = r.lexicon(&pack.terms)?;
    r.b.is_empty().then_some(lexicon)
}

/// The hash of the embedded pack files, computed by the compiler: no build carries the
/// files for this, and a build that has no other use for them (the lean wasm) leaves them
/// out.
const SOURCE_HASH: u64 = source_hash(crate::pack::EMBEDDED);

/// Whether the compiled form has this format and was made from the embedded files.
const CURRENT: bool = COMPILED.len() >= HEADER && starts_with(COMPILED, MAGIC) && {
    let mut stored = [0u8; 8];
    let mut i = 0;
    while i < 8 {
        stored[i] = COMPILED[MAGIC.len() + i];
        i += 1;
    }
    u64::from_le_bytes(stored) == SOURCE_HASH
};

// A build without the pack files' reader has nothing to fall back on: a stale compiled form
// is a build error there, naming the command that rewrites it.
#[cfg(not(feature = "pack-files"))]
const _: () = assert!(
    CURRENT,
    "src/compiled_pack.bin is stale (the pack files changed, or its format did): rewrite it with \
     `DRAFTLINT_REGENERATE=1 cargo test --release --lib compiled_pack_is_current`"
);

const fn starts_with(bytes: &[u8], prefix: &[u8]) -> bool {
    if bytes.len() < prefix.len() {
        return false;
    }
    let mut i = 0;
    while i < prefix.len() {
        if bytes[i] != prefix[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The compiled form, when it is [`CURRENT`].
fn current() -> Option<&'static [u8]> {
    CURRENT.then_some(COMPILED)
}

#[cfg(all(test, feature = "pack-files"))]
/// The compiled form of a pack loaded from `files` (the pack and its expanded lexicon).
pub(crate) fn encode(pack: &Pack, files: &[(&str, &str)]) -> Vec<u8> {
    let mut w = Writer { out: Vec::new() };
    w.pack(pack);
    let pack_section = w.out;
    let mut w = Writer { out: Vec::new() };
    let lexicon = Lexicon::from_patterns(crate::lexicon::Patterns::expand(
        &pack.terms,
        &pack.pinyin,
        &pack.homophones,
        &pack.leet,
    ));
    w.lexicon(&lexicon, &pack.terms);
    let mut out = MAGIC.to_vec();
    out.extend(source_hash(files).to_le_bytes());
    out.extend(lexicon_fingerprint(pack).to_le_bytes());
    out.extend(u32::try_from(pack_section.len()).expect("a pack under 4 GB").to_le_bytes());
    out.extend(pack_section);
    out.extend(w.out);
    out
}

/// FNV-1a, 64 bits: the same on every target.
struct Fnv(u64);

impl Fnv {
    const fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    /// A `const fn` (so [`SOURCE_HASH`] is computed at build time): a `while` loop.
    const fn bytes(&mut self, bytes: &[u8]) {
        let mut i = 0;
        while i < bytes.len() {
            self.0 = (self.0 ^ bytes[i] as u64).wrapping_mul(0x0100_0000_01b3);
            i += 1;
        }
    }

    const fn str(&mut self, s: &str) {
        self.bytes(&(s.len() as u64).to_le_bytes());
        self.bytes(s.as_bytes());
    }

    fn num(&mut self, n: u64) {
        self.bytes(&n.to_le_bytes());
    }
}

const fn source_hash(files: &[(&str, &str)]) -> u64 {
    let mut h = Fnv::new();
    let mut i = 0;
    while i < files.len() {
        h.str(files[i].0);
        h.str(files[i].1);
        i += 1;
    }
    h.0
}

/// A hash of what the lexicon's patterns are made from: each term's words, role and tags,
/// and the pinyin, homophone and look-alike tables.
fn lexicon_fingerprint(pack: &Pack) -> u64 {
    let mut h = Fnv::new();
    h.num(pack.terms.len() as u64);
    for t in &pack.terms {
        h.str(&t.term);
        h.num(t.role as u64);
        h.num(t.tags.len() as u64);
        for &tag in &t.tags {
            h.num(tag as u64);
        }
    }
    h.num(pack.pinyin.len() as u64);
    for (c, p) in &pack.pinyin {
        h.num(u64::from(*c));
        h.str(p);
    }
    for table in [&pack.homophones, &pack.leet] {
        h.num(table.len() as u64);
        for (c, alike) in table {
            h.num(u64::from(*c));
            h.num(alike.len() as u64);
            for &a in alike {
                h.num(u64::from(a));
            }
        }
    }
    h.0
}

#[cfg(all(test, feature = "pack-files"))]
fn index_of<T: PartialEq>(all: &[T], v: &T) -> usize {
    all.iter().position(|x| x == v).expect("every value is listed")
}

#[cfg(all(test, feature = "pack-files"))]
struct Writer {
    out: Vec<u8>,
}

#[cfg(all(test, feature = "pack-files"))]
impl Writer {
    fn n(&mut self, mut v: usize) {
        loop {
            let low = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.out.push(low);
                return;
            }
            self.out.push(low | 0x80);
        }
    }

    fn u32(&mut self, v: u32) {
        self.n(v as usize);
    }

    /// A string: its length and its bytes. (Format 0x1d and before stored most strings as
    /// where they are in the pack files; the lean wasm has no pack files, so each is whole:
    /// 21 KB more gzipped in this file, 70 KB less in that module.)
    fn str(&mut self, s: &str) {
        self.n(s.len());
        self.out.extend(s.as_bytes());
    }

    fn f32(&mut self, v: f32) {
        self.out.extend(v.to_bits().to_le_bytes());
    }

    fn bool(&mut self, v: bool) {
        self.out.push(u8::from(v));
    }

    fn char(&mut self, c: char) {
        self.u32(c as u32);
    }

    fn strs(&mut self, v: &[String]) {
        self.n(v.len());
        v.iter().for_each(|s| self.str(s));
    }

    fn text(&mut self, t: &Text) {
        self.str(&t.zh);
        self.str(&t.en);
    }

    fn role(&mut self, r: Role) {
        self.n(index_of(&Role::ALL, &r));
    }

    fn roles(&mut self, v: &[Role]) {
        self.n(v.len());
        v.iter().for_each(|&r| self.role(r));
    }

    fn tags(&mut self, v: &[Tag]) {
        self.n(v.len());
        v.iter().for_each(|t| self.n(index_of(Tag::ALL, t)));
    }

    fn chars(&mut self, v: &[char]) {
        self.n(v.len());
        v.iter().for_each(|&c| self.char(c));
    }

    fn pack(&mut self, pack: &Pack) {
        let Pack {
            id,
            version,
            name,
            verdicts,
            penalties,
            messages,
            sources,
            clauses,
            rules,
            terms,
            pinyin,
            homophones,
            leet,
            detectors,
            scoring,
            detect,
        } = pack;
        self.str(id);
        self.str(version);
        self.text(name);
        verdicts.iter().for_each(|v| self.text(v));
        penalties.iter().for_each(|p| self.text(p));
        for m in [&messages.evasion, &messages.hidden] {
            self.bool(m.is_some());
            if let Some(t) = m {
                self.text(t);
            }
        }
        self.strs(sources);
        self.n(clauses.len());
        for c in clauses {
            let Clause { id, title, summary, why, fix, penalty } = c;
            self.str(id);
            for t in [title, summary, why, fix] {
                self.text(t);
            }
            self.n(index_of(&Penalty::ALL, penalty));
        }
        self.n(rules.len());
        for r in rules {
            let Rule {
                id,
                clause,
                status,
                max_verdict,
                penalty,
                needs,
                boosts,
                specific_anchor,
                specific_entity,
                anchor_tag,
                ignores_context,
                min_anchor,
                block_at,
                review_at,
                message,
                explanation,
                fix,
                fix_safety,
                fix_removes,
                catches,
                allows,
                origin,
            } = r;
            self.str(id);
            self.n(*clause);
            self.n(index_of(&STATUSES, status));
            self.n(index_of(&Verdict::ALL, max_verdict));
            self.n(index_of(&Penalty::ALL, penalty));
            self.roles(needs);
            self.roles(boosts);
            self.bool(*specific_anchor);
            self.bool(*specific_entity);
            self.n(anchor_tag.map_or(0, |t| index_of(Tag::ALL, &t) + 1));
            self.bool(*ignores_context);
            self.f32(*min_anchor);
            self.f32(*block_at);
            self.f32(*review_at);
            for t in [message, explanation, fix] {
                self.text(t);
            }
            self.n(index_of(&SAFETIES, fix_safety));
            self.roles(fix_removes);
            self.strs(catches);
            self.strs(allows);
            self.str(origin);
        }
        self.n(terms.len());
        for t in terms {
            let Term { term, role, clauses, weight, tags, origin } = t;
            self.str(term);
            self.role(*role);
            self.u32(clauses.0);
            self.f32(*weight);
            self.tags(tags);
            self.str(origin);
        }
        self.n(pinyin.len());
        for (c, p) in pinyin {
            self.char(*c);
            self.str(p);
        }
        for table in [homophones, leet] {
            self.n(table.len());
            for (c, alike) in table {
                self.char(*c);
                self.chars(alike);
            }
        }
        self.n(detectors.len());
        for d in detectors {
            let DetectorRole { kind, role, clauses, weight, entity, route, tags } = d;
            self.n(index_of(&DetectorKind::ALL, kind));
            self.role(*role);
            self.u32(clauses.0);
            self.f32(*weight);
            self.f32(*entity);
            self.bool(*route);
            self.tags(tags);
        }
        let Scoring {
            block,
            review,
            weights,
            reach,
            full_sentence,
            evasion_bonus,
            genre_factor,
            genre_share,
            anchor_floor,
            block_floor,
            route_blocks,
            route_genre_floor,
            context_floor,
            genre_word,
            keep,
            venue,
            hints,
        } = scoring;
        self.f32(*block);
        self.f32(*review);
        weights.iter().for_each(|&w| self.f32(w));
        reach.iter().for_each(|&r| self.n(r));
        for v in [full_sentence, evasion_bonus, genre_factor, genre_share, anchor_floor, block_floor] {
            self.f32(*v);
        }
        self.bool(route_blocks.is_some());
        self.f32(route_blocks.unwrap_or_default());
        for v in [route_genre_floor, context_floor, genre_word] {
            self.f32(*v);
        }
        self.n(*keep);
        self.f32(*venue);
        self.f32(hints.min);
        self.f32(hints.cap);
        self.n(hints.reach);
        let Detect { decode_window, words } = detect;
        self.n(*decode_window);
        words.lists().iter().for_each(|l| self.strs(l));
        self.str(&words.coin_not_in_name);
        self.n(words.trade_call_span);
    }

    /// The lexicon: each term's key when it differs from its words, what each pattern
    /// stands for, and the automaton's tables (the patterns themselves are in them).
    fn lexicon(&mut self, lexicon: &Lexicon, terms: &[Term]) {
        let Lexicon { automaton, variants, ascii_edges, needs_han, stems, keys, .. } = lexicon;
        self.n(keys.len());
        for (key, t) in keys.iter().zip(terms) {
            self.str(if *key == t.term { "" } else { key });
        }
        self.n(variants.len());
        for p in 0..variants.len() {
            let flags = index_of(&VARIANTS, &variants[p]) as u8
                | u8::from(ascii_edges[p].0) << 2
                | u8::from(ascii_edges[p].1) << 3
                | u8::from(needs_han[p]) << 4
                | u8::from(stems[p]) << 5;
            self.out.push(flags);
            let owners = lexicon.pattern_terms(p);
            self.n(owners.len());
            owners.iter().for_each(|&t| self.n(t));
        }
        self.automaton(automaton);
    }

    /// The automaton's tables, a column at a time, each of fixed-width numbers so that it
    /// reads back in one pass: each state's number of edges; the edges' labels (as steps up
    /// from the state's previous label) and targets (as steps up from the state or its
    /// previous target: states are numbered depth-first, so both only grow); each state's
    /// failure link, pattern and next output (each plus one: none is 0); then each
    /// pattern's length.
    fn automaton(&mut self, automaton: &Automaton) {
        let Tables { first, labels, targets, fail, out, next_out, lens } = automaton.tables();
        let states = fail.len();
        self.n(states);
        self.column(first.windows(2).map(|w| w[1] - w[0]).collect());
        let mut steps = Vec::with_capacity(labels.len());
        for s in 0..states {
            let mut label = 0;
            for &c in &labels[first[s] as usize..first[s + 1] as usize] {
                steps.push(c as u32 - label);
                label = c as u32;
            }
        }
        self.column(steps);
        let mut steps = Vec::with_capacity(targets.len());
        for s in 0..states {
            let mut target = s as u32;
            for &t in &targets[first[s] as usize..first[s + 1] as usize] {
                steps.push(t - target);
                target = t;
            }
        }
        self.column(steps);
        self.column(fail.clone());
        self.column(out.iter().map(|o| o.wrapping_add(1)).collect());
        self.column(next_out.iter().map(|o| o.wrapping_add(1)).collect());
        self.n(lens.len());
        lens.iter().for_each(|&l| self.u32(l));
    }

    /// A column of numbers: its width in bytes (1, 2 or 4, the least that holds them all),
    /// then each number in that many bytes, little endian.
    fn column(&mut self, numbers: Vec<u32>) {
        let width: usize = match numbers.iter().max().copied().unwrap_or(0) {
            0..=0xff => 1,
            0x100..=0xffff => 2,
            _ => 4,
        };
        self.out.push(width as u8);
        for v in numbers {
            self.out.extend_from_slice(&v.to_le_bytes()[..width]);
        }
    }
}

/// Reads what [`Writer`] wrote; `None` on anything malformed.
struct Reader<'a> {
    b: &'a [u8],
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.b.split_first()?;
        self.b = rest;
        Some(first)
    }

    fn n(&mut self) -> Option<usize> {
        // Most numbers are one byte.
        if let Some((&b, rest)) = self.b.split_first() {
            if b < 0x80 {
                self.b = rest;
                return Some(usize::from(b));
            }
        }
        let mut v = 0usize;
        for shift in (0..usize::BITS).step_by(7) {
            let b = self.byte()?;
            v |= usize::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.n()?).ok()
    }

    fn str(&mut self) -> Option<&'a str> {
        let len = self.n()?;
        if len > self.b.len() {
            return None;
        }
        let (s, rest) = self.b.split_at(len);
        self.b = rest;
        std::str::from_utf8(s).ok()
    }

    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_string)
    }

    fn f32(&mut self) -> Option<f32> {
        let (bits, rest) = self.b.split_first_chunk::<4>()?;
        self.b = rest;
        Some(f32::from_bits(u32::from_le_bytes(*bits)))
    }

    fn bool(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    fn char(&mut self) -> Option<char> {
        char::from_u32(self.u32()?)
    }

    /// `count` items, with the count first (never reserving more than the bytes left).
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let count = self.n()?;
        let mut out = Vec::with_capacity(count.min(self.b.len()));
        for _ in 0..count {
            out.push(item(self)?);
        }
        Some(out)
    }

    fn strs(&mut self) -> Option<Vec<String>> {
        self.list(Self::string)
    }

    fn text(&mut self) -> Option<Text> {
        Some(Text { zh: self.string()?, en: self.string()? })
    }

    fn of<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        all.get(self.n()?).copied()
    }

    fn role(&mut self) -> Option<Role> {
        self.of(&Role::ALL)
    }

    fn roles(&mut self) -> Option<Vec<Role>> {
        self.list(Self::role)
    }

    fn tags(&mut self) -> Option<Vec<Tag>> {
        self.list(|r| r.of(Tag::ALL))
    }

    fn pack(&mut self) -> Option<Pack> {
        let id = self.string()?;
        let version = self.string()?;
        let name = self.text()?;
        let verdicts = [self.text()?, self.text()?, self.text()?];
        let penalties = [self.text()?, self.text()?, self.text()?];
        let mut message = || -> Option<Option<Text>> {
            if self.bool()? {
                Some(Some(self.text()?))
            } else {
                Some(None)
            }
        };
        let messages = Messages { evasion: message()?, hidden: message()? };
        let sources = self.strs()?;
        let clauses = self.list(|r| {
            Some(Clause {
                id: r.string()?,
                title: r.text()?,
                summary: r.text()?,
                why: r.text()?,
                fix: r.text()?,
                penalty: r.of(&Penalty::ALL)?,
            })
        })?;
        let rules = self.list(|r| {
            Some(Rule {
                id: r.string()?,
                clause: r.n()?,
                status: r.of(&STATUSES)?,
                max_verdict: r.of(&Verdict::ALL)?,
                penalty: r.of(&Penalty::ALL)?,
                needs: r.roles()?,
                boosts: r.roles()?,
                specific_anchor: r.bool()?,
                specific_entity: r.bool()?,
                anchor_tag: match r.n()? {
                    0 => None,
                    t => Some(*Tag::ALL.get(t - 1)?),
                },
                ignores_context: r.bool()?,
                min_anchor: r.f32()?,
                block_at: r.f32()?,
                review_at: r.f32()?,
                message: r.text()?,
                explanation: r.text()?,
                fix: r.text()?,
                fix_safety: r.of(&SAFETIES)?,
                fix_removes: r.roles()?,
                catches: r.strs()?,
                allows: r.strs()?,
                origin: r.string()?,
            })
        })?;
        let terms = self.list(|r| {
            Some(Term {
                term: r.string()?,
                role: r.role()?,
                clauses: ClauseSet(r.u32()?),
                weight: r.f32()?,
                tags: r.tags()?,
                origin: r.str()?.into(),
            })
        })?;
        let pinyin = self.list(|r| Some((r.char()?, r.string()?)))?;
        let homophones = self.list(|r| Some((r.char()?, r.list(Self::char)?)))?;
        let leet = self.list(|r| Some((r.char()?, r.list(Self::char)?)))?;
        let detectors = self.list(|r| {
            Some(DetectorRole {
                kind: r.of(&DetectorKind::ALL)?,
                role: r.role()?,
                clauses: ClauseSet(r.u32()?),
                weight: r.f32()?,
                entity: r.f32()?,
                route: r.bool()?,
                tags: r.tags()?,
            })
        })?;
        let block = self.f32()?;
        let review = self.f32()?;
        let mut weights = [0.0; 8];
        for w in &mut weights {
            *w = self.f32()?;
        }
        let mut reach = [0; 8];
        for r in &mut reach {
            *r = self.n()?;
        }
        let (full_sentence, evasion_bonus, genre_factor) = (self.f32()?, self.f32()?, self.f32()?);
        let (genre_share, anchor_floor, block_floor) = (self.f32()?, self.f32()?, self.f32()?);
        let route_blocks = if self.bool()? { Some(self.f32()?) } else { self.f32().map(|_| None)? };
        let (route_genre_floor, context_floor, genre_word) = (self.f32()?, self.f32()?, self.f32()?);
        let keep = self.n()?;
        let venue = self.f32()?;
        let hints = Hints { min: self.f32()?, cap: self.f32()?, reach: self.n()? };
        let scoring = Scoring {
            block,
            review,
            weights,
            reach,
            full_sentence,
            evasion_bonus,
            genre_factor,
            genre_share,
            anchor_floor,
            block_floor,
            route_blocks,
            route_genre_floor,
            context_floor,
            genre_word,
            keep,
            venue,
            hints,
        };
        let decode_window = self.n()?;
        let mut words = DetectorWords::default();
        for list in words.lists_mut() {
            *list = self.strs()?;
        }
        words.coin_not_in_name = self.string()?;
        words.trade_call_span = self.n()?;
        Some(Pack {
            id,
            version,
            name,
            verdicts,
            penalties,
            messages,
            sources,
            clauses,
            rules,
            terms,
            pinyin,
            homophones,
            leet,
            detectors,
            scoring,
            detect: Detect { decode_window, words },
        })
    }

    fn lexicon(&mut self, terms: &[Term]) -> Option<Lexicon> {
        let written = self.list(|r| r.str())?;
        if written.len() != terms.len() {
            return None;
        }
        let keys: Vec<String> =
            written.iter().zip(terms).map(|(k, t)| if k.is_empty() { t.term.clone() } else { k.to_string() }).collect();
        let count = self.n()?;
        let room = count.min(self.b.len());
        let (mut owned, mut variants, mut ascii_edges, mut needs_han, mut stems) = (
            Vec::with_capacity(room + 1),
            Vec::with_capacity(room),
            Vec::with_capacity(room),
            Vec::with_capacity(room),
            Vec::with_capacity(room),
        );
        let mut owners = Vec::with_capacity(room);
        owned.push(0);
        for _ in 0..count {
            let flags = self.byte()?;
            for _ in 0..self.n()? {
                owners.push(self.n().filter(|&t| t < terms.len())?);
            }
            owned.push(u32::try_from(owners.len()).ok()?);
            variants.push(*VARIANTS.get(usize::from(flags & 3))?);
            ascii_edges.push((flags & 1 << 2 != 0, flags & 1 << 3 != 0));
            needs_han.push(flags & 1 << 4 != 0);
            stems.push(flags & 1 << 5 != 0);
        }
        let automaton = self.automaton()?;
        if automaton.patterns() != count {
            return None;
        }
        Some(Lexicon {
            automaton,
            terms: owners,
            owned,
            variants,
            ascii_edges,
            needs_han,
            stems,
            keys,
            hashtag_tails: Vec::new(),
            glued: Vec::new(),
        })
    }

    fn automaton(&mut self) -> Option<Automaton> {
        let states = self.n()?;
        let counts = self.column(states)?;
        let mut first = Vec::with_capacity(states + 1);
        first.push(0u32);
        let mut edges = 0u32;
        for count in counts {
            edges = edges.checked_add(count)?;
            first.push(edges);
        }
        let label_steps = self.column(edges as usize)?;
        let target_steps = self.column(edges as usize)?;
        let mut labels = Vec::with_capacity(label_steps.len());
        let mut targets = Vec::with_capacity(target_steps.len());
        for (s, w) in first.windows(2).enumerate() {
            let (mut label, mut target) = (0u32, u32::try_from(s).ok()?);
            for e in w[0] as usize..w[1] as usize {
                label = label.checked_add(label_steps[e])?;
                target = target.checked_add(target_steps[e])?;
                labels.push(char::from_u32(label)?);
                targets.push(target);
            }
        }
        let fail = self.column(states)?;
        let mut out = self.column(states)?;
        let mut next_out = self.column(states)?;
        out.iter_mut().chain(next_out.iter_mut()).for_each(|o| *o = o.wrapping_sub(1));
        let lens = self.list(Self::u32)?;
        Automaton::from_tables(Tables { first, labels, targets, fail, out, next_out, lens })
    }

    /// `count` numbers written by `Writer::column`.
    fn column(&mut self, count: usize) -> Option<Vec<u32>> {
        let width = usize::from(self.byte()?);
        let len = count.checked_mul(width)?;
        if !matches!(width, 1 | 2 | 4) || len > self.b.len() {
            return None;
        }
        let (bytes, rest) = self.b.split_at(len);
        self.b = rest;
        Some(match width {
            1 => bytes.iter().map(|&b| u32::from(b)).collect(),
            2 => bytes.chunks_exact(2).map(|c| u32::from(u16::from_le_bytes([c[0], c[1]]))).collect(),
            _ => bytes.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect(),
        })
    }
}

#[cfg(all(test, feature = "pack-files"))]
mod tests {
    use super::*;

    /// The generated file matches the pack files, and reads back as the same pack and
    /// patterns. With `DRAFTLINT_REGENERATE=1`, rewrites it instead.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn compiled_pack_is_current() {
        let files = Pack::embedded_files();
        let parsed = Pack::from_files(files).expect("the embedded pack loads");
        let bytes = encode(&parsed, files);
        if std::env::var_os("DRAFTLINT_REGENERATE").is_some() {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(PATH);
            std::fs::write(&path, &bytes).expect("write the compiled pack");
            eprintln!("wrote {} ({} bytes)", path.display(), bytes.len());
            return;
        }
        assert!(
            bytes == COMPILED,
            "{PATH} does not match packs/wechat-crypto (the pack was edited, or the format changed): \
             regenerate it with `{REGENERATE}` and commit it with the pack"
        );
        let decoded = pack().expect("the compiled pack reads back");
        let (shown, expected) = (format!("{decoded:?}"), format!("{parsed:?}"));
        if let Some(at) = shown.chars().zip(expected.chars()).position(|(a, b)| a != b) {
            let around = |s: &str| s.chars().skip(at.saturating_sub(200)).take(300).collect::<String>();
            panic!(
                "the compiled pack reads back otherwise than parsed:\n{}\nparsed:\n{}",
                around(&shown),
                around(&expected)
            );
        }
        assert_eq!(shown, expected, "the compiled pack reads back as parsed");
        let expanded =
            crate::lexicon::Patterns::expand(&parsed.terms, &parsed.pinyin, &parsed.homophones, &parsed.leet);
        assert!(
            lexicon(&decoded) == Some(Lexicon::from_patterns(expanded)),
            "the compiled lexicon reads back as expanded and built"
        );
    }

    #[test]
    fn other_lexicons_are_expanded() {
        let mut pack = Pack::embedded();
        if current().is_none() {
            return; // stale: `compiled_pack_is_current` says so
        }
        assert!(lexicon(&pack).is_some());
        pack.terms[0].tags.push(Tag::Cjk);
        assert!(lexicon(&pack).is_none());
        let mut pack = Pack::embedded();
        pack.leet.pop();
        assert!(lexicon(&pack).is_none());
    }

    #[test]
    fn malformed_forms_read_as_none() {
        let files = Pack::embedded_files();
        let bytes = encode(&Pack::from_files(files).unwrap(), files);
        let len = u32::from_le_bytes(bytes[HEADER - 4..HEADER].try_into().unwrap()) as usize;
        for cut in [0, 1, 100, 5_000, len / 2, len - 1] {
            assert!(Reader { b: &bytes[HEADER..HEADER + cut] }.pack().is_none());
        }
    }

    #[test]
    fn malformed_lexicons_read_as_none() {
        let files = Pack::embedded_files();
        let pack = Pack::from_files(files).unwrap();
        let bytes = encode(&pack, files);
        let len = u32::from_le_bytes(bytes[HEADER - 4..HEADER].try_into().unwrap()) as usize;
        let lexicon = &bytes[HEADER + len..];
        let read = |b: &[u8]| {
            let mut r = Reader { b };
            r.lexicon(&pack.terms).filter(|_| r.b.is_empty())
        };
        assert!(read(lexicon).is_some());
        // Cut anywhere, the automaton's columns included (they are most of the section).
        for cut in [0, 1, 1_000, lexicon.len() / 4, lexicon.len() / 2, lexicon.len() * 3 / 4, lexicon.len() - 1] {
            assert!(read(&lexicon[..cut]).is_none(), "cut at {cut}");
        }
        // A column's width is 1, 2 or 4 bytes; the other widths and a column longer than
        // the bytes left read as nothing.
        for width in [0u8, 3, 8, 255] {
            assert!(Reader { b: &[width, 1, 2, 3, 4, 5, 6, 7, 8] }.column(2).is_none());
        }
        assert!(Reader { b: &[4, 1, 0, 0, 0] }.column(2).is_none());
        assert_eq!(Reader { b: &[2, 1, 0, 0, 1] }.column(2), Some(vec![1, 256]));
        assert_eq!(Reader { b: &[4, 1, 0, 0, 1] }.column(1), Some(vec![0x0100_0001]));
    }
}

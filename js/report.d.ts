// The report schema: the same objects as the CLI's `draftlint check --format json`.
//
// Offsets `start`/`end` (on findings, spans and edits) are UTF-16 code units, so
// `text.slice(start, end)` is exactly the flagged words, also after emoji and characters
// outside the BMP. Byte (UTF-8) and char (code point) offsets are named as such.

/** The three verdicts WeChat's own content check uses, from least to most severe. */
export type Verdict = "pass" | "review" | "block";

/** The penalty ladder of clause 3.24: 责令限期整改, 限制部分功能, 永久封号. */
export type Penalty = "rectify" | "restrict" | "ban";

/** How safe a fix's edits are to apply without reading them (ordered as listed). */
export type FixSafety = "display-only" | "unsafe" | "safe";

/** The language of messages in a report. */
export type Lang = "zh" | "en";

/** Options of `new Checker(options)` and `Checker.fromPack(files, options)`. */
export interface CheckerOptions {
  /** Messages in Chinese (`"zh"`, the default) or English (`"en"`). */
  lang?: Lang;
  /**
   * The operator's settings, as an object; or the text of a `draftlint.toml`, which only the
   * pack reader (`draftlint/packs`) and the async checkers (which load it) read: the lean
   * module's `new Checker` throws `bad settings` for text.
   */
  settings?: string | Settings;
}

/** An operator's settings (README, "Settings"). */
export interface Settings {
  /** Extra words, as lexicon lines. */
  term?: { term: string; role: string; clauses?: string; weight: number; tags?: string[] }[];
  /** Words that are never evidence. */
  allow?: string[];
  /** Fingerprints of dismissed findings. */
  ignore?: string[];
  /** Per rule or clause id: "block", "review", "note" or "off". */
  severity?: Record<string, "block" | "review" | "note" | "off">;
}

/** A finding the settings removed, and what removed it. */
export interface Suppressed {
  ruleId: string;
  clause: string;
  text: string;
  fingerprint: string;
  /** "allow: WORD", "ignore: FINGERPRINT" or "severity: off (ID)". */
  by: string;
}

/** A pack's files: `{ "pack.toml": "...", "rules.toml": "...", "lexicon/entity.tsv": "..." }`. */
export type PackFiles = Record<string, string>;

/** Which pack judged the text. */
export interface PackInfo {
  id: string;
  version: string;
}

/** A half-open range `[start, end)` of the checked text, in every unit. */
export interface Span {
  /** Start, in UTF-16 code units (JavaScript string indices). */
  start: number;
  /** End (exclusive), in UTF-16 code units. */
  end: number;
  /** Start, in UTF-8 bytes. */
  byteStart: number;
  /** End (exclusive), in UTF-8 bytes. */
  byteEnd: number;
  /** Start, in Unicode code points. */
  charStart: number;
  /** End (exclusive), in Unicode code points. */
  charEnd: number;
  /** 1-based line of `start` (lines end at "\n"). */
  line: number;
  /** 1-based column of `start`, in code points. */
  column: number;
}

/** The result of checking one text. */
export interface Report {
  /** The most severe finding's verdict, or "pass". */
  verdict: Verdict;
  /** 0..100: the strongest decisive finding's score (0 for "pass"). */
  score: number;
  /** What the verdict risks; null for "pass". */
  penalty: Penalty | null;
  /** Per clause with findings: its score and verdict, most severe first. */
  clauses: ClauseScore[];
  /** Findings, in text order. */
  findings: Finding[];
  /** The pack that judged the text. */
  pack: PackInfo;
  /** Length of the checked text, in UTF-16 code units. */
  length: number;
  /** From `checkHtml`: the text a reader sees (and the checker read); `finding.extracted` points into it. */
  extractedText?: string;
  /** Where the settings came from, when the checker has settings. */
  settings?: string;
  /** Findings the settings removed (absent when none). */
  suppressed?: Suppressed[];
}

/** Where, in an HTML draft, a finding's words were found. */
export type Place = "visible" | "hidden" | "href" | "alt" | "title" | "src" | "card";

/** A clause's share of the report. */
export interface ClauseScore {
  /** Clause id: exchange, intermediary, issuance, derivatives, collectibles, financing, fraud. */
  clause: string;
  /** Its title, in the report's language (from the pack's clauses.toml). */
  title: string;
  score: number;
  verdict: Verdict;
}

/** One sentence that breaks one clause. */
export interface Finding {
  /** The rule that fired (stable id, e.g. "exchange.route"). */
  ruleId: string;
  /** The clause it breaks. */
  clause: string;
  /** The clause's title, in the report's language (from the pack's clauses.toml). */
  clauseTitle: string;
  /** "review" or "block". */
  severity: Verdict;
  /** What it risks. */
  penalty: Penalty;
  /** The penalty in words, in the report's language. */
  penaltyLabel: string;
  /** 0..100. */
  score: number;
  /** Whether this finding decides the verdict (it is among the most severe). */
  decisive: boolean;
  /** One line: what is wrong. */
  message: string;
  /** Why it breaks the clause. */
  explanation: string;
  /** The words that triggered it, as written: `text.slice(start, end)`. */
  text: string;
  /** Start of `text`, in UTF-16 code units. */
  start: number;
  /** End of `text`, in UTF-16 code units. */
  end: number;
  /** Where `text` is, in every unit. */
  span: Span;
  /** The sentence the finding is in. */
  sentence: Span;
  /** Everything that made the rule fire, the anchor first. */
  evidence: Evidence[];
  /** How to fix it. */
  fix: Fix;
  /** From `checkHtml`: where the words were (hidden text, a link target, image text, a card…). */
  place?: Place;
  /** From `checkHtml`: the words in `report.extractedText` (`span`/`start`/`end` point into the HTML). */
  extracted?: Span;
  /** A stable name (`fp-` and 16 hex digits): edits elsewhere keep it; settings `ignore` it. */
  fingerprint: string;
  /** True when the settings made it a note: shown, not counted in the verdict. */
  note?: boolean;
}

/** What a piece of evidence contributes (the lexicon file or detector role it came from). */
export type Role = "entity" | "action" | "steering" | "teaching" | "promise" | "price";

/** A kind of disguise seen through. Traditional characters and slang are how people write, never reported. */
export type Evasion = "separators" | "invisible" | "width" | "lookalike" | "pinyin" | "homophone" | "hidden";

/** One piece of evidence. */
export interface Evidence {
  /** entity, action, steering, teaching, promise or price. */
  role: Role;
  /** The words as written. */
  text: string;
  /** The words as the checker read them: normalized, with disguised terms written as what
   * they stand for ("bitebi" → "比特币", "w3chat" → "wechat"). */
  normalized: string;
  span: Span;
  /** The lexicon entry ("lexicon/entity.tsv:12") or detector ("detector:url") that found them. */
  source: string;
  /** Strength 0..1, after context, two decimals. */
  weight: number;
  /** Disguises seen through: separators, invisible, width, lookalike, pinyin, homophone, hidden (text of an HTML draft hidden by styling; traditional characters and slang are how people write, never reported). */
  evasion: Evasion[];
  /** From `checkHtml`: the words in `report.extractedText` (`span` points into the HTML). */
  extracted?: Span;
}

/** How to fix a finding. */
/**
 * What `summarize(findings)` says of findings gathered from several reports, as `check`
 * sums up one text's: `decisive[i]` is `findings[i]`'s.
 */
export interface Summary {
  verdict: Verdict;
  score: number;
  penalty: Penalty | null;
  clauses: ClauseScore[];
  decisive: boolean[];
}

/**
 * The names, in a checker's language, of the ids its reports use (`checker.labels`): show
 * these rather than keeping a copy.
 */
export interface Labels {
  /** By evidence role; `context` and `confusable` are the lexicon's other two roles. */
  roles: Record<Role | "context" | "confusable", string>;
  /** By kind of disguise. */
  evasions: Record<Evasion, string>;
  /** By place in an HTML draft. */
  places: Record<Place, string>;
  /** By penalty: the same words as a finding's `penaltyLabel`. */
  penalties: Record<Penalty, string>;
  /** By verdict: the pack's words for them (`[verdicts]` of its pack.toml, e.g. 将被拦截). */
  verdicts: Record<Verdict, string>;
  /** The pack's name: the policy it enforces (what `report.pack.id` stands for). */
  pack: string;
}

export interface Fix {
  /** What to remove or reword. */
  message: string;
  /** How safe `edits` are to apply without reading them. */
  safety: FixSafety;
  /** Edits to the checked text, non-overlapping, in text order; empty: advice only. */
  edits: Edit[];
}

/** Replace `[start, end)` of the checked text with `replacement`. */
export interface Edit {
  /** Start, in UTF-16 code units. */
  start: number;
  /** End, in UTF-16 code units. */
  end: number;
  span: Span;
  replacement: string;
}

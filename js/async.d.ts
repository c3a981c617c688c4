// Promise-returning checkers: on the calling thread, or in a worker for long drafts.
import type { CheckerOptions, Finding, FixSafety, Labels, PackFiles, PackInfo, Report, Settings, Summary } from "./report.js";

/** Options of createLocalChecker / createWorkerChecker. */
export interface AsyncCheckerOptions extends CheckerOptions {
  /** Another pack's files `{ path: contents }`; the embedded default pack when absent. */
  pack?: PackFiles;
}

/** The same calls as `Checker`, returning promises. */
export interface AsyncChecker {
  /** "local" (calling thread) or "worker". */
  readonly kind: "local" | "worker";
  /** The language of messages. */
  readonly lang: string;
  /** The pack this checker enforces. */
  readonly pack: PackInfo;
  /** The names of the ids in its reports (roles, kinds of disguise, places, penalties), in its language. */
  readonly labels: Labels;
  /**
   * The longest text `check` accepts, in bytes of UTF-8 (16 MiB; `new Blob([text]).size`
   * measures a text): longer text is refused with an error saying so.
   */
  readonly maxTextBytes: number;
  /**
   * Replaces the checker with one built from new options (another language or pack), in
   * place: a worker checker keeps its worker, so nothing is loaded again. Rejects, keeping
   * the current checker, when the options or the pack are bad.
   */
  configure(options?: AsyncCheckerOptions): Promise<void>;
  /** Checks `text`: the report, with UTF-16 offsets into `text`. */
  check(text: string): Promise<Report>;
  /** Checks an HTML draft: spans into `html`, `place` and `extracted` on each finding. */
  checkHtml(html: string): Promise<Report>;
  /** Reads and validates a `draftlint.toml`'s text; rejects with `draftlint: bad settings: FILE:LINE: …`. */
  settingsFromToml(text: string): Promise<Settings>;
  /** Checks `text` and applies the fixes at least as safe as `minSafety` ("safe" by default). */
  applyFixes(text: string, minSafety?: FixSafety): Promise<string>;
  /**
   * Applies one finding's fix to `text`, the text it was found in: the new text. Rejects,
   * changing nothing, when `canApplyFix(finding)` is false or `text` changed since it was
   * checked (the finding's words are no longer at its place).
   */
  applyFix(text: string, finding: Finding): Promise<string>;
  /** The verdict, score, penalty and clause scores of findings gathered from several reports. */
  summarize(findings: Finding[]): Promise<Summary>;
  /** Frees the checker (and ends its worker); later calls reject. */
  dispose(): void;
}

/** A checker on the calling thread (browser, worker or Node). */
export function createLocalChecker(options?: AsyncCheckerOptions): Promise<AsyncChecker>;

/** A checker in a dedicated module worker (browsers); `workerUrl` defaults to worker.js beside this module. */
export function createWorkerChecker(
  options?: AsyncCheckerOptions,
  settings?: { workerUrl?: string | URL },
): Promise<AsyncChecker>;

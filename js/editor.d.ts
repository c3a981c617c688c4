// draftlint/editor: check an editor as the author types, with highlights on the words, a
// card per finding and fixes that one Undo takes back.
import type { Finding, Lang, Report } from "./report.js";

/** Anything that checks a text: an `AsyncChecker`, or your own bridge to one (an extension's service worker). */
export interface TextChecker {
  check(text: string): Promise<Report> | Report;
  /** The language of its messages; the card's labels follow it when `lang` is not given. */
  readonly lang?: string;
}

/** Options of `attach`. */
export interface AttachOptions {
  /** Messages and card labels in Chinese (`"zh"`, the default) or English (`"en"`). */
  lang?: Lang;
  /**
   * The checker to use. Without one, draftlint makes its own: on the calling thread for
   * drafts of up to `workerThreshold` characters, in a worker for longer ones.
   */
  checker?: TextChecker;
  /** Milliseconds of quiet after typing before a check (250). */
  debounce?: number;
  /** Drafts longer than this many UTF-16 code units are checked in a worker (2000). */
  workerThreshold?: number;
  /** The worker script, when draftlint's own `worker.js` is not beside `async.js`. */
  workerUrl?: string | URL;
  /**
   * How highlights are drawn on a contenteditable: `"auto"` (the CSS Custom Highlight API
   * where the browser has it, else boxes) or `"boxes"`. Text fields always get boxes.
   */
  highlights?: "auto" | "boxes";
  /** Called when a check fails (the default logs it). */
  onError?: (error: Error) => void;
}

/** An editor with draftlint attached. */
export interface EditorHandle {
  /** The element given to `attach`. */
  readonly element: HTMLElement;
  /**
   * The text draftlint checks: a text field's value, or a contenteditable's text nodes with
   * a line break for each `<br>` and around each block. Report offsets point into it.
   */
  readonly text: string;
  /** The latest report (null before the first check). */
  readonly report: Report | null;
  /** `"custom"` (CSS Custom Highlight API) or `"boxes"` (a shadow-root overlay). */
  readonly highlightMode: "custom" | "boxes";
  /** Milliseconds the last check took (in its thread, with messaging) and the last drawing of highlights. */
  readonly timing: { check: number; draw: number };
  /** The report of the editor's current text (checked now if it has changed). */
  check(): Promise<Report>;
  /** Calls `callback` with each new report of the current text; returns a function that stops it. */
  onReport(callback: (report: Report) => void): () => void;
  /**
   * Applies a finding's fix (all its edits in one replacement, through the editor's input
   * path, so one Undo restores the text). Resolves to false when the current text no longer
   * has that finding, or its fix has no edits or only "display-only" ones (advice to read).
   */
  applyFix(finding: Finding): Promise<boolean>;
  /** Measures and draws the highlights again (after a layout change draftlint cannot see). */
  redraw(): void;
  /** Removes the highlights, the card and every listener; the editor is as before. */
  detach(): void;
}

/**
 * Attaches draftlint to a `<textarea>`, an `<input>` or a contenteditable root; resolves
 * after the first check. Rejects with a `TypeError` for other elements, and with an `Error`
 * for an element draftlint is already attached to (detach that handle first).
 */
export function attach(
  element: HTMLTextAreaElement | HTMLInputElement | HTMLElement,
  options?: AttachOptions,
): Promise<EditorHandle>;

/** The text of a contenteditable as `attach` checks it, with the text nodes it came from. */
export function readEditable(root: Node): { text: string; parts: { node: Text; start: number }[] };

/** All of a fix's edits as one replacement of `[from, to)`, or null when there are none. */
export function combinedEdit(
  text: string,
  edits: { start: number; end: number; replacement: string }[],
): { from: number; to: number; replacement: string } | null;

// A lint source for CodeMirror 6: `linter(draftlintLintSource())` from @codemirror/lint.
//
// The types describe the parts of CodeMirror this module uses, structurally, instead of
// importing them: the package has no dependencies (not even optional peer ones), and an
// EditorView is assignable to DraftlintView, so the source type-checks as a LintSource and
// its diagnostics as CodeMirror Diagnostics.
import type { Lang, Report } from "./report.js";

/** What the source reads and the fix actions write: any CodeMirror 6 EditorView. */
export interface DraftlintView {
  readonly state: { readonly doc: { toString(): string } };
  dispatch(spec: {
    changes: { from: number; to: number; insert: string }[];
    userEvent: string;
  }): void;
}

/** An action of a diagnostic: applies the finding's fix. */
export interface DraftlintAction {
  /** "修改" or "Apply fix", in the report's language. */
  name: string;
  /**
   * Applies all the fix's edits in one transaction (one undo step), with userEvent
   * "input.draftlint"; does nothing when the document is no longer the checked text.
   */
  apply(view: DraftlintView, from: number, to: number): void;
}

/** One finding as a CodeMirror Diagnostic. */
export interface DraftlintDiagnostic {
  /** The finding's `start`: UTF-16 code units, the unit of CodeMirror positions. */
  from: number;
  /** The finding's `end`. */
  to: number;
  /** "error" for block, "warning" for review, "info" for a note (`finding.note`). */
  severity: "error" | "warning" | "info";
  /** "draftlint " and the rule id. */
  source: string;
  /** Message, explanation and penalty in one line. */
  message: string;
  /** The same and the fix's advice, as a DOM node (for the tooltip and the lint panel). */
  renderMessage(): Node;
  /** One action when the fix has edits that may be applied by a click; none otherwise. */
  actions: DraftlintAction[];
}

/** Anything that checks a text: an AsyncChecker (draftlint/async) or a Checker. */
export interface DraftlintTextChecker {
  check(text: string): Report | Promise<Report>;
  /** The language of its messages, which also names the fix action. */
  readonly lang?: string;
}

export interface DraftlintLintOptions {
  /**
   * The checker to use. Without one, a local checker (createLocalChecker) checks drafts up
   * to 2,000 characters and a worker checker (createWorkerChecker, started when first
   * needed; the local one if it cannot start) longer ones.
   */
  checker?: DraftlintTextChecker;
  /** The language of the created checkers: "zh" (the default) or "en". */
  lang?: Lang;
}

/**
 * The lint source for `linter()`: checks `view.state.doc.toString()` and returns one
 * diagnostic per finding; an empty list when the document changed during the check.
 */
export function draftlintLintSource(
  options?: DraftlintLintOptions,
): (view: DraftlintView) => Promise<DraftlintDiagnostic[]>;

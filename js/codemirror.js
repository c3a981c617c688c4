// A lint source for CodeMirror 6 (`linter(draftlintLintSource())` from @codemirror/lint),
// the editor of the open-source WeChat Markdown editors. It imports nothing from
// CodeMirror: the package keeps no dependencies, and the editor brings its own copy (two
// copies of @codemirror/state in one page break its `instanceof` checks). What it returns
// is CodeMirror's structural Diagnostic shape.
import { createLocalChecker, createWorkerChecker } from "./async.js";
import { canApplyFix } from "./draftlint.js";

/** Drafts up to this many UTF-16 units are checked on the calling thread (well under a
 * millisecond per check); longer ones in a worker, so that typing never waits for one. */
const LOCAL_LIMIT = 2000;

const LABELS = {
  zh: { apply: "修改", why: "原因：", penalty: "后果：", fix: "修改建议：" },
  en: { apply: "Apply fix", why: "Why: ", penalty: "Risk: ", fix: "Fix: " },
};

// What `createWorkerChecker` rejects with once its worker has crashed: every later call
// fails the same way, so the worker is dropped and another made when next needed.
const WORKER_FAILED = "draftlint: the worker failed";

/**
 * The lint source: an async `(view) => Diagnostic[]` for `linter()`. `options.checker` is
 * any object with `check(text)` (an AsyncChecker, or a Checker); without it, checkers in
 * `options.lang` ("zh" by default, or "en") are created when first needed.
 */
export function draftlintLintSource(options = {}) {
  const lang = options.lang ?? "zh";
  const pick = options.checker ? async () => options.checker : lazyCheckers(lang);

  return async function draftlint(view) {
    const doc = view.state.doc;
    const text = doc.toString();
    const checker = await pick(text);
    const report = await checker.check(text);
    // A result for a text that is no longer there would mark the wrong words; CodeMirror
    // runs the source again after the change anyway. (A change that was undone gives a new
    // document object holding the same text: the result still fits it.)
    if (view.state.doc !== doc && view.state.doc.toString() !== text) return [];
    const labels = LABELS[checker.lang] ?? LABELS[lang] ?? LABELS.zh;
    return toDiagnostics(report, text, labels);
  };
}

/** `pick(text)` for the default checkers: local for short drafts, a worker for long ones. */
function lazyCheckers(lang) {
  let local = null;
  let worker = null;
  // A local checker that failed to load is forgotten, so the next run tries again instead
  // of failing for the rest of the session.
  const getLocal = () => {
    if (!local) {
      local = createLocalChecker({ lang });
      local.catch(() => (local = null));
    }
    return local;
  };
  // No worker (Node, a CSP without worker-src, a bundler that lost worker.js) resolves to
  // null: the local checker does the work, only slower for very long drafts.
  const getWorker = () => {
    if (!worker) {
      const starting = createWorkerChecker({ lang }).then(
        (started) =>
          crashSafe(started, () => {
            if (worker === starting) worker = null;
          }),
        () => null,
      );
      worker = starting;
    }
    return worker;
  };
  // A crashed worker fails every call: it is disposed and forgotten (`forget`), this
  // check is done locally, and the next long draft starts a new worker.
  const crashSafe = (started, forget) => ({
    lang: started.lang,
    check: (text) =>
      started.check(text).catch(async (error) => {
        if (!String(error?.message).startsWith(WORKER_FAILED)) throw error;
        started.dispose();
        forget();
        return (await getLocal()).check(text);
      }),
  });
  return async (text) => (text.length <= LOCAL_LIMIT ? getLocal() : ((await getWorker()) ?? getLocal()));
}

/** A report's findings as diagnostics. `text` is the text that was checked: the fix
 * actions apply only while the document still holds exactly it. */
function toDiagnostics(report, text, labels) {
  return report.findings.map((f) => {
    const diagnostic = {
      // UTF-16 code units: the unit of CodeMirror's positions too.
      from: f.start,
      to: f.end,
      severity: f.note === true ? "info" : f.severity === "block" ? "error" : "warning",
      source: `draftlint ${f.ruleId}`,
      message: `${f.message} — ${f.explanation} (${f.penaltyLabel})`,
      renderMessage: () => render(f, labels),
      actions: [],
    };
    // As on the page: "display-only" edits are advice to read, never applied by a click.
    if (canApplyFix(f)) {
      diagnostic.actions.push({ name: labels.apply, apply: (view) => applyEdits(view, text, f.fix.edits) });
    }
    return diagnostic;
  });
}

/** All of a fix's edits in one transaction (one undo step), if `text` is still the document. */
function applyEdits(view, text, edits) {
  if (view.state.doc.toString() !== text) return;
  view.dispatch({
    changes: edits.map((e) => ({ from: e.start, to: e.end, insert: e.replacement })),
    userEvent: "input.draftlint",
  });
}

/** The tooltip's content: what is wrong, why, what it risks and how to fix it (text nodes
 * only: the report quotes the draft, which is never read as HTML). */
function render(f, labels) {
  const root = document.createElement("div");
  root.className = "cm-draftlint";
  const line = (cls, label, value) => {
    const div = document.createElement("div");
    div.className = cls;
    if (label) {
      const b = document.createElement("b");
      b.textContent = label;
      div.append(b);
    }
    div.append(value);
    root.append(div);
  };
  line("cm-draftlint-message", "", f.message);
  line("cm-draftlint-why", labels.why, f.explanation);
  line("cm-draftlint-penalty", labels.penalty, f.penaltyLabel);
  line("cm-draftlint-fix", labels.fix, f.fix.message);
  return root;
}

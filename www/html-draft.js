// HTML drafts: rich text pasted from an editor, or an opened .html file, is checked as HTML
// (checkHtml): link targets, image text, cards and hidden text too. The body shows the
// extracted text and every finding is moved into it, so highlights and cards work as for
// plain text; findings in places a reader does not see say where they were and what they
// carry.
import { runCheck } from "./check.js";
import { $ } from "./dom.js";
import { body, state, t } from "./state.js";

export function enterHtml(html) {
  state.html = html;
  state.undo = null;
  body.set("");
  $("draft-status").textContent = t().htmlMode;
  runCheck();
}

export function leaveHtml() {
  if (state.html === null) return;
  state.html = null;
  $("draft-status").textContent = t().htmlLeft;
}

/** The HTML report (and the title's, checked as text) as one report on `title\nextractedText`. */
async function mergeHtml(head, rep, offset) {
  const ex = rep.extractedText ?? "";
  const move = (span) => ({ ...span, start: span.start + offset, end: span.end + offset });
  const moved = rep.findings.map((f) => ({
    ...f,
    carried: f.place && f.place !== "visible" ? { place: f.place, text: f.text } : null,
    text: ex.slice(f.extracted.start, f.extracted.end),
    start: f.extracted.start + offset,
    end: f.extracted.end + offset,
    span: move(f.extracted),
    evidence: f.evidence.map((e) => ({
      ...e,
      text: e.extracted ? ex.slice(e.extracted.start, e.extracted.end) : e.text,
      span: e.extracted ? move(e.extracted) : { ...e.span, start: offset, end: offset },
    })),
    // Fixes edit the HTML source, not the text shown: their advice stays, no button.
    fix: { ...f.fix, edits: [], safety: "display-only" },
  }));
  const findings = [...(head?.findings ?? []), ...moved];
  // The draft's verdict, score, penalty and clauses, as the engine sums up one text's.
  const { verdict, score, penalty, clauses, decisive } = await state.checker.summarize(findings);
  findings.forEach((f, k) => {
    f.decisive = decisive[k];
  });
  return { ...rep, verdict, score, penalty, clauses, findings, length: offset + ex.length, body: ex };
}

/** An HTML draft's report, with its title checked as text, as one report (see mergeHtml). */
export async function checkHtmlDraft(titleText, html) {
  const [head, rep] = await Promise.all([
    titleText.trim() ? state.checker.check(titleText) : null,
    state.checker.checkHtml(html),
  ]);
  return mergeHtml(head, rep, titleText.length + 1);
}

// HTML drafts: rich text pasted from an editor, or an opened .html file, is checked as HTML
// (checkHtml): link targets, image text, cards and hidden text too. The body shows the
// extracted text and every finding is moved into it, so highlights and cards work as for
// plain text; findings in places a reader does not see say where they were and what they
// carry.
import { runCheck } from "./check.js";
import { $ } from "./dom.js";
import { body, state, t } from "./state.js";

const VERDICTS = ["pass", "review", "block"];
const PENALTIES = ["rectify", "restrict", "ban"];

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
function mergeHtml(head, rep, offset) {
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
  const verdict = findings.reduce((v, f) => (VERDICTS.indexOf(f.severity) > VERDICTS.indexOf(v) ? f.severity : v), "pass");
  let score = 0;
  let penalty = null;
  for (const f of findings) {
    f.decisive = f.severity === verdict && verdict !== "pass";
    if (f.decisive) {
      score = Math.max(score, f.score);
      if (penalty === null || PENALTIES.indexOf(f.penalty) > PENALTIES.indexOf(penalty)) penalty = f.penalty;
    }
  }
  const clauses = [];
  for (const f of findings) {
    const c = clauses.find((c) => c.clause === f.clause);
    if (!c) clauses.push({ clause: f.clause, title: f.clauseTitle, score: f.score, verdict: f.severity });
    else {
      c.score = Math.max(c.score, f.score);
      if (VERDICTS.indexOf(f.severity) > VERDICTS.indexOf(c.verdict)) c.verdict = f.severity;
    }
  }
  clauses.sort((a, b) => VERDICTS.indexOf(b.verdict) - VERDICTS.indexOf(a.verdict) || b.score - a.score);
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

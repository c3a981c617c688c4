// The flagged words in the fields: marks from a report's evidence, the active finding, the
// caret and the selection.
import { state, title, body, toFields } from "./state.js";

export function marksFor(report) {
  title.marks = [];
  body.marks = [];
  report.findings.forEach((f, i) => {
    const seen = new Set();
    for (const e of f.evidence) {
      const key = `${e.span.start}:${e.span.end}`;
      if (seen.has(key) || e.span.start === e.span.end) continue;
      seen.add(key);
      for (const piece of toFields(e.span.start, e.span.end)) {
        if (piece.end > piece.start) {
          piece.field.marks.push({ start: piece.start, end: piece.end, finding: i, severity: f.severity });
        }
      }
    }
  });
}

export function setActive(i, { scrollCard = true } = {}) {
  state.active = i;
  for (const card of document.querySelectorAll(".finding")) {
    const on = card.dataset.finding === String(i);
    card.classList.toggle("active", on);
    if (on && scrollCard) card.scrollIntoView({ block: "nearest" });
  }
  for (const mark of document.querySelectorAll(".mirror mark")) {
    mark.classList.toggle("active", (mark.dataset.findings ?? "").split(" ").includes(String(i)));
  }
}

/** Scrolls to and selects the finding's words in its field. */
export function selectFinding(i) {
  const f = state.report?.findings[i];
  if (!f) return;
  const piece = toFields(f.start, f.end)[0];
  if (!piece) return;
  setActive(i, { scrollCard: false });
  const area = piece.field.textarea;
  area.focus({ preventScroll: true });
  area.setSelectionRange(piece.start, piece.end);
  const mark = piece.field.mirror.querySelector(`mark[data-finding="${i}"]`);
  (mark ?? area).scrollIntoView({ block: "center" });
}

/** Shows the finding under the caret (clicking a highlight shows its finding); elsewhere, none. */
export function caretMoved(field) {
  if (!state.report || field.value !== (field === title ? state.snapshot.title : state.snapshot.body)) return;
  const pos = field.textarea.selectionStart;
  const hit = field.marks.find((m) => m.start <= pos && pos <= m.end && m.end > m.start);
  const next = hit ? hit.finding : -1;
  if (next !== state.active) setActive(next, { scrollCard: Boolean(hit) });
}

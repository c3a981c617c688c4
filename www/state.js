// What the page knows: the checker, the last report and the draft it is about, the
// operator's settings, the language; the two fields; the checked text's layout.
import { STRINGS } from "./strings.js";

export const state = {
  lang: "zh",
  checker: null,
  report: null,
  snapshot: null, // { title, body } that `report` is about
  seq: 0,
  timer: 0,
  active: -1,
  undo: null,
  saveTimer: 0,
  ready: false, // the restored draft is on the page: saving may begin
  html: null, // pasted or opened HTML being checked (the body shows its extracted text)
  // The operator's settings (draftlint.toml as an object), and the words of each ignored
  // finding so the panel can say what it was.
  settings: { allow: [], ignore: [] },
  ignoredText: {},
  restarting: false,
};

/** The title and body fields (see field.js), set once by the page's start-up. */
export let title;
export let body;

export function setFields(titleField, bodyField) {
  title = titleField;
  body = bodyField;
}

/** The page's words in its language. */
export const t = () => STRINGS[state.lang];

/** Splits a range of the checked text (title + "\n" + body) into per-field ranges. */
export function toFields(start, end, snapshot = state.snapshot) {
  const T = snapshot.title.length;
  const out = [];
  if (start < T) out.push({ field: title, start, end: Math.min(end, T) });
  const bodyStart = T + 1;
  if (end > bodyStart || (start >= bodyStart && end >= start)) {
    const s = Math.max(start, bodyStart) - bodyStart;
    const e = Math.max(end - bodyStart, s);
    if (e > s || start === end) out.push({ field: body, start: s, end: e });
  }
  return out;
}

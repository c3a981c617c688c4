// The draft is kept in this browser (localStorage) as it is typed, so a reload, a crash or
// a closed tab loses nothing. It never leaves the machine.
import { $ } from "./dom.js";
import { body, state, t, title } from "./state.js";

const DRAFT_KEY = "draftlint.draft";

export function saveDraftSoon() {
  clearTimeout(state.saveTimer);
  state.saveTimer = setTimeout(saveDraft, 400);
}

export function saveDraft() {
  clearTimeout(state.saveTimer);
  const status = $("draft-status");
  try {
    if (title.value === "" && body.value === "") localStorage.removeItem(DRAFT_KEY);
    else localStorage.setItem(DRAFT_KEY, JSON.stringify({ title: title.value, body: body.value, html: state.html }));
    if (status.dataset.kind === "not-saved") {
      status.textContent = "";
      delete status.dataset.kind;
    }
  } catch {
    // Storage off or full (a draft of several MB): say so, keep the text on the page.
    status.textContent = t().notSaved;
    status.dataset.kind = "not-saved";
  }
}

export function restoreDraft() {
  let saved = null;
  try {
    saved = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? "null");
  } catch {
    return false;
  }
  if (!saved || typeof saved.title !== "string" || typeof saved.body !== "string") return false;
  if (saved.title === "" && saved.body === "") return false;
  title.set(saved.title);
  body.set(saved.body);
  if (typeof saved.html === "string") state.html = saved.html;
  $("draft-status").textContent = t().restored;
  return true;
}

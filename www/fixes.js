// Applying a finding's fix from the page: the engine applies it (applyFix, in the checker's
// worker) to the text it checked, title + "\n" + body; the page puts the new text back in
// the two fields and keeps the old text for undo.
import { canApplyFix } from "./pkg/draftlint.js";
import { runCheck } from "./check.js";
import { el, $ } from "./dom.js";
import { body, state, t, title } from "./state.js";

/**
 * Whether the page offers to apply `f`'s fix: the package's rule (canApplyFix), and no edit
 * covers the line break between the title and the body, which the page keeps (the two are
 * separate fields).
 */
export function canApply(f) {
  const gap = state.snapshot?.title.length ?? 0;
  return canApplyFix(f) && !f.fix.edits.some((e) => e.start <= gap && gap < e.end);
}

export async function applyFix(i) {
  const f = state.report?.findings[i];
  if (!f || !canApply(f)) return;
  const before = { title: title.value, body: body.value };
  if (before.title !== state.snapshot.title || before.body !== state.snapshot.body) {
    // The text changed since this report: check again and let the author choose anew.
    await runCheck();
    return;
  }
  let fixed;
  try {
    fixed = await state.checker.applyFix(`${before.title}\n${before.body}`, f);
  } catch (e) {
    // Refused (the finding is not about this text): check again, as above.
    console.warn("draftlint: fix not applied:", e);
    await runCheck();
    return;
  }
  if (title.value !== before.title || body.value !== before.body) return; // typed meanwhile
  // The title holds no line break (the page turns them into spaces) and no edit covers the
  // one after it (canApply), so the first line break still ends the title.
  const cut = fixed.indexOf("\n");
  state.undo = before;
  title.set(fixed.slice(0, cut));
  body.set(fixed.slice(cut + 1));
  state.active = -1;
  showUndo(t().applied);
  await runCheck();
}

export function showUndo(message) {
  const status = $("file-status");
  status.replaceChildren(document.createTextNode(`${message} `));
  if (state.undo) {
    const undo = el("button", { text: t().undo, attrs: { type: "button", id: "undo" } });
    undo.addEventListener("click", () => {
      if (!state.undo) return;
      title.set(state.undo.title);
      body.set(state.undo.body);
      state.undo = null;
      status.textContent = t().undone;
      runCheck();
    });
    status.append(undo);
  }
}

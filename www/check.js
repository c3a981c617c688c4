// Checking: the checker (a worker, or the main thread when workers fail), checks scheduled
// as the author types, and each report handed to rendering when it is still current.
import { createLocalChecker, createWorkerChecker } from "./pkg/async.js";
import { $ } from "./dom.js";
import { saveDraftSoon } from "./draft-store.js";
import { checkHtmlDraft } from "./html-draft.js";
import { renderAll, renderError, renderTooLong } from "./render.js";
import { body, state, t, title } from "./state.js";

/** Bytes of UTF-8 in `text`, without copying it. */
function utf8Bytes(text) {
  return new Blob([text]).size;
}

export async function makeChecker(lang) {
  try {
    return await createWorkerChecker({ lang, settings: state.settings });
  } catch (e) {
    console.warn("draftlint: no worker, checking on the main thread:", e);
    return createLocalChecker({ lang, settings: state.settings });
  }
}

export function scheduleCheck() {
  clearTimeout(state.timer);
  const n = title.value.length + body.value.length;
  state.timer = setTimeout(runCheck, n > 20000 ? 300 : n > 3000 ? 150 : 60);
}

export async function runCheck() {
  clearTimeout(state.timer);
  // Whatever changed the draft (typing, a fix, a file, the sample, clear), keep it.
  if (state.ready) saveDraftSoon();
  if (!state.checker) return;
  const seq = ++state.seq;
  const snapshot = { title: title.value, body: body.value };
  const html = state.html;
  if (html === null && snapshot.title.trim() === "" && snapshot.body.trim() === "") {
    state.report = null;
    state.snapshot = snapshot;
    renderAll(null);
    return;
  }
  const text = `${snapshot.title}\n${snapshot.body}`;
  const bytes = html === null ? utf8Bytes(text) : utf8Bytes(html) + utf8Bytes(snapshot.title);
  if (bytes > state.checker.maxTextBytes) {
    state.report = null;
    state.snapshot = snapshot;
    renderTooLong(bytes);
    return;
  }
  const started = performance.now();
  let report;
  try {
    report = html === null ? await state.checker.check(text) : await checkHtmlDraft(snapshot.title, html);
  } catch (e) {
    if (seq !== state.seq) return;
    // A worker that died (out of memory, a crash) is replaced and the draft checked again;
    // the text on the page was never in danger.
    if (state.checker.kind === "worker" && /worker failed/.test(String(e?.message)) && !state.restarting) {
      state.restarting = true;
      try {
        state.checker.dispose();
        state.checker = await makeChecker(state.lang);
        $("draft-status").textContent = t().restarted;
      } catch (again) {
        renderError(again);
        return;
      } finally {
        state.restarting = false;
      }
      return runCheck();
    }
    renderError(e);
    return;
  }
  if (seq !== state.seq) return; // a newer check is on its way
  if (snapshot.title !== title.value || html !== state.html) return;
  if (html === null) {
    if (snapshot.body !== body.value) return;
  } else {
    // The body shows the text the HTML check read.
    if (body.value !== report.body) body.set(report.body);
    snapshot.body = report.body;
  }
  state.report = report;
  state.snapshot = snapshot;
  renderAll(performance.now() - started);
}

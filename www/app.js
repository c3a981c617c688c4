// The checking page: title + body, checked as you type in a worker, the verdict at a glance,
// the flagged words highlighted in place, findings grouped by clause with their fixes.
// This module starts the page and wires its controls; the work is in:
//   strings.js      the page's own words (zh, en)
//   state.js        what the page knows, the two fields, the checked text's layout
//   dom.js, field.js  text-only DOM helpers; a textarea with its highlight mirror
//   check.js        the checker and checking as you type
//   html-draft.js   rich text and .html files, checked as HTML
//   render.js       the verdict and the findings
//   highlight.js    the flagged words in the fields, the active finding
//   fixes.js        applying a fix (through the engine's applyFix) and undo
//   settings.js     ignore, allow, draftlint.toml import and export
//   draft-store.js  the draft kept in this browser
//   language.js     switching language
//   copy.js         the report as text, the clipboard
//   extract.js      text out of an opened file
//
// User text only ever reaches the DOM through textarea values, textContent and text nodes:
// never as HTML. The page makes no request after it and its assets have loaded.
import { makeChecker, runCheck, scheduleCheck } from "./check.js";
import { copy, reportAsText } from "./copy.js";
import { $ } from "./dom.js";
import { restoreDraft, saveDraft } from "./draft-store.js";
import { fileToDraft } from "./extract.js";
import { Field } from "./field.js";
import { showUndo } from "./fixes.js";
import { caretMoved } from "./highlight.js";
import { enterHtml, leaveHtml } from "./html-draft.js";
import { applyLanguage, renderPolicy, setLanguage } from "./language.js";
import { renderCounts, renderError } from "./render.js";
import { exportSettings, importSettings, loadSettings, renderSettings } from "./settings.js";
import { STRINGS } from "./strings.js";
import { body, setFields, state, t, title } from "./state.js";

async function openFile(file) {
  const status = $("file-status");
  try {
    const draft = await fileToDraft(file);
    title.set(draft.title.replace(/\s*\n\s*/g, " "));
    state.undo = null;
    status.textContent = t().opened(file.name);
    if (draft.html !== undefined) {
      enterHtml(draft.html);
      return;
    }
    state.html = null;
    body.set(draft.body);
    await runCheck();
  } catch (e) {
    status.textContent = `${t().openFailed(file.name)}: ${e?.message ?? e}`;
  }
}

function wire() {
  setFields(new Field("title", document.querySelector(".title-field")), new Field("body", document.querySelector(".body-field")));
  body.textarea.addEventListener("paste", (event) => {
    // Rich text from an editor (the WeChat editor, 135编辑器, 秀米…) into an empty body, or
    // over all of it: check its HTML, hidden text and link targets included.
    const html = event.clipboardData?.getData("text/html") ?? "";
    const area = body.textarea;
    const replacesAll = area.value === "" || (area.selectionStart === 0 && area.selectionEnd === area.value.length);
    if (!replacesAll || !/<[a-z][^>]*>/i.test(html)) return;
    event.preventDefault();
    enterHtml(html);
  });
  for (const field of [title, body]) {
    field.textarea.addEventListener("input", () => {
      if (field === body) leaveHtml();
      if (field === title && /[\r\n]/.test(field.textarea.value)) {
        const at = field.textarea.selectionStart;
        field.textarea.value = field.textarea.value.replace(/\r?\n|\r/g, " ");
        field.textarea.setSelectionRange(at, at);
      }
      field.follow();
      field.render(state.active);
      renderCounts();
      scheduleCheck();
    });
    for (const type of ["click", "keyup"]) field.textarea.addEventListener(type, () => caretMoved(field));
  }
  title.textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      body.textarea.focus();
    }
  });
  $("lang-zh").addEventListener("click", () => setLanguage("zh"));
  $("lang-en").addEventListener("click", () => setLanguage("en"));
  $("sample").addEventListener("click", () => {
    state.html = null;
    title.set(t().sampleTitle);
    body.set(t().sampleBody);
    state.undo = null;
    runCheck();
  });
  $("clear").addEventListener("click", () => {
    state.undo = { title: title.value, body: body.value };
    state.html = null;
    $("draft-status").textContent = "";
    title.set("");
    body.set("");
    showUndo("");
    runCheck();
    title.textarea.focus();
  });
  $("file-input").addEventListener("change", (event) => {
    const file = event.target.files?.[0];
    if (file) openFile(file);
    event.target.value = "";
  });
  $("export-settings").addEventListener("click", exportSettings);
  $("import-settings").addEventListener("change", (event) => {
    const file = event.target.files?.[0];
    if (file) importSettings(file);
    event.target.value = "";
  });
  $("copy-text").addEventListener("click", () => state.report && copy(reportAsText(state.report)));
  $("copy-json").addEventListener("click", () => state.report && copy(JSON.stringify(state.report, null, 2)));
  window.addEventListener("resize", () => {
    title.autosize();
    body.autosize();
  });
}

async function main() {
  wire();
  let lang = "zh";
  const asked = new URLSearchParams(location.search).get("lang");
  try {
    lang = asked ?? localStorage.getItem("draftlint.lang") ?? "zh";
  } catch {
    lang = asked ?? "zh";
  }
  if (!STRINGS[lang]) lang = "zh";
  state.lang = lang;
  applyLanguage();
  $("verdict-word").textContent = t().loading;
  $("verdict-detail").textContent = "";
  restoreDraft();
  loadSettings();
  state.ready = true;
  title.render(-1);
  body.render(-1);
  // The last keystrokes before a reload or a closed tab are kept too.
  window.addEventListener("pagehide", saveDraft);
  try {
    state.checker = await makeChecker(lang);
    if (state.checker.lang !== state.lang) await state.checker.configure({ lang: state.lang, settings: state.settings });
  } catch (e) {
    renderError(e);
    return;
  }
  document.body.dataset.checker = state.checker.kind;
  renderPolicy();
  renderSettings();
  await runCheck();
  document.body.dataset.ready = "true";
}

main();

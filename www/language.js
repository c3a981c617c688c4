// The page's language: its own words (strings.js) and the checker's (messages from the pack).
import { runCheck } from "./check.js";
import { $ } from "./dom.js";
import { renderCounts } from "./render.js";
import { renderSettings } from "./settings.js";
import { state, t } from "./state.js";

export function applyLanguage() {
  const s = t();
  document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
  document.title = state.lang === "zh" ? "draftlint · 公众号发文前合规检查" : "draftlint · pre-publish check for WeChat posts";
  for (const node of document.querySelectorAll("[data-i18n]")) {
    const value = s[node.dataset.i18n];
    if (typeof value === "string") node.textContent = value;
  }
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) {
    node.placeholder = s[node.dataset.i18nPlaceholder];
  }
  renderPolicy();
  $("lang-zh").setAttribute("aria-pressed", String(state.lang === "zh"));
  $("lang-en").setAttribute("aria-pressed", String(state.lang === "en"));
}

/** The policy the pack enforces, named by the pack (`checker.labels.pack`) once it is loaded. */
export function renderPolicy() {
  const policy = state.checker?.labels.pack;
  $("policy-name").textContent = policy ? ` · ${policy}` : "";
  $("policy-basis").textContent = policy ? t().basedOn(policy) : "";
}

export async function setLanguage(lang) {
  if (lang === state.lang && state.checker) return;
  state.lang = lang;
  try {
    localStorage.setItem("draftlint.lang", lang);
  } catch {
    // storage may be off: the choice lasts for this visit
  }
  applyLanguage();
  // Same worker, new messages: nothing is fetched again.
  if (!state.checker) return;
  renderSettings();
  await state.checker.configure({ lang, settings: state.settings });
  renderPolicy();
  renderCounts();
  await runCheck();
}

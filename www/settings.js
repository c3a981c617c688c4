// The operator's settings: ignore a finding, always allow a word (kept in this browser only),
// exported as and imported from a draftlint.toml (read and validated by the engine).
import { runCheck } from "./check.js";
import { $, el } from "./dom.js";
import { state, t } from "./state.js";

const SETTINGS_KEY = "draftlint.settings";

export function loadSettings() {
  try {
    const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "null");
    if (saved && Array.isArray(saved.settings?.allow) && Array.isArray(saved.settings?.ignore)) {
      state.settings = saved.settings;
      state.ignoredText = saved.ignoredText ?? {};
    }
  } catch {
    // no storage or a broken entry: start without settings
  }
}

function storeSettings() {
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ settings: state.settings, ignoredText: state.ignoredText }));
  } catch {
    // storage off: the settings last for this visit
  }
}

/** The settings as the text of a draftlint.toml (JSON strings are TOML basic strings). */
export function settingsToml(settings) {
  const list = (xs) => `[${xs.map((x) => JSON.stringify(x)).join(", ")}]`;
  let out = "# draftlint settings, exported from the checking page\n";
  out += `allow = ${list(settings.allow ?? [])}\n`;
  out += `ignore = ${list(settings.ignore ?? [])}\n`;
  for (const t of settings.term ?? []) {
    out += `\n[[term]]\nterm = ${JSON.stringify(t.term)}\nrole = ${JSON.stringify(t.role)}\nclauses = ${JSON.stringify(t.clauses ?? "*")}\nweight = ${Number(t.weight)}\ntags = ${list(t.tags ?? [])}\n`;
  }
  const severity = Object.entries(settings.severity ?? {});
  if (severity.length) out += `\n[severity]\n${severity.map(([k, v]) => `${JSON.stringify(k)} = ${JSON.stringify(v)}`).join("\n")}\n`;
  return out;
}

function settingsCount() {
  return state.settings.allow.length + state.settings.ignore.length;
}

export async function applySettings() {
  storeSettings();
  await state.checker.configure({ lang: state.lang, settings: state.settings });
  renderSettings();
  await runCheck();
}

export function renderSettings() {
  const s = t();
  $("settings-summary").textContent = s.settings(settingsCount());
  const item = (label, undo) => {
    const button = el("button", { cls: "undo-setting", text: s.undoSetting, attrs: { type: "button" } });
    button.addEventListener("click", undo);
    return el("li", {}, el("span", { text: label }), button);
  };
  const allow = el("ul", { cls: "setting-list allow-list" });
  for (const word of state.settings.allow) {
    allow.append(
      item(word, () => {
        state.settings.allow = state.settings.allow.filter((w) => w !== word);
        applySettings();
      }),
    );
  }
  if (!state.settings.allow.length) allow.append(el("li", { text: s.none }));
  const ignore = el("ul", { cls: "setting-list ignore-list" });
  for (const fp of state.settings.ignore) {
    ignore.append(
      item(`${state.ignoredText[fp] ?? ""} (${fp})`, () => {
        state.settings.ignore = state.settings.ignore.filter((x) => x !== fp);
        delete state.ignoredText[fp];
        applySettings();
      }),
    );
  }
  if (!state.settings.ignore.length) ignore.append(el("li", { text: s.none }));
  $("settings-lists").replaceChildren(el("h4", { text: s.allowed }), allow, el("h4", { text: s.ignored }), ignore);
}

export function exportSettings() {
  const blob = new Blob([settingsToml(state.settings)], { type: "application/toml" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = "draftlint.toml";
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export async function importSettings(file) {
  const status = $("settings-status");
  try {
    const parsed = await state.checker.settingsFromToml(await file.text());
    state.settings = { ...parsed, allow: parsed.allow ?? [], ignore: parsed.ignore ?? [] };
    for (const fp of Object.keys(state.ignoredText)) if (!state.settings.ignore.includes(fp)) delete state.ignoredText[fp];
    await applySettings();
    status.textContent = t().imported;
  } catch (e) {
    status.textContent = `${t().importFailed}: ${e?.message ?? e}`;
  }
}

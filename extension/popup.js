// The toolbar popup: paste a text, see the verdict and the findings. An extension page: its
// CSP (manifest.json) allows WebAssembly, so it runs the package itself, from the
// extension's own files; the text goes nowhere. The policy it checks against is named by the
// pack (`checker.labels.pack`), as on the page, not written here.
import init, { Checker } from "./draftlint.js";

// The interface and the reports in Chinese unless the browser is in English.
const LANG = /^en\b/i.test(navigator.language) ? "en" : "zh";
const DEBOUNCE_MS = 300;

const UI = {
  zh: {
    tagline: "公众号草稿合规检查",
    label: "粘贴要检查的文字",
    placeholder: "标题和正文都可以粘贴在这里",
    check: "检查",
    privacy: "只在本机检查，文字不离开浏览器。",
    loading: "正在加载检查器…",
    failed: "检查失败：",
    verdict: { pass: "通过", review: "需复核", block: "拦截" },
    counts: (n) => (n ? `${n} 处问题` : "未发现问题"),
    penalty: "处罚：",
    fix: "修改建议：",
  },
  en: {
    tagline: "Policy check of Official Account drafts",
    label: "Paste the text to check",
    placeholder: "A title, a body, or both",
    check: "Check",
    privacy: "Checked on this computer: the text never leaves the browser.",
    loading: "Loading the checker…",
    failed: "Check failed: ",
    verdict: { pass: "Pass", review: "Review", block: "Block" },
    counts: (n) => (n ? `${n} finding${n === 1 ? "" : "s"}` : "No findings"),
    penalty: "Penalty: ",
    fix: "Fix: ",
  },
}[LANG];

const text = document.getElementById("text");
const button = document.getElementById("check");
const verdict = document.getElementById("verdict");
const findings = document.getElementById("findings");
const policyName = document.getElementById("policy-name");

document.documentElement.lang = LANG === "zh" ? "zh-CN" : "en";
for (const element of document.querySelectorAll("[data-i18n]")) {
  element.textContent = UI[element.dataset.i18n];
}
text.placeholder = UI.placeholder;

function show(state, message) {
  verdict.dataset.verdict = state;
  verdict.textContent = message;
}

function item(finding) {
  const li = document.createElement("li");
  const message = document.createElement("div");
  message.className = "message";
  message.textContent = finding.message;
  const words = document.createElement("div");
  words.className = "words";
  words.textContent = `「${finding.text}」`;
  const meta = document.createElement("div");
  meta.className = "meta";
  meta.textContent = `${UI.verdict[finding.severity]} · ${UI.penalty}${finding.penaltyLabel}`;
  const fix = document.createElement("div");
  fix.className = "fix";
  fix.textContent = `${UI.fix}${finding.fix.message}`;
  li.append(message, words, meta, fix);
  return li;
}

const checker = (async () => {
  await init();
  return new Checker({ lang: LANG });
})();

let latest = 0;
async function check() {
  const run = ++latest;
  try {
    const report = (await checker).check(text.value);
    if (run !== latest) return;
    const counted = report.findings.filter((finding) => !finding.note).length;
    show(report.verdict, `${UI.verdict[report.verdict]} · ${UI.counts(counted)}`);
    findings.replaceChildren(...report.findings.map(item));
  } catch (error) {
    if (run !== latest) return;
    show("error", `${UI.failed}${error?.message ?? error}`);
    findings.replaceChildren();
  }
}

let timer = 0;
text.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(check, DEBOUNCE_MS);
});
button.addEventListener("click", () => {
  clearTimeout(timer);
  check();
});
show("loading", UI.loading);
checker.then(
  (loaded) => {
    // The policy the pack enforces, in the popup's language (pack.toml's `name`).
    policyName.textContent = ` · ${loaded.labels.pack}`;
    if (verdict.dataset.verdict === "loading") show("idle", "");
    document.body.setAttribute("data-ready", "true");
  },
  (error) => show("error", `${UI.failed}${error?.message ?? error}`),
);
text.focus();

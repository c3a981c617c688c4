// The editor demos (textarea.html, contenteditable.html): attach draftlint/editor to every
// element marked data-draftlint and show the verdict of each. Language: ?lang=en; highlight
// boxes instead of the CSS Custom Highlight API: ?highlights=boxes.
import { attach } from "../pkg/editor.js";

const params = new URLSearchParams(location.search);
const lang = params.get("lang") === "en" ? "en" : "zh";
const highlights = params.get("highlights") === "boxes" ? "boxes" : "auto";
// ?attach=0: the same page without draftlint (the browser tests compare the editor's DOM).
const attached = params.get("attach") !== "0";
document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
for (const el of document.querySelectorAll("[data-zh]")) {
  el.textContent = lang === "en" ? el.dataset.en : el.dataset.zh;
}

const WORDS = {
  zh: { pass: "通过", review: "需复核", block: "拦截", findings: "处", failed: "检查失败" },
  en: { pass: "Pass", review: "Review", block: "Block", findings: "finding(s)", failed: "Check failed" },
}[lang];

const verdict = document.getElementById("verdict");
const handles = [];

function show() {
  const reports = handles.map((h) => h.report).filter(Boolean);
  const order = { pass: 0, review: 1, block: 2 };
  const worst = reports.reduce((w, r) => (order[r.verdict] > order[w] ? r.verdict : w), "pass");
  const count = reports.reduce((n, r) => n + r.findings.length, 0);
  verdict.dataset.verdict = worst;
  verdict.textContent = `${WORDS[worst]}${count ? ` · ${count} ${WORDS.findings}` : ""}`;
}

async function main() {
  for (const el of attached ? document.querySelectorAll("[data-draftlint]") : []) {
    const handle = await attach(el, {
      lang,
      highlights,
      onError: (e) => {
        verdict.dataset.verdict = "error";
        verdict.textContent = `${WORDS.failed}: ${e.message}`;
      },
    });
    handle.onReport(show);
    handles.push(handle);
  }
  show();
  // For the browser tests and the curious: the handles of this page.
  window.draftlintDemo = { handles };
  document.body.dataset.ready = "true";
}

main().catch((e) => {
  verdict.dataset.verdict = "error";
  verdict.textContent = `${WORDS.failed}: ${e.message}`;
});

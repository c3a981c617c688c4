// The report as text, and copying to the clipboard.
import { $, el } from "./dom.js";
import { whereOf } from "./render.js";
import { state, t } from "./state.js";

export function reportAsText(report) {
  const s = t();
  const lines = [`${s.reportTitle} (${report.pack.id} ${report.pack.version})`];
  const penalty = report.verdict === "block" ? state.checker.labels.penalties[report.penalty] : null;
  lines.push(s.verdictLine(`${state.checker.labels.verdicts[report.verdict] ?? report.verdict} (${report.verdict})`, penalty));
  report.findings.forEach((f, i) => {
    const clause = f.clauseTitle;
    lines.push("");
    lines.push(`${i + 1}. [${f.severity}] ${clause} (${f.ruleId}) — ${f.message}`);
    lines.push(`   ${state.lang === "zh" ? "「" : "“"}${f.text}${state.lang === "zh" ? "」" : "”"} · ${whereOf(f)}`);
    lines.push(`   ${s.why}${f.explanation}`);
    lines.push(`   ${s.fix}${f.fix.message}`);
  });
  return lines.join("\n");
}

export async function copy(text) {
  const status = $("copy-status");
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = t().copied;
  } catch {
    // Fallback for pages without clipboard permission: a selected, off-screen textarea.
    const area = el("textarea", { cls: "visually-hidden" });
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    status.textContent = ok ? t().copied : t().copyFailed;
  }
}

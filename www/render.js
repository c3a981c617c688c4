// The verdict at a glance and the findings grouped by clause (titles from the pack), each
// with its words, why, the fix, the evidence and its actions.
import { $, el } from "./dom.js";
import { applyFix, canApply } from "./fixes.js";
import { marksFor, selectFinding, setActive } from "./highlight.js";
import { applySettings } from "./settings.js";
import { body, state, t, title, toFields } from "./state.js";

export function renderAll(ms) {
  const report = state.report;
  if (report) marksFor(report);
  else {
    title.marks = [];
    body.marks = [];
  }
  if (state.active >= (report?.findings.length ?? 0)) state.active = -1;
  title.render(state.active);
  body.render(state.active);
  renderVerdict(report);
  renderFindings(report);
  renderCounts();
  $("copy-text").disabled = !report;
  $("copy-json").disabled = !report;
  $("timing").textContent = ms === null || ms === undefined ? "" : t().took(ms < 10 ? ms.toFixed(1) : Math.round(ms), state.checker.kind);
  document.body.dataset.checks = String(state.seq);
}

export function renderCounts() {
  const n = [...`${title.value}${body.value}`].length;
  $("count").textContent = t().chars(n);
}

function renderVerdict(report) {
  const s = t();
  const box = $("verdict");
  const word = $("verdict-word");
  const detail = $("verdict-detail");
  const verdict = report ? report.verdict : "idle";
  box.className = `verdict verdict-${verdict}`;
  box.dataset.verdict = verdict;
  if (!report) {
    word.textContent = s.idle;
    detail.textContent = s.idleDetail;
    return;
  }
  word.textContent = state.checker.labels.verdicts[verdict] ?? verdict;
  const decisive = report.findings.filter((f) => f.severity === verdict).length;
  if (verdict === "pass") detail.textContent = s.passDetail(state.checker.labels.pack);
  else if (verdict === "review") detail.textContent = `${s.reviewDetail(decisive)} ${s.score(report.score)}`;
  else {
    const label = state.checker.labels.penalties[report.penalty] ?? report.penalty;
    detail.textContent = `${s.blockDetail(decisive, label)} ${s.score(report.score)}`;
  }
}

export function renderTooLong(bytes) {
  title.marks = [];
  body.marks = [];
  title.render(-1);
  body.render(-1);
  const box = $("verdict");
  box.className = "verdict verdict-error";
  box.dataset.verdict = "too-long";
  const mib = (n) => (n / 1048576).toFixed(1);
  $("verdict-word").textContent = t().tooLongWord;
  $("verdict-detail").textContent = t().tooLong(mib(bytes), Math.round(state.checker.maxTextBytes / 1048576));
}

export function renderError(e) {
  const box = $("verdict");
  box.className = "verdict verdict-error";
  box.dataset.verdict = "error";
  $("verdict-word").textContent = t().error;
  $("verdict-detail").textContent = String(e?.message ?? e);
}

export function whereOf(f) {
  const s = t();
  const piece = toFields(f.start, f.end)[0];
  if (!piece) return "";
  if (piece.field === title) return s.inTitle;
  const line = body.value.slice(0, piece.start).split("\n").length;
  return `${s.inBody} · ${s.line(line)}`;
}

function renderFindings(report) {
  const s = t();
  const list = $("findings");
  const hidden = report?.suppressed?.length ?? 0;
  $("suppressed-status").textContent = hidden ? s.suppressed(hidden) : "";
  if (!report || report.findings.length === 0) {
    list.replaceChildren(report ? el("p", { cls: "empty", text: s.noFindings }) : "");
    return;
  }
  // Grouped by clause, most severe clause first (the order of report.clauses).
  const frag = document.createDocumentFragment();
  for (const clause of report.clauses) {
    const items = report.findings.map((f, i) => [f, i]).filter(([f]) => f.clause === clause.clause);
    const name = clause.title; // the pack's title, in the report's language
    const heading = el("h3", { text: name }, el("span", { cls: "count", text: `· ${clause.clause} · ${items.length}` }));
    frag.append(heading);
    for (const [f, i] of items) frag.append(findingCard(f, i, s));
  }
  list.replaceChildren(frag);
}

function findingCard(f, i, s) {
  const labels = state.checker.labels; // the engine's names for roles, disguises, places
  const card = el("article", { cls: `finding sev-${f.severity}`, attrs: { "data-finding": String(i) } });
  if (i === state.active) card.classList.add("active");
  const quote = el("button", {
    cls: "quote",
    text: state.lang === "zh" ? `「${f.text}」` : `“${f.text}”`,
    attrs: { type: "button", "aria-label": `${f.text} — ${whereOf(f)}` },
  });
  quote.addEventListener("click", () => selectFinding(i));
  card.append(
    el("div", { cls: "head" }, el("span", { cls: "chip", text: s.severity[f.severity] ?? f.severity }), quote, el("span", { cls: "where", text: whereOf(f) })),
    el("p", { cls: "message", text: f.message }),
    ...(f.carried ? [el("p", { cls: "carried", text: s.carries(labels.places[f.carried.place] ?? f.carried.place, f.carried.text) })] : []),
    el("p", { cls: "why" }, el("strong", { text: s.why }), document.createTextNode(f.explanation)),
    el("p", { cls: "fix" }, el("strong", { text: s.fix }), document.createTextNode(f.fix.message)),
  );
  const evidence = el("ul", { cls: "evidence" });
  const shown = new Set();
  for (const e of f.evidence) {
    let line = `${labels.roles[e.role] ?? e.role}: ${e.text}`;
    if (e.evasion.length > 0) {
      // How the words were disguised, and what they read as once decoded.
      const families = e.evasion.map((k) => labels.evasions[k] ?? k).join(state.lang === "zh" ? "、" : ", ");
      const reading = e.normalized.toLowerCase() !== e.text.toLowerCase() ? e.normalized : "";
      line += s.readAs(families, reading);
    }
    if (shown.has(line)) continue;
    shown.add(line);
    evidence.append(el("li", { text: line }));
  }
  card.append(evidence);
  const actions = el("div", { cls: "actions" });
  if (canApply(f)) {
    const apply = el("button", { cls: "apply", text: s.apply, attrs: { type: "button" } });
    apply.addEventListener("click", () => applyFix(i));
    actions.append(apply);
  }
  const ignore = el("button", { cls: "ignore", text: s.ignore, attrs: { type: "button" } });
  ignore.addEventListener("click", () => {
    if (!state.settings.ignore.includes(f.fingerprint)) state.settings.ignore.push(f.fingerprint);
    state.ignoredText[f.fingerprint] = f.text;
    applySettings();
  });
  const word = f.text.trim();
  const allow = el("button", { cls: "allow", text: s.allowWord(word), attrs: { type: "button" } });
  allow.addEventListener("click", () => {
    if (word && !state.settings.allow.includes(word)) state.settings.allow.push(word);
    applySettings();
  });
  actions.append(ignore, allow);
  card.append(actions);
  card.addEventListener("click", (event) => {
    if (event.target === card || event.target.tagName === "P") setActive(i, { scrollCard: false });
  });
  return card;
}

// The checking page: title + body, checked as you type in a worker, the verdict at a glance,
// the flagged words highlighted in place, findings grouped by clause with their fixes.
//
// User text only ever reaches the DOM through textarea values, textContent and text nodes:
// never as HTML. The page makes no request after it and its assets have loaded.
import { createLocalChecker, createWorkerChecker } from "./pkg/async.js";
import { canApplyFix } from "./pkg/draftlint.js";
import { fileToDraft } from "./extract.js";

const STRINGS = {
  zh: {
    skip: "跳到正文",
    subtitle: "公众号发文前合规检查 · 虚拟货币与数字藏品（3.24 条）",
    privacy: "文本只在这台设备的浏览器里检查，不会上传到任何地方。",
    draft: "草稿",
    open: "打开文件",
    sample: "填入示例",
    clear: "清空",
    title: "标题",
    body: "正文",
    titlePlaceholder: "文章标题",
    bodyPlaceholder: "粘贴或输入正文，边写边检查",
    results: "检查结果",
    copyText: "复制报告",
    copyJson: "复制 JSON",
    footer: "依据微信公众平台运营规范 3.24 条（虚拟货币、数字藏品交易）。结果仅供发文前自查，不代表平台最终判定。",
    loading: "正在加载检查器…",
    idle: "等待输入",
    idleDetail: "在左侧输入或粘贴标题和正文，检查会自动进行。",
    checking: "检查中…",
    pass: "通过",
    review: "需人工复核",
    block: "将被拦截",
    passDetail: "未发现违反 3.24 条的内容。",
    reviewDetail: (n) => `涉及虚拟货币或数字藏品，但没有交易入口或引导：发布前请人工复核（${n} 处）。`,
    blockDetail: (n, penalty) => `有 ${n} 处会被判定违规，可能的处罚：${penalty}。`,
    score: (s) => `风险分 ${s}/100。`,
    chars: (n) => `${n} 字`,
    took: (ms, where) => `检查用时 ${ms} 毫秒（${where === "worker" ? "后台线程" : "主线程"}）`,
    noFindings: "没有需要修改的地方。",
    severity: { block: "拦截", review: "复核" },
    inTitle: "标题",
    inBody: "正文",
    line: (n) => `第 ${n} 行`,
    why: "原因：",
    fix: "修改：",
    apply: "应用修改",
    applied: "已应用修改。",
    undo: "撤销修改",
    undone: "已撤销。",
    evidence: { entity: "对象", action: "行为", steering: "引导", teaching: "教程", promise: "收益承诺", price: "价格" },
    evasion: {
      separators: "拆字",
      invisible: "隐形字符",
      width: "全角/特殊字形",
      lookalike: "形近字母",
      traditional: "繁体",
      pinyin: "拼音",
      homophone: "谐音",
      slang: "黑话",
      hidden: "隐藏文字",
    },
    // The explanation of an evasive finding points at "规避" in the evidence.
    readAs: (families, reading) => `（规避：${families}${reading ? `，读作“${reading}”` : ""}）`,
    copied: "已复制。",
    copyFailed: "复制失败：请手动选择文字复制。",
    opened: (name) => `已打开 ${name}`,
    openFailed: (name) => `无法读取 ${name}`,
    error: "检查出错",
    tooLong: (mib, max) => `文本太长（${mib} MiB）：一次最多检查 ${max} MiB，请分段粘贴检查。`,
    tooLongWord: "文本过长",
    restored: "已恢复上次未完成的草稿（只保存在本机浏览器里）。",
    notSaved: "草稿太大，无法保存在本机浏览器里：关闭页面前请自行保存。",
    restarted: "检查线程意外退出，已重新启动。",
    htmlMode: "正在检查粘贴的富文本（HTML）：包括链接地址、图片说明、卡片和隐藏文字。正文显示读者看到的文字；修改正文将改为按纯文本检查。",
    htmlLeft: "已改为按纯文本检查：粘贴内容中的链接地址和隐藏文字不再检查。",
    place: { hidden: "隐藏文字", href: "链接地址", alt: "图片说明", title: "悬停提示", src: "图片文件名", card: "小程序/名片卡片" },
    carries: (place, text) => `位于${place}：${text}`,
    ignore: "忽略此条",
    allowWord: (w) => `始终允许「${w}」`,
    settings: (n) => `我的设置（${n}）`,
    settingsHelp: "忽略的结果和允许的词只保存在这台设备的浏览器里，可导出为 draftlint.toml 供命令行使用。",
    allowed: "允许的词",
    ignored: "忽略的结果",
    undoSetting: "撤销",
    exportSettings: "导出 draftlint.toml",
    importSettings: "导入 draftlint.toml",
    imported: "已导入设置。",
    importFailed: "无法导入设置",
    suppressed: (n) => `按设置隐藏了 ${n} 处。`,
    none: "（无）",
    reportTitle: "draftlint 检查报告",
    verdictLine: (v, penalty) => `结论：${v}${penalty ? `，可能的处罚：${penalty}` : ""}`,
    sampleTitle: "今晚行情速递",
    sampleBody:
      "比特币今天在六万美元附近震荡，短线波动加大。\n\n出U，价格私聊，加V：abc12345\n\n以上仅为个人观点。",
  },
  en: {
    skip: "Skip to the draft",
    subtitle: "Pre-publish check for WeChat Official Account posts · crypto and digital collections (clause 3.24)",
    privacy: "Your text is checked in this browser, on this device. Nothing is uploaded.",
    draft: "Draft",
    open: "Open file",
    sample: "Try an example",
    clear: "Clear",
    title: "Title",
    body: "Body",
    titlePlaceholder: "Post title",
    bodyPlaceholder: "Paste or type the post; it is checked as you type",
    results: "Result",
    copyText: "Copy report",
    copyJson: "Copy JSON",
    footer: "Based on clause 3.24 of the WeChat Official Accounts Platform operating rules (virtual currency and digital collection trading). A self-check before publishing, not the platform's decision.",
    loading: "Loading the checker…",
    idle: "Waiting for text",
    idleDetail: "Type or paste a title and body on the left; they are checked as you type.",
    checking: "Checking…",
    pass: "Pass",
    review: "Review",
    block: "Block",
    passDetail: "Nothing breaks clause 3.24.",
    reviewDetail: (n) => `Crypto or NFT content without a way in: have a person look before publishing (${n}).`,
    blockDetail: (n, penalty) => `${n} ${n === 1 ? "place breaks" : "places break"} the rule; risk: ${penalty}.`,
    score: (s) => `Risk score ${s}/100.`,
    chars: (n) => `${n} characters`,
    took: (ms, where) => `checked in ${ms} ms (${where === "worker" ? "worker thread" : "main thread"})`,
    noFindings: "Nothing to change.",
    severity: { block: "block", review: "review" },
    inTitle: "title",
    inBody: "body",
    line: (n) => `line ${n}`,
    why: "Why: ",
    fix: "Fix: ",
    apply: "Apply fix",
    applied: "Fix applied.",
    undo: "Undo fix",
    undone: "Undone.",
    evidence: { entity: "entity", action: "action", steering: "way in", teaching: "how-to", promise: "promise", price: "price" },
    evasion: {
      separators: "split up",
      invisible: "invisible characters",
      width: "full-width or styled letters",
      lookalike: "look-alike letters",
      traditional: "traditional characters",
      pinyin: "pinyin",
      homophone: "homophone",
      slang: "slang",
      hidden: "hidden text",
    },
    readAs: (families, reading) => ` (evasion: ${families}${reading ? `, read as “${reading}”` : ""})`,
    copied: "Copied.",
    copyFailed: "Could not copy: select the text and copy it by hand.",
    opened: (name) => `Opened ${name}`,
    openFailed: (name) => `Could not read ${name}`,
    error: "Check failed",
    tooLong: (mib, max) => `The text is too long (${mib} MiB): draftlint checks at most ${max} MiB at once. Check it in parts.`,
    tooLongWord: "Too long",
    restored: "Your unfinished draft was restored (it is kept in this browser only).",
    notSaved: "The draft is too large to keep in this browser: save it yourself before closing the page.",
    restarted: "The checking thread stopped unexpectedly and was restarted.",
    htmlMode: "Checking the pasted rich text (HTML), link targets, image text, cards and hidden text included. The body shows the text readers see; editing it switches to checking plain text.",
    htmlLeft: "Now checking the plain text: the pasted HTML's link targets and hidden text are no longer checked.",
    place: { hidden: "hidden text", href: "link target", alt: "image text", title: "tooltip", src: "image file name", card: "mini-program or profile card" },
    carries: (place, text) => `in the ${place}: ${text}`,
    ignore: "Ignore this finding",
    allowWord: (w) => `Always allow “${w}”`,
    settings: (n) => `My settings (${n})`,
    settingsHelp: "Ignored findings and allowed words are kept in this browser only; export them as draftlint.toml for the command line.",
    allowed: "Allowed words",
    ignored: "Ignored findings",
    undoSetting: "Undo",
    exportSettings: "Export draftlint.toml",
    importSettings: "Import draftlint.toml",
    imported: "Settings imported.",
    importFailed: "Could not import the settings",
    suppressed: (n) => `${n} hidden by your settings.`,
    none: "(none)",
    reportTitle: "draftlint report",
    verdictLine: (v, penalty) => `Verdict: ${v}${penalty ? `; risk: ${penalty}` : ""}`,
    sampleTitle: "Tonight's market notes",
    sampleBody:
      "Bitcoin swung around 60,000 dollars today.\n\n出U，价格私聊，加V：abc12345\n\nJust my own view.",
  },
};

const $ = (id) => document.getElementById(id);

/** Creates an element with text (never HTML) and attributes. */
function el(tag, { text, cls, attrs } = {}, ...children) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs ?? {})) node.setAttribute(k, v);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** A textarea with a mirrored layer behind it that draws highlights at the same places. */
class Field {
  constructor(name, wrapper) {
    this.name = name;
    this.textarea = wrapper.querySelector("textarea");
    this.mirror = wrapper.querySelector(".mirror");
    this.marks = []; // { start, end, finding, severity } in this field's UTF-16 offsets
    this.value = this.textarea.value;
  }

  /** Keeps marks on their words while the text changes and the new check is running. */
  follow() {
    const old = this.value;
    const now = this.textarea.value;
    this.value = now;
    if (old === now) return;
    let prefix = 0;
    const max = Math.min(old.length, now.length);
    while (prefix < max && old.charCodeAt(prefix) === now.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (
      suffix < max - prefix &&
      old.charCodeAt(old.length - 1 - suffix) === now.charCodeAt(now.length - 1 - suffix)
    ) suffix++;
    const oldEnd = old.length - suffix;
    const delta = now.length - old.length;
    this.marks = this.marks
      .filter((m) => m.end <= prefix || m.start >= oldEnd)
      .map((m) => (m.start >= oldEnd ? { ...m, start: m.start + delta, end: m.end + delta } : m));
  }

  set(value) {
    this.textarea.value = value;
    this.value = value;
  }

  render(active) {
    const text = this.value;
    const bounds = new Set([0, text.length]);
    for (const m of this.marks) {
      bounds.add(m.start);
      bounds.add(m.end);
    }
    const points = [...bounds].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const piece = text.slice(a, b);
      const over = this.marks.filter((m) => m.start <= a && m.end >= b && m.start < m.end);
      if (over.length === 0) {
        frag.append(document.createTextNode(piece));
        continue;
      }
      const block = over.some((m) => m.severity === "block");
      const mark = el("mark", { text: piece, cls: block ? "sev-block" : "sev-review" });
      mark.dataset.finding = String(over[0].finding);
      mark.dataset.findings = over.map((m) => m.finding).join(" ");
      if (over.some((m) => m.finding === active)) mark.classList.add("active");
      frag.append(mark);
    }
    // A textarea shows a last empty line after a final newline; a div needs a character.
    frag.append(document.createTextNode("\u200b"));
    this.mirror.replaceChildren(frag);
    this.autosize();
  }

  autosize() {
    const t = this.textarea;
    t.style.height = "auto";
    t.style.height = `${t.scrollHeight}px`;
  }
}

const state = {
  lang: "zh",
  checker: null,
  report: null,
  snapshot: null, // { title, body } that `report` is about
  seq: 0,
  timer: 0,
  active: -1,
  undo: null,
  saveTimer: 0,
  ready: false, // the restored draft is on the page: saving may begin
  html: null, // pasted or opened HTML being checked (the body shows its extracted text)
  // The operator's settings (draftlint.toml as an object), and the words of each ignored
  // finding so the panel can say what it was.
  settings: { allow: [], ignore: [] },
  ignoredText: {},
  restarting: false,
};

// The draft is kept in this browser (localStorage) as it is typed, so a reload, a crash or
// a closed tab loses nothing. It never leaves the machine.
const DRAFT_KEY = "draftlint.draft";

function saveDraftSoon() {
  clearTimeout(state.saveTimer);
  state.saveTimer = setTimeout(saveDraft, 400);
}

function saveDraft() {
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

function restoreDraft() {
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

// --- Settings: ignore a finding, always allow a word (kept in this browser only) ----------

const SETTINGS_KEY = "draftlint.settings";

function loadSettings() {
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
function settingsToml(settings) {
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

async function applySettings() {
  storeSettings();
  await state.checker.configure({ lang: state.lang, settings: state.settings });
  renderSettings();
  await runCheck();
}

function renderSettings() {
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

function exportSettings() {
  const blob = new Blob([settingsToml(state.settings)], { type: "application/toml" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = "draftlint.toml";
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

async function importSettings(file) {
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

/** Bytes of UTF-8 in `text`, without copying it. */
function utf8Bytes(text) {
  return new Blob([text]).size;
}

let title;
let body;

const t = () => STRINGS[state.lang];

/** Splits a range of the checked text (title + "\n" + body) into per-field ranges. */
function toFields(start, end, snapshot = state.snapshot) {
  const T = snapshot.title.length;
  const out = [];
  if (start < T) out.push({ field: title, start, end: Math.min(end, T) });
  const bodyStart = T + 1;
  if (end > bodyStart || (start >= bodyStart && end >= start)) {
    const s = Math.max(start, bodyStart) - bodyStart;
    const e = Math.max(end - bodyStart, s);
    if (e > s || start === end) out.push({ field: body, start: s, end: e });
  }
  return out;
}

function applyLanguage() {
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
  $("lang-zh").setAttribute("aria-pressed", String(state.lang === "zh"));
  $("lang-en").setAttribute("aria-pressed", String(state.lang === "en"));
}

async function makeChecker(lang) {
  try {
    return await createWorkerChecker({ lang, settings: state.settings });
  } catch (e) {
    console.warn("draftlint: no worker, checking on the main thread:", e);
    return createLocalChecker({ lang, settings: state.settings });
  }
}

async function setLanguage(lang) {
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
  renderCounts();
  await runCheck();
}

function scheduleCheck() {
  clearTimeout(state.timer);
  const n = title.value.length + body.value.length;
  state.timer = setTimeout(runCheck, n > 20000 ? 300 : n > 3000 ? 150 : 60);
}

async function runCheck() {
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

// --- HTML drafts --------------------------------------------------------------------------
// Rich text pasted from an editor, or an opened .html file, is checked as HTML (checkHtml):
// link targets, image text, cards and hidden text too. The body shows the extracted text and
// every finding is moved into it, so highlights and cards work as for plain text; findings
// in places a reader does not see say where they were and what they carry.

const VERDICTS = ["pass", "review", "block"];
const PENALTIES = ["rectify", "restrict", "ban"];

function enterHtml(html) {
  state.html = html;
  state.undo = null;
  body.set("");
  $("draft-status").textContent = t().htmlMode;
  runCheck();
}

function leaveHtml() {
  if (state.html === null) return;
  state.html = null;
  $("draft-status").textContent = t().htmlLeft;
}

/** The HTML report (and the title's, checked as text) as one report on `title\nextractedText`. */
function mergeHtml(head, rep, offset) {
  const ex = rep.extractedText ?? "";
  const move = (span) => ({ ...span, start: span.start + offset, end: span.end + offset });
  const moved = rep.findings.map((f) => ({
    ...f,
    carried: f.place && f.place !== "visible" ? { place: f.place, text: f.text } : null,
    text: ex.slice(f.extracted.start, f.extracted.end),
    start: f.extracted.start + offset,
    end: f.extracted.end + offset,
    span: move(f.extracted),
    evidence: f.evidence.map((e) => ({
      ...e,
      text: e.extracted ? ex.slice(e.extracted.start, e.extracted.end) : e.text,
      span: e.extracted ? move(e.extracted) : { ...e.span, start: offset, end: offset },
    })),
    // Fixes edit the HTML source, not the text shown: their advice stays, no button.
    fix: { ...f.fix, edits: [], safety: "display-only" },
  }));
  const findings = [...(head?.findings ?? []), ...moved];
  const verdict = findings.reduce((v, f) => (VERDICTS.indexOf(f.severity) > VERDICTS.indexOf(v) ? f.severity : v), "pass");
  let score = 0;
  let penalty = null;
  for (const f of findings) {
    f.decisive = f.severity === verdict && verdict !== "pass";
    if (f.decisive) {
      score = Math.max(score, f.score);
      if (penalty === null || PENALTIES.indexOf(f.penalty) > PENALTIES.indexOf(penalty)) penalty = f.penalty;
    }
  }
  const clauses = [];
  for (const f of findings) {
    const c = clauses.find((c) => c.clause === f.clause);
    if (!c) clauses.push({ clause: f.clause, title: f.clauseTitle, score: f.score, verdict: f.severity });
    else {
      c.score = Math.max(c.score, f.score);
      if (VERDICTS.indexOf(f.severity) > VERDICTS.indexOf(c.verdict)) c.verdict = f.severity;
    }
  }
  clauses.sort((a, b) => VERDICTS.indexOf(b.verdict) - VERDICTS.indexOf(a.verdict) || b.score - a.score);
  return { ...rep, verdict, score, penalty, clauses, findings, length: offset + ex.length, body: ex };
}

/** An HTML draft's report, with its title checked as text, as one report (see mergeHtml). */
async function checkHtmlDraft(titleText, html) {
  const [head, rep] = await Promise.all([
    titleText.trim() ? state.checker.check(titleText) : null,
    state.checker.checkHtml(html),
  ]);
  return mergeHtml(head, rep, titleText.length + 1);
}

function marksFor(report) {
  title.marks = [];
  body.marks = [];
  report.findings.forEach((f, i) => {
    const seen = new Set();
    for (const e of f.evidence) {
      const key = `${e.span.start}:${e.span.end}`;
      if (seen.has(key) || e.span.start === e.span.end) continue;
      seen.add(key);
      for (const piece of toFields(e.span.start, e.span.end)) {
        if (piece.end > piece.start) {
          piece.field.marks.push({ start: piece.start, end: piece.end, finding: i, severity: f.severity });
        }
      }
    }
  });
}

function renderAll(ms) {
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

function renderCounts() {
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
  word.textContent = s[verdict];
  const decisive = report.findings.filter((f) => f.severity === verdict).length;
  if (verdict === "pass") detail.textContent = s.passDetail;
  else if (verdict === "review") detail.textContent = `${s.reviewDetail(decisive)} ${s.score(report.score)}`;
  else {
    const label = report.findings.find((f) => f.decisive && f.penalty === report.penalty)?.penaltyLabel ?? report.penalty;
    detail.textContent = `${s.blockDetail(decisive, label)} ${s.score(report.score)}`;
  }
}

function renderTooLong(bytes) {
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

function renderError(e) {
  const box = $("verdict");
  box.className = "verdict verdict-error";
  box.dataset.verdict = "error";
  $("verdict-word").textContent = t().error;
  $("verdict-detail").textContent = String(e?.message ?? e);
}

function whereOf(f) {
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
    ...(f.carried ? [el("p", { cls: "carried", text: s.carries(s.place[f.carried.place] ?? f.carried.place, f.carried.text) })] : []),
    el("p", { cls: "why" }, el("strong", { text: s.why }), document.createTextNode(f.explanation)),
    el("p", { cls: "fix" }, el("strong", { text: s.fix }), document.createTextNode(f.fix.message)),
  );
  const evidence = el("ul", { cls: "evidence" });
  const shown = new Set();
  for (const e of f.evidence) {
    let line = `${s.evidence[e.role] ?? e.role}: ${e.text}`;
    if (e.evasion.length > 0) {
      // How the words were disguised, and what they read as once decoded.
      const families = e.evasion.map((k) => s.evasion[k] ?? k).join(state.lang === "zh" ? "、" : ", ");
      const reading = e.normalized.toLowerCase() !== e.text.toLowerCase() ? e.normalized : "";
      line += s.readAs(families, reading);
    }
    if (shown.has(line)) continue;
    shown.add(line);
    evidence.append(el("li", { text: line }));
  }
  card.append(evidence);
  const actions = el("div", { cls: "actions" });
  if (canApplyFix(f)) {
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

function setActive(i, { scrollCard = true } = {}) {
  state.active = i;
  for (const card of document.querySelectorAll(".finding")) {
    const on = card.dataset.finding === String(i);
    card.classList.toggle("active", on);
    if (on && scrollCard) card.scrollIntoView({ block: "nearest" });
  }
  for (const mark of document.querySelectorAll(".mirror mark")) {
    mark.classList.toggle("active", (mark.dataset.findings ?? "").split(" ").includes(String(i)));
  }
}

/** Scrolls to and selects the finding's words in its field. */
function selectFinding(i) {
  const f = state.report?.findings[i];
  if (!f) return;
  const piece = toFields(f.start, f.end)[0];
  if (!piece) return;
  setActive(i, { scrollCard: false });
  const area = piece.field.textarea;
  area.focus({ preventScroll: true });
  area.setSelectionRange(piece.start, piece.end);
  const mark = piece.field.mirror.querySelector(`mark[data-finding="${i}"]`);
  (mark ?? area).scrollIntoView({ block: "center" });
}

/** Shows the finding under the caret (clicking a highlight shows its finding); elsewhere, none. */
function caretMoved(field) {
  if (!state.report || field.value !== (field === title ? state.snapshot.title : state.snapshot.body)) return;
  const pos = field.textarea.selectionStart;
  const hit = field.marks.find((m) => m.start <= pos && pos <= m.end && m.end > m.start);
  const next = hit ? hit.finding : -1;
  if (next !== state.active) setActive(next, { scrollCard: Boolean(hit) });
}

async function applyFix(i) {
  const f = state.report?.findings[i];
  if (!f || !canApplyFix(f)) return;
  const before = { title: title.value, body: body.value };
  if (before.title !== state.snapshot.title || before.body !== state.snapshot.body) {
    // The text changed since this report: check again and let the author choose anew.
    await runCheck();
    return;
  }
  const edits = [];
  for (const e of f.fix.edits) {
    for (const piece of toFields(e.start, e.end)) edits.push({ ...piece, replacement: e.replacement });
  }
  edits.sort((a, b) => b.start - a.start);
  const values = { title: title.value, body: body.value };
  for (const e of edits) {
    const key = e.field === title ? "title" : "body";
    values[key] = values[key].slice(0, e.start) + e.replacement + values[key].slice(e.end);
  }
  state.undo = before;
  title.set(values.title);
  body.set(values.body);
  state.active = -1;
  showUndo(t().applied);
  await runCheck();
}

function showUndo(message) {
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

function reportAsText(report) {
  const s = t();
  const lines = [`${s.reportTitle} (${report.pack.id} ${report.pack.version})`];
  const decisive = report.findings.find((f) => f.decisive && f.penalty === report.penalty);
  lines.push(s.verdictLine(`${s[report.verdict]} (${report.verdict})`, report.verdict === "block" ? decisive?.penaltyLabel : null));
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

async function copy(text) {
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
  title = new Field("title", document.querySelector(".title-field"));
  body = new Field("body", document.querySelector(".body-field"));
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
  renderSettings();
  await runCheck();
  document.body.dataset.ready = "true";
}

main();

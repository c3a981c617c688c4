// draftlint/editor: checks a <textarea>, an <input> or a contenteditable root (ProseMirror,
// Quill, Slate, Lexical, a plain one) as the author types, in the tradition of harper.js and
// LanguageTool's add-ons:
//
// - the editor's content and DOM are never changed: highlights are drawn with the CSS
//   Custom Highlight API where the browser has it (contenteditable only: it paints ranges
//   of the live DOM), otherwise as boxes in a shadow root laid over the editor (text fields
//   always: their text has no DOM ranges, so a hidden mirror with the same layout measures
//   the words);
// - a card shows a finding (message, why, penalty, fix) on hover, click, or when the caret
//   enters the flagged words;
// - a fix goes through the editor's own input path, so one Undo restores the text;
// - drafts over `workerThreshold` characters are checked in a worker, never on the main
//   thread, and a check whose text has changed meanwhile is not drawn as it is: its
//   positions are carried across the edit, and the text is checked again.
import { createLocalChecker, createWorkerChecker } from "./async.js";
import { canApplyFix } from "./draftlint.js";

const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET",
  "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR",
  "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT",
  "TH", "THEAD", "TR", "UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"]);

const LABELS = {
  zh: {
    block: "拦截", review: "复核", note: "提示", clause: "条款", why: "原因", risk: "风险", fix: "修改建议",
    apply: "修改", close: "关闭", keys: "Alt+Enter 打开，Esc 关闭", card: "draftlint 检查结果",
  },
  en: {
    block: "Block", review: "Review", note: "Note", clause: "Clause", why: "Why", risk: "Risk", fix: "Fix",
    apply: "Apply fix", close: "Close", keys: "Alt+Enter to open, Esc to close", card: "draftlint finding",
  },
};

const COLORS = { block: "#c62828", review: "#b26a00", note: "#1565c0" };

let attachments = 0;
/** The elements draftlint is attached to: one attachment per element. */
const attached = new WeakSet();

/**
 * The text of a contenteditable root as draftlint checks it, and where each piece of it
 * lives: text nodes as they are, a line break for `<br>` and around each block element.
 * `parts` are the text nodes in document order with the offset (UTF-16) each starts at.
 */
export function readEditable(root) {
  const parts = [];
  let text = "";
  const newline = () => {
    if (text.length > 0 && !text.endsWith("\n")) text += "\n";
  };
  // An explicit stack, not recursion: a pasted draft can nest thousands of elements deep.
  const stack = [{ node: root, child: root.firstChild, block: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const node = top.child;
    if (node === null) {
      stack.pop();
      if (top.block) newline();
      continue;
    }
    top.child = node.nextSibling;
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.data.length > 0) {
        parts.push({ node, start: text.length });
        text += node.data;
      }
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const tag = node.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === "BR") {
        text += "\n";
        continue;
      }
      const block = BLOCKS.has(tag);
      if (block) newline();
      stack.push({ node, child: node.firstChild, block });
    }
  }
  return { text, parts };
}

/** The first part whose text ends after `offset` (for a range's start). */
function partAfter(parts, offset) {
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = parts[mid];
    if (p.start + p.node.data.length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < parts.length ? parts[lo] : null;
}

/** The last part that starts before `offset` (for a range's end). */
function partBefore(parts, offset) {
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (parts[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? parts[lo - 1] : null;
}

/** A DOM Range over `[start, end)` of a contenteditable's text, or null. */
function domRange(parts, start, end) {
  const a = partAfter(parts, start);
  const b = partBefore(parts, end);
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a.node, Math.min(a.node.data.length, Math.max(0, start - a.start)));
  range.setEnd(b.node, Math.min(b.node.data.length, Math.max(0, end - b.start)));
  return range.collapsed && end > start ? null : range;
}

/** The offset in a contenteditable's text of a DOM point (a selection's focus). */
function offsetOfPoint(parts, node, offset) {
  if (node.nodeType === Node.TEXT_NODE) {
    const part = parts.find((p) => p.node === node);
    if (part) return part.start + Math.min(offset, node.data.length);
  }
  const point = document.createRange();
  point.setStart(node, offset);
  // The first text node at or after the point.
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(parts[mid].node, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo < parts.length) return parts[lo].start;
  const last = parts[parts.length - 1];
  return last ? last.start + last.node.data.length : 0;
}

/**
 * Where an edit changed `before` into `after`: the common prefix and suffix. Positions in
 * the prefix stay, positions in the suffix move by the change in length, positions inside
 * the changed part have no place in the new text.
 */
function diff(before, after) {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  return { prefix, oldEnd: before.length - suffix, delta: after.length - before.length };
}

/** `[start, end)` carried across an edit, or null when the edit touched it. */
function carry(change, start, end) {
  if (end <= change.prefix) return { start, end };
  if (start >= change.oldEnd) return { start: start + change.delta, end: end + change.delta };
  return null;
}

/** The one replacement that applies all of a fix's edits: `[from, to)` and its new text. */
export function combinedEdit(text, edits) {
  if (!edits || edits.length === 0) return null;
  const from = edits[0].start;
  const to = edits[edits.length - 1].end;
  let out = "";
  let at = from;
  for (const e of edits) {
    if (e.start < at || e.end < e.start || e.end > to) return null; // not in order: refuse
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return { from, to, replacement: out + text.slice(at, to) };
}

const STYLE = `
:host { all: initial; }
.clip { position: absolute; overflow: hidden; pointer-events: none; }
.box { position: absolute; pointer-events: none; border-bottom: 2px solid; box-sizing: border-box; }
.box.block { border-color: ${COLORS.block}; background: rgb(198 40 40 / 0.14); }
.box.review { border-color: ${COLORS.review}; background: rgb(178 106 0 / 0.14); }
.box.note { border-color: ${COLORS.note}; background: rgb(21 101 192 / 0.10); }
.mirror { position: absolute; visibility: hidden; pointer-events: none; overflow: hidden; }
.card {
  position: absolute; pointer-events: auto; width: 340px; max-width: calc(100vw - 16px); box-sizing: border-box;
  background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-radius: 6px;
  box-shadow: 0 6px 18px rgb(0 0 0 / 0.16); padding: 10px 12px;
  font: 14px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
}
.card[hidden] { display: none; }
.head { display: flex; gap: 8px; align-items: baseline; font-weight: 600; }
.sev { color: #fff; border-radius: 3px; padding: 0 6px; font-size: 12px; font-weight: 600; }
.sev.block { background: ${COLORS.block}; } .sev.review { background: ${COLORS.review}; } .sev.note { background: ${COLORS.note}; }
.words { font-weight: 600; }
dl { margin: 6px 0; } dt { color: #57606a; font-size: 12px; } dd { margin: 0 0 4px; }
.actions { display: flex; gap: 8px; align-items: center; margin-top: 6px; }
button { white-space: nowrap; font: inherit; font-size: 13px; padding: 2px 10px; border-radius: 4px; border: 1px solid #8c959f; background: #f6f8fa; color: #1f2328; cursor: pointer; }
button.primary { background: #1a7f37; border-color: #1a7f37; color: #fff; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.keys { color: #57606a; font-size: 12px; margin-left: auto; }
`;

/** The layout properties a mirror copies from a text field so its words land where the field's do. */
const MIRRORED = [
  "direction", "fontFamily", "fontSize", "fontStyle", "fontVariant", "fontWeight", "fontStretch",
  "fontFeatureSettings", "fontKerning", "letterSpacing", "lineHeight", "paddingTop", "paddingRight",
  "paddingBottom", "paddingLeft", "tabSize", "textAlign", "textIndent", "textTransform",
  "wordSpacing", "wordBreak", "overflowWrap", "whiteSpace", "writingMode",
];

/**
 * Attaches draftlint to an editor. Resolves once the first check has been drawn.
 *
 * @param {HTMLTextAreaElement | HTMLInputElement | HTMLElement} element
 * @param {import("./editor.js").AttachOptions} [options]
 * @returns {Promise<import("./editor.js").EditorHandle>}
 */
export async function attach(element, options = {}) {
  const field = element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
  if (!field && !element?.isContentEditable) {
    throw new TypeError("draftlint: attach() takes a <textarea>, an <input> or a contenteditable element");
  }
  if (attached.has(element)) {
    throw new Error("draftlint: attach(): draftlint is already attached to this element; detach() that handle first");
  }
  attached.add(element);
  const lang = (options.lang ?? options.checker?.lang) === "en" ? "en" : "zh";
  const labels = LABELS[lang];
  const debounce = options.debounce ?? 250;
  const threshold = options.workerThreshold ?? 2000;
  const useCustom =
    !field && options.highlights !== "boxes" && typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
  const id = ++attachments;
  const names = { block: `draftlint-${id}-block`, review: `draftlint-${id}-review`, note: `draftlint-${id}-note` };
  const cleanups = [];
  const listen = (target, type, fn, opts) => {
    target.addEventListener(type, fn, opts);
    cleanups.push(() => target.removeEventListener(type, fn, opts));
  };

  // --- checkers: the caller's, or ours (local for short drafts, a worker for long ones) ---
  let local = null;
  let worker = null;
  let workerFailed = false;
  async function checkerFor(text) {
    if (options.checker) return options.checker;
    if (text.length > threshold && !workerFailed && typeof Worker === "function") {
      worker ??= createWorkerChecker({ lang }, options.workerUrl ? { workerUrl: options.workerUrl } : undefined);
      try {
        return await worker;
      } catch (e) {
        workerFailed = true;
        worker = null;
        console.warn(`draftlint: no worker (${e.message}); checking on the main thread`);
      }
    }
    local ??= createLocalChecker({ lang });
    return local;
  }

  // --- the overlay: a shadow root outside the editor, for boxes, the mirror and the card ---
  const host = document.createElement("draftlint-overlay");
  host.style.cssText = "position:absolute;left:0;top:0;width:0;height:0;overflow:visible;z-index:2147483646;pointer-events:none";
  if (element.id) host.dataset.editor = element.id; // which editor an overlay belongs to
  const shadow = host.attachShadow({ mode: "open" });
  // Constructed style sheets, not <style>: a page whose CSP forbids inline styles allows them.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  shadow.adoptedStyleSheets = [sheet];
  const clip = document.createElement("div");
  clip.className = "clip";
  const card = document.createElement("div");
  card.className = "card";
  card.hidden = true;
  card.setAttribute("role", "dialog");
  card.setAttribute("aria-label", labels.card);
  card.id = `draftlint-card-${id}`;
  shadow.append(clip, card);
  let mirror = null;
  if (field) {
    mirror = document.createElement("div");
    mirror.className = "mirror";
    mirror.setAttribute("aria-hidden", "true");
    shadow.append(mirror);
  }
  // Fullscreen and dialog editors live in the top layer's subtree; everything else is fine in body.
  (document.body ?? document.documentElement).append(host);
  cleanups.push(() => host.remove());

  // A live region: what the card says reaches screen readers without moving focus.
  const live = document.createElement("div");
  live.setAttribute("aria-live", "polite");
  live.style.cssText = "position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)";
  shadow.append(live);

  // Custom highlights: one per severity, styled by a constructed sheet (no DOM, no CSP issue).
  let highlightSheet = null;
  if (useCustom) {
    highlightSheet = new CSSStyleSheet();
    highlightSheet.replaceSync(
      Object.entries(names)
        .map(([sev, name]) => `::highlight(${name}) { background-color: ${COLORS[sev]}24; text-decoration: underline 2px ${COLORS[sev]}; }`)
        .join("\n"),
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, highlightSheet];
    cleanups.push(() => {
      for (const name of Object.values(names)) CSS.highlights.delete(name);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== highlightSheet);
    });
  }

  // --- state ---
  let detached = false;
  let model = read(); // { text, parts }
  let report = null; // the latest report, for `checked`
  let checked = null; // the text `report` is about
  let shown = []; // [{ finding, start, end }] in the current text
  let rects = []; // [{ item, rects: DOMRect[] }] in viewport coordinates, after each draw
  let pinned = null; // the item whose card was opened by click or keyboard
  let cardItem = null;
  const listeners = new Set();
  const timing = { check: 0, draw: 0 };
  let timer = 0;
  let inFlight = null;
  let waiters = [];

  function read() {
    return field ? { text: element.value, parts: null } : readEditable(element);
  }

  function severityOf(f) {
    return f.note ? "note" : f.severity === "block" ? "block" : "review";
  }

  // --- checking ---
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(run, debounce);
  }

  async function run() {
    clearTimeout(timer);
    if (detached) return;
    if (inFlight) return; // the check in flight re-runs when it sees the text changed
    const text = model.text;
    const started = performance.now();
    inFlight = (async () => {
      const checker = await checkerFor(text);
      return checker.check(text);
    })();
    let result;
    try {
      result = await inFlight;
    } catch (e) {
      inFlight = null;
      const pending = waiters;
      waiters = [];
      for (const w of pending) w.reject(e);
      if (options.onError) options.onError(e);
      else console.error("draftlint:", e);
      return;
    }
    inFlight = null;
    if (detached) return;
    timing.check = performance.now() - started;
    report = result;
    checked = text;
    place();
    if (model.text !== text) {
      // Typed meanwhile: drawn where the words moved to, and checked again (at once when
      // someone awaits check()).
      if (waiters.length > 0) run();
      else schedule();
      return;
    }
    const pending = waiters;
    waiters = [];
    for (const w of pending) w.resolve(report);
    for (const cb of [...listeners]) {
      try {
        cb(report);
      } catch (e) {
        console.error("draftlint: onReport callback failed:", e);
      }
    }
  }

  /** The findings of the latest report, carried into the current text, then drawn. */
  function place() {
    if (!report) return;
    const change = checked === model.text ? null : diff(checked, model.text);
    shown = [];
    for (const finding of report.findings) {
      const at = change ? carry(change, finding.start, finding.end) : { start: finding.start, end: finding.end };
      if (at && at.end > at.start) shown.push({ finding, ...at });
    }
    draw();
  }

  /**
   * Reads the editor again: a new text is placed and checked. `rebuilt`: the editor replaced
   * some of its nodes, so the same text may now be in other nodes, and ranges into the
   * removed ones would paint nothing.
   */
  function onInput(rebuilt = false) {
    const before = model.text;
    model = read();
    const changed = model.text !== before;
    if (report && (changed || rebuilt)) place();
    if (changed) schedule();
  }

  // --- drawing ---
  let frame = 0;
  function redrawSoon() {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!detached) draw();
    });
  }

  function rangeOf(item) {
    return field ? null : domRange(model.parts, item.start, item.end);
  }

  /** Viewport rectangles of `[start, end)` of a text field, measured in the mirror. */
  function fieldRects(items) {
    const style = getComputedStyle(element);
    for (const p of MIRRORED) mirror.style[p] = style[p];
    const input = element instanceof HTMLInputElement;
    mirror.style.whiteSpace = input ? "pre" : "pre-wrap";
    mirror.style.overflowWrap = input ? "normal" : style.overflowWrap;
    const box = element.getBoundingClientRect();
    const origin = host.getBoundingClientRect();
    const left = box.left + element.clientLeft - origin.left;
    const top = box.top + element.clientTop - origin.top;
    Object.assign(mirror.style, {
      left: `${left}px`,
      top: `${top}px`,
      width: `${element.clientWidth}px`,
      height: input ? `${element.clientHeight}px` : "auto",
      boxSizing: "border-box",
      display: input ? "flex" : "block",
      alignItems: "center",
    });
    const text = model.text;
    const node = document.createTextNode(text.endsWith("\n") ? `${text} ` : text);
    mirror.replaceChildren(node);
    const mirrorBox = mirror.getBoundingClientRect();
    const dx = box.left + element.clientLeft - mirrorBox.left - element.scrollLeft;
    const dy = box.top + element.clientTop - mirrorBox.top - element.scrollTop;
    const range = document.createRange();
    return items.map((item) => {
      range.setStart(node, Math.min(item.start, text.length));
      range.setEnd(node, Math.min(item.end, text.length));
      return [...range.getClientRects()]
        .filter((r) => r.width > 0)
        .map((r) => new DOMRect(r.left + dx, r.top + dy, r.width, r.height));
    });
  }

  function draw() {
    const started = performance.now();
    if (useCustom) {
      const groups = { block: [], review: [], note: [] };
      for (const item of shown) {
        const range = rangeOf(item);
        if (range) groups[severityOf(item.finding)].push(range);
      }
      for (const [sev, ranges] of Object.entries(groups)) {
        if (ranges.length === 0) CSS.highlights.delete(names[sev]);
        else {
          const h = new Highlight(...ranges);
          h.priority = sev === "block" ? 3 : sev === "review" ? 2 : 1;
          CSS.highlights.set(names[sev], h);
        }
      }
      rects = null; // measured when the pointer needs them
    } else {
      const all = field
        ? fieldRects(shown)
        : shown.map((item) => {
            const range = rangeOf(item);
            return range ? [...range.getClientRects()].filter((r) => r.width > 0) : [];
          });
      rects = shown.map((item, i) => ({ item, rects: all[i] }));
      paintBoxes();
    }
    if (cardItem) {
      const same = shown.find((s) => s.finding.fingerprint === cardItem.finding.fingerprint);
      if (same) showCard(same, pinned !== null);
      else hideCard();
    }
    timing.draw = performance.now() - started;
  }

  /** Boxes for `rects`, clipped to the editor's visible text area. */
  function paintBoxes() {
    const origin = host.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    const clipLeft = box.left + element.clientLeft;
    const clipTop = box.top + element.clientTop;
    Object.assign(clip.style, {
      left: `${clipLeft - origin.left}px`,
      top: `${clipTop - origin.top}px`,
      width: `${element.clientWidth}px`,
      height: `${element.clientHeight}px`,
    });
    const boxes = [];
    for (const { item, rects: rs } of rects) {
      for (const r of rs) {
        const b = document.createElement("div");
        b.className = `box ${severityOf(item.finding)}`;
        b.dataset.rule = item.finding.ruleId;
        b.dataset.start = String(item.start);
        b.dataset.end = String(item.end);
        b.style.left = `${r.left - clipLeft}px`;
        b.style.top = `${r.top - clipTop}px`;
        b.style.width = `${r.width}px`;
        b.style.height = `${r.height}px`;
        boxes.push(b);
      }
    }
    clip.replaceChildren(...boxes);
  }

  function currentRects() {
    if (rects) return rects;
    return shown.map((item) => {
      const range = rangeOf(item);
      return { item, rects: range ? [...range.getClientRects()] : [] };
    });
  }

  function itemAtPoint(x, y) {
    for (const { item, rects: rs } of currentRects()) {
      for (const r of rs) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return item;
    }
    return null;
  }

  function caretOffset() {
    if (field) {
      if (document.activeElement !== element) return null;
      return element.selectionStart === element.selectionEnd ? element.selectionStart : null;
    }
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.isCollapsed || !element.contains(sel.focusNode)) return null;
    return offsetOfPoint(model.parts, sel.focusNode, sel.focusOffset);
  }

  /** The finding whose words hold `offset` (their ends included: a caret right after them). */
  function itemAt(offset) {
    return offset === null ? null : (shown.find((s) => offset >= s.start && offset <= s.end) ?? null);
  }

  // --- the card ---
  function showCard(item, pin) {
    const f = item.finding;
    const sev = severityOf(f);
    const changed = cardItem?.finding.fingerprint !== f.fingerprint;
    cardItem = item;
    pinned = pin ? item : null;
    if (changed || card.hidden) {
      const head = document.createElement("div");
      head.className = "head";
      const badge = document.createElement("span");
      badge.className = `sev ${sev}`;
      badge.textContent = labels[sev];
      const msg = document.createElement("span");
      msg.textContent = f.message;
      head.append(badge, msg);
      const words = document.createElement("div");
      words.className = "words";
      words.textContent = `「${f.text}」`;
      const dl = document.createElement("dl");
      const row = (term, value) => {
        if (!value) return;
        const dt = document.createElement("dt");
        dt.textContent = term;
        const dd = document.createElement("dd");
        dd.textContent = value;
        dl.append(dt, dd);
      };
      row(labels.clause, f.clauseTitle);
      row(labels.why, f.explanation);
      row(labels.risk, f.penaltyLabel);
      row(labels.fix, f.fix?.message);
      const actions = document.createElement("div");
      actions.className = "actions";
      if (canApplyFix(f)) {
        const apply = document.createElement("button");
        apply.type = "button";
        apply.className = "primary";
        apply.textContent = labels.apply;
        apply.addEventListener("click", () => {
          hideCard();
          handle.applyFix(f).catch((e) => console.error("draftlint: applyFix failed:", e));
        });
        actions.append(apply);
      }
      const close = document.createElement("button");
      close.type = "button";
      close.textContent = labels.close;
      close.addEventListener("click", () => {
        element.focus();
        dismiss();
      });
      const keys = document.createElement("span");
      keys.className = "keys";
      keys.textContent = labels.keys;
      actions.append(close, keys);
      card.replaceChildren(head, words, dl, actions);
      card.dataset.rule = f.ruleId;
      live.textContent = `${labels[sev]}：${f.message}`;
    }
    card.hidden = false;
    positionCard(item);
  }

  function positionCard(item) {
    const list = currentRects().find((r) => r.item === item || r.item.finding.fingerprint === item.finding.fingerprint);
    const anchor = list?.rects?.[0] ?? element.getBoundingClientRect();
    const origin = host.getBoundingClientRect();
    const width = card.offsetWidth || 300;
    const maxLeft = document.documentElement.clientWidth - width - 8;
    card.style.left = `${Math.max(8, Math.min(anchor.left, maxLeft)) - origin.left}px`;
    card.style.top = `${anchor.bottom + 6 - origin.top}px`;
  }

  function hideCard() {
    card.hidden = true;
    cardItem = null;
    pinned = null;
  }

  // --- events ---
  listen(element, "input", () => onInput());
  listen(element, "change", () => onInput());
  if (!field) {
    // Content set by the editor's own code (loading a draft, collaboration) fires no input event.
    const observer = new MutationObserver((records) => onInput(records.some((r) => r.type === "childList")));
    observer.observe(element, { childList: true, characterData: true, subtree: true });
    cleanups.push(() => observer.disconnect());
  }
  listen(document, "scroll", () => !useCustom && redrawSoon(), { capture: true, passive: true });
  listen(window, "resize", redrawSoon, { passive: true });
  if (typeof ResizeObserver === "function") {
    const resize = new ResizeObserver(() => redrawSoon());
    resize.observe(element);
    cleanups.push(() => resize.disconnect());
  }
  if (document.fonts) listen(document.fonts, "loadingdone", redrawSoon);

  let hoverFrame = 0;
  let hoverEvent = null;
  let hideTimer = 0;
  // Leaving the words for the card crosses a gap: hide a little later, unless the pointer
  // arrives on the card or on another finding.
  const hideSoon = () => {
    if (!hideTimer) hideTimer = setTimeout(() => ((hideTimer = 0), !pinned && hideCard()), 300);
  };
  const keep = () => {
    clearTimeout(hideTimer);
    hideTimer = 0;
  };
  cleanups.push(keep);
  listen(
    document,
    "pointermove",
    (event) => {
      hoverEvent = event;
      if (hoverFrame) return;
      hoverFrame = requestAnimationFrame(() => {
        hoverFrame = 0;
        if (detached || pinned) return;
        const e = hoverEvent;
        if (e.composedPath().includes(card)) return keep();
        const item = itemAtPoint(e.clientX, e.clientY);
        if (item) {
          keep();
          showCard(item, false);
        } else if (cardItem) hideSoon();
      });
    },
    { passive: true },
  );
  listen(element, "click", (event) => {
    const item = itemAtPoint(event.clientX, event.clientY);
    if (item) showCard(item, true);
  });
  listen(document, "pointerdown", (event) => {
    if (!pinned) return;
    const path = event.composedPath();
    if (!path.includes(card) && !path.includes(element)) hideCard();
  });
  // The caret in flagged words opens their card, unless Esc closed it there: it stays
  // closed until the caret moves.
  let dismissed = null;
  const dismiss = () => {
    dismissed = caretOffset();
    hideCard();
  };
  const followCaret = () => {
    if (detached || !report) return;
    const at = caretOffset();
    if (at !== dismissed) dismissed = null;
    const item = itemAt(at);
    if (item && dismissed === null) showCard(item, false);
    else if (!item && cardItem && !pinned) hideCard();
  };
  listen(document, "selectionchange", followCaret);
  // Text fields report no selectionchange in every browser: follow the caret on keys too.
  if (field) listen(element, "keyup", followCaret);
  listen(element, "keydown", (event) => {
    if (event.key === "Escape" && !card.hidden) {
      dismiss();
    } else if (event.key === "Enter" && event.altKey) {
      const item = itemAt(caretOffset()) ?? cardItem;
      if (!item) return;
      event.preventDefault();
      showCard(item, true);
      card.querySelector("button")?.focus();
    }
  });
  card.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      element.focus();
      dismiss();
    }
  });

  // --- applying a fix through the editor's input path ---
  function selectField(from, to) {
    element.focus();
    element.setSelectionRange(from, to);
  }

  async function applyFix(finding) {
    if (detached) return false;
    // Positions are only good for the text that was checked: check the current text first.
    const fresh = await handle.check();
    const target = fresh.findings.find((f) => f.fingerprint === finding.fingerprint) ?? null;
    if (!target || !canApplyFix(target)) return false;
    const edit = combinedEdit(model.text, target.fix?.edits);
    if (!edit) return false;
    if (field) {
      selectField(edit.from, edit.to);
      // execCommand is the one way to edit a text field that the browser's Undo records.
      if (!document.execCommand("insertText", false, edit.replacement)) {
        element.setRangeText(edit.replacement, edit.from, edit.to, "end");
        element.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText", data: edit.replacement }));
      }
    } else {
      const range = domRange(model.parts, edit.from, edit.to);
      if (!range) return false;
      element.focus();
      const sel = document.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      // Editors that handle replacements themselves (Slate, Lexical) take this event and
      // cancel it; everywhere else the browser's own insertText does the edit, which
      // ProseMirror, Quill and plain contenteditables all read as typing.
      const event = new InputEvent("beforeinput", {
        bubbles: true,
        cancelable: true,
        inputType: "insertReplacementText",
        data: edit.replacement,
        targetRanges: [new StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset })],
      });
      if (element.dispatchEvent(event)) document.execCommand("insertText", false, edit.replacement);
    }
    onInput();
    return true;
  }

  const handle = {
    element,
    get report() {
      return report;
    },
    get text() {
      return model.text;
    },
    get highlightMode() {
      return useCustom ? "custom" : "boxes";
    },
    timing,
    check() {
      if (detached) return Promise.reject(new Error("draftlint: this editor was detached"));
      const current = read();
      if (current.text !== model.text) {
        model = current;
        if (report) place();
      }
      if (report && checked === model.text && !inFlight) return Promise.resolve(report);
      const p = new Promise((resolve, reject) => waiters.push({ resolve, reject }));
      if (!inFlight) run();
      return p;
    },
    onReport(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    applyFix,
    redraw() {
      if (!detached) draw();
    },
    detach() {
      if (detached) return;
      detached = true;
      attached.delete(element);
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      cancelAnimationFrame(hoverFrame);
      for (const undo of cleanups.reverse()) undo();
      for (const w of waiters) w.reject(new Error("draftlint: this editor was detached"));
      waiters = [];
      listeners.clear();
      if (local) local.then((c) => c.dispose()).catch(() => {});
      if (worker) worker.then((c) => c.dispose()).catch(() => {});
    },
  };
  try {
    await handle.check();
  } catch (e) {
    handle.detach();
    throw e;
  }
  return handle;
}

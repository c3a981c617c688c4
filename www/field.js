// A draft field: a textarea with a mirrored layer behind it that draws the flagged words at
// the same places, and keeps them on their words while the text changes.
import { el } from "./dom.js";

/** A textarea with a mirrored layer behind it that draws highlights at the same places. */
export class Field {
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

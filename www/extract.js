// Text out of an opened file: plain text, Markdown, or HTML parsed with DOMParser into an
// inert document (no scripts run, no images load) of which only text is kept. Nothing from
// the file is ever inserted into the page as HTML.

const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE",
  "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P",
  "PRE", "SECTION", "TABLE", "TR", "UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "IFRAME", "OBJECT", "SVG", "CANVAS"]);

/** The visible text of an HTML document, with a line break after each block. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const heading = doc.querySelector("h1");
  const title = (doc.title || (heading ? heading.textContent : "") || "").replace(/\s+/g, " ").trim();
  let out = "";
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.data.replace(/[ \t\r\n]+/g, " ");
        if (text === " " && (out === "" || out.endsWith("\n"))) continue; // between blocks
        out += text;
      } else if (child.nodeType === Node.ELEMENT_NODE && !SKIP.has(child.tagName.toUpperCase())) {
        if (child === heading && title) continue; // the h1 is the title
        const block = BLOCKS.has(child.tagName.toUpperCase());
        if (block && out && !out.endsWith("\n")) out += "\n";
        walk(child);
        if (block && !out.endsWith("\n")) out += "\n";
      }
    }
  };
  if (doc.body) walk(doc.body);
  const body = out
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { title, body };
}

/** A Markdown file: a leading `# heading` becomes the title; the rest is the body as written. */
export function markdownToText(md) {
  const text = md.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const m = /^\s*#\s+(.+)\n?/.exec(text);
  if (m) return { title: m[1].trim(), body: text.slice(m[0].length).replace(/^\n+/, "") };
  return { title: "", body: text };
}

/** Title and body from an opened file, by its name or type. */
export async function fileToDraft(file) {
  const raw = await file.text();
  const name = (file.name || "").toLowerCase();
  // HTML is checked as HTML by the engine (hidden text, link targets, cards); its title
  // comes from <title> or the first <h1>, read here in an inert document.
  if (/\.html?$/.test(name) || file.type === "text/html") return { title: htmlToText(raw).title, html: raw };
  if (/\.(md|markdown)$/.test(name) || file.type === "text/markdown") return markdownToText(raw);
  return { title: "", body: raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n") };
}

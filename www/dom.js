// DOM helpers: user text reaches the page only as text, never as HTML.

export const $ = (id) => document.getElementById(id);

/** Creates an element with text (never HTML) and attributes. */
export function el(tag, { text, cls, attrs } = {}, ...children) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs ?? {})) node.setAttribute(k, v);
  for (const child of children) if (child) node.append(child);
  return node;
}

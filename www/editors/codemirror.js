// The CodeMirror 6 demo: a Markdown editor with draftlint's lint source, the lint gutter and
// a verdict line. scripts/build-demos.sh bundles this file and CodeMirror into
// www/vendor/codemirror-demo.js; draftlint itself (../pkg/) stays outside the bundle and is
// loaded from the page's own package at run time.
//
// Content-Security-Policy: the site allows only style sheets from its origin (style-src
// 'self'). CodeMirror (style-mod) injects its styles into a <style> element when the editor
// is in the document, which that policy blocks, and into a constructed CSSStyleSheet
// (adoptedStyleSheets) when the editor is in a shadow root, which no CSP restricts. So the
// editor is mounted in a shadow root; no 'unsafe-inline' and no nonce needed.
import { markdown } from "@codemirror/lang-markdown";
import { lintGutter, linter } from "@codemirror/lint";
import { placeholder } from "@codemirror/view";
import { EditorView, basicSetup } from "codemirror";

import { draftlintLintSource } from "../pkg/codemirror.js";

const lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "zh";

const VERDICTS = {
  pass: "通过 / Pass",
  review: "需人工复核 / Needs review",
  block: "将被拦截 / Will be blocked",
};

// The verdict of a report is that of its most severe finding, notes aside: the same as the
// diagnostics' most severe severity, so the line is derived from what the editor shows.
function showVerdict(diagnostics) {
  const counted = diagnostics.filter((d) => d.severity !== "info");
  const verdict = counted.some((d) => d.severity === "error") ? "block" : counted.length ? "review" : "pass";
  const line = document.getElementById("verdict");
  line.dataset.verdict = verdict;
  const n = diagnostics.length;
  document.getElementById("verdict-word").textContent =
    n === 0 ? VERDICTS[verdict] : `${VERDICTS[verdict]} · ${n} 处问题 / ${n} finding${n === 1 ? "" : "s"}`;
  document.body.dataset.checks = String(Number(document.body.dataset.checks ?? 0) + 1);
}

const source = draftlintLintSource({ lang });

// The same source, also updating the verdict line with the results CodeMirror will show
// (those for the current document; a result for an older one is dropped by the linter).
async function lintAndShow(view) {
  const doc = view.state.doc;
  const diagnostics = await source(view);
  if (view.state.doc === doc) showVerdict(diagnostics);
  return diagnostics;
}

// @codemirror/lint draws its wavy underlines and gutter markers as data: SVG images, which
// the site's img-src 'self' blocks (they would simply not show). The same in plain CSS:
// wavy underlines, and a dot (error), a diamond (warning) or a square (info, hint).
const SEVERITIES = {
  error: ["#d11", {}],
  warning: ["#e69500", { borderRadius: "2px", transform: "scale(0.6) rotate(45deg)" }],
  info: ["#999", { borderRadius: "2px" }],
  hint: ["#66d", { borderRadius: "2px" }],
};
const marks = Object.fromEntries(
  Object.entries(SEVERITIES).flatMap(([sev, [color, shape]]) => [
    [`.cm-lintRange-${sev}`, { backgroundImage: "none", textDecoration: `underline wavy ${color}` }],
    [`.cm-lint-marker-${sev}`, { content: "normal", backgroundColor: color, ...shape }],
  ]),
);

const theme = EditorView.theme({
  ...marks,
  ".cm-lintRange": { textDecorationSkipInk: "none", textUnderlineOffset: "3px" },
  ".cm-lint-marker": { borderRadius: "50%", transform: "scale(0.7)" },
  "&": { fontSize: "16px", minHeight: "16rem" },
  // The page's font (CJK prose), not CodeMirror's monospace.
  ".cm-scroller": { fontFamily: "inherit" },
  ".cm-content": { minHeight: "16rem" },
  ".cm-draftlint + .cm-diagnosticAction": { marginLeft: "0" },
  ".cm-draftlint": { maxWidth: "32rem" },
  ".cm-draftlint-message": { fontWeight: "600" },
  ".cm-draftlint b": { fontWeight: "600", color: "#5c6370" },
});

const host = document.getElementById("editor");
const shadow = host.attachShadow({ mode: "open" });
new EditorView({
  parent: shadow,
  extensions: [
    basicSetup,
    markdown(),
    EditorView.lineWrapping,
    placeholder("在这里写或粘贴草稿… / Write or paste a draft here…"),
    // An IDREF (aria-labelledby) cannot point out of the shadow root: the label is repeated.
    EditorView.contentAttributes.of({ "aria-label": "草稿 / Draft" }),
    linter(lintAndShow, { delay: 300 }),
    lintGutter(),
    theme,
  ],
});
document.body.dataset.ready = "true";

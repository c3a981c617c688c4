// The local imitation of the Official Account editor page (wechat.html): just the behaviour
// the draftlint extension meets on the real page, so that its tests can exercise it offline.
//
// - The body mounts late: the real page builds its editor after its scripts load, so an
//   extension cannot expect the body to exist when it starts.
// - The page may replace the body element (the real one re-renders it, e.g. when another
//   article of a multi-article message is opened); the button in the note does that here.
// - The visible title is a one-line contenteditable over a hidden textarea#title that holds
//   what the page saves; typing in one updates the other.
// - An empty body keeps one empty paragraph, as ProseMirror does.
"use strict";

const MOUNT_DELAY_MS = 300;

function mountBody() {
  const template = document.getElementById("fixture-body");
  const root = document.getElementById("ueditor_0");
  root.replaceChildren(template.content.cloneNode(true));
  const body = root.querySelector(".ProseMirror");
  body.addEventListener("input", () => {
    if (body.childNodes.length === 0) body.append(emptyParagraph());
  });
  return body;
}

function emptyParagraph() {
  const p = document.createElement("p");
  p.append(document.createElement("br"));
  return p;
}

function wireTitle() {
  const hidden = document.getElementById("title");
  const visible = document.querySelector("#js_title_main .title-editor-overlay .ProseMirror");
  hidden.value = visible.textContent;
  visible.addEventListener("input", () => {
    if (visible.childNodes.length === 0) visible.append(emptyParagraph());
    hidden.value = visible.textContent;
  });
  // A title is one line: Enter does not start a paragraph.
  visible.addEventListener("keydown", (event) => {
    if (event.key === "Enter") event.preventDefault();
  });
}

wireTitle();
setTimeout(mountBody, MOUNT_DELAY_MS);
document.getElementById("fixture-rerender").addEventListener("click", mountBody);

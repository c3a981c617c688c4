// wechat.html?draftlint=1: the imitation of the Official Account editor with draftlint/editor
// attached to its title and body, as the browser extension does on the real page (there, the
// extension's own content script does it). Without the parameter this does nothing, so the
// extension's tests see the page as the real one is.
const params = new URLSearchParams(location.search);

async function main() {
  const { attach } = await import("../pkg/editor.js");
  const lang = params.get("lang") === "en" ? "en" : "zh";
  const handles = new Map(); // element -> Promise<handle>, set before the first await: no double attach
  const sync = () => {
    for (const [el, pending] of handles) {
      if (!el.isConnected) {
        handles.delete(el);
        pending.then((h) => h.detach(), () => {});
      }
    }
    for (const el of [
      document.querySelector("#js_title_main .ProseMirror"),
      document.querySelector("#ueditor_0 .ProseMirror"),
    ]) {
      if (el && !handles.has(el)) handles.set(el, attach(el, { lang }));
    }
  };
  // The body mounts late and may be replaced: follow the editor's container.
  new MutationObserver(sync).observe(document.getElementById("js_appmsg_editor"), { childList: true, subtree: true });
  sync();
  window.draftlintDemo = { handles: () => Promise.all(handles.values()) };
}

if (params.get("draftlint") === "1") main().catch((e) => console.error("draftlint:", e));

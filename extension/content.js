// draftlint on the Official Account article editor (mp.weixin.qq.com, /cgi-bin/appmsg with
// t=media/appmsg_edit...): finds the title and the body, has them checked by the extension's
// service worker, and shows the verdict in a small badge fixed in a corner.
//
// A classic content script: it never runs the checker itself (the page's CSP governs
// WebAssembly here; background.js runs it), and it never changes the editor's DOM: the
// badge lives in a shadow root on its own element appended to <html>, outside the editor,
// so what the page saves is exactly what the author wrote.
//
// When the built extension includes the package's editor.js (highlights on the flagged
// words), it is loaded and attached to the title and the body, with a checker that asks the
// service worker; without it, this script reads the fields' text and checks them itself.
"use strict";

(() => {
  // The reports' language: Chinese unless the browser is in English.
  const LANG = /^en\b/i.test(navigator.language) ? "en" : "zh";
  const DEBOUNCE_MS = 400;
  const RESCAN_MS = 250;

  // Where the real page keeps the title and the body, as public scripts that automate the
  // editor (2024-2026) find them: #js_title_main holds a hidden textarea#title (what the page
  // saves) and, in the newer page, a one-line ProseMirror title editor over it. The first
  // selector that matches wins, so the visible title editor is preferred, and the older
  // page's visible textarea#title is found when there is no title editor.
  const TITLE_SELECTORS = [
    "#js_title_main .title-editor-overlay .ProseMirror[contenteditable='true']",
    "#js_title_main .title-editor__input .ProseMirror[contenteditable='true']",
    "#js_title_main textarea#title",
    "textarea#title.js_article_title",
    "input#title",
  ];
  // The body: ProseMirror inside the "mock iframe" the page renders in #ueditor_0 (some
  // versions put it in a shadow root on .editor-v-root), or, in the older UEditor page, the
  // contenteditable <body> of an iframe#ueditor_0.
  const BODY_SELECTORS = [
    "#ueditor_0 .rich_media_content .ProseMirror[contenteditable='true']",
    "#ueditor_0 .mock-iframe-body .ProseMirror[contenteditable='true']",
    "#edui1_iframeholder .ProseMirror[contenteditable='true']",
  ];
  const SHADOW_BODY_SELECTORS = [
    ".rich_media_content .ProseMirror[contenteditable='true']",
    ".mock-iframe-body .ProseMirror[contenteditable='true']",
  ];

  const WORDS = {
    zh: {
      title: "标题",
      body: "正文",
      waiting: "正在检查…",
      failed: "检查失败",
      pass: "通过",
      review: "需复核",
      block: "拦截",
      none: "未发现问题",
      count: (block, review) => [block && `拦截 ${block} 处`, review && `复核 ${review} 处`].filter(Boolean).join("，"),
      show: "查看问题",
      hide: "收起",
    },
    en: {
      title: "title",
      body: "body",
      waiting: "checking…",
      failed: "check failed",
      pass: "pass",
      review: "review",
      block: "block",
      none: "no findings",
      count: (block, review) => [block && `${block} block`, review && `${review} review`].filter(Boolean).join(", "),
      show: "show findings",
      hide: "hide",
    },
  };
  // The badge says everything in both languages, the browser's first.
  const [FIRST, SECOND] = LANG === "zh" ? [WORDS.zh, WORDS.en] : [WORDS.en, WORDS.zh];
  const both = (key, ...args) => {
    const a = typeof FIRST[key] === "function" ? FIRST[key](...args) : FIRST[key];
    const b = typeof SECOND[key] === "function" ? SECOND[key](...args) : SECOND[key];
    return `${a} · ${b}`;
  };

  // --- Talking to the service worker ------------------------------------------------------

  async function ask(message) {
    // Throws "Extension context invalidated" once the extension is reloaded or removed: the
    // badge then says the check failed, and reloading the page starts the new version.
    const response = await chrome.runtime.sendMessage({ ...message, lang: LANG });
    if (!response) throw new Error("the extension's service worker did not answer");
    if (!response.ok) throw new Error(response.error);
    return response.report;
  }

  // --- Fields: the title and the body, found and re-found as the page changes ---------------

  const fields = [
    { name: "title", find: findTitle, element: null, stop: null, result: null, seq: 0 },
    { name: "body", find: findBody, element: null, stop: null, result: null, seq: 0 },
  ];

  function first(root, selectors) {
    for (const selector of selectors) {
      const element = root.querySelector(selector);
      if (element) return element;
    }
    return null;
  }

  function findTitle() {
    return first(document, TITLE_SELECTORS);
  }

  function findBody() {
    const direct = first(document, BODY_SELECTORS);
    if (direct) return direct;
    for (const host of document.querySelectorAll("#ueditor_0, .editor-v-root")) {
      if (!host.shadowRoot) continue;
      watchRoot(host.shadowRoot); // replacements inside it are invisible to the page's observer
      const inside = first(host.shadowRoot, SHADOW_BODY_SELECTORS);
      if (inside) return inside;
    }
    const frame = document.querySelector("iframe#ueditor_0, #edui1_iframeholder iframe");
    try {
      const body = frame?.contentDocument?.body;
      if (body?.isContentEditable) {
        watchRoot(frame.contentDocument);
        return body;
      }
    } catch {
      // A cross-origin frame: its body is not ours to read.
    }
    return null;
  }

  function isTextControl(element) {
    // By tag name, not instanceof: the older page's body is in an iframe (another realm).
    return element.tagName === "TEXTAREA" || element.tagName === "INPUT";
  }

  function readText(element) {
    return isTextControl(element) ? element.value : element.innerText;
  }

  function setResult(field, seq, result) {
    if (seq !== field.seq) return; // an answer about text that has changed since, or a field since replaced
    field.result = result;
    render();
  }

  function debounce(fn, ms) {
    let timer = 0;
    const run = () => {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
    run.cancel = () => clearTimeout(timer);
    return run;
  }

  /** Calls `fn` after each change of the field's text; returns how to stop. */
  function onChange(element, fn) {
    if (isTextControl(element)) {
      element.addEventListener("input", fn);
      return () => element.removeEventListener("input", fn);
    }
    // Mutations, not input events: they also see text the page itself puts in the editor.
    const observer = new MutationObserver(fn);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }

  /** Checks the field's text on every change (debounced), here; returns how to stop. */
  function watchHere(field, element) {
    const check = () => {
      const seq = ++field.seq;
      ask({ kind: "check", text: readText(element) }).then(
        (report) => setResult(field, seq, { report }),
        (error) => setResult(field, seq, { error }),
      );
    };
    const later = debounce(check, DEBOUNCE_MS);
    const unwatch = onChange(element, later);
    check();
    return () => {
      later.cancel();
      unwatch();
    };
  }

  /** Hands the field to editor.js (highlights and its own re-checks); returns how to stop. */
  function watchWithEditor(field, element, editor) {
    const seq = field.seq;
    const checker = { lang: LANG, check: (text) => ask({ kind: "check", text }) };
    const onError = (error) => setResult(field, seq, { error });
    let stopped = false;
    let release = null;
    const tryAttach = () => {
      // attach() resolves after its first check; it checks again as the author types.
      editor.attach(element, { checker, lang: LANG, onError }).then(
        (handle) => {
          const unsubscribe = handle.onReport((report) => setResult(field, seq, { report }));
          release = () => {
            unsubscribe();
            handle.detach();
          };
          if (stopped) return release();
          if (handle.report) setResult(field, seq, { report: handle.report });
        },
        (error) => {
          onError(error);
          if (stopped) return;
          // attach() gives up when its first check fails: try again at the next edit.
          const unwatch = onChange(element, () => {
            unwatch();
            release = null;
            tryAttach();
          });
          release = unwatch;
        },
      );
    };
    tryAttach();
    return () => {
      stopped = true;
      release?.();
    };
  }

  // editor.js is in the built extension only when the package had it (build-extension.sh
  // lists it in web_accessible_resources then): the manifest says whether to load it.
  const editorModule = (() => {
    const listed = (chrome.runtime.getManifest().web_accessible_resources ?? []).some((entry) =>
      entry.resources?.includes("editor.js"),
    );
    if (!listed) return Promise.resolve(null);
    return import(chrome.runtime.getURL("editor.js")).catch((error) => {
      // The badge still works without highlights; say why they are missing.
      console.error("draftlint: editor.js did not load; checking without highlights:", error);
      return null;
    });
  })();

  async function rescan() {
    const editor = await editorModule;
    let changed = false;
    for (const field of fields) {
      const found = field.find();
      if (found === field.element) continue;
      changed = true;
      field.stop?.();
      field.seq++;
      field.element = found;
      field.result = null;
      field.stop = found ? (editor ? watchWithEditor(field, found, editor) : watchHere(field, found)) : null;
    }
    if (changed) render();
  }

  // The body mounts late and the page may replace it (and the title editor): look again
  // after each batch of changes to the page, at most every RESCAN_MS.
  let rescanTimer = 0;
  const rescanSoon = () => {
    if (!rescanTimer) {
      rescanTimer = setTimeout(() => {
        rescanTimer = 0;
        rescan();
      }, RESCAN_MS);
    }
  };
  const pageObserver = new MutationObserver(rescanSoon);
  const watchedRoots = new WeakSet();
  function watchRoot(root) {
    if (watchedRoots.has(root)) return;
    watchedRoots.add(root);
    pageObserver.observe(root, { childList: true, subtree: true });
  }

  // --- The badge ----------------------------------------------------------------------------

  const STYLE = `
    :host { all: initial; }
    .badge {
      display: flex; align-items: center; gap: 8px; max-width: 420px;
      padding: 8px 12px; border-radius: 8px; border: 1px solid #d0d7de;
      background: #fff; color: #1f2328; box-shadow: 0 2px 10px rgba(0, 0, 0, 0.15);
      font: 13px/1.4 -apple-system, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
    }
    .dot { width: 10px; height: 10px; border-radius: 50%; background: #8c959f; flex: none; }
    .name { font-weight: 600; }
    .verdict { font-weight: 600; }
    .badge[data-verdict="pass"] .dot { background: #1a7f37; }
    .badge[data-verdict="pass"] .verdict { color: #1a7f37; }
    .badge[data-verdict="review"] .dot { background: #bf8700; }
    .badge[data-verdict="review"] .verdict { color: #9a6700; }
    .badge[data-verdict="block"] .dot { background: #cf222e; }
    .badge[data-verdict="block"] .verdict { color: #cf222e; }
    .badge[data-verdict="error"] { border-color: #cf222e; }
    .badge[data-verdict="error"] .dot { background: #57606a; }
    .badge[data-verdict="error"] .verdict { color: #cf222e; }
    .detail { color: #57606a; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    button {
      font: inherit; font-size: 12px; padding: 2px 6px; border-radius: 4px; cursor: pointer;
      border: 1px solid #d0d7de; background: #f6f8fa; color: #1f2328; flex: none;
    }
    ol {
      margin: 6px 0 0; padding: 8px 12px 8px 28px; max-width: 400px; max-height: 40vh; overflow: auto;
      background: #fff; border: 1px solid #d0d7de; border-radius: 8px; color: #1f2328;
      font: 12px/1.5 -apple-system, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
    }
    li { margin-bottom: 4px; }
    .words { font-weight: 600; color: #cf222e; }
    [hidden] { display: none !important; }
  `;

  let badge = null;

  function createBadge() {
    const host = document.createElement("div");
    host.id = "draftlint-badge";
    // Positioned through the CSSOM: unlike a style attribute, that is not subject to the
    // page's style-src.
    host.style.setProperty("position", "fixed", "important");
    host.style.setProperty("right", "16px", "important");
    host.style.setProperty("bottom", "16px", "important");
    host.style.setProperty("z-index", "2147483647", "important");
    const shadow = host.attachShadow({ mode: "open" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    shadow.adoptedStyleSheets = [sheet];

    const box = document.createElement("div");
    box.className = "badge";
    box.setAttribute("role", "status");
    box.setAttribute("aria-live", "polite");
    const dot = document.createElement("span");
    dot.className = "dot";
    const name = document.createElement("span");
    name.className = "name";
    name.textContent = "draftlint";
    const verdict = document.createElement("span");
    verdict.className = "verdict";
    const detail = document.createElement("span");
    detail.className = "detail";
    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.setAttribute("aria-expanded", "false");
    const list = document.createElement("ol");
    list.hidden = true;
    toggle.addEventListener("click", () => {
      list.hidden = !list.hidden;
      toggle.setAttribute("aria-expanded", String(!list.hidden));
      render();
    });
    box.append(dot, name, verdict, detail, toggle);
    shadow.append(box, list);
    document.documentElement.append(host);
    return { box, verdict, detail, toggle, list };
  }

  /** The badge's state from both fields: an error wins, then the most severe verdict. */
  function summary() {
    const present = fields.filter((field) => field.element);
    const failed = present.find((field) => field.result?.error);
    if (failed) return { state: "error", error: failed.result.error, field: failed.name };
    if (present.some((field) => !field.result)) return { state: "checking" };
    const rank = { pass: 0, review: 1, block: 2 };
    let verdict = "pass";
    const findings = [];
    for (const field of present) {
      const report = field.result.report;
      if (rank[report.verdict] > rank[verdict]) verdict = report.verdict;
      for (const finding of report.findings) findings.push({ field: field.name, finding });
    }
    return { state: verdict, findings };
  }

  function render() {
    if (!fields.some((field) => field.element)) return; // not (yet) an editor page
    badge ??= createBadge();
    const s = summary();
    badge.box.dataset.verdict = s.state;
    // Which fields the verdict covers (the body mounts after the title).
    badge.box.dataset.fields = fields
      .filter((field) => field.element)
      .map((field) => field.name)
      .join(" ");
    badge.toggle.hidden = !s.findings?.length;
    if (badge.toggle.hidden) {
      badge.list.hidden = true;
      badge.toggle.setAttribute("aria-expanded", "false");
    }
    if (s.state === "error") {
      badge.verdict.textContent = both("failed");
      const message = String(s.error?.message ?? s.error);
      badge.detail.textContent = `${FIRST[s.field]}: ${message}`;
      badge.box.title = message;
      return;
    }
    badge.box.removeAttribute("title");
    if (s.state === "checking") {
      badge.verdict.textContent = both("waiting");
      badge.detail.textContent = "";
      return;
    }
    badge.verdict.textContent = both(s.state);
    // Notes (findings the operator's settings demoted) are listed but not counted.
    const counted = s.findings.filter(({ finding }) => !finding.note);
    const block = counted.filter(({ finding }) => finding.severity === "block").length;
    const review = counted.filter(({ finding }) => finding.severity === "review").length;
    badge.detail.textContent = block || review ? both("count", block, review) : both("none");
    badge.toggle.textContent = badge.list.hidden ? both("show") : both("hide");
    badge.list.replaceChildren(
      ...s.findings.map(({ field, finding }) => {
        const item = document.createElement("li");
        const words = document.createElement("span");
        words.className = "words";
        words.textContent = `「${finding.text}」`;
        item.append(`${FIRST[field]} · `, words, ` ${finding.message}`);
        return item;
      }),
    );
  }

  watchRoot(document.documentElement);
  rescan();
})();

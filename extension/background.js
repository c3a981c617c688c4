// The extension's service worker: the one place the checker runs for the editor page.
//
// The content script cannot run it: a content script shares the page's Content-Security-
// Policy for WebAssembly, and a page that does not allow 'wasm-unsafe-eval' stops it. This
// worker is an extension page whose CSP (manifest.json) allows exactly that, and it loads the
// package from the extension's own files: nothing is fetched from anywhere else, and drafts
// never leave the browser.
//
// Requests (chrome.runtime.sendMessage from content.js):
//   { kind: "check", text, lang? }      -> { ok: true, report } | { ok: false, error }
//   { kind: "checkHtml", html, lang? }  -> the same, from checker.checkHtml
// `lang` is "zh" (the default) or "en": the language of the report's messages.
import init, { Checker } from "./draftlint.js";

// One checker per language, built on first use. A stopped worker loses them; the next
// message starts it again and builds them again (a few milliseconds).
const checkers = new Map();

async function checkerFor(lang) {
  await init();
  const key = lang === "en" ? "en" : "zh";
  let checker = checkers.get(key);
  if (!checker) {
    checker = new Checker({ lang: key });
    checkers.set(key, checker);
  }
  return checker;
}

async function answer(request) {
  switch (request?.kind) {
    case "check": {
      const checker = await checkerFor(request.lang);
      return checker.check(request.text);
    }
    case "checkHtml": {
      const checker = await checkerFor(request.lang);
      return checker.checkHtml(request.html);
    }
    default:
      throw new Error(`draftlint: unknown request kind ${JSON.stringify(request?.kind)}`);
  }
}

chrome.runtime.onMessage.addListener((request, sender, sendResponse) => {
  // Only this extension's own scripts reach onMessage (other extensions and pages would need
  // onMessageExternal, which is not listened to); check anyway, it costs nothing.
  if (sender.id !== chrome.runtime.id) return false;
  answer(request).then(
    (report) => sendResponse({ ok: true, report }),
    (error) => sendResponse({ ok: false, error: String(error?.message ?? error) }),
  );
  return true; // the answer comes asynchronously
});

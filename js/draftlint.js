// draftlint: the WebAssembly checker. `await init()` once, then `new Checker().check(text)`.
// This module wraps the wasm-bindgen output (draftlint_wasm.js) so that `init()` with no
// argument also works in Node, where fetch() cannot read the .wasm file from disk.
import initWasm from "./draftlint_wasm.js";

export * from "./draftlint_wasm.js";

const wasmUrl = new URL("./draftlint_wasm_bg.wasm", import.meta.url);
const inNode =
  typeof process === "object" && process !== null && typeof process.versions?.node === "string";

let started = null;

/**
 * Loads and instantiates the WebAssembly module; call (and await) before anything else.
 * Later calls return the same promise. `input` is as for wasm-bindgen's init:
 * `{ module_or_path }` with a URL, a Response, bytes or a WebAssembly.Module.
 */
export default function init(input) {
  if (started) return started;
  started = (async () => {
    if (input === undefined && inNode && wasmUrl.protocol === "file:") {
      const { readFile } = await import("node:fs/promises");
      input = { module_or_path: await readFile(wasmUrl) };
    }
    return initWasm(input);
  })();
  started.catch(() => {
    started = null; // a failed load may be retried
  });
  return started;
}

/**
 * Whether a click may apply `finding`'s fix: it has edits, and they are more than advice
 * ("display-only" edits are shown to the author, who rewrites). The one rule the page, the
 * editor attachment and the CodeMirror source share; the engine's `Fix::can_apply`, which
 * `applyFix` enforces, is the same rule (the package tests check that they agree). Plain
 * JS, so that it answers without the WebAssembly module (a page whose checker is a worker).
 */
export function canApplyFix(finding) {
  return finding.fix.edits.length > 0 && finding.fix.safety !== "display-only";
}

// draftlint: the WebAssembly checker. `await init()` once, then `new Checker().check(text)`.
// This module wraps the wasm-bindgen output (draftlint_wasm.js) so that `init()` with no
// argument also works in Node, where fetch() cannot read the .wasm file from disk.
//
// This is the lean module: the embedded pack, settings given as objects. Reading a pack's
// files or the text of a draftlint.toml (`Checker.fromPack`, `settingsFromToml`,
// `defaultPackFiles`) is in `draftlint/packs` (packs.js), a second, larger module that
// nothing loads until it is imported.
import initWasm from "./draftlint_wasm.js";
import { loader } from "./load.js";

export * from "./draftlint_wasm.js";

/**
 * Loads and instantiates the WebAssembly module; call (and await) before anything else.
 * Later calls return the same promise. `input` is as for wasm-bindgen's init:
 * `{ module_or_path }` with a URL, a Response, bytes or a WebAssembly.Module.
 */
export default loader(initWasm, new URL("./draftlint_wasm_bg.wasm", import.meta.url));

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

// draftlint: the WebAssembly checker. See README.md for the contract.
export * from "./draftlint_wasm.js";
import type { InitInput, InitOutput } from "./draftlint_wasm.js";
import type { Finding } from "./report.js";

/**
 * Loads and instantiates the WebAssembly module; call (and await) before anything else.
 * With no argument it finds `draftlint_wasm_bg.wasm` next to this module (browser, worker
 * and Node). Later calls return the same promise.
 */
export default function init(
  input?: { module_or_path: InitInput | Promise<InitInput> },
): Promise<InitOutput>;

/**
 * Whether a click may apply the finding's fix: it has edits, and they are not "display-only".
 * `applyFix(text, finding)` applies it (and throws when this is false).
 */
export function canApplyFix(finding: Finding): boolean;

// draftlint/packs: the checker with the pack reader. See README.md.
export * from "./draftlint_packs.js";
export { canApplyFix } from "./draftlint.js";
import type { InitInput, InitOutput } from "./draftlint_packs.js";

/**
 * Loads and instantiates the pack reader's WebAssembly module (`draftlint_packs_bg.wasm`,
 * found next to this module when no argument is given); call (and await) before anything
 * else. Later calls return the same promise.
 */
export default function init(
  input?: { module_or_path: InitInput | Promise<InitInput> },
): Promise<InitOutput>;

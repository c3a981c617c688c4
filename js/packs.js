// draftlint/packs: the same checker with the pack reader (TOML and TSV): everything
// draftlint.js has, plus `Checker.fromPack(files)`, `settingsFromToml(text)`,
// `defaultPackFiles()` and settings given as the text of a draftlint.toml. A second
// WebAssembly module (draftlint_packs_bg.wasm), larger than the lean one, loaded only by
// those who import it; `createLocalChecker` and `createWorkerChecker` (async.js) load it
// themselves when their options need it.
import initWasm from "./draftlint_packs.js";
import { loader } from "./load.js";

export * from "./draftlint_packs.js";
export { canApplyFix } from "./draftlint.js";

/** Loads and instantiates the pack reader's module; as `init` of draftlint.js. */
export default loader(initWasm, new URL("./draftlint_packs_bg.wasm", import.meta.url));

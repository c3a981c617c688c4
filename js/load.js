// How draftlint.js and packs.js load their WebAssembly module: once, from beside this file
// unless told otherwise, and in Node from disk (where fetch() cannot read a file: URL).
const inNode =
  typeof process === "object" && process !== null && typeof process.versions?.node === "string";

/**
 * An `init(input)` for a wasm-bindgen module: `initWasm` is its generated init, `wasmUrl`
 * where its .wasm is. Later calls return the same promise; a failed load may be retried.
 */
export function loader(initWasm, wasmUrl) {
  let started = null;
  return function init(input) {
    if (started) return started;
    started = (async () => {
      if (input === undefined && inNode && wasmUrl.protocol === "file:") {
        const { readFile } = await import("node:fs/promises");
        input = { module_or_path: await readFile(wasmUrl) };
      }
      return initWasm(input);
    })();
    started.catch(() => {
      started = null;
    });
    return started;
  };
}

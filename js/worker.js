// The dedicated worker behind createWorkerChecker(): one Checker, off the main thread.
// Messages in: { id, method: "setup" | "check" | "checkHtml" | "settingsFromToml" | "applyFixes" | "applyFix" | "summarize", args }.
// Messages out: { id, ok: true, result } or { id, ok: false, error: { name, message } }.
// The lean module answers everything but reading a pack's files or a draftlint.toml's text,
// for which the pack reader (packs.js) is imported the first time it is needed.
import * as lean from "./draftlint.js";
import { checkerFor, readSettings } from "./async.js";

const ready = lean.default();
let checker = null;

async function run(method, args) {
  switch (method) {
    case "setup": {
      const [options, pack] = args;
      const next = await checkerFor(pack, options);
      if (checker) checker.free();
      checker = next;
      // Compile the detectors now, one regex per task after the reply: a check asked for
      // meanwhile waits for one step (a few milliseconds), and later ones pay for nothing.
      const step = () => {
        if (checker === next && next.warmUpStep()) setTimeout(step, 0);
      };
      setTimeout(step, 0);
      return { lang: checker.lang, pack: checker.pack, labels: checker.labels, maxTextBytes: lean.maxTextBytes() };
    }
    case "check":
      return checker.check(args[0]);
    case "checkHtml":
      return checker.checkHtml(args[0]);
    case "settingsFromToml":
      return readSettings(args[0]);
    case "applyFixes":
      return checker.applyFixes(args[0], args[1]);
    case "applyFix":
      return lean.applyFix(args[0], args[1]);
    case "summarize":
      return lean.summarize(args[0]);
    default:
      throw new Error(`draftlint worker: unknown method ${JSON.stringify(method)}`);
  }
}

// One message at a time, in order: a setup that loads the pack reader finishes before the
// check sent after it starts.
let queue = Promise.resolve();
self.onmessage = (event) => {
  const { id, method, args } = event.data ?? {};
  queue = queue.then(async () => {
    try {
      await ready;
      self.postMessage({ id, ok: true, result: await run(method, args ?? []) });
    } catch (e) {
      self.postMessage({ id, ok: false, error: { name: e?.name ?? "Error", message: String(e?.message ?? e) } });
    }
  });
};

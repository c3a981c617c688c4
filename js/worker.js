// The dedicated worker behind createWorkerChecker(): one Checker, off the main thread.
// Messages in: { id, method: "setup" | "check" | "checkHtml" | "settingsFromToml" | "applyFixes" | "applyFix" | "summarize", args }.
// Messages out: { id, ok: true, result } or { id, ok: false, error: { name, message } }.
import init, { Checker, applyFix, maxTextBytes, settingsFromToml, summarize } from "./draftlint.js";

const ready = init();
let checker = null;

function run(method, args) {
  switch (method) {
    case "setup": {
      const [options, pack] = args;
      const next = pack === undefined ? new Checker(options) : Checker.fromPack(pack, options);
      if (checker) checker.free();
      checker = next;
      // Compile the detectors now, one regex per task after the reply: a check asked for
      // meanwhile waits for one step (a few milliseconds), and later ones pay for nothing.
      const step = () => {
        if (checker === next && next.warmUpStep()) setTimeout(step, 0);
      };
      setTimeout(step, 0);
      return { lang: checker.lang, pack: checker.pack, labels: checker.labels, maxTextBytes: maxTextBytes() };
    }
    case "check":
      return checker.check(args[0]);
    case "checkHtml":
      return checker.checkHtml(args[0]);
    case "settingsFromToml":
      return settingsFromToml(args[0]);
    case "applyFixes":
      return checker.applyFixes(args[0], args[1]);
    case "applyFix":
      return applyFix(args[0], args[1]);
    case "summarize":
      return summarize(args[0]);
    default:
      throw new Error(`draftlint worker: unknown method ${JSON.stringify(method)}`);
  }
}

self.onmessage = async (event) => {
  const { id, method, args } = event.data ?? {};
  try {
    await ready;
    self.postMessage({ id, ok: true, result: run(method, args ?? []) });
  } catch (e) {
    self.postMessage({ id, ok: false, error: { name: e?.name ?? "Error", message: String(e?.message ?? e) } });
  }
};

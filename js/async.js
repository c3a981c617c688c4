// One promise-returning interface, two implementations (as harper.js's Linter, LocalLinter
// and WorkerLinter): createLocalChecker() runs on the calling thread, createWorkerChecker()
// in a dedicated module worker, so that checking a long draft never blocks typing.
import * as lean from "./draftlint.js";

function split(options) {
  const { pack, ...rest } = options ?? {};
  return { pack, options: rest };
}

/** The lean module, or the pack reader (packs.js, imported the first time), loaded. */
async function load(packs) {
  const module = packs ? await import("./packs.js") : lean;
  await module.default();
  return module;
}

/**
 * A checker for the split options: on the lean module, unless a pack's files or the text of
 * a draftlint.toml are to be read, which only the pack reader can. The worker uses it too.
 */
export async function checkerFor(pack, options) {
  const module = await load(pack !== undefined || typeof options?.settings === "string");
  return pack === undefined ? new module.Checker(options) : module.Checker.fromPack(pack, options);
}

/** `settingsFromToml(text)` of the pack reader. The worker uses it too. */
export async function readSettings(text) {
  return (await load(true)).settingsFromToml(text);
}

/** A checker on the calling thread (browser, worker or Node), behind the async interface. */
export async function createLocalChecker(options) {
  const { pack, options: rest } = split(options);
  let checker = await checkerFor(pack, rest);
  await lean.default();
  let disposed = false;
  const live = () => {
    if (disposed) throw new Error("draftlint: this checker was disposed");
  };
  return {
    kind: "local",
    lang: checker.lang,
    pack: checker.pack,
    labels: checker.labels,
    maxTextBytes: lean.maxTextBytes(),
    async configure(next) {
      live();
      const { pack, options: rest } = split(next);
      const fresh = await checkerFor(pack, rest);
      checker.free();
      checker = fresh;
      this.lang = checker.lang;
      this.pack = checker.pack;
      this.labels = checker.labels;
    },
    async check(text) {
      live();
      return checker.check(text);
    },
    async checkHtml(html) {
      live();
      return checker.checkHtml(html);
    },
    async settingsFromToml(text) {
      return readSettings(text);
    },
    async applyFixes(text, minSafety) {
      live();
      return checker.applyFixes(text, minSafety);
    },
    async applyFix(text, finding) {
      live();
      return lean.applyFix(text, finding);
    },
    async summarize(findings) {
      live();
      return lean.summarize(findings);
    },
    dispose() {
      if (!disposed) checker.free();
      disposed = true;
    },
  };
}

/**
 * A checker in a dedicated module worker (browsers). `workerUrl` defaults to worker.js next
 * to this module. Rejects if the worker cannot start or the options or pack are bad.
 */
export async function createWorkerChecker(options, { workerUrl } = {}) {
  const worker = new Worker(workerUrl ?? new URL("./worker.js", import.meta.url), { type: "module" });
  const pending = new Map();
  let next = 0;
  let failure = null;
  const failAll = (error) => {
    failure = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.onmessage = ({ data }) => {
    const call = pending.get(data?.id);
    if (!call) return;
    pending.delete(data.id);
    if (data.ok) {
      call.resolve(data.result);
    } else {
      const error = new Error(data.error?.message ?? "draftlint worker: unknown error");
      if (data.error?.name) error.name = data.error.name;
      call.reject(error);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    failAll(new Error(`draftlint: the worker failed: ${event.message || "it could not be loaded"}`));
  };
  const call = (method, ...args) =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, method, args });
    });

  const { pack, options: rest } = split(options);
  let info;
  try {
    info = await call("setup", rest, pack);
  } catch (e) {
    worker.terminate();
    throw e;
  }
  return {
    kind: "worker",
    lang: info.lang,
    pack: info.pack,
    labels: info.labels,
    maxTextBytes: info.maxTextBytes,
    async configure(next) {
      const { pack, options: rest } = split(next);
      const info = await call("setup", rest, pack);
      this.lang = info.lang;
      this.pack = info.pack;
      this.labels = info.labels;
    },
    check: (text) => call("check", text),
    checkHtml: (html) => call("checkHtml", html),
    settingsFromToml: (text) => call("settingsFromToml", text),
    applyFixes: (text, minSafety) => call("applyFixes", text, minSafety),
    applyFix: (text, finding) => call("applyFix", text, finding),
    summarize: (findings) => call("summarize", findings),
    dispose() {
      worker.terminate();
      failAll(new Error("draftlint: this checker was disposed"));
    },
  };
}

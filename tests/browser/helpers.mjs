// Shared by the browser tests and the benchmark: the page's own server (scripts/serve.py)
// on a free port, and Debian's Chromium driven by playwright-core (no browser download).
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const ARTIFACTS = join(ROOT, "tests/browser/artifacts");
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/** The flags launch() gives Chromium; a caller passing its own `args` starts from these. */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts scripts/serve.py on 127.0.0.1 and an ephemeral port; resolves to { url, stop }. */
export function startServer() {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("python3", [join(ROOT, "scripts/serve.py"), "--port", "0", "--quiet"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`serve.py did not start in 15 s: ${out}${err}`));
    }, 15000);
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePromise({
          url: m[1],
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once("exit", () => done());
              child.kill("SIGTERM");
            }),
        });
      }
    });
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.py exited with ${code}: ${err}`));
    });
  });
}

/**
 * Records what went wrong on `page` into `problems`: uncaught errors, console errors, and
 * Content-Security-Policy refusals (which Chromium logs as warnings). Each entry starts with
 * `label` when one is given. The tests assert that `problems` stays empty.
 */
export function recordProblems(page, problems, label = "") {
  const at = label ? `${label}: ` : "";
  page.on("pageerror", (e) => problems.push(`${at}pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" || /Content Security Policy|Refused to/.test(m.text())) {
      problems.push(`${at}console ${m.type()}: ${m.text()} (${m.location().url})`);
    }
  });
}

/** Launches Chromium with a fresh profile; resolves to { context, close }. */
export async function launch(options = {}) {
  const profile = await mkdtemp(join(tmpdir(), "draftlint-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: "zh-CN",
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

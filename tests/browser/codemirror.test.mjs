// The CodeMirror 6 lint source (pkg/codemirror.js): its diagnostics in Node with a fake
// view, then the demo page (www/editors/codemirror.html) in Debian's Chromium: typing,
// marks on exactly the flagged words, a fix applied from the tooltip and undone in one
// step, CodeMirror styled under the site's CSP, and no request beyond the page's origin.
// Run by `make test-browser` after `make wasm` (which also bundles the demo).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";

import { ARTIFACTS, ROOT, launch, recordProblems, startServer } from "./helpers.mjs";

const VIOLATION = "出U，价格私聊，加V：abc12345";
const HONEST = "据新华社报道，警方近日破获一起利用虚拟货币洗钱的案件。";

const pkg = (file) => import(pathToFileURL(join(ROOT, "pkg", file)).href);
const { draftlintLintSource } = await pkg("codemirror.js");
const { createLocalChecker } = await pkg("async.js");

/** What CodeMirror's view offers the source: the document and dispatch (recorded). */
function fakeView(text) {
  const view = {
    dispatched: [],
    state: { doc: { toString: () => text } },
    dispatch(spec) {
      view.dispatched.push(spec);
    },
  };
  return view;
}

/** A finding with the fields the conversion reads. */
function finding(over) {
  return {
    ruleId: "exchange.route",
    severity: "block",
    penaltyLabel: "限制部分功能",
    message: "引导场外交易",
    explanation: "给出了交易渠道",
    start: 0,
    end: 2,
    fix: { message: "删去联系方式", safety: "unsafe", edits: [] },
    ...over,
  };
}

/** Applies edits (non-overlapping, in text order) as docs/js-api.md says. */
function applyEdits(text, edits) {
  return [...edits].reverse().reduce((t, e) => t.slice(0, e.start) + e.replacement + t.slice(e.end), text);
}

/** Merges [start, end) ranges into sorted disjoint ones. */
function union(ranges) {
  const out = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

describe("draftlintLintSource in Node", () => {
  test("findings become diagnostics: positions, severities, source, message", async () => {
    const text = "出U，价格私聊，然后看看";
    const report = {
      findings: [
        finding({}),
        finding({ ruleId: "exchange.mention", severity: "review", start: 3, end: 5, penaltyLabel: "责令限期整改" }),
        finding({ ruleId: "exchange.note", severity: "review", note: true, start: 5, end: 7 }),
      ],
    };
    const source = draftlintLintSource({ checker: { lang: "zh", check: async () => report } });
    const diagnostics = await source(fakeView(text));
    assert.deepEqual(
      diagnostics.map((d) => [d.from, d.to, d.severity, d.source]),
      [
        [0, 2, "error", "draftlint exchange.route"],
        [3, 5, "warning", "draftlint exchange.mention"],
        [5, 7, "info", "draftlint exchange.note"],
      ],
    );
    assert.equal(diagnostics[0].message, "引导场外交易 — 给出了交易渠道 (限制部分功能)");
    assert.equal(typeof diagnostics[0].renderMessage, "function");
    // No edits: advice only, no action.
    assert.deepEqual(diagnostics[0].actions, []);
  });

  test("a fix is one action, one transaction, and only on the checked text", async () => {
    const text = "出U，价格私聊，加V";
    const edits = [
      { start: 5, end: 7, replacement: "" },
      { start: 8, end: 10, replacement: "（已删）" },
    ];
    const report = {
      findings: [
        finding({ fix: { message: "删去", safety: "unsafe", edits } }),
        finding({ fix: { message: "仅供参考", safety: "display-only", edits } }),
      ],
    };
    for (const [lang, name] of [["zh", "修改"], ["en", "Apply fix"]]) {
      const source = draftlintLintSource({ checker: { lang, check: () => report } });
      const view = fakeView(text);
      const [fixable, advice] = await source(view);
      assert.deepEqual(fixable.actions.map((a) => a.name), [name]);
      assert.deepEqual(advice.actions, [], "display-only edits are never applied by a click");

      fixable.actions[0].apply(view, fixable.from, fixable.to);
      assert.deepEqual(view.dispatched, [
        {
          changes: [
            { from: 5, to: 7, insert: "" },
            { from: 8, to: 10, insert: "（已删）" },
          ],
          userEvent: "input.draftlint",
        },
      ]);

      // The document changed since the check: the edits' offsets no longer fit it.
      const edited = fakeView(`${text}！`);
      fixable.actions[0].apply(edited, fixable.from, fixable.to);
      assert.deepEqual(edited.dispatched, []);
    }
  });

  test("a result for a document that changed during the check is dropped", async () => {
    let current = VIOLATION;
    const view = { state: { get doc() { return { toString: () => current }; } }, dispatch() {} };
    const checker = await createLocalChecker();
    const source = draftlintLintSource({
      checker: {
        lang: checker.lang,
        check: async (text) => {
          const report = await checker.check(text);
          current = `${text}x`; // the author typed on
          return report;
        },
      },
    });
    assert.deepEqual(await source(view), []);
    // Changed and changed back (a new document object with the same text): kept.
    const back = draftlintLintSource({
      checker: {
        check: async (text) => {
          const report = await checker.check(text);
          current = text;
          return report;
        },
      },
    });
    current = VIOLATION;
    assert.equal((await back(view)).length > 0, true);
    checker.dispose();
  });

  test("without a checker: the real one, local, also for long drafts when no worker can start", async () => {
    const checker = await createLocalChecker({ lang: "en" });
    for (const text of [VIOLATION, `${"今天天气不错。".repeat(400)}\n${VIOLATION}`]) {
      const report = await checker.check(text);
      assert.ok(report.findings.length > 0);
      // Node has no Worker: the long draft falls back to the local checker.
      const diagnostics = await draftlintLintSource({ lang: "en" })(fakeView(text));
      assert.deepEqual(
        diagnostics.map((d) => [d.from, d.to, d.source]),
        report.findings.map((f) => [f.start, f.end, `draftlint ${f.ruleId}`]),
      );
      for (const d of diagnostics) assert.equal(text.slice(d.from, d.to), report.findings.find((f) => f.start === d.from).text);
      assert.ok(diagnostics.some((d) => d.actions[0]?.name === "Apply fix"));
    }
    checker.dispose();
  });

  test("the declarations type-check against CodeMirror's own types", async () => {
    // codemirror.d.ts describes the view structurally; an EditorView must fit it and the
    // source must be a LintSource. CodeMirror's types come from www-src/ (the demo's build).
    const work = await mkdtemp(join(tmpdir(), "draftlint-cm-types-"));
    try {
      const file = join(work, "use.ts");
      await writeFile(
        file,
        `
        import { linter, type Diagnostic, type LintSource } from "@codemirror/lint";
        import { EditorView } from "@codemirror/view";
        import { draftlintLintSource } from "${join(ROOT, "pkg/codemirror.js")}";
        import { createWorkerChecker } from "${join(ROOT, "pkg/async.js")}";
        const source: LintSource = draftlintLintSource({ lang: "en" });
        export const ext = linter(draftlintLintSource({ checker: await createWorkerChecker() }));
        export async function first(view: EditorView): Promise<Diagnostic | undefined> {
          const [d] = await draftlintLintSource()(view);
          d?.actions[0]?.apply(view, d.from, d.to);
          return d;
        }
        export { source };
        `,
      );
      await writeFile(join(work, "package.json"), '{ "type": "module" }');
      await symlink(join(ROOT, "www-src/node_modules"), join(work, "node_modules"), "dir");
      const tsc = join(ROOT, "tests/browser/node_modules/typescript/bin/tsc");
      try {
        execFileSync(
          process.execPath,
          [tsc, "--noEmit", "--strict", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext",
            "--lib", "es2022,esnext.disposable,dom", file],
          { cwd: work, encoding: "utf8" },
        );
      } catch (e) {
        assert.fail(`tsc: ${e.stdout}${e.stderr}`);
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe("the CodeMirror demo page", () => {
  let server;
  let browser;
  let page;
  const requests = [];
  const problems = [];

  before(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    server = await startServer();
    browser = await launch();
    const { context } = browser;
    context.on("request", (r) => requests.push(r.url()));
    page = context.pages()[0] ?? (await context.newPage());
    recordProblems(page, problems);
    // Every CSP violation, also those Chromium does not log.
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(`${server.url}editors/codemirror.html`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The document as the editor shows it (all lines are rendered: the drafts are short). */
  const docText = () =>
    page.$eval("#editor", (host) => [...host.shadowRoot.querySelectorAll(".cm-line")].map((l) => l.textContent).join("\n"));

  /** The document offsets under `.cm-lintRange` marks, as merged [start, end) ranges. */
  const markedRanges = () =>
    page.$eval("#editor", (host) => {
      const ranges = [];
      let base = 0;
      for (const line of host.shadowRoot.querySelectorAll(".cm-line")) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let offset = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement.closest(".cm-lintRange")) {
            const [s, e] = [base + offset, base + offset + node.length];
            const last = ranges.at(-1);
            if (last && last[1] === s) last[1] = e;
            else ranges.push([s, e]);
          }
          offset += node.length;
        }
        base += offset + 1;
      }
      return ranges;
    });

  /** Waits for a lint result of the current text (the demo counts them). */
  async function linted(previous) {
    await page.waitForFunction((n) => Number(document.body.dataset.checks ?? 0) > n, previous, { timeout: 15000 });
  }
  const checks = async () => Number((await page.getAttribute("body", "data-checks")) ?? 0);

  async function replaceText(text) {
    await page.click(".cm-content");
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    const before = await checks();
    await page.keyboard.type(text);
    // The text is in place and a lint of it has landed (CodeMirror lints 300 ms after the
    // last change; an older result is dropped by the linter and counted by nobody).
    await page.waitForFunction(
      (want) => [...document.getElementById("editor").shadowRoot.querySelectorAll(".cm-line")].map((l) => l.textContent).join("\n") === want,
      text,
    );
    await linted(before);
    await page.waitForTimeout(500);
    assert.equal(await docText(), text);
  }

  test("CodeMirror renders, styled, under the site's CSP", async () => {
    const styled = await page.$eval("#editor", (host) => {
      const editor = host.shadowRoot.querySelector(".cm-editor");
      return {
        display: getComputedStyle(editor).display,
        adopted: host.shadowRoot.adoptedStyleSheets.length,
        gutter: !!host.shadowRoot.querySelector(".cm-gutter-lint"),
      };
    });
    // display: flex comes from CodeMirror's base theme: its styles were applied.
    assert.deepEqual(styled, { display: "flex", adopted: 1, gutter: true });
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  });

  test("a typed violation is marked on exactly the flagged words", async () => {
    await replaceText(VIOLATION);
    await page.waitForSelector('#verdict[data-verdict="block"]');
    const checker = await createLocalChecker();
    const report = await checker.check(VIOLATION);
    checker.dispose();
    assert.ok(report.findings.length > 0);
    assert.deepEqual(await markedRanges(), union(report.findings.map((f) => [f.start, f.end])));
    const marked = await page.$$eval(".cm-lintRange", (ms) => ms.map((m) => m.textContent).join(""));
    assert.equal(marked, report.findings.map((f) => f.text).join(""));
    assert.match(await page.textContent("#verdict-word"), /将被拦截/);
    assert.equal(await page.locator(".cm-lint-marker-error").count(), 1);
  });

  test("a fix from the tooltip applies in one step, Ctrl+Z restores the text in one", async () => {
    const checker = await createLocalChecker();
    const report = await checker.check(VIOLATION);
    checker.dispose();
    const fixable = report.findings.find((f) => f.fix.edits.length > 0 && f.fix.safety !== "display-only");
    assert.ok(fixable, "the violation has a fix to apply");

    await page.hover(".cm-lintRange-error");
    const action = page.locator(".cm-tooltip-lint .cm-diagnosticAction", { hasText: "修改" });
    await action.waitFor({ timeout: 5000 });
    assert.match(await page.textContent(".cm-tooltip-lint"), /原因：/);
    await page.screenshot({ path: join(ARTIFACTS, "codemirror.png"), fullPage: true });

    const before = await checks();
    await action.click();
    assert.equal(await docText(), applyEdits(VIOLATION, fixable.fix.edits));
    await linted(before);

    await page.click(".cm-content");
    await page.keyboard.press("Control+Z");
    assert.equal(await docText(), VIOLATION);
    await page.waitForSelector('#verdict[data-verdict="block"]');
  });

  test("an honest news sentence gets no diagnostics", async () => {
    await replaceText(HONEST);
    await page.waitForSelector('#verdict[data-verdict="pass"]');
    assert.equal(await page.locator(".cm-lintRange").count(), 0);
    assert.equal(await page.locator(".cm-lint-marker").count(), 0);
  });

  test("without a checker, a long draft is checked in a worker started on demand", async () => {
    const text = `${"今天天气不错。".repeat(400)}\n${VIOLATION}`;
    const workerLoads = () => requests.filter((u) => u.endsWith("/pkg/worker.js")).length;
    assert.equal(workerLoads(), 0, "the demo's short drafts need no worker");
    const found = await page.evaluate(async (text) => {
      const { draftlintLintSource } = await import("/pkg/codemirror.js");
      const view = { state: { doc: { toString: () => text } }, dispatch() {} };
      const diagnostics = await draftlintLintSource()(view);
      return diagnostics.map((d) => [d.from, d.to, d.severity, d.actions.map((a) => a.name)]);
    }, text);
    assert.equal(workerLoads(), 1);
    const checker = await createLocalChecker();
    const report = await checker.check(text);
    checker.dispose();
    assert.deepEqual(
      found.map(([from, to]) => [from, to]),
      report.findings.map((f) => [f.start, f.end]),
    );
    assert.ok(found.some(([, , severity, actions]) => severity === "error" && actions[0] === "修改"));
  });

  test("no request beyond the page's origin, no error, no CSP violation", async () => {
    const outside = requests.filter((u) => !u.startsWith(server.url));
    assert.deepEqual(outside, []);
    assert.ok(requests.some((u) => u.endsWith("/pkg/draftlint_wasm_bg.wasm")), "the checker loaded from the page's origin");
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
  });
});

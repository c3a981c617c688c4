// The built package (pkg/) in Node: the documented examples run as written, reports are
// the CLI's JSON, the promise API works, and the shipped TypeScript types match real
// reports. Run by `make test-browser` after `make wasm`.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";

import { ROOT } from "./helpers.mjs";

const PKG = join(ROOT, "pkg");
const TEXTS = [
  "出U，价格私聊，加V：abc12345",
  "😀𠀀出U，价格私聊，加V：abc12345",
  "据新华社报道，警方近日破获一起利用虚拟货币洗钱的案件。",
  "今晚行情\n比特币今天小幅上涨，我个人看好后市。",
  "Buy USDT instantly at the best rate, DM me on telegram @fastotc_desk",
];

let api;
let packs; // draftlint/packs: the pack reader
let work; // a temp project with node_modules/draftlint -> pkg/

before(async () => {
  api = await import(pathToFileURL(join(PKG, "draftlint.js")).href);
  await api.default();
  packs = await import(pathToFileURL(join(PKG, "packs.js")).href);
  await packs.default();
  work = await mkdtemp(join(tmpdir(), "draftlint-pkg-"));
  await mkdir(join(work, "node_modules"));
  await symlink(PKG, join(work, "node_modules", "draftlint"), "dir");
  await writeFile(join(work, "package.json"), JSON.stringify({ type: "module", private: true }));
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The ```js blocks of a section of docs/js-api.md. */
async function docBlocks(heading) {
  const doc = await readFile(join(ROOT, "docs/js-api.md"), "utf8");
  const section = doc.split(/^## /m).find((s) => s.startsWith(heading));
  assert.ok(section, `docs/js-api.md has a section "${heading}"`);
  return [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe("the package in Node", () => {
  test("package.json lists files that exist, with the crate's version", async () => {
    const manifest = JSON.parse(await readFile(join(PKG, "package.json"), "utf8"));
    assert.equal(manifest.name, "draftlint");
    assert.equal(manifest.version, api.version());
    for (const file of manifest.files) assert.ok(existsSync(join(PKG, file)), `pkg/${file}`);
  });

  test("the README's examples run as written", async () => {
    const sections = ["Check a text", "Settings", "Options, other packs, fixes"];
    const code = (await Promise.all(sections.map(docBlocks))).flat().join("\n");
    const file = join(work, "example.mjs");
    await writeFile(file, code);
    const out = execFileSync(process.execPath, [file], { cwd: work, encoding: "utf8" });
    assert.match(out, /^block$/m);
    assert.match(out, /exchange block 出U/);
  });

  test("reports are the CLI's JSON, value for value", async (t) => {
    const cli = join(ROOT, "target/release/draftlint");
    if (!existsSync(cli)) {
      t.skip("target/release/draftlint is not built (make test-rust builds it)");
      return;
    }
    const files = [];
    for (const [i, text] of TEXTS.entries()) {
      const file = join(work, `draft-${i}.txt`);
      await writeFile(file, text);
      files.push(file);
    }
    for (const lang of ["zh", "en"]) {
      let out;
      try {
        out = execFileSync(cli, ["check", "--format", "json", "--lang", lang, "--fail-on", "block", ...files], { encoding: "utf8" });
      } catch (e) {
        out = e.stdout; // exit code 1: some drafts are blocked
      }
      const native = JSON.parse(out);
      const checker = new api.Checker({ lang });
      for (const [i, text] of TEXTS.entries()) {
        const { file, ...expected } = native[i];
        assert.equal(file, files[i]);
        assert.deepStrictEqual(checker.check(text), expected, `${lang}: ${text}`);
      }
      checker.free();
    }
  });

  test("UTF-16 offsets slice the flagged words", () => {
    const checker = new api.Checker();
    for (const text of TEXTS) {
      const report = checker.check(text);
      assert.equal(report.length, text.length);
      for (const f of report.findings) {
        assert.equal(text.slice(f.start, f.end), f.text);
        for (const e of f.evidence) assert.equal(text.slice(e.span.start, e.span.end), e.text);
      }
    }
    const lone = `\ud800${TEXTS[0]}\udc00`;
    const report = checker.check(lone);
    assert.equal(report.verdict, "block");
    assert.equal(report.length, lone.length);
    for (const f of report.findings) assert.equal(lone.slice(f.start, f.end), f.text);
  });

  test("errors are Errors with clear messages", () => {
    assert.throws(() => new api.Checker({ lang: "fr" }), { name: "Error", message: /bad options: lang must be "zh" or "en"/ });
    assert.throws(() => new api.Checker({ langauge: "en" }), /unknown option "langauge"/);
    assert.throws(() => packs.Checker.fromPack({ "pack.toml": "id = 1" }), /bad pack/);
    assert.throws(() => new api.Checker({ settings: 'allow = ["x"]' }), /bad settings: .*draftlint\/packs/);
    assert.throws(() => new api.Checker({ settings: { alow: ["x"] } }), /bad settings: unknown key "alow"/);
    assert.throws(() => new api.Checker().check(null), /text must be a string/);
    // A JS caller may omit options, or pass undefined or null.
    assert.equal(new api.Checker(undefined).lang, "zh");
    assert.equal(new api.Checker(null).lang, "zh");
  });

  test("a custom pack from the default pack's files, with the pack reader", () => {
    // The lean module has no TOML reader; the pack reader has it, and the same engine.
    for (const name of ["defaultPackFiles", "settingsFromToml"]) assert.equal(api[name], undefined, name);
    assert.equal(api.Checker.fromPack, undefined);
    const files = packs.defaultPackFiles();
    assert.ok(Object.keys(files).includes("lexicon/steering.tsv"));
    const checker = packs.Checker.fromPack(files, { lang: "en" });
    assert.equal(checker.pack.id, "wechat-crypto");
    assert.equal(checker.check(TEXTS[0]).verdict, "block");
    const lean = new api.Checker({ lang: "en" });
    for (const text of TEXTS) assert.deepStrictEqual(checker.check(text), lean.check(text), text);
  });

  test("settings as a draftlint.toml and as the object settingsFromToml makes of it check alike", () => {
    const toml = 'allow = ["币安"]\n[severity]\n"exchange.mention" = "note"\n';
    const object = packs.settingsFromToml(toml);
    assert.deepStrictEqual(object.allow, ["币安"]);
    const text = "欢迎来到币安咖啡门店，今天新品上市。";
    const fromObject = new api.Checker({ settings: object }).check(text);
    assert.equal(fromObject.verdict, "pass");
    assert.deepStrictEqual(new packs.Checker({ settings: toml }).check(text).verdict, fromObject.verdict);
    assert.throws(() => packs.settingsFromToml('ignore = ["nope"]'), /bad settings: draftlint.toml:1/);
  });

  test("applyFix applies one finding's fix, exactly when canApplyFix says it can", () => {
    const checker = new api.Checker();
    let applied = 0;
    for (const text of TEXTS) {
      for (const f of checker.check(text).findings) {
        for (const safety of ["safe", "unsafe", "display-only"]) {
          const g = { ...f, fix: { ...f.fix, safety } };
          if (api.canApplyFix(g)) {
            // The same as splicing the finding's edits, last first.
            let expected = text;
            for (const e of [...g.fix.edits].reverse()) expected = expected.slice(0, e.start) + e.replacement + expected.slice(e.end);
            assert.equal(api.applyFix(text, g), expected);
            applied++;
          } else {
            assert.throws(() => api.applyFix(text, g), /draftlint: applyFix: .*advice only/);
          }
        }
        if (api.canApplyFix(f)) {
          // A text that changed since it was checked is refused, not edited at the wrong place.
          assert.throws(() => api.applyFix(`前言。${text}`, f), /check it again/);
        }
      }
    }
    assert.ok(applied > 0);
    assert.throws(() => api.applyFix("x", null), /finding must be a finding/);
  });

  test("summarize sums up findings as check does, also across reports", () => {
    const checker = new api.Checker();
    for (const text of TEXTS) {
      const report = checker.check(text);
      const { verdict, score, penalty, clauses, decisive } = api.summarize(report.findings);
      assert.deepStrictEqual({ verdict, score, penalty, clauses }, { verdict: report.verdict, score: report.score, penalty: report.penalty, clauses: report.clauses });
      assert.deepStrictEqual(decisive, report.findings.map((f) => f.decisive));
    }
    const both = [...checker.check(TEXTS[3]).findings, ...checker.check(TEXTS[0]).findings];
    assert.equal(api.summarize(both).verdict, "block");
    assert.equal(api.summarize([]).verdict, "pass");
  });

  test("the promise API on the calling thread", async () => {
    const { createLocalChecker } = await import(pathToFileURL(join(PKG, "async.js")).href);
    const checker = await createLocalChecker({ lang: "en" });
    assert.equal(checker.kind, "local");
    assert.equal((await checker.check(TEXTS[0])).verdict, "block");
    await checker.configure({ lang: "zh" });
    assert.equal(checker.lang, "zh");
    await assert.rejects(checker.configure({ lang: "xx" }), /bad options/);
    assert.equal(checker.lang, "zh", "a failed configure keeps the checker");
    assert.equal(checker.labels.roles.steering, "引导", "labels follow the language");
    const fixed = await checker.applyFixes(TEXTS[0], "unsafe");
    assert.notEqual(fixed, TEXTS[0]);
    const finding = (await checker.check(TEXTS[0])).findings.find(api.canApplyFix);
    assert.equal(await checker.applyFix(TEXTS[0], finding), api.applyFix(TEXTS[0], finding));
    checker.dispose();
    await assert.rejects(checker.check("x"), /disposed/);
    await assert.rejects(createLocalChecker({ pack: { "rules.toml": "" } }), /bad pack/);
    // The text of a draftlint.toml loads the pack reader by itself.
    const toml = await createLocalChecker({ settings: 'allow = ["币安"]' });
    assert.equal((await toml.check("欢迎来到币安咖啡门店，今天新品上市。")).verdict, "pass");
    assert.deepStrictEqual((await toml.settingsFromToml('ignore = []')).ignore, []);
    await toml.configure({ lang: "en" });
    assert.equal((await toml.check(TEXTS[0])).verdict, "block");
    toml.dispose();
  });

  test("the TypeScript declarations match real reports", async () => {
    const checker = new api.Checker();
    const reports = TEXTS.map((t) => checker.check(t));
    const source = `
      import init, { Checker, applyFix, canApplyFix, summarize, version, type Report, type Finding, type Labels, type PackFiles, type Summary, type Settings } from "draftlint";
      import initPacks, { Checker as PackChecker, defaultPackFiles, settingsFromToml } from "draftlint/packs";
      import { createLocalChecker, createWorkerChecker, type AsyncChecker } from "draftlint/async";
      import { attach, combinedEdit, type EditorHandle } from "draftlint/editor";
      // Object literals: a field that the Rust report has and report.d.ts lacks (or the
      // reverse) is a type error.
      export const reports: Report[] = ${JSON.stringify(reports, null, 1)};
      export const labels: Labels[] = ${JSON.stringify([checker.labels, new api.Checker({ lang: "en" }).labels], null, 1)};
      export async function use(text: string): Promise<string> {
        await init();
        const checker = new Checker({ lang: "en" });
        checker.warmUp();
        const more: boolean = checker.warmUpStep();
        const report: Report = checker.check(text);
        const first: Finding | undefined = report.findings[0];
        await initPacks();
        const files: PackFiles = defaultPackFiles();
        const other = PackChecker.fromPack(files);
        const settings: Settings = settingsFromToml("allow = []");
        const allowing = new Checker({ lang: "en", settings });
        const local: AsyncChecker = await createLocalChecker({ lang: "zh", pack: files });
        const summary: Summary = await local.summarize(report.findings.concat(summarize(report.findings).verdict === "pass" ? [] : report.findings));
        const named: Labels = checker.labels.roles.entity === local.labels.roles.entity ? local.labels : checker.labels;
        const worker: AsyncChecker = await createWorkerChecker();
        await worker.configure({ lang: "en" });
        const fixed: string = await local.applyFixes(text, "unsafe");
        const one: string = first && canApplyFix(first) ? applyFix(text, first) + (await worker.applyFix(text, first)) : text;
        const area = document.createElement("textarea");
        const handle: EditorHandle = await attach(area, { checker: worker, debounce: 100, highlights: "boxes" });
        const stop: () => void = handle.onReport((r: Report) => console.log(r.verdict));
        const applied: boolean = first ? await handle.applyFix(first) : false;
        const edit = combinedEdit(text, first?.fix.edits ?? []);
        stop();
        handle.detach();
        return [version(), allowing.lang, more, report.verdict, first?.fix.safety, other.lang, fixed, checker.applyFixes(text), applied, edit?.from, one, named.places.href, summary.verdict].join();
      }
    `;
    const file = join(work, "types.ts");
    await writeFile(file, source);
    const tsc = join(ROOT, "tests/browser/node_modules/typescript/bin/tsc");
    try {
      execFileSync(process.execPath, [tsc, "--noEmit", "--strict", "--target", "es2022", "--module", "nodenext",
        "--moduleResolution", "nodenext", "--lib", "es2022,esnext.disposable,dom", "--skipLibCheck", "false", file], { cwd: work, encoding: "utf8" });
    } catch (e) {
      assert.fail(`tsc: ${e.stdout}${e.stderr}`);
    }
  });
});

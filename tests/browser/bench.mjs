// `make bench-web`: the WebAssembly package's size and speed in headless Chromium (a
// benchmark, not a test: it prints numbers and fails only if it cannot run).
//   size: draftlint_wasm_bg.wasm raw and gzipped (level 9)
//   instantiate: import + init() (fetch, compile, instantiate) on a fresh page, median of 5
//   checker: new Checker() (compiled pack read + automaton build), median of 5, and the
//            first check of the post with it (detector regexes compile on first use);
//            warmUp() on another new checker (what the worker does while the page is
//            idle) and the first check after it
//   check: one ~2,000-character post, median and p90 over 200 runs after 20 warm-ups,
//          on the main thread and through the worker (createWorkerChecker)
//   editor: draftlint/editor attached to a textarea and a contenteditable holding a
//          5,000-character draft (checked in a worker): per keystroke, the main thread's
//          time in draftlint's input handler; per report, the time to draw the highlights
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import { launch, ROOT, startServer } from "./helpers.mjs";

const PARAGRAPHS = [
  "最近几天，市场情绪明显回暖，不少读者在后台留言，问我们怎么看接下来的走势。",
  "先说结论：短期波动仍然很大，任何人都不要借钱入场，更不要把生活费拿去冒险。",
  "比特币本周在六万美元附近反复震荡，成交量较上周有所放大，但整体仍处在区间之内。",
  "从链上数据看，长期持有者的筹码没有明显松动，短线资金进出频繁，情绪指标偏向贪婪。",
  "我们也注意到，一些所谓的“带单老师”又开始活跃，读者务必提高警惕，谨防上当受骗。",
  "监管部门多次发布风险提示，虚拟货币相关业务活动属于非法金融活动，参与者风险自担。",
  "今天的文章还聊一聊区块链在供应链溯源、电子发票等领域的应用，这些才是技术的正路。",
  "有读者问数字人民币和虚拟货币有什么区别，简单说，数字人民币是法定货币，二者完全不同。",
  "最后，出U，价格私聊，加V：abc12345 这类信息请不要相信，更不要转发。",
];

// The editor draft also has a paragraph that invites readers to an exchange with a code:
// the article alone is a warning that passes with no findings, and highlights that are
// never drawn time nothing.
const ROUTE = "想上车的朋友，用我的邀请码 K8Q2M 注册交易所，手续费返佣三成，名额有限。";

function post(chars = 2000, paragraphs = PARAGRAPHS) {
  let text = "";
  for (let i = 0; text.length < chars; i++) text += `${paragraphs[i % paragraphs.length]}\n\n`;
  return text.slice(0, chars);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

const wasm = await readFile(join(ROOT, "pkg/draftlint_wasm_bg.wasm"));
const gz = gzipSync(wasm, { level: 9 });
console.log(`wasm size:          ${wasm.length} bytes raw, ${gz.length} bytes gzipped`);

const server = await startServer();
const browser = await launch();
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const text = post();
  const inits = [];
  const builds = [];
  // The detectors' regexes compile on first use: the first check pays for those it needs.
  const firsts = [];
  const warmUps = [];
  const warmFirsts = [];
  for (let i = 0; i < 5; i++) {
    // A fresh document each time; the HTTP cache is off (serve.py sends no-store).
    await page.goto(`${server.url}favicon.svg`);
    const r = await page.evaluate(async (text) => {
      const t0 = performance.now();
      const mod = await import(`/pkg/draftlint.js?fresh=${Math.random()}`);
      await mod.default();
      const t1 = performance.now();
      const checker = new mod.Checker();
      const t2 = performance.now();
      checker.check(text);
      const t3 = performance.now();
      checker.free();
      // What the worker does: build, warm up while the page is idle, then the first check.
      const other = new mod.Checker();
      const t4 = performance.now();
      other.warmUp();
      const t5 = performance.now();
      other.check(text);
      const t6 = performance.now();
      other.free();
      return { init: t1 - t0, build: t2 - t1, first: t3 - t2, warmUp: t5 - t4, warmFirst: t6 - t5 };
    }, text);
    inits.push(r.init);
    builds.push(r.build);
    firsts.push(r.first);
    warmUps.push(r.warmUp);
    warmFirsts.push(r.warmFirst);
  }
  console.log(`instantiate:        ${ms(median(inits))} (import + init(), median of 5)`);
  console.log(`new Checker():      ${ms(median(builds))} (default pack, median of 5)`);
  console.log(`first check:        ${ms(median(firsts))} (the post, on that new checker, median of 5)`);
  console.log(`warmUp():           ${ms(median(warmUps))} (every detector regex, on a second new checker, median of 5)`);
  console.log(`first check warm:   ${ms(median(warmFirsts))} (the post, on that checker after warmUp(), median of 5)`);

  const main = await page.evaluate(async (text) => {
    const mod = await import("/pkg/draftlint.js");
    await mod.default();
    const checker = new mod.Checker();
    const times = [];
    let verdict;
    for (let i = 0; i < 220; i++) {
      const t0 = performance.now();
      verdict = checker.check(text).verdict;
      if (i >= 20) times.push(performance.now() - t0);
    }
    return { times, verdict };
  }, text);
  console.log(
    `check, main thread: ${ms(median(main.times))} median, ${ms(p90(main.times))} p90 ` +
      `(${[...text].length}-character post, verdict ${main.verdict}, 200 runs)`,
  );

  const worker = await page.evaluate(async (text) => {
    const { createWorkerChecker } = await import("/pkg/async.js");
    const checker = await createWorkerChecker();
    const times = [];
    for (let i = 0; i < 120; i++) {
      const t0 = performance.now();
      await checker.check(text);
      if (i >= 20) times.push(performance.now() - t0);
    }
    checker.dispose();
    return times;
  }, text);
  console.log(`check, worker:      ${ms(median(worker))} median, ${ms(p90(worker))} p90 (round trip, 100 runs)`);

  for (const demo of ["textarea.html", "contenteditable.html"]) {
    await page.goto(`${server.url}editors/${demo}`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
    const r = await page.evaluate(async (text) => {
      const handle = window.draftlintDemo.handles.at(-1);
      const el = handle.element;
      if (el.isContentEditable) {
        el.replaceChildren(...text.split("\n").map((line) => Object.assign(document.createElement("p"), { textContent: line })));
      } else {
        el.value = text;
        el.dispatchEvent(new Event("input"));
      }
      await handle.check();
      const input = [];
      const draw = [];
      for (let i = 0; i < 40; i++) {
        el.focus();
        if (el.isContentEditable) {
          const sel = document.getSelection();
          sel.selectAllChildren(el.firstChild);
          sel.collapseToEnd();
        } else {
          el.setSelectionRange(0, 0);
        }
        const t0 = performance.now();
        document.execCommand("insertText", false, "字"); // runs draftlint's input listener
        input.push(performance.now() - t0);
        await handle.check();
        await new Promise((done) => requestAnimationFrame(done));
        draw.push(handle.timing.draw);
      }
      return { input, draw, length: handle.text.length, findings: handle.report.findings.length, mode: handle.highlightMode };
    }, post(5000, [...PARAGRAPHS, ROUTE]));
    console.log(
      `editor, ${demo.padEnd(21)} keystroke ${ms(median(r.input))} median, ${ms(Math.max(...r.input))} max; ` +
        `highlights drawn in ${ms(median(r.draw))} median, ${ms(Math.max(...r.draw))} max ` +
        `(${r.length} characters, ${r.findings} findings, ${r.mode}, 40 edits)`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
}

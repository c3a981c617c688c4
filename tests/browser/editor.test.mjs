// draftlint/editor (js/editor.js) in Debian's Chromium, on the demo pages www/editors/:
// highlights on exactly the flagged words, the editor's value and DOM untouched, a fix that
// one Ctrl+Z takes back, highlights that follow scrolling and edits, a worker for long
// drafts, detach() leaving nothing behind, and no request beyond the page's origin.
// Run by `make test-browser` after `make wasm`. Screenshots go to tests/browser/artifacts/.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";

import { ARTIFACTS, launch, recordProblems, startServer } from "./helpers.mjs";

const VIOLATION = "出U，价格私聊，加V：abc12345";
const HONEST = "据新华社报道，警方近日破获一起利用虚拟货币洗钱的案件。";

let server;
let browser;
const requests = [];
const problems = [];

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  server = await startServer();
  browser = await launch();
  browser.context.on("request", (r) => requests.push(r.url()));
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(path, { watchWorkers = false } = {}) {
  const page = await browser.context.newPage();
  recordProblems(page, problems, path);
  if (watchWorkers) {
    await page.addInitScript(() => {
      const Real = window.Worker;
      window.workersMade = 0;
      window.Worker = class extends Real {
        constructor(...args) {
          super(...args);
          window.workersMade++;
        }
      };
    });
  }
  await page.goto(`${server.url}editors/${path}`);
  if (!path.includes("attach=0")) await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
  return page;
}

/** Waits for the handle `i` to have a report of its editor's current text. */
async function reported(page, i = 0) {
  return page.evaluate(async (i) => {
    const h = window.draftlintDemo.handles[i];
    const r = await h.check();
    return { verdict: r.verdict, findings: r.findings.map((f) => ({ text: f.text, start: f.start, end: f.end, severity: f.severity })), text: h.text };
  }, i);
}

/** The boxes an overlay drew, in viewport coordinates, with the offsets they cover. */
async function boxes(page, editorId) {
  return page.evaluate((id) => {
    const host = document.querySelector(`draftlint-overlay[data-editor="${id}"]`);
    return [...host.shadowRoot.querySelectorAll(".box")].map((b) => {
      const r = b.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height, start: +b.dataset.start, end: +b.dataset.end };
    });
  }, editorId);
}

const near = (a, b, tolerance, what) => assert.ok(Math.abs(a - b) <= tolerance, `${what}: ${a} vs ${b}`);

describe("draftlint/editor on a textarea and an input", () => {
  let page;
  test("typing a violation draws boxes on exactly the flagged words", async () => {
    page = await open("textarea.html");
    await page.click("#body");
    await page.keyboard.type(VIOLATION);
    const r = await reported(page, 1);
    assert.equal(r.verdict, "block");
    assert.equal(r.text, VIOLATION);
    await page.waitForTimeout(50); // the frame after the report
    const drawn = await boxes(page, "body");
    assert.ok(drawn.length >= r.findings.length && drawn.length > 0, JSON.stringify(drawn));
    // One line of text: each box must sit where the words are, measured independently of
    // draftlint's mirror, with the field's own font on a canvas.
    const expected = await page.evaluate((findings) => {
      const t = document.getElementById("body");
      const s = getComputedStyle(t);
      const ctx = document.createElement("canvas").getContext("2d");
      ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
      const r = t.getBoundingClientRect();
      const x0 = r.left + t.clientLeft + parseFloat(s.paddingLeft);
      const y0 = r.top + t.clientTop + parseFloat(s.paddingTop);
      return findings.map((f) => ({
        left: x0 + ctx.measureText(t.value.slice(0, f.start)).width,
        width: ctx.measureText(t.value.slice(f.start, f.end)).width,
        top: y0,
        lineHeight: parseFloat(s.lineHeight),
        start: f.start,
        end: f.end,
      }));
    }, r.findings);
    for (const want of expected) {
      const got = drawn.find((b) => b.start === want.start && b.end === want.end);
      assert.ok(got, `a box for [${want.start}, ${want.end})`);
      near(got.left, want.left, 1.5, "box left");
      near(got.width, want.width, 1.5, "box width");
      near(got.top + got.height / 2, want.top + want.lineHeight / 2, want.lineHeight / 2, "box middle");
    }
    // The input (the title) has none.
    assert.equal((await boxes(page, "title")).length, 0);
    await page.screenshot({ path: join(ARTIFACTS, "editor-textarea.png") });
  });

  test("the card shows on hover and on the caret, and Alt+Enter reaches its buttons", async () => {
    const [box] = await boxes(page, "body");
    await page.mouse.move(box.left + box.width / 2, box.top + box.height / 2);
    const card = page.locator("draftlint-overlay[data-editor=body] .card");
    await card.waitFor({ state: "visible", timeout: 5000 });
    assert.match(await card.textContent(), /出U/);
    await page.screenshot({ path: join(ARTIFACTS, "editor-card.png") });
    await page.mouse.move(5, 5);
    await card.waitFor({ state: "hidden", timeout: 5000 });
    // Keyboard: the caret inside the words opens it, Alt+Enter moves focus to "修改".
    await page.click("#body");
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    await card.waitFor({ state: "visible", timeout: 5000 });
    await page.keyboard.press("Alt+Enter");
    const focused = await page.evaluate(() => {
      const host = document.querySelector("draftlint-overlay[data-editor=body]");
      return host.shadowRoot.activeElement?.textContent;
    });
    assert.equal(focused, "修改");
    await page.keyboard.press("Escape");
    await card.waitFor({ state: "hidden", timeout: 5000 });
    assert.equal(await page.evaluate(() => document.activeElement.id), "body");
  });

  test("a fix is one edit that Ctrl+Z takes back", async () => {
    const [box] = await boxes(page, "body");
    await page.mouse.click(box.left + box.width / 2, box.top + box.height / 2);
    await page.locator("draftlint-overlay[data-editor=body] .card button.primary").click();
    await page.waitForFunction(() => document.getElementById("body").value !== "出U，价格私聊，加V：abc12345");
    const fixed = await page.inputValue("#body");
    assert.ok(!fixed.includes("abc12345"), fixed);
    await page.keyboard.press("Control+z");
    assert.equal(await page.inputValue("#body"), VIOLATION);
  });

  test("boxes follow edits above them and scrolling", async () => {
    await page.fill("#body", `${"今天天气很好。\n".repeat(30)}${VIOLATION}`);
    const r = await reported(page, 1);
    const first = r.findings[0];
    await page.evaluate(() => {
      const t = document.getElementById("body");
      t.scrollTop = t.scrollHeight;
    });
    await page.waitForTimeout(100);
    const seen = (await boxes(page, "body")).find((b) => b.start === first.start);
    assert.ok(seen, "the box is drawn at the bottom");
    const bodyBox = await page.locator("#body").boundingBox();
    assert.ok(seen.top >= bodyBox.y && seen.top + seen.height <= bodyBox.y + bodyBox.height, "inside the field");
    // Scroll up by 40 px: the box moves down by 40 px.
    await page.evaluate(() => (document.getElementById("body").scrollTop -= 40));
    await page.waitForTimeout(100);
    const moved = (await boxes(page, "body")).find((b) => b.start === first.start);
    near(moved.top - seen.top, 40, 1, "box after scrolling");
    // An edit above the words: before any new check, the box already covers the same words.
    await page.evaluate(() => {
      const t = document.getElementById("body");
      t.focus();
      t.setSelectionRange(0, 0);
    });
    await page.keyboard.type("新");
    const shifted = await boxes(page, "body");
    assert.ok(shifted.some((b) => b.start === first.start + 1), JSON.stringify(shifted));
    const again = await reported(page, 1);
    assert.equal(again.findings[0].start, first.start + 1);
  });

  test("detach removes every trace and leaves the value as typed", async () => {
    const value = await page.inputValue("#body");
    await page.evaluate(() => window.draftlintDemo.handles.forEach((h) => h.detach()));
    assert.equal(await page.locator("draftlint-overlay").count(), 0);
    assert.equal(await page.inputValue("#body"), value);
    await page.click("#body");
    await page.keyboard.type("加V：abc12345");
    await page.waitForTimeout(400);
    assert.equal(await page.locator("draftlint-overlay").count(), 0);
    await page.close();
  });
});

describe("draftlint/editor on a contenteditable", () => {
  test("the CSS Custom Highlight API paints exactly the flagged words; the DOM is the same as without draftlint", async () => {
    const typeInto = async (page) => {
      await page.click("#body");
      await page.keyboard.type("今天比特币小幅上涨。");
      await page.keyboard.press("Enter");
      await page.keyboard.type(VIOLATION);
    };
    const bare = await open("contenteditable.html?attach=0");
    await typeInto(bare);
    const bareHtml = await bare.$eval("#body", (e) => e.innerHTML);
    await bare.close();

    const page = await open("contenteditable.html");
    assert.equal(await page.evaluate(() => window.draftlintDemo.handles[0].highlightMode), "custom");
    await typeInto(page);
    const r = await reported(page);
    assert.equal(r.verdict, "block");
    assert.equal(await page.$eval("#body", (e) => e.innerHTML), bareHtml);
    await page.waitForTimeout(50);
    const painted = await page.evaluate(() => {
      const out = [];
      for (const [name, h] of CSS.highlights) for (const range of h) out.push({ name, text: range.toString() });
      return out;
    });
    const want = r.findings.map((f) => f.text).sort();
    assert.deepEqual(painted.map((p) => p.text).sort(), want);
    // Each in the highlight of its severity.
    const severity = new Map(r.findings.map((f) => [f.text, f.severity]));
    for (const p of painted) assert.match(p.name, new RegExp(`^draftlint-\\d+-${severity.get(p.text)}$`), JSON.stringify(painted));
    // An editor that re-renders a paragraph (same text, new nodes), as ProseMirror does:
    // the highlights move to the new nodes.
    await page.evaluate(() => {
      for (const p of document.querySelectorAll("#body > *")) p.replaceChildren(document.createTextNode(p.textContent));
    });
    await page.waitForTimeout(50);
    const repainted = await page.evaluate(() => [...CSS.highlights.values()].flatMap((h) => [...h].map((r) => r.toString())));
    assert.deepEqual(repainted.sort(), want);
    // The text draftlint read: the paragraphs joined with a line break.
    assert.equal(r.text.replace(/\n+$/, ""), `今天比特币小幅上涨。\n${VIOLATION}`);
    await page.screenshot({ path: join(ARTIFACTS, "editor-contenteditable.png") });

    // An honest text has no highlights.
    await page.evaluate(() => (document.getElementById("body").innerHTML = "<p><br></p>"));
    await page.click("#body");
    await page.keyboard.type(HONEST);
    assert.equal((await reported(page)).verdict, "pass");
    assert.equal(await page.evaluate(() => CSS.highlights.size), 0);

    // detach: no highlights, no overlay, no style sheet left.
    await page.keyboard.press("Enter");
    await page.keyboard.type(VIOLATION);
    await reported(page);
    await page.evaluate(() => window.draftlintDemo.handles[0].detach());
    assert.deepEqual(
      await page.evaluate(() => [CSS.highlights.size, document.adoptedStyleSheets.length, document.querySelectorAll("draftlint-overlay").length]),
      [0, 0, 0],
    );
    await page.close();
  });

  test("boxes mode draws each word's Range.getClientRects(), following the editor's scrolling", async () => {
    const page = await open("contenteditable.html?highlights=boxes");
    await page.click("#body");
    for (let i = 0; i < 20; i++) {
      await page.keyboard.type(`第${i + 1}段，今天天气很好。`);
      await page.keyboard.press("Enter");
    }
    await page.keyboard.type(VIOLATION);
    const r = await reported(page);
    assert.equal(r.verdict, "block");
    const compare = async () => {
      await page.waitForTimeout(100);
      const want = await page.evaluate((findings) => {
        const root = document.getElementById("body");
        const rects = [];
        for (const f of findings) {
          // Find the words in the DOM directly (not through draftlint's offsets).
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const at = n.data.indexOf(f.text);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(n, at);
            range.setEnd(n, at + f.text.length);
            for (const r of range.getClientRects()) rects.push({ left: r.left, top: r.top, width: r.width, height: r.height });
          }
        }
        return rects;
      }, r.findings);
      const got = await boxes(page, "body");
      assert.equal(got.length, want.length, `${JSON.stringify(got)} vs ${JSON.stringify(want)}`);
      for (const [i, w] of want.entries()) {
        near(got[i].left, w.left, 0.5, "left");
        near(got[i].top, w.top, 0.5, "top");
        near(got[i].width, w.width, 0.5, "width");
      }
      return got;
    };
    const first = await compare();
    await page.evaluate(() => (document.getElementById("body").scrollTop -= 30));
    const second = await compare();
    near(second[0].top - first[0].top, 30, 1, "moved with the scroll");
    await page.close();
  });

  test("a fix goes through the editor's input path and one Ctrl+Z restores the text", async () => {
    const page = await open("contenteditable.html");
    await page.click("#body");
    await page.keyboard.type(VIOLATION);
    const r = await reported(page);
    assert.equal(r.verdict, "block");
    const before = await page.$eval("#body", (e) => e.innerText);
    const inputs = await page.evaluate(async () => {
      const seen = [];
      const body = document.getElementById("body");
      body.addEventListener("beforeinput", (e) => seen.push(`beforeinput ${e.inputType}`));
      body.addEventListener("input", (e) => seen.push(`input ${e.inputType}`));
      const h = window.draftlintDemo.handles[0];
      const ok = await h.applyFix(h.report.findings[0]);
      return { ok, seen };
    });
    assert.equal(inputs.ok, true);
    // The replacement event editors may take, then (no editor took it) the browser's own
    // typing, which editors read as input.
    assert.deepEqual(inputs.seen, ["beforeinput insertReplacementText", "input insertText"]);
    const fixed = await page.$eval("#body", (e) => e.innerText);
    assert.ok(!fixed.includes("abc12345"), fixed);
    await page.keyboard.press("Control+z");
    assert.equal(await page.$eval("#body", (e) => e.innerText), before);
    await page.close();
  });

  test("drafts over 2,000 characters are checked in a worker", async () => {
    const page = await open("contenteditable.html", { watchWorkers: true });
    assert.equal(await page.evaluate(() => window.workersMade), 0);
    await page.evaluate((text) => {
      const body = document.getElementById("body");
      body.textContent = "";
      for (let i = 0; i < 50; i++) {
        const p = document.createElement("p");
        p.textContent = text;
        body.append(p);
      }
      body.lastChild.textContent += "出U，价格私聊，加V：abc12345";
    }, "今天的行情平稳，大家注意休息，按时吃饭，多喝热水，保持好心情，周末愉快。".repeat(3));
    const r = await reported(page);
    assert.ok(r.text.length > 5000, `${r.text.length}`);
    assert.equal(r.verdict, "block");
    assert.equal(await page.evaluate(() => window.workersMade), 1);
    await page.close();
  });
});

describe("draftlint/editor on the imitation of the Official Account editor", () => {
  test("title and body are checked, the words painted, and a re-rendered body attached again", async () => {
    const page = await browser.context.newPage();
    recordProblems(page, problems, "wechat.html");
    await page.goto(`${server.url}editors/wechat.html?draftlint=1`);
    const body = page.locator("#ueditor_0 .ProseMirror");
    await body.waitFor();
    await page.waitForFunction(async () => (await window.draftlintDemo?.handles())?.length === 2);
    await body.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    await page.keyboard.type(VIOLATION);
    const painted = async () =>
      page.evaluate(async () => {
        const handles = await window.draftlintDemo.handles();
        const reports = await Promise.all(handles.map((h) => h.check()));
        await new Promise((done) => requestAnimationFrame(done));
        return {
          verdicts: reports.map((r) => r.verdict),
          words: [...CSS.highlights.values()].flatMap((h) => [...h].map((r) => r.toString())).sort(),
        };
      });
    const first = await painted();
    assert.deepEqual(first.verdicts, ["pass", "block"]);
    assert.ok(first.words.includes("出U"), JSON.stringify(first));
    // The page replaces the body: the old one is detached, the new one (the fixture's
    // honest text) attached.
    await page.click("#fixture-rerender");
    await page.waitForFunction(async () => {
      const handles = await window.draftlintDemo.handles();
      return handles.length === 2 && handles.every((h) => h.element.isConnected);
    });
    const second = await painted();
    assert.deepEqual(second.verdicts, ["pass", "pass"]);
    assert.deepEqual(second.words, []);
    await page.close();
  });
});

describe("draftlint/editor everywhere", () => {
  test("attach refuses other elements with a clear error", async () => {
    const page = await open("textarea.html");
    const message = await page.evaluate(async () => {
      const { attach } = await import("../pkg/editor.js");
      try {
        await attach(document.querySelector("h1"));
        return "no error";
      } catch (e) {
        return `${e.name}: ${e.message}`;
      }
    });
    assert.match(message, /^TypeError: draftlint: attach\(\) takes a <textarea>/);
    // One attachment per element; after detach() it may be attached again.
    const again = await page.evaluate(async () => {
      const { attach } = await import("../pkg/editor.js");
      const [handle] = window.draftlintDemo.handles.slice(-1);
      let twice;
      try {
        await attach(handle.element);
        twice = "no error";
      } catch (e) {
        twice = e.message;
      }
      handle.detach();
      const fresh = await attach(handle.element);
      const ok = (await fresh.check()).verdict;
      fresh.detach();
      return { twice, ok };
    });
    assert.match(again.twice, /already attached/);
    assert.equal(again.ok, "pass");
    await page.close();
  });

  test("no request left the page's origin, and no page errors", () => {
    const foreign = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith("data:") && !u.startsWith("blob:"));
    assert.deepEqual(foreign, []);
    assert.deepEqual(problems, []);
  });
});

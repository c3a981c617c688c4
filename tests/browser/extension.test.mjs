// The browser extension (extension/, built by `make extension` into target/extension/draftlint/)
// in Debian's Chromium, on a local imitation of the Official Account editor (www/editors/
// wechat.html) served for the real editor's URL, with no network: the badge appears when the
// body mounts, says block and pass as the author types, follows the page replacing the body,
// and leaves the editor's DOM byte-identical to a page the extension does not touch; the
// popup names the policy as the pack does and checks pasted text; nothing is requested beyond
// the routed page and the extension.
//
// Run twice over: with the package's editor.js in the extension (highlights; content.js hands
// the fields to it) and without (content.js checks and shows the badge itself).
// Screenshots go to tests/browser/artifacts/extension-badge.png and extension-popup.png.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { after, before, describe, test } from "node:test";

import { ARTIFACTS, CHROMIUM_ARGS, ROOT, launch, recordProblems } from "./helpers.mjs";

const BUILT = join(ROOT, "target/extension/draftlint");
const VIOLATION = "出U，价格私聊，加V：abc12345";
const HONEST = "据新华社报道，警方近日破获一起利用虚拟货币洗钱的案件。";

/** The embedded pack's name in `lang` (`name` in pack.toml): the policy the popup must name. */
async function packName(lang) {
  const toml = await readFile(join(ROOT, "packs/wechat-crypto/pack.toml"), "utf8");
  const line = toml.match(/^name = \{(.*)\}$/m)?.[1] ?? "";
  const name = line.match(new RegExp(`\\b${lang} = "([^"]+)"`))?.[1];
  assert.ok(name, `pack.toml has a name in ${lang}`);
  return name;
}

// The extension's files name no clause: the popup takes the policy's name from the pack, and
// the store description (read by Chrome without the package) stays general.
test("the extension's own files name no clause or policy", async () => {
  const files = ["popup.html", "popup.js", "content.js", "background.js", "manifest.json"];
  files.push("_locales/en/messages.json", "_locales/zh_CN/messages.json");
  for (const file of files) {
    const text = await readFile(join(ROOT, "extension", file), "utf8");
    assert.doesNotMatch(text, /3\.24|NFT|虚拟货币|数字藏品|crypto/i, `extension/${file}`);
  }
});

// The editor's URL (the content script's match and include_glob), and a URL of the same
// site the content script does not run on (the article list): the same fixture served at
// both gives a page with the extension and one without.
const EDITOR_URL = "https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit&action=edit&type=77&token=1&lang=zh_CN";
const PLAIN_URL = "https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_list&action=list_card&type=77&token=1&lang=zh_CN";

// A strict page CSP without 'wasm-unsafe-eval': what the content script meets on a real page
// (inline styles are allowed, as the editor's formatting needs them).
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'";
const FIXTURE = {
  "wechat.html": "text/html; charset=utf-8",
  "wechat.js": "text/javascript",
  "wechat-demo.js": "text/javascript",
  "wechat.css": "text/css",
  "favicon.svg": "image/svg+xml",
};

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  if (!existsSync(join(BUILT, "manifest.json"))) {
    execFileSync("bash", [join(ROOT, "scripts/build-extension.sh")], { stdio: "inherit" });
  }
});

/** The built extension, or a copy without editor.js (content.js then checks by itself). */
async function variant(withEditor) {
  if (withEditor) return { dir: BUILT, cleanup: async () => {} };
  const dir = await mkdtemp(join(tmpdir(), "draftlint-extension-"));
  await cp(BUILT, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8"));
  delete manifest.web_accessible_resources;
  await writeFile(join(dir, "manifest.json"), JSON.stringify(manifest));
  await rm(join(dir, "editor.js"), { force: true });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}


/** Chromium with the extension loaded, the fixture routed for mp.weixin.qq.com, and every request recorded. */
async function start(dir) {
  const browser = await launch({
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    // Playwright disables extensions by default.
    ignoreDefaultArgs: ["--disable-extensions"],
  });
  const { context } = browser;
  const requests = [];
  const problems = [];
  context.on("request", (r) => requests.push(r.url()));
  await context.route("https://mp.weixin.qq.com/**", async (route) => {
    const url = new URL(route.request().url());
    const name = url.pathname === "/cgi-bin/appmsg" ? "wechat.html" : basename(url.pathname);
    if (!(name in FIXTURE)) return route.fulfill({ status: 404, contentType: "text/plain", body: "not in the fixture" });
    await route.fulfill({
      status: 200,
      contentType: FIXTURE[name],
      headers: { "content-security-policy": CSP },
      body: await readFile(join(ROOT, name === "favicon.svg" ? "www" : "www/editors", name)),
    });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15000 }));
  const id = new URL(worker.url()).host;
  const open = async (url) => {
    const page = await context.newPage();
    recordProblems(page, problems, url);
    await page.goto(url);
    return page;
  };
  return { ...browser, context, requests, problems, id, open };
}

const badge = (page) => page.locator("#draftlint-badge .badge");

/** Waits until the badge gives `verdict` for both the title and the body. */
async function verdictIs(page, verdict) {
  try {
    await page.locator(`#draftlint-badge .badge[data-verdict="${verdict}"][data-fields="title body"]`).waitFor({ timeout: 15000 });
  } catch (error) {
    const shown = await badge(page).evaluate((b) => `${b.dataset.verdict} for ${b.dataset.fields}: ${b.textContent}`).catch(() => "no badge");
    throw new Error(`the badge did not say ${verdict} (it says ${shown})`, { cause: error });
  }
}

/** The editor's part of the page: the title, the author, the body, the summary. */
const editorHtml = (page) => page.locator("#js_appmsg_editor").evaluate((e) => e.outerHTML);

/** The same edits on any page: the steps of the test, each followed by `after(step)`. */
async function edit(page, afterStep) {
  const body = () => page.locator("#ueditor_0 .ProseMirror");
  await body().waitFor();
  await afterStep("loaded");
  await body().click();
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText(VIOLATION);
  await afterStep("violation typed");
  await page.click("#fixture-rerender");
  await body().waitFor();
  await afterStep("body replaced");
  await body().click();
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText(VIOLATION);
  await afterStep("violation typed in the new body");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(HONEST);
  await afterStep("honest text");
}

const EXPECTED = {
  loaded: "pass",
  "violation typed": "block",
  "body replaced": "pass",
  "violation typed in the new body": "block",
  "honest text": "pass",
};

for (const withEditor of [true, false]) {
  const name = withEditor ? "with editor.js (highlights)" : "without editor.js (badge only)";
  describe(`extension ${name}`, () => {
    let setup;
    let browser;

    before(async () => {
      if (withEditor) assert.ok(existsSync(join(BUILT, "editor.js")), "the built extension has no editor.js: is pkg/editor.js built?");
      setup = await variant(withEditor);
      browser = await start(setup.dir);
    });

    after(async () => {
      await browser?.close();
      await setup?.cleanup();
    });

    test("the badge follows the draft, and the editor's DOM is as without the extension", async () => {
      const page = await browser.open(EDITOR_URL);
      const withExtension = {};
      await edit(page, async (step) => {
        await verdictIs(page, EXPECTED[step]);
        // Let the debounced re-check after the last keystroke land before reading the DOM.
        await page.waitForTimeout(600);
        await verdictIs(page, EXPECTED[step]);
        withExtension[step] = await editorHtml(page);
        if (step === "violation typed in the new body") {
          const text = await badge(page).innerText();
          assert.match(text, /拦截 · block/);
          assert.match(text, /拦截 \d+ 处/);
          assert.equal(await badge(page).getAttribute("role"), "status");
          // caret: "initial": hiding the caret leaves style="" on every editable element.
          if (withEditor) await page.screenshot({ path: join(ARTIFACTS, "extension-badge.png"), caret: "initial" });
        }
      });
      assert.match(await badge(page).innerText(), /通过 · pass/);
      // The badge and editor.js's overlays are outside the editor.
      assert.equal(await page.locator("#js_appmsg_editor #draftlint-badge").count(), 0);
      await page.close();

      const plain = await browser.open(PLAIN_URL);
      const without = {};
      await edit(plain, async (step) => {
        await plain.waitForTimeout(600);
        without[step] = await editorHtml(plain);
      });
      assert.equal(await plain.locator("#draftlint-badge").count(), 0, "the content script ran on a page it does not match");
      await plain.close();
      for (const step of Object.keys(EXPECTED)) {
        assert.equal(withExtension[step], without[step], `the editor's DOM differs after "${step}"`);
      }
      assert.match(without["violation typed"], /加V：abc12345/);
    });

    test("a failed check says so in the badge; the next edit checks again", async () => {
      // Break the checker inside the service worker before the page opens, so that the very
      // first checks fail (editor.js's attach() gives up then): wasm-bindgen's glue passes
      // every non-ASCII string to the module through TextEncoder.prototype.encodeInto.
      const [worker] = browser.context.serviceWorkers();
      await worker.evaluate(() => {
        globalThis.realEncodeInto = TextEncoder.prototype.encodeInto;
        TextEncoder.prototype.encodeInto = () => {
          throw new Error("simulated failure");
        };
      });
      const page = await browser.open(EDITOR_URL);
      await verdictIs(page, "error");
      const text = await badge(page).innerText();
      assert.match(text, /检查失败 · check failed/);
      assert.match(text, /(标题|正文): .*simulated failure/);

      await worker.evaluate(() => {
        TextEncoder.prototype.encodeInto = globalThis.realEncodeInto;
      });
      for (const field of ["#ueditor_0 .ProseMirror", "#js_title_main .ProseMirror"]) {
        await page.locator(field).click();
        await page.keyboard.press("Control+End");
        await page.keyboard.insertText(field.startsWith("#ueditor_0") ? VIOLATION : "！");
      }
      await verdictIs(page, "block");
      await page.locator("#draftlint-badge button").click();
      const list = page.locator("#draftlint-badge ol");
      await list.waitFor();
      assert.match(await list.innerText(), /正文 · 「出U」/);
      await page.close();
    });

    if (withEditor) {
      test("the popup checks pasted text", async () => {
        const popup = await browser.context.newPage();
        await popup.setViewportSize({ width: 430, height: 600 });
        await popup.goto(`chrome-extension://${browser.id}/popup.html`);
        await popup.waitForSelector("body[data-ready=true]", { timeout: 15000 });
        // The tagline names the policy as the pack does, through the checker's labels.
        assert.equal(await popup.locator("#tagline").textContent(), `公众号草稿合规检查 · ${await packName("zh")}`);
        await popup.fill("#text", VIOLATION);
        await popup.waitForSelector('#verdict[data-verdict="block"]', { timeout: 10000 });
        const items = popup.locator("#findings li");
        assert.ok((await items.count()) >= 1);
        const first = await items.first().innerText();
        assert.match(first, /「.+」/);
        assert.match(first, /处罚：/);
        assert.match(first, /修改建议：/);
        await popup.screenshot({ path: join(ARTIFACTS, "extension-popup.png") });

        await popup.fill("#text", HONEST);
        await popup.click("#check");
        await popup.waitForSelector('#verdict[data-verdict="pass"]', { timeout: 10000 });
        assert.equal(await items.count(), 0);
        await popup.close();
      });
    }

    test("no request leaves for another host, and no errors", async () => {
      assert.ok(browser.requests.length > 0);
      const foreign = browser.requests.filter(
        (url) => !url.startsWith("https://mp.weixin.qq.com/") && !url.startsWith("chrome-extension://"),
      );
      assert.deepEqual(foreign, []);
      assert.deepEqual(browser.problems, []);
    });
  });
}

#!/usr/bin/env python3
"""Hostile inputs: the time and peak memory of checking each shape, native and in wasm.

Usage: scripts/hostile.py [MIB]   (default 10; run by `make hostile` after `make wasm`)

Each shape is written to a temporary file of about MIB MiB. Native: `draftlint check
--format json FILE`, its wall time and peak resident memory (from wait4's rusage). Wasm:
Node loads pkg/ and checks the same text; its time, and the size of the wasm linear
memory afterwards (it only grows, so it is the engine's peak). Prints a Markdown table.
"""
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target/release/draftlint")

SHAPES = [
    ("one long line of words", lambda n: fill("币安注册 btc usdt 合约 ", n)),
    ("many short lines", lambda n: fill("币\n", n)),
    ("one term repeated", lambda n: fill("比特币", n)),
    ("separators between every character", lambda n: fill("币.安.注.册.", n)),
    ("emoji only", lambda n: fill("😀", n)),
    ("one long URL", lambda n: "https://x.example/" + "a" * n),
    ("digits only", lambda n: fill("8", n)),
    ("disguised words", lambda n: fill("b-i-n-a-n-c-e 薇信 ", n)),
    ("everyday words beside coin-shaped names", lambda n: fill("货币政策和拉拉币，", n)),
    ("group invitations beside links", lambda n: fill("进群 t.me/abcdef 领取 ", n)),
    ("spelled email addresses", lambda n: fill("mail me at bob at gmail dot com ", n)),
    ("disguised keywords before IDs", lambda n: fill("yaoqingma 88888 weixin abc12345 ", n)),
    ("an ordinary article, repeated", lambda n: fill("今天天气很好，我们去公园散步，看到很多人在锻炼身体。\n", n)),
    ("HTML: nested spans, as deep as the size allows", lambda n: "<span>" * (n // 13) + "出U" + "</span>" * (n // 13)),
    ("HTML: one attribute of the whole size", lambda n: '<p title="' + "a" * n + '">出U</p>'),
    ("HTML: styled paragraphs, a third markup", lambda n: fill('<p style="color:#333"><span>今天天气很好，我们去公园散步。</span></p>', n)),
]

NODE = r"""
import { readFileSync } from "node:fs";
import init, { Checker } from "./pkg/draftlint.js";
const out = await init();
const text = readFileSync(process.argv[1], "utf8");
const checker = new Checker();
const started = performance.now();
const report = process.argv[1].endsWith(".html") ? checker.checkHtml(text) : checker.check(text);
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, memory: out.memory.buffer.byteLength, verdict: report.verdict }));
"""


def fill(unit, n):
    size = len(unit.encode())
    return unit * (n // size + 1)


def run_native(path):
    started = time.perf_counter()
    proc = subprocess.Popen([BIN, "check", "--format", "json", path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"draftlint failed on {path}: exit {code}: {proc.stderr.read().decode()}")
    return seconds, usage.ru_maxrss * 1024


def run_wasm(path):
    out = subprocess.run(
        ["node", "--input-type=module", "-e", NODE, path], cwd=ROOT, capture_output=True, text=True, check=True
    )
    import json

    data = json.loads(out.stdout.strip().splitlines()[-1])
    return data["ms"] / 1000, data["memory"]


def main():
    mib = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    n = int(mib * (1 << 20))
    wasm = os.path.exists(os.path.join(ROOT, "pkg/draftlint.js"))
    print(f"{mib:g} MiB per shape; native: {os.path.relpath(BIN, ROOT)}; wasm: {'pkg/ in Node ' + subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip() if wasm else 'not built (make wasm)'}")
    print()
    print("| input | bytes | native time | native peak memory | wasm time | wasm memory |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in SHAPES:
            text = make(n)
            path = os.path.join(tmp, "input.html" if name.startswith("HTML") else "input.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            size = os.path.getsize(path)
            t, rss = run_native(path)
            row = f"| {name} | {size:,} | {t:.2f} s | {rss / (1 << 20):.0f} MiB ({rss / size:.0f}×) |"
            if wasm:
                wt, mem = run_wasm(path)
                row += f" {wt:.2f} s | {mem / (1 << 20):.0f} MiB ({mem / size:.0f}×) |"
            else:
                row += " – | – |"
            print(row, flush=True)


if __name__ == "__main__":
    main()

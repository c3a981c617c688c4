#!/usr/bin/env python3
"""Pick 40 texts for batch 11 helper zhscam11 (stdlib only).

Source: Zhao-Rigel/ChatFraudRecognizer at d3b83e74d544b5b721f5a84cf0cae87b57958cb3
(HEAD df69a251448d7ea9ed32a96c9fe60a33541ef850 has the same data.txt),
data.txt: 233 lines, each the OCR'd text of one WeChat/QQ chat screenshot
followed by a space and a label (1 = fraud chat, 0 = normal chat);
CRLF line ends.

Pool: each line with its trailing " 0"/" 1" label cut off, whitespace around
it stripped (so each text is a byte substring of the file); 20-1,500
characters; exact repeats dropped; texts already in
/work/main/tests/corpus/**/*.jsonl or /work/shared/corpus/dev.jsonl dropped;
near-duplicates (character-bigram Jaccard >= 0.5 on lower-cased text with all
whitespace removed, against every earlier kept text, in file order) dropped.
Then 20 keyword picks (one round through KEYWORDS, for each the first unused
pool text containing it, pool order shuffled by random.Random(7)) and 20 by
random.Random(7).sample over the rest of the pool in file order.
The file has almost no crypto words (no USDT, 交易所, 跑分, 承兑, 带单, 合约,
虚拟币; 比特币 once), so the list is the brief's list adapted to the investment,
gambling and task scams the file holds. A first list had 稳赚, 理才 (the
file's OCR of 理财) and 兼职 in places 9, 10 and 18; each had no unused pool text
left when its turn came (理才 is only in a line over 1,500 characters), so they
were replaced in place by 盈利, 彩票 and 银行卡 before any text was labelled.

Usage: python3 zhscam11.pick.py > picks.jsonl   (prints counts to stderr)
"""
import glob
import json
import random
import re
import subprocess
import sys

REPO = "/work/.mirror/Zhao-Rigel+ChatFraudRecognizer/repo"
COMMIT = "d3b83e74d544b5b721f5a84cf0cae87b57958cb3"
PATH = "data.txt"
KEYWORDS = ["比特币", "币", "投资", "平台", "充值", "提现", "收益", "入金", "盈利",
            "彩票", "股", "彩金", "客服", "下载", "带你", "赚钱", "佣金", "银行卡",
            "转账", "群"]


def log(*a):
    print(*a, file=sys.stderr)


raw = subprocess.run(["git", "--git-dir=" + REPO, "show", f"{COMMIT}:{PATH}"],
                     check=True, capture_output=True).stdout
lines = raw.decode("utf-8").split("\r\n")  # the file has CRLF line ends
log("lines", len(lines))

known = set()
files = glob.glob("/work/main/tests/corpus/**/*.jsonl", recursive=True)
files.append("/work/shared/corpus/dev.jsonl")
for f in files:
    with open(f, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                t = json.loads(line).get("text")
            except Exception:
                continue
            if isinstance(t, str):
                known.add(t.strip())


def bigrams(t):
    s = re.sub(r"\s", "", t.lower())
    return {s[i:i + 2] for i in range(len(s) - 1)} or {s}


stats = dict(empty=0, nolabel=0, length=0, repeat=0, known=0, near=0)
seen = set()
pool, grams = [], []
for n, line in enumerate(lines, 1):
    if not line.strip():
        stats["empty"] += 1
        continue
    m = re.match(r"^(.*) ([01])$", line, re.S)
    if not m:
        stats["nolabel"] += 1
        continue
    t, lab = m.group(1).strip(), m.group(2)
    if not 20 <= len(t) <= 1500:
        stats["length"] += 1
        continue
    if t in seen:
        stats["repeat"] += 1
        continue
    seen.add(t)
    if t in known:
        stats["known"] += 1
        continue
    g = bigrams(t)
    if any(len(g & h) / len(g | h) >= 0.5 for h in grams):
        stats["near"] += 1
        continue
    grams.append(g)
    pool.append((n, lab, t))
log(stats)
log("pool", len(pool), "fraud-labelled", sum(1 for p in pool if p[1] == "1"))

order = list(range(len(pool)))
random.Random(7).shuffle(order)
used = set()
picks = []
for kw in KEYWORDS:
    hit = next((i for i in order if i not in used and kw in pool[i][2]), None)
    if hit is None:
        log("keyword without a text:", kw)
        continue
    used.add(hit)
    picks.append(("kw:" + kw, hit))
log("keyword picks", len(picks))
rest = [i for i in range(len(pool)) if i not in used]
for i in random.Random(7).sample(rest, 40 - len(picks)):
    picks.append(("random", i))

for how, i in picks:
    n, lab, t = pool[i]
    print(json.dumps({"how": how, "line": n, "data_label": lab, "text": t},
                     ensure_ascii=False))

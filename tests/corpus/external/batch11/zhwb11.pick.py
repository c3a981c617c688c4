#!/usr/bin/env python3
"""Pick 40 texts for batch 11 helper zhwb11 (stdlib only).

Source: jojojolin/8btc_scraper, btc.csv at 88bf38cbd292296cbbff450ee42dfa455fadc099
(the only commit holding it; removed again in 51db113). Thread titles of the
8btc / 巴比特 forum's Bitcoin board, crawled 2018-12-16, one row per thread:
文章名称,评论数,阅览数,发布日期,正面字,负面字.

Pool: the 文章名称 field of each row (csv module), whitespace stripped;
20-1,500 characters; a byte substring of the file; exact repeats dropped;
texts already in /work/main/tests/corpus/**/*.jsonl or
/work/shared/corpus/dev.jsonl dropped; near-duplicates (character-bigram
Jaccard >= 0.5 on lower-cased text with whitespace removed, against every
earlier kept text, in file order) dropped.
Then 20 keyword picks (one round through KEYWORDS, for each the first unused
pool text containing it, pool order shuffled by random.Random(7); SPARES are
used in order only while fewer than 20 keywords found a text) and 20 by
random.Random(7).sample over the rest of the pool in file order.

Usage: python3 zhwb11.pick.py > picks.jsonl   (prints counts to stderr)
"""
import csv
import glob
import io
import json
import random
import re
import subprocess
import sys

REPO = "/work/.mirror/jojojolin+8btc_scraper/repo"
COMMIT = "88bf38cbd292296cbbff450ee42dfa455fadc099"
PATH = "btc.csv"
KEYWORDS = ["比特币", "币圈", "交易所", "合约", "杠杆", "做空", "抄底", "挖矿", "矿机",
            "USDT", "理财", "收益", "空投", "跟单", "定投", "火币", "爆仓", "韭菜",
            "群", "上线"]
SPARES = ["BTC", "以太坊", "牛市", "分叉", "暴跌"]


def log(*a):
    print(*a, file=sys.stderr)


raw = subprocess.run(["git", "--git-dir=" + REPO, "show", f"{COMMIT}:{PATH}"],
                     check=True, capture_output=True).stdout
text = raw.decode("utf-8")
rows = list(csv.reader(io.StringIO(text, newline="")))
log("rows", len(rows) - 1)

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


stats = dict(length=0, not_substring=0, repeat=0, known=0, near=0)
seen = set()
pool, grams = [], []
for n, r in enumerate(rows[1:], start=2):
    if not r:
        continue
    t = r[0].strip()
    if not 20 <= len(t) <= 1500:
        stats["length"] += 1
        continue
    if t.encode("utf-8") not in raw:
        stats["not_substring"] += 1
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
    pool.append((n, t))
log(stats)
log("pool", len(pool))

order = list(range(len(pool)))
random.Random(7).shuffle(order)
used = set()
picks = []
for kw in KEYWORDS + SPARES:
    if len(picks) >= 20:
        break
    hit = next((i for i in order if i not in used and kw in pool[i][1]), None)
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
    line, t = pool[i]
    print(json.dumps({"how": how, "csv_line": line, "text": t}, ensure_ascii=False))

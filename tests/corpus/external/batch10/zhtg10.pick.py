#!/usr/bin/env python3
"""Pick 40 messages for batch 10 helper zhtg10 (stdlib only).

Source: Han-tiv/web3 at f890923d4a2435ecfd54346486b8f067d014ba68,
apps/rust-trading-bot/data/猎庄一号_messages.json (a Telegram export of one
caller's messages in a Chinese crypto signal group).

Pool: each message's `text` (JSON-decoded), whitespace stripped; 20-1,500
characters; Chinese (>= 5 CJK characters making >= 30% of the non-space
characters once URLs are removed); exact repeats dropped; texts already in
/work/main/tests/corpus/**/*.jsonl or /work/shared/corpus/dev.jsonl dropped;
near-duplicates (character-bigram Jaccard >= 0.5 on lower-cased text with all
whitespace removed, against every earlier kept text, in file order) dropped.
Then 20 keyword picks (one round through KEYWORDS, for each the first unused
pool text containing it, pool order shuffled by random.Random(7)) and 20 by
random.Random(7).sample over the rest of the pool in file order.
The brief's list had 进群, VIP and 会员; none occurs in the file, so they are
replaced by 群, 付费 and 邀请 (same place in the list); 链接
occurs only in a message dropped as a near-duplicate, so it is replaced by 币安.

Usage: python3 zhtg10.pick.py > picks.jsonl   (prints counts to stderr)
"""
import glob
import json
import random
import re
import subprocess
import sys

REPO = "/work/.mirror/Han-tiv+web3/repo"
COMMIT = "f890923d4a2435ecfd54346486b8f067d014ba68"
PATH = "apps/rust-trading-bot/data/猎庄一号_messages.json"
KEYWORDS = ["做多", "做空", "开多", "开空", "止损", "止盈", "入场", "合约", "杠杆",
            "现货", "带单", "跟单", "群", "付费", "邀请", "客服", "币安", "返佣",
            "空投", "埋伏"]


def log(*a):
    print(*a, file=sys.stderr)


raw = subprocess.run(["git", "--git-dir=" + REPO, "show", f"{COMMIT}:{PATH}"],
                     check=True, capture_output=True).stdout
msgs = json.loads(raw.decode("utf-8"))["messages"]
log("messages", len(msgs))

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

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
URL = re.compile(r"https?://\S+|www\.\S+")


def is_zh(t):
    s = re.sub(r"\s", "", URL.sub("", t))
    n = len(CJK.findall(s))
    return n >= 5 and n >= 0.3 * max(1, len(s))


def bigrams(t):
    s = re.sub(r"\s", "", t.lower())
    return {s[i:i + 2] for i in range(len(s) - 1)} or {s}


stats = dict(empty=0, length=0, not_zh=0, repeat=0, known=0, near=0)
seen = set()
pool, grams = [], []
for m in msgs:
    t = m["text"].strip()
    if not t:
        stats["empty"] += 1
        continue
    if not 20 <= len(t) <= 1500:
        stats["length"] += 1
        continue
    if not is_zh(t):
        stats["not_zh"] += 1
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
    pool.append((m["id"], t))
log(stats)
log("pool", len(pool))

order = list(range(len(pool)))
random.Random(7).shuffle(order)
used = set()
picks = []
for kw in KEYWORDS:
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
    mid, t = pool[i]
    print(json.dumps({"how": how, "msg_id": mid, "text": t}, ensure_ascii=False))

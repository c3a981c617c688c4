#!/usr/bin/env python3
"""Pick 40 texts for batch 9 helper zhspam9 (zh, spam-scam).

Source: Han-tiv/web3, folder apps/social-monitor/services/nitter/data/following/
(one tweets.json per followed X account: Chinese crypto KOL / promo accounts, scraped
via Nitter in October 2025). Text = JSON-decoded `content` of every tweet, stripped.

Stdlib only. Run:  python3 zhspam9.pick.py  (needs the fetched mirror).
Writes the selection to stdout as JSON lines (id-order, with source path) for labelling.
"""
import glob
import json
import math
import os
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict

GITDIR = "/work/.mirror/Han-tiv+web3/repo"
COMMIT = "f890923d4a2435ecfd54346486b8f067d014ba68"
FOLDER = "apps/social-monitor/services/nitter/data/following/"
KEYWORDS = ["邀请码", "返佣", "注册", "USDT", "承兑", "出金", "带单", "喊单", "合约", "空投",
            "加群", "客服", "飞机", "电报", "藏品", "收益", "稳赚", "跟单", "预售", "撸毛"]

CJK = re.compile(r"[\u4e00-\u9fff]")
URL = re.compile(r"https?://\S+")


def git(*args):
    return subprocess.run(["git", "--git-dir=" + GITDIR] + list(args), capture_output=True, check=False)


def known_texts():
    seen = set()
    paths = glob.glob("/work/main/tests/corpus/**/*.jsonl", recursive=True) + ["/work/shared/corpus/dev.jsonl"]
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    t = json.loads(line).get("text")
                except Exception:
                    continue
                if isinstance(t, str):
                    seen.add(t.strip())
    return seen


def is_chinese(t):
    body = URL.sub("", t)
    nonspace = len(re.sub(r"\s", "", body))
    n = len(CJK.findall(body))
    return n >= 10 and nonspace and n / nonspace >= 0.30


def bigrams(t):
    s = re.sub(r"\s+", "", t.lower())
    return {s[i:i + 2] for i in range(len(s) - 1)} or {s}


def main():
    listing = git("ls-tree", "-r", "--name-only", COMMIT, FOLDER).stdout.decode().split("\n")
    files = sorted(p for p in listing if p.endswith("/tweets.json"))
    raw = []  # (path, text) in file order
    stats = Counter()
    for p in files:
        r = git("show", COMMIT + ":" + p)
        try:
            d = json.loads(r.stdout.decode("utf-8"))
        except Exception:
            stats["file_unreadable"] += 1
            continue
        stats["files"] += 1
        for tw in d.get("tweets", []):
            c = tw.get("content")
            if not isinstance(c, str):
                continue
            stats["tweets"] += 1
            raw.append((p, c.strip()))
    # filters
    known = known_texts()
    seen = set()
    cand = []
    for p, t in raw:
        if not (20 <= len(t) <= 1500):
            stats["len_out"] += 1
            continue
        if not is_chinese(t):
            stats["not_zh"] += 1
            continue
        if t in seen:
            stats["exact_repeat"] += 1
            continue
        seen.add(t)
        if t in known:
            stats["already_in_corpus"] += 1
            continue
        cand.append((p, t))
    # near-duplicates: exact Jaccard >= 0.5 on char bigrams, found with prefix filtering
    grams = [bigrams(t) for _, t in cand]
    freq = Counter(g for gs in grams for g in gs)
    index = defaultdict(list)
    pool = []
    kept_grams = []
    for (p, t), gs in zip(cand, grams):
        order = sorted(gs, key=lambda g: (freq[g], g))
        plen = len(order) - math.ceil(0.5 * len(order)) + 1
        prefix = order[:plen]
        cands = set()
        for g in prefix:
            cands.update(index[g])
        dup = False
        for k in cands:
            o = kept_grams[k]
            if len(o) < 0.5 * len(gs) or len(gs) < 0.5 * len(o):
                continue
            inter = len(gs & o)
            if inter / (len(gs) + len(o) - inter) >= 0.5:
                dup = True
                break
        if dup:
            stats["near_dup"] += 1
            continue
        k = len(pool)
        pool.append((p, t))
        kept_grams.append(gs)
        for g in prefix:
            index[g].append(k)
    stats["pool"] = len(pool)
    print(json.dumps(stats, ensure_ascii=False), file=sys.stderr)
    # keyword picks
    order = list(range(len(pool)))
    random.Random(7).shuffle(order)
    used = set()
    picks = []
    kw_i = 0
    rounds = 0
    while len(picks) < 20 and rounds < 5:
        kw = KEYWORDS[kw_i % len(KEYWORDS)]
        for i in order:
            if i not in used and kw in pool[i][1]:
                used.add(i)
                picks.append((i, kw))
                break
        kw_i += 1
        if kw_i % len(KEYWORDS) == 0:
            rounds += 1
    rest = [i for i in range(len(pool)) if i not in used]
    for i in random.Random(7).sample(rest, 20):
        picks.append((i, "random"))
    for n, (i, how) in enumerate(picks, 1):
        p, t = pool[i]
        print(json.dumps({"n": n, "how": how, "path": p, "text": t}, ensure_ascii=False))


if __name__ == "__main__":
    main()

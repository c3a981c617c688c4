#!/usr/bin/env python3
"""Pick 40 texts for batch 11 helper enrd11 (en, forum: Reddit crypto shilling posts).

Source: mridulbsharma/codecademy at 133c1c76b4003916e545f6123c7a8b265c262b87,
data/cms_new_posts.csv, data/cms_top_posts.csv, data/cms_controversial_posts.csv:
r/CryptoMoonShots submissions scraped with PRAW (new / top / controversial listings)
for a GA-style "Project 3" NLP class project (CryptoMoonShots vs wallstreetbets).
Columns id,datetime,title,text,score,upvote_ratio,url,subreddit.
Text = the CSV field `text` (the post body) of a row, stripped; kept only when it is a
byte substring of its file (fields holding a double quote are escaped in the CSV
and are dropped). The wsb_* files (stocks) and the .ipynb_checkpoints copies are not read.

Stdlib only. Run: python3 enrd11.pick.py > picks.jsonl  (needs the fetched mirror).
"""
import csv
import glob
import io
import json
import math
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict

GITDIR = "/work/.mirror/mridulbsharma+codecademy/repo"
COMMIT = "133c1c76b4003916e545f6123c7a8b265c262b87"
PATHS = ["data/cms_new_posts.csv", "data/cms_top_posts.csv", "data/cms_controversial_posts.csv"]
KEYWORDS = ["presale", "launch", "fair launch", "telegram", "join", "airdrop", "giveaway",
            "buy", "contract", "liquidity", "stealth", "moon", "100x", "listing",
            "referral", "leverage", "staking", "mint", "nft", "dm",
            # spares: used in list order only while fewer than 20 keywords found a text
            "whitelist", "pancakeswap", "t.me", "locked", "ico"]


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


def bigrams(t):
    s = re.sub(r"\s+", " ", t.lower())
    return {s[i:i + 2] for i in range(len(s) - 1)} or {s}


def main():
    stats = Counter()
    known = known_texts()
    seen = set()
    cand = []  # (text, path)
    for path in PATHS:
        raw = subprocess.run(["git", "--git-dir=" + GITDIR, "show", COMMIT + ":" + path],
                             capture_output=True, check=True).stdout
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
        stats["rows"] += len(rows)
        for r in rows:
            t = (r.get("text") or "").strip()
            if not (20 <= len(t) <= 1500):
                stats["len_out"] += 1
                continue
            if t.encode("utf-8") not in raw:
                stats["not_byte_substring"] += 1
                continue
            if t in seen:
                stats["exact_repeat"] += 1
                continue
            seen.add(t)
            if t in known:
                stats["already_in_corpus"] += 1
                continue
            cand.append((t, path))
    # near-duplicates: exact Jaccard >= 0.5 on char bigrams, via prefix filtering
    grams = [bigrams(t) for t, _ in cand]
    freq = Counter(g for gs in grams for g in gs)
    index = defaultdict(list)
    pool, kept = [], []
    for (t, path), gs in zip(cand, grams):
        order = sorted(gs, key=lambda g: (freq[g], g))
        plen = len(order) - math.ceil(0.5 * len(order)) + 1
        prefix = order[:plen]
        cs = set()
        for g in prefix:
            cs.update(index[g])
        dup = False
        for k in cs:
            o = kept[k]
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
        pool.append((t, path))
        kept.append(gs)
        for g in prefix:
            index[g].append(k)
    stats["pool"] = len(pool)
    print(json.dumps(stats), file=sys.stderr)
    order = list(range(len(pool)))
    random.Random(7).shuffle(order)
    used, picks = set(), []
    for kw in KEYWORDS:  # one round through the list, stop at 20 picks
        if len(picks) == 20:
            break
        rx = re.compile(r"(?<![a-z0-9])" + re.escape(kw), re.I)
        for i in order:
            if i not in used and rx.search(pool[i][0]):
                used.add(i)
                picks.append((i, kw))
                break
        else:
            print("no text for keyword", kw, file=sys.stderr)
    rest = [i for i in range(len(pool)) if i not in used]
    for i in random.Random(7).sample(rest, 40 - len(picks)):
        picks.append((i, "random"))
    for n, (i, how) in enumerate(picks, 1):
        t, path = pool[i]
        print(json.dumps({"n": n, "how": how, "path": path, "text": t}, ensure_ascii=False))


if __name__ == "__main__":
    main()

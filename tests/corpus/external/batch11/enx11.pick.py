#!/usr/bin/env python3
"""enx11: pick 40 English crypto X posts from ZachMiller10/Crypto-Twitter-Analysis (batch 11).

Source: crypto_hashtag_tweets.csv, a twint search for '#crypto' limited to verified
accounts (Tweeter.py at the same commit), committed in
14777b338e9f9c0035f4ba9c04b475de22d921cc (2021-10-24, "code/data", blob deae59b).
Posts dated 2021-10-15 .. 2021-10-24. Each text is the decoded CSV field `tweet` of one
row, stripped; only rows whose `language` column (Twitter's own tag) is `en`.

Rerun: python3 enx11.pick.py  (stdlib only; reads the fetched mirror with git).
Writes enx11.picks.json (the 40 picks with row id, username, keyword, pool index) and
prints sizes.
"""
import csv
import glob
import io
import json
import os
import random
import re
import subprocess
import sys

GITDIR = "/work/.mirror/ZachMiller10+Crypto-Twitter-Analysis/repo"
PATH = "crypto_hashtag_tweets.csv"
COMMIT = "14777b338e9f9c0035f4ba9c04b475de22d921cc"
# genre keywords, one round through the list; the spares after the first twenty are used
# only while fewer than 20 keyword picks have been found
KEYWORDS = ["presale", "airdrop", "giveaway", "mint", "whitelist", "listing", "buy",
            "sell", "leverage", "staking", "yield", "referral", "join", "DM", "link",
            "profit", "NFT", "exchange", "signal", "wallet",
            "trade", "free", "earn", "launch", "price"]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "enx11.picks.json")


def git_show(commit, path):
    return subprocess.run(["git", "--git-dir=" + GITDIR, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def norm(t):
    t = re.sub(r"https?://\S+", " ", t.lower())
    return re.sub(r"\s+", " ", t).strip()


def bigrams(t):
    return {t[i:i + 2] for i in range(len(t) - 1)}


def known_texts():
    seen = set()
    paths = glob.glob("/work/main/tests/corpus/**/*.jsonl", recursive=True)
    paths.append("/work/shared/corpus/dev.jsonl")
    for p in paths:
        for line in open(p, encoding="utf-8"):
            line = line.strip()
            if not line:
                continue
            o = json.loads(line)
            if "text" in o:
                seen.add(o["text"].strip())
    return seen


def kw_regex(k):
    # case-insensitive, at a word start; keywords of 3 letters or fewer must also end a word
    end = r"\b" if len(k) <= 3 else ""
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(k) + end, re.I)


def main():
    known = known_texts()
    raw = git_show(COMMIT, PATH).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    s = {"rows": len(rows), "lang": 0, "length": 0, "not_substring": 0, "exact": 0,
         "known": 0, "near": 0}
    pool = []
    seen_exact = set()
    kept = []  # (bigram set, size)
    for r in rows:
        if r["language"] != "en":
            s["lang"] += 1
            continue
        t = r["tweet"].strip()
        if not (20 <= len(t) <= 1500):
            s["length"] += 1
            continue
        if t not in raw:
            s["not_substring"] += 1
            continue
        if t in seen_exact:
            s["exact"] += 1
            continue
        seen_exact.add(t)
        if t in known:
            s["known"] += 1
            continue
        bg = bigrams(norm(t))
        n = len(bg)
        near = False
        for obg, on in kept:
            # Jaccard >= 0.5 needs min/max size ratio >= 0.5
            if not n or not on or min(n, on) * 2 < max(n, on):
                continue
            inter = len(bg & obg)
            if inter / (n + on - inter) >= 0.5:
                near = True
                break
        if near:
            s["near"] += 1
            continue
        kept.append((bg, n))
        pool.append({"text": t, "id": r["id"], "user": r["username"], "date": r["date"]})
    s["pool"] = len(pool)
    print(json.dumps(s))

    order = list(range(len(pool)))
    random.Random(7).shuffle(order)
    used = set()
    picks = []
    for k in KEYWORDS:
        if len(picks) == 20:
            break
        rx = kw_regex(k)
        hit = next((i for i in order if i not in used and rx.search(pool[i]["text"])), None)
        if hit is None:
            print("no text for keyword", k)
            continue
        used.add(hit)
        picks.append(dict(pool[hit], how="keyword:" + k, pool_index=hit))
    rest = [i for i in range(len(pool)) if i not in used]
    for i in random.Random(7).sample(rest, 40 - len(picks)):
        picks.append(dict(pool[i], how="random", pool_index=i))
    rawb = raw.encode("utf-8")
    for p in picks:
        p["byte_substring"] = p["text"].encode("utf-8") in rawb
    json.dump(picks, open(OUT, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("picks", len(picks), "->", OUT)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Pick 40 texts for batch 10 helper entg10 (en, telegram-chat).

Source: paritoshsinghrahar/telegram_crawler, data/telegram_processed_data.csv at
db8326d15f5d1aab1e892b076ed8a4d5956ebb77: the messages of the Crypto.com official
Telegram group (t.me/CryptoComOfficial), 2021-05-01..15, that mention doge or shib,
as the repository's author saved them (non-ASCII dropped, lower-cased).
Text = the CSV field `Text` of a row, stripped; kept only when it is a byte substring
of the file (fields holding a double quote are escaped in the CSV and are dropped).

Stdlib only. Run: python3 entg10.pick.py > picks.jsonl  (needs the fetched mirror).
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

GITDIR = "/work/.mirror/paritoshsinghrahar+telegram_crawler/repo"
COMMIT = "db8326d15f5d1aab1e892b076ed8a4d5956ebb77"
PATH = "data/telegram_processed_data.csv"
KEYWORDS = ["buy", "sell", "presale", "airdrop", "join", "link", "referral", "code",
            "pump", "moon", "stake", "earn", "listing", "binance", "wallet", "usdt",
            "nft", "telegram", "http", "admin",
            # spares: used in list order only while fewer than 20 keywords found a text
            "target", "giveaway", "pm", "signal", "group"]


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
    raw = subprocess.run(["git", "--git-dir=" + GITDIR, "show", COMMIT + ":" + PATH],
                         capture_output=True, check=True).stdout
    data = raw.decode("utf-8")
    stats = Counter()
    rows = list(csv.DictReader(io.StringIO(data, newline="")))
    stats["rows"] = len(rows)
    known = known_texts()
    seen = set()
    cand = []
    for r in rows:
        t = (r.get("Text") or "").strip()
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
        cand.append(t)
    # near-duplicates: exact Jaccard >= 0.5 on char bigrams, via prefix filtering
    grams = [bigrams(t) for t in cand]
    freq = Counter(g for gs in grams for g in gs)
    index = defaultdict(list)
    pool, kept = [], []
    for t, gs in zip(cand, grams):
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
        pool.append(t)
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
            if i not in used and rx.search(pool[i]):
                used.add(i)
                picks.append((i, kw))
                break
        else:
            print("no text for keyword", kw, file=sys.stderr)
    rest = [i for i in range(len(pool)) if i not in used]
    for i in random.Random(7).sample(rest, 40 - len(picks)):
        picks.append((i, "random"))
    for n, (i, how) in enumerate(picks, 1):
        print(json.dumps({"n": n, "how": how, "text": pool[i]}, ensure_ascii=False))


if __name__ == "__main__":
    main()

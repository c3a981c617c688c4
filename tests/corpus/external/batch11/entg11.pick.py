#!/usr/bin/env python3
"""Pick 40 texts for batch 11 helper entg11 (en, telegram-chat).

Source: achiko/DiscrodAgent, src/ethglobal.json at
d8bf594e34c02db1bd6a3a0d0951e25c78341823: a DiscordChatExporter JSON export of the
ETHGlobal Discord server, channel #agentic-ethereum-chat (520 messages, Jan-Feb 2025).
Text = the decoded `content` string of a message, stripped. Kept only when the text
occurs in the file either as raw bytes or in its JSON-escaped form (json.dumps,
ensure_ascii=False, without the quotes), so every text can be found in the file.

Stdlib only. Run: python3 entg11.pick.py > picks.jsonl  (needs the fetched mirror).
"""
import glob
import json
import math
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict

GITDIR = "/work/.mirror/achiko+DiscrodAgent/repo"
COMMIT = "d8bf594e34c02db1bd6a3a0d0951e25c78341823"
PATH = "src/ethglobal.json"
KEYWORDS = ["signal", "pump", "buy", "sell", "presale", "airdrop", "join", "referral",
            "exchange", "listing", "leverage", "nft", "invest", "profit", "dm", "wallet",
            "t.me", "giveaway", "whitelist", "bot",
            # spares: used in list order only while fewer than 20 keywords found a text
            "token", "link", "eth", "discord", "contract", "http", "deploy", "team"]


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


def in_file(t, raw):
    if t.encode("utf-8") in raw:
        return True
    return json.dumps(t, ensure_ascii=False)[1:-1].encode("utf-8") in raw


def main():
    raw = subprocess.run(["git", "--git-dir=" + GITDIR, "show", COMMIT + ":" + PATH],
                         capture_output=True, check=True).stdout
    data = json.loads(raw.decode("utf-8"))
    stats = Counter()
    msgs = data["messages"]
    stats["messages"] = len(msgs)
    known = known_texts()
    seen = set()
    cand = []
    for m in msgs:
        t = (m.get("content") or "").strip()
        if not (20 <= len(t) <= 1500):
            stats["len_out"] += 1
            continue
        if not in_file(t, raw):
            stats["not_in_file"] += 1
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

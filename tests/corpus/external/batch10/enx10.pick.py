#!/usr/bin/env python3
"""enx10: pick 40 English crypto/NFT X posts from paritoshtripathi935/Pwiiter-bot (batch 10).

Source: NFT/NFT.csv, written by the repository's NFT/main.py (tweepy search_tweets,
tweet_mode=extended, query built from the hashtags #NFT and #Crypto, 5,000 results) and
committed on 2022-03-24 in a936139c8d50c0f9c180cd61f4c0e84f63328810 (blob 5e375d8,
unchanged at HEAD 54cc9f90827c9a8cb482ca043ad8a147a06f1087). Columns: index, User, Tweet.
Each text is the decoded CSV field `Tweet` of one row, stripped.

Rerun: python3 enx10.pick.py  (stdlib only; reads the fetched mirror with git).
Writes enx10.picks.json (the 40 picks with row, keyword, pool index) and prints sizes.
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

GITDIR = "/work/.mirror/paritoshtripathi935+Pwiiter-bot/repo"
PATH = "NFT/NFT.csv"
COMMIT = "a936139c8d50c0f9c180cd61f4c0e84f63328810"
# genre keywords, one round through the list; the last five are used only while fewer
# than 20 keyword picks have been found
KEYWORDS = ["presale", "airdrop", "giveaway", "whitelist", "mint", "referral", "join",
            "DM", "buy", "pump", "gem", "100x", "launch", "listing", "staking",
            "telegram", "discord", "opensea", "USDT", "news",
            "wallet", "earn", "free", "sale", "price"]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "enx10.picks.json")

FUNCTION_WORDS = set("""a an the and or but if of to in on at for with from by is are was were be been
being am do does did have has had i you he she it we they me my your our their this that these those
not no so as up out just all any can will would should could what who how when where why which
there here than then too very more most some about into over after before now get got""".split())

# function words of other Latin-script languages (French, Spanish, Portuguese, Indonesian,
# German, Italian, Dutch, Turkish, Tagalog); words shared with English left out
OTHER_FUNCTION_WORDS = set("""le la les des du une et est pas qui dans pour sur avec ce ta tu je il elle
mais son sa ses mon ma vos nous vous au aux c el los las del y que en una por para con es lo al
os da do não em um uma yang dan di ke aja kalo ini itu dari untuk dengan ada der die das und ist
nicht ein eine ich du wir sie mit von zu den dem auf für auch wer il di che non per della
het een van niet ik je bir ve bu da ng mga sa ang ako ka""".split())


def git_show(commit, path):
    return subprocess.run(["git", "--git-dir=" + GITDIR, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def strip_tags(t):
    t = re.sub(r"https?://\S+", " ", t)
    t = re.sub(r"\S+\.(com|io|xyz|fi|fun|me|so|org|net|app)(/\S*)?", " ", t)
    t = re.sub(r"[@#$][\w.]+", " ", t)
    t = re.sub(r"^RT\b", " ", t)
    return t


def is_english(t):
    rest = strip_tags(t)
    letters = [c for c in rest if c.isalpha()]
    if not letters:
        return True  # only tags, tickers, links
    latin = sum(1 for c in letters if ("a" <= c.lower() <= "z"))
    if latin / len(letters) < 0.7:
        return False
    words = re.findall(r"[^\W\d_]+", re.sub(r"\S*\d\S*", " ", rest.lower()))
    if len(words) >= 3:
        en = sum(1 for w in words if w in FUNCTION_WORDS)
        other = sum(1 for w in words if w in OTHER_FUNCTION_WORDS)
        if other > en:
            return False
    return True


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
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    header, rows = rows[0], rows[1:]
    assert header == ["", "User", "Tweet"], header
    s = {"rows": len(rows), "length": 0, "lang": 0, "exact": 0, "known": 0, "near": 0}
    pool = []
    seen_exact = set()
    kept = []  # (bigram set, size)
    for r in rows:
        t = r[2].strip()
        if not (20 <= len(t) <= 1500):
            s["length"] += 1
            continue
        if not is_english(t):
            s["lang"] += 1
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
        pool.append({"text": t, "row": r[0], "user": r[1]})
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

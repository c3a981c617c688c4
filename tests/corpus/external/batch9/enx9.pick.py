#!/usr/bin/env python3
"""enx9: pick 40 English crypto X posts from Bekfastbek/TrendPup (batch 9).

Source: two tweet dumps the TrendPup hackathon scraper wrote into
Twitter-scraper/ (X search results for Injective trading terms and for
Injective-ecosystem memecoin tickers, Nov 2023 - Mar 2025):
  - Twitter-scraper/twitter_data.json       at b48a897 (deleted in 7a57b12)
  - Twitter-scraper/twitter_coin_data.json  at 9dceb6e (unchanged to HEAD 47be20f)
Each text is the decoded JSON string value of a record's "text" field, stripped.

Rerun: python3 enx9.pick.py  (stdlib only; reads the fetched mirror with git).
Writes enx9.picks.json (the 40 picks with file/commit/keyword) and prints sizes.
"""
import glob
import json
import os
import random
import re
import subprocess
import sys

GITDIR = "/work/.mirror/Bekfastbek+TrendPup/repo"
FILES = [
    ("Twitter-scraper/twitter_data.json", "b48a8979c433737d286c1dae4bc7d7c9b8b571ab"),
    ("Twitter-scraper/twitter_coin_data.json", "9dceb6e34c2178ddde1d21caf7f478e4238bdebf"),
]
# the brief's 20 suggested keywords, then five more genre words used only while fewer
# than 20 keyword picks are found (presale, referral, giveaway, DM and whitelist find no
# text in this pool); one round through the whole list, stopping at 20 picks
KEYWORDS = ["presale", "airdrop", "claim", "join", "link", "referral", "giveaway",
            "DM", "buy", "pump", "gem", "100x", "launch", "listing", "stake",
            "whitelist", "mint", "news", "SEC", "price",
            "signal", "telegram", "leverage", "earn", "exchange"]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "enx9.picks.json")

FUNCTION_WORDS = set("""a an the and or but if of to in on at for with from by is are was were be been
being am do does did have has had i you he she it we they me my your our their this that these those
not no so as up out just all any can will would should could what who how when where why which
there here than then too very more most some about into over after before now get got""".split())


# function words of the other Latin-script languages seen in the file (French, Spanish,
# Portuguese, Indonesian, Norwegian, Serbian, Vietnamese); words shared with English left out
OTHER_FUNCTION_WORDS = set("""le la les des du une et est pas qui dans pour sur avec ce ta tu je il elle
mais son sa ses mon ma vos nous vous au aux à c' c el los las del y que en una por para con es lo al
os da do não em um uma yang dan di ke aja kalo ini itu dari ngasih og er det som jeg kan ikke
je u na si ako da ti dok của và các là""".split())


def git_show(commit, path):
    return subprocess.run(["git", "--git-dir=" + GITDIR, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def strip_tags(t):
    t = re.sub(r"https?://\S+", " ", t)
    t = re.sub(r"\S+\.(com|io|xyz|fi|fun|me|so|org|net|app)(/\S*)?", " ", t)
    t = re.sub(r"[@#$][\w.]+", " ", t)
    return t


def is_english(t):
    rest = strip_tags(t)
    letters = [c for c in rest if c.isalpha()]
    if not letters:
        return True  # only tags, tickers, links
    latin = sum(1 for c in letters if ("a" <= c.lower() <= "z"))
    if latin / len(letters) < 0.7:
        return False
    words = re.findall(r"[^\W\d_]+", re.sub(r"\S*\d\S*", " ", rest.lower()))  # no addresses
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


def jaccard(a, b):
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


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
    stats = {}
    known = known_texts()
    pool = []  # dicts: text, path, commit
    seen_exact = set()
    kept_bg = []
    for path, commit in FILES:
        raw = git_show(commit, path)
        recs = json.loads(raw.decode("utf-8"))
        s = stats.setdefault(path, {"records": len(recs), "length": 0, "lang": 0,
                                    "exact": 0, "known": 0, "near": 0, "kept": 0})
        for r in recs:
            t = (r.get("text") or "").strip()
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
            if any(jaccard(bg, o) >= 0.5 for o in kept_bg):
                s["near"] += 1
                continue
            kept_bg.append(bg)
            pool.append({"text": t, "path": path, "commit": commit})
            s["kept"] += 1
    print(json.dumps(stats, indent=1))
    print("pool", len(pool))

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
    json.dump(picks, open(OUT, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("picks", len(picks), "->", OUT)


if __name__ == "__main__":
    sys.exit(main())

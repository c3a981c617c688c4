#!/usr/bin/env python3
"""Pick 40 texts for batch 10 helper zhscam10 (zh, spam-scam).

Source: golfxiao/anti_fraud_sft, folder dataset/Fraud_News_Reports/ (one CSV per scam type:
Chinese news and police/prosecutor reports of fraud cases found through Toutiao search;
columns 标题,标题链接,首页缩略封面图,首页缩略文段,发布者,文章正文内容,图片链接).
Text = one paragraph (split at blank lines) of the 文章正文内容 field, stripped, kept only
when its UTF-8 bytes occur verbatim in the raw file (so every pick is a byte substring).

Stdlib only. Run:  python3 zhscam10.pick.py > picks.jsonl   (needs the fetched mirror).
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

GITDIR = "/work/.mirror/golfxiao+anti_fraud_sft/repo"
COMMIT = "d7dfece829de7f77fc5bc2fb8481881f73f26b75"
FOLDER = "dataset/Fraud_News_Reports/"
REPO = "golfxiao/anti_fraud_sft"
KEYWORDS = ["虚拟货币", "虚拟币", "USDT", "泰达币", "比特币", "数字货币", "币圈", "交易所", "区块链",
            "挖矿", "合约", "杀猪盘", "带单", "导师", "投资平台", "APP", "充值", "提现", "跑分", "稳赚"]
CJK = re.compile(r"[\u4e00-\u9fff]")


def git(*args):
    return subprocess.run(["git", "--git-dir=" + GITDIR] + list(args), capture_output=True, check=True).stdout


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
    s = re.sub(r"\s+", "", t.lower())
    return {s[i:i + 2] for i in range(len(s) - 1)} or {s}


def main():
    names = [n for n in git("ls-tree", "-r", "--name-only", "-z", COMMIT, FOLDER).decode().split("\0") if n.endswith(".csv")]
    names.sort()
    stats = Counter()
    raw_paras = []  # (path, text) in file order
    for n in names:
        raw = git("show", COMMIT + ":" + n)
        try:
            s = raw.decode("utf-8")
        except UnicodeDecodeError:
            stats["file_not_utf8"] += 1
            print("skip (not UTF-8):", n, file=sys.stderr)
            continue
        stats["files"] += 1
        rows = list(csv.reader(io.StringIO(s, newline="")))
        for row in rows[1:]:
            if len(row) < 6:
                stats["short_row"] += 1
                continue
            stats["articles"] += 1
            for para in re.split(r"\n[ \t\u3000\xa0]*\n", row[5]):
                para = para.strip()
                if not para:
                    continue
                stats["paragraphs"] += 1
                if para.encode("utf-8") not in raw:
                    stats["not_byte_substring"] += 1
                    continue
                raw_paras.append((n, para))
    known = known_texts()
    seen = set()
    cand = []
    for p, t in raw_paras:
        if not (20 <= len(t) <= 1500):
            stats["len_out"] += 1
            continue
        if len(CJK.findall(t)) < 10:
            stats["few_cjk"] += 1
            continue
        if t in seen:
            stats["exact_repeat"] += 1
            continue
        seen.add(t)
        if t in known:
            stats["already_in_corpus"] += 1
            continue
        cand.append((p, t))
    # near-duplicates: exact Jaccard >= 0.5 on char bigrams against earlier kept texts (prefix filtering)
    grams = [bigrams(t) for _, t in cand]
    freq = Counter(g for gs in grams for g in gs)
    index = defaultdict(list)
    pool, kept = [], []
    for (p, t), gs in zip(cand, grams):
        order = sorted(gs, key=lambda g: (freq[g], g))
        plen = len(order) - math.ceil(0.5 * len(order)) + 1
        prefix = order[:plen]
        cands = set()
        for g in prefix:
            cands.update(index[g])
        dup = False
        for k in cands:
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
        pool.append((p, t))
        kept.append(gs)
        for g in prefix:
            index[g].append(k)
    stats["pool"] = len(pool)
    for kw in KEYWORDS:
        stats["kw:" + kw] = sum(1 for _, t in pool if kw.lower() in t.lower())
    print(json.dumps(stats, ensure_ascii=False), file=sys.stderr)
    # 20 by keyword: one round, first unused text holding the keyword in the shuffled pool order
    order = list(range(len(pool)))
    random.Random(7).shuffle(order)
    used = set()
    picks = []
    for kw in KEYWORDS:
        for i in order:
            if i not in used and kw.lower() in pool[i][1].lower():
                used.add(i)
                picks.append((i, "kw:" + kw))
                break
        else:
            print("keyword without a text:", kw, file=sys.stderr)
    # 20 by random sample over the rest, in pool order
    rest = [i for i in range(len(pool)) if i not in used]
    for i in random.Random(7).sample(rest, 40 - len(picks)):
        picks.append((i, "random"))
    for n, (i, how) in enumerate(picks, 1):
        p, t = pool[i]
        print(json.dumps({"n": n, "how": how, "pool_index": i, "source": REPO + ":" + p, "text": t}, ensure_ascii=False))


if __name__ == "__main__":
    main()

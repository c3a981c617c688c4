#!/usr/bin/env python3
"""Pick 40 texts for batch 9 helper `enscam9` (stdlib only; rerun gives the same 40).

Source: gordondowns/cs152bots, folder Classifier/data/custom_discord_dataset/{train,test}/NN.txt
at commit fa35d325477cd4dfd31c152c20fe3f99397e408b: 41 crypto scam DMs that members of the
r/CryptoCurrency Discord posted as screenshots in its spam-report channel in 2022, OCR'd to text
by the repository's authors (one message per file). The folder's sibling crypto_tweet/ is a copy
of Mottl/Crypto-Tweet (a used source) and is not read.

Unit: a paragraph between blank lines of one file (the brief's "paragraph between blank lines"),
stripped. Whole messages give only 27 after the near-duplicate rule (most are one giveaway
template sent with a new domain each time), too few for 40.
Writes candidates.json (the 40 picks with file paths, unlabelled) next to this script.
"""
import glob, json, os, random, re, subprocess

GITDIR = '/work/.mirror/gordondowns+cs152bots/repo'
COMMIT = 'fa35d325477cd4dfd31c152c20fe3f99397e408b'
FOLDER = 'Classifier/data/custom_discord_dataset'
HERE = os.path.dirname(os.path.abspath(__file__))

KEYWORDS = [  # the brief's suggested list first, then genre words; one round, misses skipped
    'recover', 'invest', 'profit', 'wallet', 'DM', 'WhatsApp', 'telegram', 'airdrop',
    'giveaway', 'support', 'withdraw', 'mining', 'guaranteed', 'account manager', 'bitcoin',
    'usdt', 'btc', 'promo code', 'register', 'presale', 'whitelist', 'pump', 'token', 'nft',
    'eth', 'join', 'discord', 'exchange', 'crypto', 'win',
]


def git(*args):
    return subprocess.run(['git', '--git-dir=' + GITDIR] + list(args),
                          capture_output=True, check=True).stdout


def bigrams(t):
    t = re.sub(r'\s+', ' ', t.lower())
    return {t[i:i + 2] for i in range(len(t) - 1)}


def known_texts():
    seen = set()
    files = glob.glob('/work/main/tests/corpus/**/*.jsonl', recursive=True)
    files.append('/work/shared/corpus/dev.jsonl')
    for fn in files:
        with open(fn, encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    t = json.loads(line).get('text')
                except Exception:
                    continue
                if t:
                    seen.add(re.sub(r'\s+', ' ', t.strip()))
    return seen


def main():
    names = [n for n in git('ls-tree', '-r', '--name-only', COMMIT, FOLDER).decode().split()
             if n.endswith('.txt')]
    names.sort(key=lambda n: n.rsplit('/', 1)[1])  # file order 01..41 (train/test interleaved)
    known = known_texts()
    stats = dict(files=len(names), paragraphs=0, short_or_long=0, exact=0, known=0, near=0)
    pool, pool_bg, seen = [], [], set()
    for n in names:
        raw = git('show', COMMIT + ':' + n).decode('utf-8')
        for para in re.split(r'\n\s*\n', raw):
            t = para.strip()
            if not t:
                continue
            stats['paragraphs'] += 1
            if not 20 <= len(t) <= 1500:
                stats['short_or_long'] += 1
                continue
            if t in seen:
                stats['exact'] += 1
                continue
            seen.add(t)
            if re.sub(r'\s+', ' ', t) in known:
                stats['known'] += 1
                continue
            b = bigrams(t)
            if any(len(b & x) / len(b | x) >= 0.5 for x in pool_bg):
                stats['near'] += 1
                continue
            pool.append((n, t))
            pool_bg.append(b)
    stats["pool"] = len(pool)

    order = list(range(len(pool)))
    random.Random(7).shuffle(order)
    used, picks = set(), []
    for kw in KEYWORDS:
        if len(picks) == 20:
            break
        rx = re.compile(r'(?<![A-Za-z0-9])' + re.escape(kw), re.I)  # word start
        for i in order:
            if i not in used and rx.search(pool[i][1]):
                used.add(i)
                picks.append(dict(idx=i, how='keyword', keyword=kw))
                break
    rest = [i for i in range(len(pool)) if i not in used]
    for i in random.Random(7).sample(rest, 40 - len(picks)):
        picks.append(dict(idx=i, how='random'))
    stats['keyword_picks'] = sum(p['how'] == 'keyword' for p in picks)

    out = []
    for k, p in enumerate(picks, 1):
        n, t = pool[p['idx']]
        assert t.encode('utf-8') in git('show', COMMIT + ':' + n)
        out.append(dict(n=k, file=n, how=p['how'], keyword=p.get('keyword'), text=t))
    with open(os.path.join(HERE, 'candidates.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(stats=stats, picks=out), f, ensure_ascii=False, indent=1)
    print(json.dumps(stats))


if __name__ == '__main__':
    main()

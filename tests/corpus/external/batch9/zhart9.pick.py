#!/usr/bin/env python3
"""Pick 40 paragraphs from beihaili/Get-Started-with-Web3 (Chinese Web3 tutorials) for batch 9, zhart9.

Pool: every .md/.MD file in the tree of commit C (the last commit before the repository's
AI-agent era), split at blank lines, each paragraph stripped; stdlib only."""
import glob, json, random, re, subprocess, sys

GIT = '/work/.mirror/beihaili+Get-Started-with-Web3/repo'
C = 'bd85d07d3da72a7be350dff8b15cd2d91cd9c3ba'
REPO = 'beihaili/Get-Started-with-Web3'
NAME, LANG, GROUP = 'zhart9', 'zh', 'article'
KEYWORDS = ['注册', '推荐码', '返佣', '空投', '合约', '杠杆', '交易所', '币安', '欧易', 'USDT',
            '出金', '质押', '挖矿', '群', '数字藏品', 'NFT', '监管', '风险', '钱包', '手续费']

def git(*a):
    return subprocess.run(['git', '--git-dir', GIT] + list(a), check=True, capture_output=True).stdout

CJK = re.compile(r'[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]')
def cjk_ok(t):
    s = re.sub(r'\s', '', t)
    return len(s) > 0 and len(CJK.findall(s)) / len(s) >= 0.30

def is_junk(p):
    lines = p.split('\n')
    if len(lines) == 1 and re.match(r'^\s*#', p):
        return True                                  # one-line heading
    if re.fullmatch(r'[-*_=\s]{3,}', p):
        return True                                  # rule
    body = re.sub(r'<div[^>]*>\s*<img[^>]*>\s*</div>|!\[[^\]]*\]\([^)]*\)|<img[^>]*>', '', p)
    return body.strip() == ''                        # image only

def bigrams(t):
    s = re.sub(r'\s', '', t.lower())
    return {s[i:i + 2] for i in range(len(s) - 1)}

def jacc(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0

def known_texts():
    out = set()
    for f in glob.glob('/work/main/tests/corpus/**/*.jsonl', recursive=True) + ['/work/shared/corpus/dev.jsonl']:
        for line in open(f, encoding='utf-8'):
            line = line.strip()
            if line:
                try:
                    out.add(json.loads(line).get('text', '').strip())
                except Exception:
                    pass
    return out

def build_pool():
    files = sorted(f for f in git('ls-tree', '-r', '--name-only', C).decode().splitlines()
                   if f.lower().endswith('.md'))
    known = known_texts()
    stats = dict(files=len(files), paras=0, junk=0, length=0, cjk=0, exact=0, known=0, near=0)
    pool, seen, grams = [], set(), []
    for f in files:
        raw = git('show', f'{C}:{f}').decode('utf-8')
        for p in re.split(r'\n[ \t]*\n', raw):
            p = p.strip()
            if not p:
                continue
            stats['paras'] += 1
            if is_junk(p):
                stats['junk'] += 1; continue
            if not 20 <= len(p) <= 1500:
                stats['length'] += 1; continue
            if not cjk_ok(p):
                stats['cjk'] += 1; continue
            if p in seen:
                stats['exact'] += 1; continue
            seen.add(p)
            if p in known:
                stats['known'] += 1; continue
            g = bigrams(p)
            if any(jacc(g, h) >= 0.5 for h in grams):
                stats['near'] += 1; continue
            grams.append(g)
            pool.append((f, p))
    return pool, stats

def pick(pool):
    order = list(range(len(pool)))
    random.Random(7).shuffle(order)
    used, picks = set(), []
    rounds = 0
    while len(picks) < 20:
        rounds += 1
        before = len(picks)
        for kw in KEYWORDS:
            if len(picks) == 20:
                break
            for i in order:
                if i not in used and kw.lower() in pool[i][1].lower():
                    used.add(i); picks.append((i, kw)); break
            else:
                print('no unused text for keyword', kw, 'in round', rounds, file=sys.stderr)
        if len(picks) == before:
            break
    rest = [i for i in range(len(pool)) if i not in used]
    for i in random.Random(7).sample(rest, 20):
        picks.append((i, None))
    return picks

if __name__ == '__main__':
    pool, stats = build_pool()
    print(json.dumps(stats), 'pool', len(pool), file=sys.stderr)
    picks = pick(pool)
    with open('/tmp/batch9/zhart9/zhart9.picks.json', 'w', encoding='utf-8') as fh:
        for n, (i, kw) in enumerate(picks, 1):
            f, t = pool[i]
            fh.write(json.dumps(dict(n=n, kw=kw, pool_index=i, source=f'{REPO}:{f}', text=t), ensure_ascii=False) + '\n')
    print('wrote', len(picks), file=sys.stderr)

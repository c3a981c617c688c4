#!/usr/bin/env python3
"""Collect the external corpus again from its manifest (issue 8).

The texts of ``tests/corpus/external/*.jsonl`` are real public texts by others, read through
the search tool; they may not be committed, so a new machine starts without them. What is
committed is ``manifest.jsonl``: every item's id, label, source, length and the SHA-256 of
its text. This tool finds each text again in its source and keeps it only when the hash
matches, so a collected item is byte for byte the one that was labelled.

Texts found are kept one per file in ``tests/corpus/external/texts/<id>.txt`` (ignored by
git), then written into the corpus files by ``assemble``.

Commands (run from the project root)::

    # 1. texts in GitHub repositories: bring each repository of the manifest here with the
    #    `fetch` tool first (it lands in /work/.mirror/<owner>+<name>/repo), then (tweet
    #    CSVs, Markdown, JSON datasets and pickled message histories, read as data only)
    python3 tools/external_corpus.py mirror [--mirrors /work/.mirror] [--repo owner/name]
    # 2. texts of web pages and issue threads: save what the search tool returned for the
    #    item's source into a file and let the tool look for the text in it
    python3 tools/external_corpus.py verify <id> <candidate-file>
    # 3. what is still missing, per language and part
    python3 tools/external_corpus.py status [--missing]
    # 4. write en.jsonl, zh.jsonl, en2.jsonl, zh2.jsonl, en3.jsonl from the texts found
    python3 tools/external_corpus.py assemble

``assemble`` writes each item's part (tuning or validation) into it, computed over the
*whole* manifest the way ``draftlint::eval::split_by_source`` computes it. Without that, a
source that could not be found again would shift the alternation and move other sources
between the parts.
"""

import argparse
import codecs
import csv
import hashlib
import html
import io
import itertools
import json
import os
import pickle
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXTERNAL = os.path.join(ROOT, "tests", "corpus", "external")
TEXTS = os.path.join(EXTERNAL, "texts")


def sha(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def fnv1a64(s):
    """`draftlint::eval::fnv1a64`."""
    h = 0xCBF29CE484222325
    for b in s.encode("utf-8"):
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def source_key(source):
    """`draftlint::eval::source_key`: a URL's host (a GitHub URL's owner/repo), else the text
    before the first colon, lowercased."""
    s = source.strip()
    if "://" in s:
        rest = s.split("://", 1)[1]
        m = re.search(r"[/?#]", rest)
        end = m.start() if m else len(rest)
        host = rest[:end].rsplit("@", 1)[-1].split(":")[0].lower()
        host = host[4:] if host.startswith("www.") else host
        if host in ("github.com", "raw.githubusercontent.com"):
            segments = [p for p in re.split(r"[/?#]", rest[end:]) if p]
            if len(segments) >= 2:
                return f"{segments[0]}/{segments[1]}".lower()
        return host
    key = s.split(":")[0].strip()
    return (key or s).lower()


def manifest():
    """The manifest's items, each with its `part` (given, or by the source alternation)."""
    with open(os.path.join(EXTERNAL, "manifest.jsonl"), encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    keys = {}
    for it in items:
        if it.get("part") is None:
            keys.setdefault(it["lang"], set()).add(source_key(it.get("source") or ""))
    part = {}
    for lang, ks in keys.items():
        for i, k in enumerate(sorted(ks, key=lambda k: (fnv1a64(k), k))):
            part[(lang, k)] = "tuning" if i % 2 == 0 else "validation"
    for it in items:
        if it.get("part") is None:
            it["part"] = part[(it["lang"], source_key(it.get("source") or ""))]
    return items


def found(item):
    return os.path.exists(os.path.join(TEXTS, item["id"] + ".txt"))


def keep(item, text):
    os.makedirs(TEXTS, exist_ok=True)
    # newline="": a text's own line endings (CR LF in OCR'd messages) stay as they are.
    with open(os.path.join(TEXTS, item["id"] + ".txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


def windows(text, wanted):
    """Looks for every wanted (sha -> item) text as a window of `text`; keeps and removes
    each one found."""
    for length in sorted({it["chars"] for it in wanted.values()}):
        for i in range(0, len(text) - length + 1):
            it = wanted.get(sha(text[i : i + length]))
            if it is not None:
                keep(it, text[i : i + length])
                del wanted[it["sha256"]]
        if not wanted:
            return


FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

# How texts were cut from their sources: whitespace tidied, markup of a page taken off.
TIDY = [
    lambda t: t.replace("\r\n", "\n").replace("\r", "\n"),
    lambda t: t.replace("\u00a0", " ").replace("\u200b", ""),
    html.unescape,
    lambda t: "\n".join(line.strip() for line in t.split("\n")),
    lambda t: re.sub(r"[ \t]+", " ", t),
    lambda t: re.sub(r"\s+", " ", t),
    lambda t: re.sub(r"\n\s*\n+", "\n\n", t),
    lambda t: re.sub(r"\n+", "\n", t),
    lambda t: t.replace("\\n", "\n").replace('\\"', '"'),
    # Full-width ASCII as plain ASCII (U+FF01-U+FF5E, and U+3000 as a space), as the search
    # tool stores some pages and files (`！，：` as `!,:`); nothing else of NFKC (`……` stays).
    # The 2026-12-04 recollection matched 16 texts only this way.
    lambda t: t.translate(FULLWIDTH),
]
# How list markers were written where the text was labelled and where it is found again:
# bullets as `•`, `- ` or nothing, numbered items with or without their numbers, and `---`
# rules between sections (the 2026-12-02 recollection matched several pages only by hand
# this way).
LISTS = [
    lambda t: re.sub(r"(?m)^([ \t]*)•[ \t]*", r"\1", t),
    lambda t: re.sub(r"(?m)^[ \t]*•[ \t]*", "", t),
    lambda t: re.sub(r"(?m)^([ \t]*)•[ \t]*", r"\1- ", t),
    lambda t: re.sub(r"(?m)^([ \t]*)[0-9]+\.[ \t]+", r"\1", t),
    lambda t: re.sub(r"(?m)^[ \t]*-{3,}[ \t]*\n?", "", t),
]
MARKDOWN = [
    lambda t: re.sub(r"\A---\n.*?\n---\n", "", t, flags=re.S),
    lambda t: re.sub(r"(?m)^\s*!\[[^\]]*\]\([^)]*\)\s*\n?", "", t),
    lambda t: re.sub(r"!\[[^\]]*\]\([^)]*\)", "", t),
    lambda t: re.sub(r"(?m)^#+\s*", "", t),
    lambda t: re.sub(r"(?m)^(\s*)[-*+]\s+", r"\1", t),
    lambda t: re.sub(r"\*\*|__", "", t),
    lambda t: re.sub(r"\[([^\]]*)\]\(([^)]*)\)", r"\1", t),
    lambda t: re.sub(r"\[([^\]]*)\]\(([^)]*)\)", r"\1 (\2)", t),
    lambda t: re.sub(r"<[^>]+>", "", t),
    lambda t: re.sub(r"\n{3,}", "\n\n", t),
    lambda t: re.sub(r"\n\s*\n", "\n", t),
    lambda t: re.sub(r"(?m)^>\s?", "", t),
    lambda t: t.replace("`", ""),
    lambda t: "\n".join(line.strip() for line in t.split("\n")),
]

def variants(text, steps, depth):
    """`text` under every combination of up to `depth` of `steps`, in order."""
    seen = set()
    for k in range(depth + 1):
        for combo in itertools.combinations(steps, k):
            t = text
            for step in combo:
                t = step(t)
            if t not in seen:
                seen.add(t)
                yield t


def tweet_fields(text):
    """A CSV of tweets: its fields, a Python bytes literal (`b'…\\xe2\\x80\\xa6'`) decoded."""
    sample = text[:4096]
    delimiter = max(",;\t", key=sample.count)
    for row in csv.reader(io.StringIO(text), delimiter=delimiter):
        for field in row:
            if field[:2] in ("b'", 'b"') and len(field) > 3:
                try:
                    raw = codecs.escape_decode(field[2:-1].encode("latin-1", "replace"))[0]
                    field = raw.decode("utf-8", "replace")
                except ValueError:
                    pass
            yield field


class DataOnly(pickle.Unpickler):
    """Unpickles data alone: a pickle names the classes it rebuilds, and any but dates
    (Telethon message dicts hold `datetime`s) is refused, so no code in the file runs."""

    ALLOWED = {("datetime", "datetime"), ("datetime", "timezone"), ("datetime", "timedelta"), ("datetime", "date")}

    def find_class(self, module, name):
        if (module, name) in self.ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"refusing to rebuild {module}.{name}")


def strings_in(value):
    """Every string in a JSON or unpickled value, nested lists and dicts included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings_in(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from strings_in(v)


def data_fields(path, raw):
    """The strings of a JSON (`.json`) or pickled (`.pkl`) dataset file, or None."""
    try:
        if path.endswith(".json"):
            return list(strings_in(json.loads(raw.decode("utf-8"))))
        if path.endswith(".pkl"):
            return list(strings_in(DataOnly(io.BytesIO(raw)).load()))
    except (ValueError, pickle.UnpicklingError, EOFError) as e:
        print(f"{path}: not read ({e})")
        return []
    return None


def cmd_mirror(args):
    items = [
        it
        for it in manifest()
        if "://" not in it["source"] and not found(it) and it["source"].startswith(args.repo or "")
    ]
    by_file = {}
    for it in items:
        repo, path = it["source"].split(":", 1)
        by_file.setdefault((repo, path), []).append(it)
    csv.field_size_limit(sys.maxsize)
    for (repo, path), its in sorted(by_file.items()):
        git_dir = os.path.join(args.mirrors, repo.replace("/", "+"), "repo")
        # A snapshot may land as a bare repository (`repo/`) or as a clone (`repo/.git`).
        if os.path.isdir(os.path.join(git_dir, ".git")):
            git_dir = os.path.join(git_dir, ".git")
        if not os.path.isdir(git_dir):
            print(f"not here: {repo} (fetch it first), {len(its)} items")
            continue
        wanted = {it["sha256"]: it for it in its}
        revs = subprocess.run(
            ["git", "--git-dir", git_dir, "log", "--all", "--format=%H", "--", path],
            capture_output=True, text=True,
        ).stdout.split() or ["HEAD"]
        for rev in revs[:10]:
            if not wanted:
                break
            shown = subprocess.run(
                ["git", "--git-dir", git_dir, "show", f"{rev}:{path}"], capture_output=True
            )
            if shown.returncode:
                continue
            fields = data_fields(path, shown.stdout)
            if fields is not None:
                # A dataset of messages (JSON comments, a pickled Telegram history): each
                # text is one message, with the whitespace around it stripped.
                for field in fields:
                    windows(field.strip(), wanted)
                continue
            text = shown.stdout.decode("utf-8", "replace")
            if path.endswith(".csv"):
                for field in tweet_fields(text):
                    for v in variants(field, TIDY[2:6], 2):
                        windows(v.strip(), wanted)
                        windows(re.sub(r"https?://\S+", "", v).strip(), wanted)
            else:
                # A post's title may open the text, before its body.
                title = re.search(r'(?m)^title:\s*"?(.*?)"?\s*$', text)
                # Line endings as LF, or as the file has them (batch 9's OCR'd messages
                # were labelled with their CR LF).
                bases = [text.replace("\r\n", "\n")] + ([text] if "\r" in text else [])
                for v in (v for base in bases for v in variants(base, MARKDOWN, args.depth)):
                    windows(v, wanted)
                    if title:
                        windows(title.group(1) + "\n" + MARKDOWN[0](v), wanted)
                        windows(title.group(1) + "\n\n" + MARKDOWN[0](v), wanted)
                    if not wanted:
                        break
        print(f"{repo}:{path}: {len(its) - len(wanted)} of {len(its)}", flush=True)


def cmd_verify(args):
    items = {it["id"]: it for it in manifest()}
    item = items.get(args.id)
    if item is None:
        sys.exit(f"no item {args.id} in the manifest")
    with open(args.candidate, encoding="utf-8") as f:
        text = f.read()
    wanted = {item["sha256"]: item}
    for v in variants(text, TIDY, 2):
        windows(v, wanted)
        if not wanted:
            print("MATCH", args.id)
            return
    # Then with one change of list markers first.
    for lists in LISTS:
        for v in variants(lists(text), TIDY, 2):
            windows(v, wanted)
            if not wanted:
                print("MATCH", args.id)
                return
    print("NO", args.id, "wanted chars:", item["chars"])
    sys.exit(1)


def cmd_status(args):
    counts = {}
    for it in manifest():
        c = counts.setdefault((it["lang"], it["part"]), [0, 0])
        c[1] += 1
        if found(it):
            c[0] += 1
        elif args.missing:
            print(it["id"], it["source"])
    for (lang, part), (have, total) in sorted(counts.items()):
        print(f"{lang} {part:<10} {have:>4} of {total}")


def cmd_assemble(args):
    out = {}
    missing = 0
    for it in manifest():
        if not found(it):
            missing += 1
            continue
        with open(os.path.join(TEXTS, it["id"] + ".txt"), encoding="utf-8", newline="") as f:
            text = f.read()
        if sha(text) != it["sha256"]:
            sys.exit(f"{it['id']}: its text does not match the manifest's hash")
        row = {k: v for k, v in it.items() if k not in ("file", "sha256", "chars")}
        row["text"] = text
        out.setdefault(it["file"], []).append(row)
    for name, rows in sorted(out.items()):
        with open(os.path.join(EXTERNAL, name), "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{name}: {len(rows)} items")
    print(f"not found again: {missing} (`status --missing` lists them)")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("mirror", help="find texts in fetched GitHub repositories")
    m.add_argument("--mirrors", default="/work/.mirror")
    m.add_argument("--depth", type=int, default=4, help="markdown clean-ups combined")
    m.add_argument("--repo", help="only the items of this repository (owner/name)")
    v = sub.add_parser("verify", help="find one item's text in a saved excerpt")
    v.add_argument("id")
    v.add_argument("candidate")
    s = sub.add_parser("status", help="how many texts are here, per language and part")
    s.add_argument("--missing", action="store_true")
    sub.add_parser("assemble", help="write the corpus files from the texts found")
    args = p.parse_args()
    {"mirror": cmd_mirror, "verify": cmd_verify, "status": cmd_status,
     "assemble": cmd_assemble}[args.cmd](args)


if __name__ == "__main__":
    main()

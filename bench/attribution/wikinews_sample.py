#!/usr/bin/env python3
"""A random sample of the quotes kosearch extracts from Korean Wikinews, for a
verdict by an annotator (issue 13: no speaker may be a bare title, a part of
a name where the article has the full name, or a thing that cannot speak).

Indexes nothing: runs `kosearch-index --extract` over
../shared/corpus/kowikinews/articles.jsonl, draws --count quotes with a fixed
seed from every quote extracted (in article and offset order), and writes a
Markdown table with the article id, the quote's start, the speaker fields and
the sentence around the quote, and an empty verdict column.

Usage (from the project root, after building):
  python3 bench/attribution/wikinews_sample.py --index build/kosearch-index
"""
import argparse
import json
import pathlib
import random
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SEED = 20261130
FIELDS = ["speaker", "role", "org", "speaker_type", "speaker_as_written"]


def extract(index_binary, corpus):
    """{article id: [quotes]} from kosearch-index --extract."""
    run = subprocess.run([index_binary, "--extract", str(corpus)], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{index_binary} --extract failed ({run.returncode}): {run.stderr.strip()[:300]}")
    return {r["id"]: r.get("quotes", []) for r in map(json.loads, run.stdout.splitlines())}


def sentence_around(body, start, end, reach=160):
    """The text from the sentence start before the quote to the sentence end after it."""
    left = max(body.rfind("\n", 0, start - 1), body.rfind(". ", 0, start - 1))
    left = max(left + 1, start - reach)
    right_candidates = [i for i in (body.find("\n", end), body.find(". ", end + 1)) if i >= 0]
    right = min(min(right_candidates) + 1 if right_candidates else len(body), end + reach)
    return body[left:start] + "【" + body[start:end] + "】" + body[end:right]


def cell(text):
    return " ".join(str(text or "").replace("|", "\\|").split()).strip() or "—"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", default=str(ROOT / "build" / "kosearch-index"), help="the kosearch-index binary")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "kowikinews" / "articles.jsonl"))
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=str(HERE / "wikinews_sample.md"))
    ap.add_argument("--exclude", nargs="*", default=[],
                    help="earlier samples (their .md files): quotes they listed are not drawn again")
    args = ap.parse_args()
    seen = set()
    for path in args.exclude:
        seen |= set(re.findall(r"^\| \d+ \| (\S+@\d+) \|", pathlib.Path(path).read_text(encoding="utf-8"), re.M))

    bodies = {}
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            bodies[record["id"]] = record["body"]
    quotes = extract(args.index, args.corpus)
    everything = [(aid, q) for aid in sorted(quotes) for q in sorted(quotes[aid], key=lambda q: q["start"])]
    extracted = len(everything)
    everything = [(aid, q) for aid, q in everything if f"{aid}@{q['start']}" not in seen]
    if len(everything) < args.count:
        sys.exit(f"only {len(everything)} quotes extracted, fewer than --count {args.count}")
    sample = sorted(random.Random(args.seed).sample(everything, args.count), key=lambda p: (p[0], p[1]["start"]))
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)

    lines = [
        "# Speakers of 100 quotes sampled from Korean Wikinews (issue 13)",
        "",
        f"Made by `bench/attribution/wikinews_sample.py` (seed {args.seed}) from `kosearch-index --extract` over "
        f"`kowikinews/articles.jsonl` ({len(bodies)} articles, {extracted} quotes extracted"
        + (f"; {extracted - len(everything)} listed in earlier samples not drawn again" if seen else "")
        + f") at commit `{commit.stdout.strip() or 'unknown'}`. The quote is its first 60 characters; the sentence marks it 【…】.",
        "",
        "Verdict: `ok`, or the kind of error: `bare title` (a title where the article names the person), "
        "`part of name` (the article has the full name), `non-agent` (a thing that cannot speak), "
        "`wrong person`, `missing` (no speaker though the article names one), `not a quote`.",
        "",
        "| # | article | quote | speaker | role | org | speaker_type | speaker_as_written | sentence | verdict |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for n, (aid, q) in enumerate(sample, 1):
        body = bodies[aid]
        row = [str(n), f"{aid}@{q['start']}", cell(q["text"][:60])] + [cell(q.get(f)) for f in FIELDS]
        row += [cell(sentence_around(body, q["start"], q["end"])), ""]
        lines.append("| " + " | ".join(row) + " |")
    pathlib.Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {args.count} of {len(everything)} quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Scores kosearch's quote attribution against the annotated set in this folder.

Runs `kosearch-index --extract` over every unit of one split (articles and
single sentences, those without quotes included), matches the extracted
quotes to the annotated ones by their offsets, and prints:
  - quotes found (recall) and extracted quotes that match no annotation;
  - attribution accuracy: the share of annotated quotes that were found AND
    given the annotated speaker (a person's full name, an organization's
    name, or no name for an unnamed speaker);
  - the no-speaker rate where the article names the speaker, and the rate of
    wrong names (a confident error is worse than no answer);
  - the same by kind, by form (how the text refers to the speaker), by source,
    and the misses by kind of miss.

Usage (from the project root):
  python3 bench/attribution/evaluate.py --index build/kosearch-index            # dev split
  python3 bench/attribution/evaluate.py --index build/kosearch-index --show-misses
  python3 bench/attribution/evaluate.py --index build/kosearch-index --split test --json out.json

Tune on dev only. The test split is for the final figure, once; the script
refuses to list test items one by one.
"""
import argparse
import collections
import json
import pathlib
import subprocess
import sys
import tempfile
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = {
    # source: (file under the corpus folder, text field)
    "sci-news-sum-kr-50": ("sci-news-sum-kr-50/articles.jsonl", "body"),
    "kowikinews": ("kowikinews/articles.jsonl", "body"),
    "korean-english-news": ("korean-english-news/pairs.jsonl", "ko"),
    "kmou-ner": ("kmou-ner/ner-news.jsonl", "text"),
}


def load_units(corpus, split_units):
    """{(source, id): text} for every unit listed in the split."""
    texts = {}
    for source, ids in split_units.items():
        wanted = set(ids)
        path, field = SOURCES[source]
        with open(corpus / path, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if record["id"] in wanted:
                    texts[(source, record["id"])] = record[field]
        missing = wanted - {i for (s, i) in texts if s == source}
        if missing:
            sys.exit(f"{path}: {len(missing)} unit(s) of the split not found, e.g. {sorted(missing)[0]}")
    return texts


def extract(index_binary, texts):
    """{(source, id): [quote dicts]} from kosearch-index --extract."""
    keys = sorted(texts)
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "units.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for n, key in enumerate(keys):
                # Ids are numbered so that the two sources' ids never collide.
                f.write(json.dumps({"id": f"u{n}", "title": "", "body": texts[key]}, ensure_ascii=False) + "\n")
        run = subprocess.run([index_binary, "--extract", str(path)], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{index_binary} --extract failed ({run.returncode}): {run.stderr.strip()[:300]}")
    by_id = {}
    for line in run.stdout.splitlines():
        record = json.loads(line)
        by_id[record["id"]] = record.get("quotes", [])
    if len(by_id) != len(keys):
        sys.exit(f"--extract gave {len(by_id)} records for {len(keys)} units")
    return {key: by_id[f"u{n}"] for n, key in enumerate(keys)}


def norm(name):
    """Names compare without spaces, middle dots and case (젠슨 황 = 젠슨황)."""
    name = unicodedata.normalize("NFKC", name or "")
    return "".join(ch for ch in name if not ch.isspace() and ch not in "·ㆍ・").lower()


def match(gold, extracted):
    """The extracted quote that covers most of the gold quote (half of it at least), or None."""
    best, best_overlap = None, 0
    length = max(gold["quote_end"] - gold["quote_start"], 1)
    for q in extracted:
        overlap = min(gold["quote_end"], q["end"]) - max(gold["quote_start"], q["start"])
        if overlap > best_overlap:
            best, best_overlap = q, overlap
    if best is None or best_overlap < 0.5 * min(length, max(best["end"] - best["start"], 1)):
        return None
    return best


def verdict(gold, found):
    """(correct?, kind of miss or None) for one annotated quote."""
    if found is None:
        return False, "quote not found"
    said = norm(found.get("speaker"))
    expected = norm(gold["speaker"])
    if gold["kind"] == "unnamed":
        if not said:
            return True, None
        return False, "a name for an unnamed speaker (title, thing or someone else)"
    if said == expected:
        return True, None
    if not said:
        return False, "no speaker though the text names one"
    if gold.get("form") == "reported":
        return False, "reported speech given to someone else"
    if said in expected:
        return False, "part of the name instead of the full name"
    if said.endswith(expected):
        return False, "a longer name than the text gives there"
    if expected in said:
        return False, "title or affiliation glued to the name"
    return False, "another name"


# test5 to test8 were each scored once (stops 26 to 29, their figures in the
# README); since then their units are tunable under the names dev5 to dev13.
# test13 (stop 34), test14 (stop 35), test15 (stop 36) and test16 (stop 37) are tunable as dev13 to dev16; test17 is the held-out round of stop 38.
SPLIT_FILES = {"dev5": "test5", "dev6": "test6", "dev7": "test7", "dev8": "test8", "dev9": "test9", "dev10": "test10", "dev11": "test11", "dev12": "test12", "dev13": "test13", "dev14": "test14", "dev15": "test15", "dev16": "test16"}


def rate(n, d):
    return f"{n / d:.3f} ({n}/{d})" if d else "n/a (0/0)"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", required=True, help="the kosearch-index binary")
    ap.add_argument("--split", choices=["dev", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17"], default="dev")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--show-misses", action="store_true", help="list each miss (dev only)")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    if args.show_misses and not args.split.startswith("dev"):
        sys.exit("--show-misses is for dev: the test split is scored once, without looking at its items")

    name = SPLIT_FILES.get(args.split, args.split)
    gold = [json.loads(line) for line in open(HERE / f"{name}.jsonl", encoding="utf-8")]
    splits = json.load(open(HERE / "splits.json", encoding="utf-8"))[name]
    texts = load_units(pathlib.Path(args.corpus), splits)
    extracted = extract(args.index, texts)

    totals = collections.Counter()
    groups = {"kind": collections.defaultdict(collections.Counter),
              "form": collections.defaultdict(collections.Counter),
              "source": collections.defaultdict(collections.Counter)}
    misses = collections.Counter()
    matched = set()
    listing = []
    for g in gold:
        key = (g["source"], g["article_id"])
        found = match(g, extracted[key])
        if found is not None:
            matched.add((key, found["start"]))
        correct, miss = verdict(g, found)
        named = g["kind"] != "unnamed"
        row = {"found": found is not None, "correct": correct,
               "silent": named and found is not None and not found.get("speaker"),
               "wrong_name": found is not None and bool(found.get("speaker")) and not correct}
        for name, value in row.items():
            totals[name] += value
        totals["gold"] += 1
        totals["named"] += named
        totals["named_found"] += named and found is not None
        for field in groups:
            groups[field][g[field]]["gold"] += 1
            groups[field][g[field]]["correct"] += correct
        if miss:
            misses[miss] += 1
            listing.append((g, found, miss))
    extracted_total = sum(len(v) for v in extracted.values())
    unmatched = extracted_total - len(matched)

    print(f"attribution set, {args.split} split: {totals['gold']} annotated quotes in {len(texts)} units")
    print(f"quotes found            {rate(totals['found'], totals['gold'])}")
    print(f"extracted, unannotated  {unmatched} of {extracted_total} extracted quotes")
    print(f"attribution accuracy    {rate(totals['correct'], totals['gold'])}")
    print(f"no speaker (named ones) {rate(totals['silent'], totals['named_found'])}")
    print(f"wrong name given        {rate(totals['wrong_name'], totals['found'])}")
    for field, table in groups.items():
        print(f"\nby {field}:")
        for value, c in sorted(table.items(), key=lambda kv: -kv[1]["gold"]):
            print(f"  {value:<22} {rate(c['correct'], c['gold'])}")
    print("\nmisses by kind:")
    for miss, n in misses.most_common():
        print(f"  {n:4d}  {miss}")
    if args.show_misses:
        print("\nmisses:")
        for g, found, miss in listing:
            said = found.get("speaker") if found else None
            print(f"  {g['article_id']}@{g['quote_start']} [{g['form']}] {g['quote_head']!r}: "
                  f"expected {g['speaker'] or '(unnamed ' + str(g['role']) + ')'}, got {said!r} — {miss}")
    if args.json:
        figures = {"split": args.split, "quotes": totals["gold"], "found": totals["found"],
                   "correct": totals["correct"], "silent": totals["silent"], "named_found": totals["named_found"],
                   "wrong_name": totals["wrong_name"], "extracted": extracted_total, "unannotated": unmatched,
                   "by": {f: {v: dict(c) for v, c in t.items()} for f, t in groups.items()},
                   "misses": dict(misses)}
        pathlib.Path(args.json).write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

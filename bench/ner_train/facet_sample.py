#!/usr/bin/env python3
"""The values of the people and organization facets on a corpus, for judging
by hand (issue 15, point 4; the judgments are in bench/ner_results.md).

  bench/ner_train/facet_sample.py --index build/kosearch-index --corpus corpus [--schema schema]
  bench/ner_train/facet_sample.py --extracted FIELDS.jsonl   # a saved `kosearch-index --extract` output

Runs `kosearch-index --extract` over the corpus (or reads its saved output) and prints, for each facet,
how many values it has, its 50 most frequent values (what a user sees first)
and 50 values drawn at random (seed 15) from all of them, one per line.
"""
import argparse
import collections
import json
import random
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", help="kosearch-index")
    ap.add_argument("--corpus", help="folder or file of articles")
    ap.add_argument("--extracted", help="instead of --index/--corpus: the JSON lines `kosearch-index --extract` printed")
    ap.add_argument("--schema", help="schema folder (default: the one kosearch-index finds)")
    ap.add_argument("--size", type=int, default=50)
    args = ap.parse_args()
    if args.extracted:
        with open(args.extracted, encoding="utf-8") as f:
            lines = f.read().splitlines()
    elif args.index and args.corpus:
        cmd = [args.index, "--extract", args.corpus] + (["--schema", args.schema] if args.schema else [])
        proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
        if proc.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed:\n{proc.stderr}")
        lines = proc.stdout.splitlines()
    else:
        sys.exit("give --index and --corpus, or --extracted")
    facets = {"person": collections.Counter(), "org": collections.Counter()}
    for line in lines:
        if not line.strip():
            continue
        article = json.loads(line)
        facets["person"].update({p["name"] for p in article.get("people", [])})
        facets["org"].update({o.get("canonical") or o["name"] for o in article.get("orgs", [])})
    for name, counts in facets.items():
        print(f"## {name}: {len(counts)} values")
        print(f"### the {args.size} most frequent")
        for value, n in counts.most_common(args.size):
            print(f"{value}\t{n}")
        print(f"### {args.size} at random")
        for value in random.Random(15).sample(sorted(counts), min(args.size, len(counts))):
            print(value)


if __name__ == "__main__":
    main()

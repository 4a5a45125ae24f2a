#!/usr/bin/env python3
"""Mines bench/ner_train/gazetteer-mined.tsv (the base of schema/ner/gazetteer.tsv, see
bench/ner_eval.py): PS/OG names that a tagger trained only on
klp2016 (no KLUE sentence) finds repeatedly in unlabelled Korean text
(KorQuAD articles, Korean Wikinews, the Korean side of the news pairs,
sci-news-sum). No KLUE-NER text or label goes into the list, so the
cross-validation over the KLUE tuning file stays honest.

  mine_gazetteer.py --extract PROG --articles unlabeled.jsonl > gazetteer.tsv

PROG is bench/ner_train/extract_entities run with KOSEARCH_SCHEMA_DIR pointing
at the klp2016-only model (see bench/ner_results.md).
"""
import argparse
import collections
import json
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--extract", required=True)
    ap.add_argument("--articles", required=True)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--min-share", type=float, default=0.6,
                    help="least share of a name's tagged occurrences that carry its majority type")
    args = ap.parse_args()
    out = subprocess.run([args.extract, "--extract", args.articles], capture_output=True, text=True, check=True)
    counts = collections.Counter()
    types = collections.defaultdict(collections.Counter)
    for line in out.stdout.splitlines():
        for e in json.loads(line)["entities"]:
            if e["type"] not in ("PS", "OG"):
                continue
            name = e["text"].strip()
            if len(name) < 2 or len(name) > 16 or "\t" in name or "\n" in name:
                continue
            counts[name] += 1
            types[name][e["type"]] += 1
    print("# PS/OG names mined from unlabelled text by a klp2016-only tagger (bench/ner_train/mine_gazetteer.py).")
    print("# Format: TYPE<TAB>name. Edit freely; the NER model treats a listed name as a hint, not a rule.")
    kept = 0
    for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if n < args.min_count:
            continue
        t, k = types[name].most_common(1)[0]
        if k / n < args.min_share:
            continue
        print(f"{t}\t{name}")
        kept += 1
    print(f"{kept} names", file=sys.stderr)


if __name__ == "__main__":
    main()

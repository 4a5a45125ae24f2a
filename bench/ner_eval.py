#!/usr/bin/env python3
"""Scores the extractor's named-entity spans (PS, OG, QT) against NER gold data.

Each NER sentence becomes an article (id = sentence id, body = text); the
program named by --index is run as `PROG --extract ARTICLES.jsonl` and the
`entities` field of its JSON lines is compared with the gold spans: exact span
match (start, end and type), precision / recall / F1 per type, printed as a
markdown table. PROG is the built kosearch-index, or the stand-in driver
bench/ner_train/extract_entities (same interface, see bench/ner_results.md).

  bench/ner_eval.py --index build/kosearch-index                  # KLUE tune file
  bench/ner_eval.py --index build/kosearch-index --data klp-dev   # PS/OG only
  bench/ner_eval.py --index build/kosearch-index --data FILE.jsonl --types PS,OG
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "corpus"))
DATASETS = {
    # name: (path relative to the shared corpus, types scored)
    "klue": ("klue-ner/ner-tune.jsonl", ["PS", "OG", "QT"]),
    "klp-dev": ("klp2016-ner/ner-dev.jsonl", ["PS", "OG"]),
    "klp-test": ("klp2016-ner/ner-test.jsonl", ["PS", "OG"]),
}


def load_gold(path):
    sentences = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                sentences.append(json.loads(line))
    return sentences


def run_extract(program, sentences):
    """Runs PROG --extract over the sentences; returns {id: [entity, ...]}."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for s in sentences:
            # Trailing whitespace (klp2016 keeps a "\r") is dropped: it holds no
            # entity and a reader may trim it.
            body = s["text"].rstrip()
            tmp.write(json.dumps({"id": s["id"], "title": s["id"], "body": body}, ensure_ascii=False) + "\n")
        articles = tmp.name
    try:
        proc = subprocess.run([program, "--extract", articles], capture_output=True, text=True, encoding="utf-8")
    finally:
        os.unlink(articles)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        sys.exit(f"{program} --extract failed with exit code {proc.returncode}")
    found = {}
    for line in proc.stdout.splitlines():
        if line.strip():
            rec = json.loads(line)
            found[rec["id"]] = rec.get("entities", [])
    return found


def score(sentences, found, types):
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    missing = 0
    for s in sentences:
        if s["id"] not in found:
            missing += 1
        gold = {(e["start"], e["end"], e["type"]) for e in s["entities"] if e["type"] in types}
        pred = {(e["start"], e["end"], e["type"]) for e in found.get(s["id"], []) if e["type"] in types}
        for p in pred:
            (tp if p in gold else fp)[p[2]] += 1
        for g in gold - pred:
            fn[g[2]] += 1
    rows = []
    for t in types:
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows.append((t, p, r, f, tp[t] + fn[t]))
    return rows, missing


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", required=True, help="kosearch-index (or bench/ner_train/extract_entities)")
    ap.add_argument("--data", default="klue", help="klue, klp-dev, klp-test, or a path to a span JSONL file")
    ap.add_argument("--types", help="comma-separated types to score (default: PS,OG,QT; PS,OG for klp2016)")
    args = ap.parse_args()

    if args.data in DATASETS:
        rel, types = DATASETS[args.data]
        path = os.path.join(CORPUS, rel)
    else:
        path, types = args.data, ["PS", "OG", "QT"]
    if args.types:
        types = args.types.split(",")
    sentences = load_gold(path)
    found = run_extract(args.index, sentences)
    rows, missing = score(sentences, found, types)
    print(f"{os.path.basename(path)}: {len(sentences)} sentences, exact span match")
    print()
    print("| type | precision | recall | F1 | gold spans |")
    print("| --- | --- | --- | --- | --- |")
    for t, p, r, f, n in rows:
        print(f"| {t} | {p:.3f} | {r:.3f} | {f:.3f} | {n} |")
    if missing:
        print(f"\nwarning: {missing} sentences had no output line", file=sys.stderr)


if __name__ == "__main__":
    main()

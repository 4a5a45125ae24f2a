#!/usr/bin/env python3
"""Writes the tagger's word class table (src/extract/ner_clusters.h) from
unlabelled Korean text: the bodies of Korean Wikinews and of the KorQuAD
articles, the Korean side of the Korean-English news pairs and the kmou-ner
sentences but the ones the attribution sets hold out (kmou_data.py) and the
silver check's (bench/attribution/silver_ids.txt); no label is read. No KLUE-NER or klp2016 text is read, so the cross-validation on
KLUE and the klp2016 scores stay honest.

  word_clusters.py --build build --out CLUSTERS.tsv

Runs build/bench/ner-word-clusters twice over the same text (--fine and
--coarse classes) and writes "word<TAB>fine<TAB>coarse" for every word both
runs kept. The table holds single words and their class numbers only.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

from kmou_data import load_kmou

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpus"))
SILVER = os.path.join(HERE, "..", "attribution", "silver_ids.txt")
SOURCES = [("kowikinews/articles.jsonl", "body"), ("korquad-v1/articles.jsonl", "body"),
           ("korean-english-news/pairs.jsonl", "ko")]


def sentences():
    for rel, field in SOURCES:
        with open(os.path.join(CORPUS, rel), encoding="utf-8") as f:
            for line in f:
                text = json.loads(line).get(field) or ""
                yield from (part for part in text.split("\n") if part.strip())
    with open(SILVER, encoding="utf-8") as f:
        silver = set(f.read().split())
    for d in load_kmou():
        if d["id"] not in silver:
            yield d["text"]


def classes(program, text_path, count, args):
    cmd = ["nice", "-n", "10", program, "--classes", str(count), "--iterations", str(args.iterations),
           "--min-count", str(args.min_count), "--max-words", str(args.max_words)]
    with open(text_path, encoding="utf-8") as text:
        out = subprocess.run(cmd, stdin=text, capture_output=True, text=True, check=True).stdout
    return dict(line.split("\t") for line in out.splitlines())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(HERE, "..", "..", "build"))
    ap.add_argument("--out", required=True)
    ap.add_argument("--fine", type=int, default=256)
    ap.add_argument("--coarse", type=int, default=32)
    ap.add_argument("--iterations", type=int, default=12)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--max-words", type=int, default=40000)
    args = ap.parse_args()
    program = os.path.join(args.build, "bench", "ner-word-clusters")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as tmp:
        lines = 0
        for s in sentences():
            tmp.write(s.replace("\r", " ") + "\n")
            lines += 1
    try:
        fine = classes(program, tmp.name, args.fine, args)
        coarse = classes(program, tmp.name, args.coarse, args)
    finally:
        os.unlink(tmp.name)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(f"# Word classes for the NER tagger (bench/ner_train/word_clusters.py: {args.fine} fine and "
                  f"{args.coarse} coarse classes\n# learned without labels from {lines:,} lines of Korean news "
                  "and encyclopedia text). Format: word<TAB>fine<TAB>coarse.\n")
        for word, c in fine.items():
            if word in coarse:
                out.write(f"{word}\t{c.strip()}\t{coarse[word].strip()}\n")
    print(f"{len(fine):,} words, {lines:,} lines", file=sys.stderr)


if __name__ == "__main__":
    main()

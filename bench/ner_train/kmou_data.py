"""kmou-ner's news sentences as training data: every sentence but the ones the
attribution evaluation sets hold out.

bench/attribution's evaluation sets use some kmou-ner sentences as held-out
units; their ids are in attribution_kmou_ids.txt (ids only, no text). Those
sentences must never train the tagger, build its name list
(schema/ner/gazetteer.tsv) or its learned particle table, so every script
that reads kmou-ner for training reads it through load_kmou.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KMOU = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpus", "kmou-ner", "ner-news.jsonl"))
HELD_OUT = os.path.join(HERE, "attribution_kmou_ids.txt")


def held_out_ids(path=HELD_OUT):
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip()}


def load_kmou(path=KMOU):
    """kmou-ner's sentences (dicts) in file order, without the held-out ids."""
    excluded = held_out_ids()
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    kept = [d for d in rows if d["id"] not in excluded]
    if len(rows) - len(kept) != len(excluded):
        raise SystemExit(f"{path}: {len(rows) - len(kept)} of the {len(excluded)} held-out ids found")
    return kept

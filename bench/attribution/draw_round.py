#!/usr/bin/env python3
"""Draw the units of a new held-out attribution round: kmou-ner sentences holding
a quote-mark pair that no annotator, question writer or tuning check has read.

Excluded: the ids in bench/ner_train/attribution_kmou_ids.txt (every earlier
round; also kept out of the NER tagger's training) and bench/attribution/
silver_ids.txt (the silver check, read while tuning). Writes to --out:
kmou_order.txt (--count ids, random.Random(--seed)), units_A_pos.tsv and
units_B_pos.tsv (the two halves, `position<TAB>id`) and agree_units_pos.tsv
(--agree ids of the round drawn with random.Random(--seed + 1), for a blind
third annotator). Then add the ids to attribution_kmou_ids.txt and retrain the
tagger (bench/ner_eval.py --ship --write) before the round is scored.

  bench/attribution/draw_round.py --seed 20261801 --out /tmp/round8
"""
import argparse
import json
import pathlib
import random
import re

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PAIR = re.compile(r'"[^"\n]+"|“[^”\n]+”|‘[^’\n]+’|\'[^\'\n]+\'')


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--agree", type=int, default=60)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "kmou-ner" / "ner-news.jsonl"))
    args = ap.parse_args()

    read = set((ROOT / "bench" / "ner_train" / "attribution_kmou_ids.txt").read_text().split())
    read |= set((HERE / "silver_ids.txt").read_text().split())
    pool = sorted(r["id"] for r in map(json.loads, open(args.corpus, encoding="utf-8"))
                  if r["id"] not in read and PAIR.search(r["text"]))
    order = random.Random(args.seed).sample(pool, args.count)
    position = {unit: n + 1 for n, unit in enumerate(order)}
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "kmou_order.txt").write_text("\n".join(order) + "\n")
    half = args.count // 2
    for name, units in (("units_A_pos.tsv", order[:half]), ("units_B_pos.tsv", order[half:]),
                        ("agree_units_pos.tsv", random.Random(args.seed + 1).sample(order, args.agree))):
        (out / name).write_text("".join(f"{position[u]}\t{u}\n" for u in units))
    print(f"{len(pool)} unread quote-bearing sentences; {args.count} drawn into {out}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Money-amount extraction scored against a gold set (bench/amounts/README.md).

Runs the built `kosearch-index --extract` once over every sentence of a split
(one JSONL article per sentence) and compares the money amounts it prints
(units that are ISO 4217 codes: KRW, USD, ...) with the gold `amounts`.

An amount is right when its value and currency match a gold amount of the same
sentence (multiset match). A "wrong value" is a found amount whose span
overlaps a gold amount's span but whose value or currency differs: a reader
would trust it, so it is the worst error. Spans are scored separately (exact
text and start).

    bench/amounts/eval_amounts.py bench/amounts/data/dev.jsonl [--index build/kosearch-index] [--errors]
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile

CURRENCY = re.compile(r"[A-Z]{3}")


def same_value(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def extract(index, records):
    """Runs kosearch-index --extract on the sentences; returns id → money amounts."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "sentences.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps({"id": r["id"], "title": "", "body": r["sentence"]}, ensure_ascii=False) + "\n")
        run = subprocess.run([index, "--extract", path], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"{index} --extract failed ({run.returncode}): {run.stderr.strip()}")
    found = {}
    for line in run.stdout.splitlines():
        row = json.loads(line)
        found[row["id"]] = [a for a in row["amounts"] if CURRENCY.fullmatch(a["unit"])]
    missing = [r["id"] for r in records if r["id"] not in found]
    if missing:
        sys.exit(f"no extraction for {len(missing)} sentences (first: {missing[0]})")
    return found


def score(records, found, show_errors):
    n_gold = n_found = n_right = n_wrong_value = n_span = 0
    for r in records:
        gold = [dict(g, value=float(g["value"]), end=g["start"] + len(g["text"])) for g in r["amounts"]]
        pred = found[r["id"]]
        n_gold += len(gold)
        n_found += len(pred)
        unmatched = list(range(len(gold)))
        errors = []
        for p in pred:
            hit = next((k for k in unmatched if gold[k]["currency"] == p["unit"] and same_value(gold[k]["value"], p["value"])), None)
            if hit is not None:
                unmatched.remove(hit)
                n_right += 1
                g = gold[hit]
                n_span += g["text"] == p["text"] and g["start"] == p["start"]
                continue
            overlaps = [g for g in gold if p["start"] < g["end"] and g["start"] < p["end"]]
            if overlaps:
                n_wrong_value += 1
                errors.append(f"  WRONG   {p['text']!r} = {p['value']:g} {p['unit']} (gold {overlaps[0]['text']!r} = {overlaps[0]['value']:g} {overlaps[0]['currency']})")
            else:
                errors.append(f"  EXTRA   {p['text']!r} = {p['value']:g} {p['unit']}")
        for k in unmatched:
            errors.append(f"  MISSED  {gold[k]['text']!r} = {gold[k]['value']:g} {gold[k]['currency']}")
        if show_errors and errors:
            print(f"{r['id']}: {r['sentence']}")
            print("\n".join(errors))
    precision = n_right / n_found if n_found else 0.0
    recall = n_right / n_gold if n_gold else 0.0
    return {
        "sentences": len(records),
        "gold amounts": n_gold,
        "found": n_found,
        "right": n_right,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "F1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
        "wrong values": n_wrong_value,
        "exact spans (of right)": n_span,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("split", help="a JSONL split (records with sentence and amounts)")
    ap.add_argument("--index", default="build/kosearch-index", help="the built kosearch-index")
    ap.add_argument("--errors", action="store_true", help="print every missed, extra and wrong amount")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args()
    with open(args.split, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    if not records:
        sys.exit(f"{args.split}: no records")
    result = score(records, extract(args.index, records), args.errors)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"{args.split}: " + ", ".join(f"{k} {v}" for k, v in result.items()))


if __name__ == "__main__":
    main()

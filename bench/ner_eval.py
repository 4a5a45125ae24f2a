#!/usr/bin/env python3
"""Honest figures for the named-entity tagger (PS, OG, QT), in one run.

Default (the report): with the built trainer and extractor of --build,
  1. 5-fold cross-validation on the KLUE tune part: folds by sentence; each
     fold's model is trained on the training recipe below without that fold
     and scored on it (exact span match, the five held-out parts summed);
  2. the shipped model (schema/ner/model.bin) on klp2016 dev and test, which
     no recipe trains on, through the extractor the library runs;
and prints both tables. --write regenerates the figures block of
bench/ner_results.md; --ship first trains the recipe on everything (no klp2016
dev/test sentence) and writes schema/ner/model.bin.

  bench/ner_eval.py --build build                 # print the figures
  bench/ner_eval.py --build build --ship --write  # retrain, ship, record
  bench/ner_eval.py --index build/bench/ner-extract --data klp-test  # score one set

In the scoring mode (--index), PROG is kosearch-index or the stand-in
build/bench/ner-extract: it is run as `PROG --extract ARTICLES.jsonl` and the
`entities` of its JSON lines are scored against the gold spans.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
RESULTS = os.path.join(HERE, "ner_results.md")
MODEL = os.path.join(ROOT, "schema", "ner", "model.bin")
DATASETS = {
    # name: (path relative to the shared corpus, types scored)
    "klue": ("klue-ner/ner-tune.jsonl", ["PS", "OG", "QT"]),
    "klp-dev": ("klp2016-ner/ner-dev.jsonl", ["PS", "OG"]),
    "klp-test": ("klp2016-ner/ner-test.jsonl", ["PS", "OG"]),
}

# The training recipe of the shipped model: what the cross-validation folds
# and --ship train on. --full sentences are labelled with every type (the KLUE
# tune part is the one cross-validated); --noqt sentences have no trusted QT
# labels (numbers there are left open to the model).
RECIPE = [
    "--full", "{corpus}/klue-ner/ner-tune.jsonl",
    "--noqt", "{corpus}/klp2016-ner/ner-train.jsonl",
    "--epochs", "10", "--domain", "--bias", "PS=5,OG=5,QT=2",
    "--gazetteer", "{root}/schema/ner/gazetteer.tsv",
]
BEGIN = "<!-- ner_eval.py: figures begin -->"
END = "<!-- ner_eval.py: figures end -->"


def load_gold(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


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
    """Exact span match per type: [(type, P, R, F1, gold spans)], sentences without output."""
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


def table(rows, targets=None):
    head = "| type | precision | recall | F1 | gold spans |" + (" target F1 |" if targets else "")
    lines = [head, "|" + " --- |" * (6 if targets else 5)]
    for t, p, r, f, n in rows:
        line = f"| {t} | {p:.3f} | {r:.3f} | {f:.3f} | {n} |"
        if targets:
            line += f" {targets.get(t, '')} |"
        lines.append(line)
    return "\n".join(lines)


def recipe_args():
    return [a.format(corpus=CORPUS, root=ROOT) for a in RECIPE]


def run_trainer(trainer, extra):
    cmd = ["nice", "-n", "10", trainer] + recipe_args() + extra
    print("$ " + " ".join(os.path.relpath(c, ROOT) if c.startswith(ROOT) else c for c in cmd), file=sys.stderr)
    start = time.time()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        sys.exit(f"{trainer} failed with exit code {proc.returncode}")
    return proc.stdout, time.time() - start


def cross_validate(trainer, folds):
    """The trainer's summed held-out table, as score() rows."""
    out, seconds = run_trainer(trainer, ["--cv", str(folds)])
    block = out.split("cross-validated (all folds)")[-1]
    rows = []
    for m in re.finditer(r"^\| (PS|OG|QT) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \| (\d+) \|$", block, re.M):
        rows.append((m.group(1), float(m.group(2)), float(m.group(3)), float(m.group(4)), int(m.group(5))))
    if len(rows) != 3:
        sys.exit("could not read the cross-validated table from the trainer's output:\n" + out)
    return rows, seconds


def report(args):
    trainer = os.path.join(args.build, "bench", "ner-train")
    extract = os.path.join(args.build, "bench", "ner-extract")
    for prog in (trainer, extract):
        if not os.access(prog, os.X_OK):
            sys.exit(f"{prog}: not built (cmake --build {args.build} --target ner-train ner-extract)")
    if args.ship:
        _, seconds = run_trainer(trainer, ["--out", MODEL])
        print(f"trained and wrote {os.path.relpath(MODEL, ROOT)} in {seconds:.0f} s", file=sys.stderr)
    cv_rows, cv_seconds = cross_validate(trainer, args.folds)
    klue = load_gold(os.path.join(CORPUS, DATASETS["klue"][0]))
    sections = [
        f"**Cross-validated on the KLUE tune part** ({len(klue):,} sentences, {args.folds} folds by sentence; "
        "each fold's model trained on the recipe without that fold, the held-out parts summed):",
        "",
        table(cv_rows, {"PS": "0.85", "OG": "0.75", "QT": "0.92"}),
        "",
    ]
    for name in ("klp-test", "klp-dev"):
        rel, types = DATASETS[name]
        gold = load_gold(os.path.join(CORPUS, rel))
        rows, missing = score(gold, run_extract(extract, gold), types)
        if missing:
            sys.exit(f"{name}: {missing} sentences had no output line")
        floor = {"PS": "≥ 0.736", "OG": "≥ 0.591"} if name == "klp-test" else None
        sections += [f"**The shipped model on klp2016 {name[4:]}** ({len(gold)} sentences, never trained on; "
                     "PS/OG only, klp2016 has no QT), through the library's extractor:", "", table(rows, floor), ""]
    size = os.path.getsize(MODEL)
    sections.append(f"Recipe (`RECIPE` in bench/ner_eval.py): `ner-train {' '.join(RECIPE)}`; "
                    f"model file {size / 1e6:.1f} MB; cross-validation took {cv_seconds:.0f} s "
                    f"(wall, niced, shared machine).")
    text = "\n".join(sections)
    print(text)
    if args.write:
        with open(RESULTS, encoding="utf-8") as f:
            doc = f.read()
        if BEGIN not in doc or END not in doc:
            sys.exit(f"{RESULTS}: no figures block ({BEGIN} … {END})")
        head, rest = doc.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        with open(RESULTS, "w", encoding="utf-8") as f:
            f.write(head + BEGIN + "\n" + text + "\n" + END + tail)
        print(f"wrote the figures into {os.path.relpath(RESULTS, ROOT)}", file=sys.stderr)


def score_one(args):
    if args.data in DATASETS:
        rel, types = DATASETS[args.data]
        path = os.path.join(CORPUS, rel)
    else:
        path, types = args.data, ["PS", "OG", "QT"]
    if args.types:
        types = args.types.split(",")
    sentences = load_gold(path)
    rows, missing = score(sentences, run_extract(args.index, sentences), types)
    print(f"{os.path.basename(path)}: {len(sentences)} sentences, exact span match\n")
    print(table(rows))
    if missing:
        print(f"\nwarning: {missing} sentences had no output line", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"), help="build folder (bench/ner-train, bench/ner-extract)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--ship", action="store_true", help="train the recipe on everything and write schema/ner/model.bin")
    ap.add_argument("--write", action="store_true", help="regenerate the figures block of bench/ner_results.md")
    ap.add_argument("--index", help="score only: kosearch-index or bench/ner-extract")
    ap.add_argument("--data", default="klue", help="with --index: klue, klp-dev, klp-test, or a span JSONL file")
    ap.add_argument("--types", help="with --index: comma-separated types to score")
    args = ap.parse_args()
    if args.index:
        score_one(args)
    else:
        report(args)


if __name__ == "__main__":
    main()

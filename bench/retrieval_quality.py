#!/usr/bin/env python3
"""Retrieval quality of kosearch against a stock Xapian baseline.

Indexes every <shared>/corpus/*/articles.jsonl with kosearch-index and with
bench/xapian-baseline (TermGenerator + QueryParser with FLAG_CJK_NGRAM, OR,
BM25 defaults) into temporary databases, runs every question of
korquad-v1/questions-tune.jsonl as a plain query (the text as is) against
both, and prints Recall@1, Recall@10 and MRR@10 of the question's doc_id
side by side as one markdown table, with the time each step took.

    bench/retrieval_quality.py [--build DIR] [--shared DIR]
        [--kosearch-only | --baseline-only] [--variant-env NAME=VALUE]...

--variant-env is passed to the kosearch processes only (indexing and
querying), so analyzer variants can be compared, e.g.
--variant-env KOSEARCH_PARTICLES=off. Exit code 0 on success, 1 when a tool
fails or its output does not line up with the questions, 2 on bad usage.
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LIMIT = 10


class BenchError(Exception):
    """A tool failed or produced output that cannot be scored."""


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", type=Path, default=REPO / "build",
                        help="build directory holding kosearch-index, kosearch-query "
                             "and bench/xapian-baseline (default: <repo>/build)")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="shared data directory with corpus/ (default: <repo>/../shared)")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--kosearch-only", action="store_true", help="skip the baseline")
    only.add_argument("--baseline-only", action="store_true", help="skip kosearch")
    parser.add_argument("--variant-env", action="append", default=[], metavar="NAME=VALUE",
                        help="environment for the kosearch processes (repeatable)")
    args = parser.parse_args()
    for item in args.variant_env:
        if "=" not in item or item.startswith("="):
            parser.error(f"--variant-env wants NAME=VALUE, got {item!r}")
    return args


def find_binary(build, name):
    """Returns the path of `name` under the build dir (top level or bench/)."""
    for candidate in (build / name, build / "bench" / name):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    raise BenchError(f"{name} not found in {build} or {build / 'bench'}; build it first "
                     f"(cmake --build {build}) or pass --build DIR")


def run(cmd, env=None, stdin=None):
    """Runs cmd; returns (stdout, seconds). Raises BenchError on failure."""
    start = time.monotonic()
    proc = subprocess.run([str(c) for c in cmd], env=env, input=stdin, capture_output=True,
                          text=True, encoding="utf-8", errors="replace")
    seconds = time.monotonic() - start
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-5:])
        raise BenchError(f"{shlex.join(str(c) for c in cmd[:3])} ... exited "
                         f"{proc.returncode}:\n{tail}")
    return proc.stdout, seconds


def parse_lines(stdout, count, what):
    """Parses one JSON object per line; checks there is one per question."""
    rows = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    if len(rows) != count:
        raise BenchError(f"{what}: {len(rows)} result lines for {count} questions")
    return rows


def score(ranked_ids, gold_ids):
    """Returns Recall@1, Recall@10 and MRR@10 over all questions."""
    r1 = r10 = mrr = 0.0
    for ids, gold in zip(ranked_ids, gold_ids):
        ids = ids[:LIMIT]
        if gold in ids:
            rank = ids.index(gold) + 1
            r1 += rank == 1
            r10 += 1
            mrr += 1 / rank
    n = len(gold_ids)
    return {"Recall@1": r1 / n, "Recall@10": r10 / n, "MRR@10": mrr / n}


def run_kosearch(args, articles, questions, tmp):
    index = find_binary(args.build, "kosearch-index")
    query = find_binary(args.build, "kosearch-query")
    env = dict(os.environ)
    env.pop("KOSEARCH_DB", None)
    env.update(item.split("=", 1) for item in args.variant_env)
    db = tmp / "kosearch-db"
    _, index_s = run([index, "--db", db, *articles], env=env)
    batch = tmp / "questions.txt"
    batch.write_text("".join(q + "\n" for q in questions), encoding="utf-8")
    stdout, query_s = run([query, "--db", db, "--json", "--limit", LIMIT, "--batch", batch],
                          env=env)
    rows = parse_lines(stdout, len(questions), "kosearch-query --batch")
    # The articles a response ranks: a plain query's results; a text read as
    # a question answers with quotes and ranks the articles its words find as
    # a plain query in "closest".
    ranked = [[r["id"] for r in row.get("closest" if "understood" in row else "results", [])] for row in rows]
    errors = sum(1 for row in rows if "error" in row)
    return ranked, errors, index_s, query_s


def run_baseline(args, articles, questions, tmp):
    binary = find_binary(args.build, "xapian-baseline")
    db = tmp / "baseline-db"
    _, index_s = run([binary, "index", db, *articles])
    stdout, query_s = run([binary, "search", db, "--limit", LIMIT],
                          stdin="".join(q + "\n" for q in questions))
    rows = parse_lines(stdout, len(questions), "xapian-baseline search")
    ranked = [row["ids"] for row in rows]
    errors = sum(1 for row in rows if "error" in row)
    return ranked, errors, index_s, query_s


def main():
    args = parse_args()
    corpus = args.shared / "corpus"
    articles = sorted(corpus.glob("*/articles.jsonl"))
    questions_file = corpus / "korquad-v1" / "questions-tune.jsonl"
    if not articles or not questions_file.is_file():
        print(f"retrieval_quality: no corpus under {corpus} (use --shared DIR)", file=sys.stderr)
        return 1
    records = [json.loads(line) for line in questions_file.open(encoding="utf-8") if line.strip()]
    # One query per line: a newline inside a question would split it.
    questions = [" ".join(r["question"].split()) for r in records]
    gold = [r["doc_id"] for r in records]
    article_count = sum(1 for f in articles for line in f.open(encoding="utf-8") if line.strip())

    systems = []
    if not args.baseline_only:
        label = "kosearch" + "".join(f" {v}" for v in args.variant_env)
        systems.append((label, run_kosearch))
    if not args.kosearch_only:
        systems.append(("xapian baseline", run_baseline))

    results = []
    with tempfile.TemporaryDirectory(prefix="kosearch-bench-") as tmp:
        for label, runner in systems:
            print(f"running {label}...", file=sys.stderr)
            try:
                ranked, errors, index_s, query_s = runner(args, articles, questions, Path(tmp))
            except BenchError as e:
                print(f"retrieval_quality: {label}: {e}", file=sys.stderr)
                return 1
            results.append((label, score(ranked, gold), errors, index_s, query_s))

    print(f"{len(questions)} questions of {questions_file.relative_to(args.shared)}, "
          f"{article_count} articles from {len(articles)} files, top {LIMIT}\n")
    print("| metric | " + " | ".join(label for label, *_ in results) + " |")
    print("|---|" + "---:|" * len(results))
    for metric in ("Recall@1", "Recall@10", "MRR@10"):
        print(f"| {metric} | " + " | ".join(f"{m[metric]:.4f}" for _, m, *_ in results) + " |")
    print("| queries rejected | " + " | ".join(str(e) for _, _, e, *_ in results) + " |")
    print("| index time | " + " | ".join(f"{i:.1f} s" for *_, i, _ in results) + " |")
    print("| query time (all questions) | "
          + " | ".join(f"{q:.1f} s" for *_, q in results) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

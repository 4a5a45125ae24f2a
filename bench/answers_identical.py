#!/usr/bin/env python3
"""Checks that two kosearch builds answer the same queries with the same JSON,
locally and over a served remote database (scripts/kosearch-serve).

Each build indexes Korean Wikinews, the sci-news articles (from --corpus, the
shared corpus folder) and the bundled seed into a database of its own; every
query (the dev and dev5 questions of bench/questions, the 12 questions of
bench/question_round_trips.py and a few plain queries) is asked of each
database in a long-lived `kosearch-query --json --batch` session, once on the
folder and once over the served database, and the lines are compared byte for
byte: base local, base remote, new local, new remote must all be equal. Both
builds use this worktree's schema folder (its tagger model and alias file), so
that only the code differs.

  bench/answers_identical.py --base /work/main/build --new build [--corpus ../shared/corpus]
"""
import argparse, json, os, pathlib, shutil, socket, subprocess, sys, tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from question_round_trips import QUESTIONS, SERVE  # noqa: E402

SCHEMA = ROOT / "schema"  # both builds index and search with this worktree's schema (tagger model, aliases)
PLAIN = ["대통령", "엔비디아 옴니버스", "Jensen Huang", "\"북한 미사일\"", "삼성 date:2020..2024"]


def queries():
    out = []
    for name in ("dev.jsonl", "test4.jsonl"):  # dev, and dev5 (test4, scored once, tunable since)
        for line in open(ROOT / "bench" / "questions" / name, encoding="utf-8"):
            if line.strip():
                out.append(json.loads(line)["question"])
    return out + QUESTIONS + PLAIN


def env(build):
    """Run with the build's own library (a copy of a build folder works too)."""
    return dict(os.environ, LD_LIBRARY_PATH=str(build))


def answers(query, target, asked):
    r = subprocess.run([str(query), "--schema", str(SCHEMA), *target, "--json", "--batch", "/dev/stdin"], input="".join(q + "\n" for q in asked),
                       capture_output=True, text=True, check=True, env=env(query.parent))
    lines = r.stdout.splitlines()
    if len(lines) != len(asked):
        sys.exit(f"{query}: {len(lines)} answers for {len(asked)} queries")
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--new", required=True)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    a = ap.parse_args()
    corpus = pathlib.Path(a.corpus)
    inputs = [corpus / "kowikinews" / "articles.jsonl", corpus / "sci-news-sum-kr-50" / "articles.jsonl", ROOT / "corpus" / "seed"]
    asked = queries()
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-identical-"))
    pidfiles = []
    try:
        results = {}
        for name, build in (("base", pathlib.Path(a.base)), ("new", pathlib.Path(a.new))):
            db = tmp / name
            subprocess.run([build / "kosearch-index", "-q", "--schema", SCHEMA, "--db", db, *inputs], check=True,
                           env=env(build))
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
            s.close()
            pidfile = tmp / f"{name}.pid"
            subprocess.run(["bash", SERVE, "start", "--port", str(port), "--pidfile", pidfile, db], check=True,
                           capture_output=True)
            pidfiles.append(pidfile)
            results[f"{name} local"] = answers(build / "kosearch-query", ["--db", str(db)], asked)
            results[f"{name} remote"] = answers(build / "kosearch-query", ["--remote", f"127.0.0.1:{port}"], asked)
        reference = results["base local"]
        hits = sum(len(json.loads(l).get("results", [])) + len(json.loads(l).get("closest", [])) for l in reference)
        differ = 0
        for name, lines in results.items():
            for q, want, got in zip(asked, reference, lines):
                if want != got:
                    differ += 1
                    print(f"{name} differs from base local: {q}")
        print(f"{len(asked)} queries ({hits} hits and closest articles), 4 runs (base/new, local/remote): "
              f"{'all byte-identical' if not differ else f'{differ} answers differ'}")
        sys.exit(1 if differ else 0)
    finally:
        for pidfile in pidfiles:
            subprocess.run(["bash", str(SERVE), "stop", "--pidfile", str(pidfile)], capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The NER tagger's load time and tagging speed, two builds side by side.

Runs a base build and a new build in alternation (each with its own schema
folder, since the two may read different model file formats) and prints
medians and new/base ratios of:

  * tagging: `bench/ner-extract --extract ARTICLES --stats` (FindAmounts +
    FindEntities alone, MB of UTF-8 body per CPU second);
  * load, warm page cache: `ner-extract` on an empty file (its "model
    loaded in" is `EntityModel::Create`: the model and the name list), and
    the process's CPU and wall time;
  * load, cold page cache: the same after the schema's ner/ files are
    dropped from the page cache (posix_fadvise DONTNEED; pages another
    process has mapped stay);
  * the library's model load alone: `bench/ner-pack MODEL OUT` (the time of
    `NerModel::Load` of the file it just wrote: warm);
  * `kosearch-index --extract` of one short article (process wall and CPU).

  python3 bench/ner_speed.py --base /work/main/build --base-schema /work/main/schema \\
      --new build --new-schema schema --articles A.jsonl [--articles B.jsonl] --runs 5

Speed on a shared machine is noisy: the builds alternate within each round
so that both see the same load, and the ratios of medians are what count.
"""
import argparse
import json
import os
import resource
import re
import statistics
import subprocess
import sys
import tempfile
import time


def run(cmd, env=None, stdin=None):
    """(stdout, stderr, wall s) of one process; exits when it fails."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            env=env, text=True)
    out, err = proc.communicate(stdin)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-2000:]}")
    return out, err, wall


def run_timed(cmd, env=None, stdin=None):
    """(stdout, stderr, wall s, CPU s): CPU from the child's rusage."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out, err, wall = run(cmd, env, stdin)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return out, err, wall, cpu


def drop_cache(paths):
    for path in paths:
        if not os.path.exists(path):
            continue
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


STATS = re.compile(r"model loaded in ([0-9.]+) ms; ([0-9.]+) MB tagged in ([0-9.e-]+) s CPU: ([0-9.]+) MB/s")
PACK = re.compile(r"loaded in ([0-9.]+) ms")


class Side:
    def __init__(self, name, build, schema, work):
        self.name, self.build, self.schema = name, build, os.path.abspath(schema)
        self.env = dict(os.environ, KOSEARCH_SCHEMA_DIR=self.schema)
        self.extract = os.path.join(build, "bench", "ner-extract")
        self.pack = os.path.join(build, "bench", "ner-pack")
        self.index = os.path.join(build, "kosearch-index")
        self.model = os.path.join(self.schema, "ner", "model.bin")
        self.ner_files = [self.model, os.path.join(self.schema, "ner", "gazetteer.tsv")]
        self.pack_out = os.path.join(work, f"{name}-packed.bin")
        self.figures = {}

    def add(self, key, value):
        self.figures.setdefault(key, []).append(value)

    def tag(self, articles, label):
        _, err, _, _ = run_timed([self.extract, "--extract", articles, "--stats"], self.env)
        m = STATS.search(err)
        if not m:
            sys.exit(f"{self.extract}: no stats line in {err!r}")
        self.add(f"tagging MB/s ({label})", float(m.group(4)))

    def load(self, empty, cold):
        label = "cold" if cold else "warm"
        if cold:
            drop_cache(self.ner_files)
        _, err, wall, cpu = run_timed([self.extract, "--extract", empty, "--stats"], self.env)
        m = STATS.search(err)
        if not m:
            sys.exit(f"{self.extract}: no stats line in {err!r}")
        self.add(f"EntityModel::Create ms ({label})", float(m.group(1)))
        self.add(f"ner-extract process CPU ms ({label})", cpu * 1000)
        self.add(f"ner-extract process wall ms ({label})", wall * 1000)

    def load_alone(self):
        out, _, _, _ = run_timed([self.pack, self.model, self.pack_out])
        m = PACK.search(out)
        if not m:
            sys.exit(f"{self.pack}: no load time in {out!r}")
        self.add("NerModel::Load ms (warm)", float(m.group(1)))

    def index_one(self, article, cold):
        label = "cold" if cold else "warm"
        if cold:
            drop_cache(self.ner_files)
        _, _, wall, cpu = run_timed([self.index, "--extract", "--schema", self.schema, "-"], None, article)
        self.add(f"kosearch-index --extract, one article: CPU ms ({label})", cpu * 1000)
        self.add(f"kosearch-index --extract, one article: wall ms ({label})", wall * 1000)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, help="base build folder")
    ap.add_argument("--base-schema", required=True, help="schema folder the base build reads")
    ap.add_argument("--new", required=True, help="new build folder")
    ap.add_argument("--new-schema", required=True, help="schema folder the new build reads")
    ap.add_argument("--articles", action="append", default=[], help="JSONL articles to tag (repeatable)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-cold", action="store_true", help="skip the cold-cache loads")
    ap.add_argument("--json", help="write every run's figures here")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="ner_speed_") as work:
        empty = os.path.join(work, "empty.jsonl")
        open(empty, "w").close()
        article = json.dumps({"id": "speed-1", "title": "짧은 기사",
                              "body": "홍길동 대표는 10일 서울에서 \"내년에는 매출 1조 원을 넘기겠다\"고 말했다."},
                             ensure_ascii=False) + "\n"
        sides = [Side("base", args.base, args.base_schema, work), Side("new", args.new, args.new_schema, work)]
        for r in range(args.runs):
            order = sides if r % 2 == 0 else sides[::-1]
            for side in order:
                side.load(empty, cold=False)
                if not args.no_cold:
                    side.load(empty, cold=True)
                side.load_alone()
                side.index_one(article, cold=False)
                if not args.no_cold:
                    side.index_one(article, cold=True)
                for path in args.articles:
                    side.tag(path, os.path.basename(os.path.dirname(path)) or path)
            print(f"round {r + 1}/{args.runs} done", file=sys.stderr)

    base, new = sides
    print(f"| measure (medians of {args.runs}) | base | new | new/base |")
    print("| --- | --- | --- | --- |")
    for key in base.figures:
        b, n = statistics.median(base.figures[key]), statistics.median(new.figures[key])
        print(f"| {key} | {b:.2f} | {n:.2f} | {n / b if b else float('nan'):.3f} |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({s.name: s.figures for s in sides}, f, indent=1)


if __name__ == "__main__":
    main()

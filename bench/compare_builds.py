#!/usr/bin/env python3
"""Write path and layout of two kosearch builds, measured in one run.

    python3 bench/compare_builds.py --base OLD_BUILD --new build --corpus FILE.jsonl [--runs 3]

Indexes the same JSONL corpus (bench/archive/gen_corpus.py writes one) with
each build's kosearch-index, alternating base and new in every round so that
both see the same load on a shared machine, for each layout of --layouts
(default: `nofields` = --shards 2 --no-fields, `default` = --shards 2). Prints
one markdown table: per build and layout, the median over the rounds of the
CPU seconds (user + system), MB of body text per CPU second, wall seconds,
the size on disk over the body text and the Xapian tables, then new / base
ratios. The size is the database as the build's kosearch-index leaves it by
default (this change compacts at the end; the base may not).

A build folder needs kosearch-index and libkosearch.so (it is run with
LD_LIBRARY_PATH set to the folder, so a copy of an older build works) and
its share/ schema folder.
"""
import argparse, json, os, pathlib, shutil, statistics, subprocess, sys, tempfile

LAYOUTS = {"nofields": ["--shards", "2", "--no-fields"], "default": ["--shards", "2"],
           "plain": [], "plain-nofields": ["--no-fields"]}


def index(build, db, flags, corpus):
    shutil.rmtree(db, ignore_errors=True)
    env = dict(os.environ, LD_LIBRARY_PATH=str(build))
    env.pop("KOSEARCH_DB", None)
    r = subprocess.run(["/usr/bin/time", "-f", "TIME %e %U %S", str(build / "kosearch-index"), "-q", "--db", str(db)]
                       + flags + [str(corpus)], capture_output=True, text=True, env=env)
    last = [l for l in r.stderr.splitlines() if l.startswith("TIME ")]
    if r.returncode != 0 or not last:
        sys.exit(f"{build}: kosearch-index failed ({r.returncode}): {r.stderr[-2000:]}")
    _, wall, user, system = last[-1].split()
    tables = {}
    for f in pathlib.Path(db).rglob("*.glass"):
        tables[f.stem] = tables.get(f.stem, 0) + f.stat().st_size
    size = sum(f.stat().st_size for f in pathlib.Path(db).rglob("*") if f.is_file())
    return {"wall": float(wall), "cpu": float(user) + float(system), "size": size, "tables": tables}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, help="build folder of the old version")
    ap.add_argument("--new", required=True, help="build folder of the new version")
    ap.add_argument("--corpus", required=True, help="JSONL articles (bench/archive/gen_corpus.py)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--layouts", default="nofields,default", help="comma-separated, from: " + ", ".join(LAYOUTS))
    ap.add_argument("--work", help="where the databases go (default: a temporary folder)")
    ap.add_argument("--json", help="also write the raw figures here")
    args = ap.parse_args()
    builds = {"base": pathlib.Path(args.base).resolve(), "new": pathlib.Path(args.new).resolve()}
    layouts = args.layouts.split(",")
    for l in layouts:
        if l not in LAYOUTS:
            ap.error(f"unknown layout {l}")
    body = 0
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            body += len(json.loads(line)["body"].encode("utf-8"))
    mb = body / 1e6
    work = pathlib.Path(args.work or tempfile.mkdtemp(prefix="kosearch-compare-"))
    work.mkdir(parents=True, exist_ok=True)
    runs = {(b, l): [] for b in builds for l in layouts}
    for n in range(args.runs):
        for layout in layouts:
            order = ["base", "new"] if n % 2 == 0 else ["new", "base"]
            for b in order:
                m = index(builds[b], work / f"{b}-{layout}", LAYOUTS[layout], args.corpus)
                runs[(b, layout)].append(m)
                print(f"round {n + 1} {layout} {b}: {m['cpu']:.1f} CPU s, {mb / m['cpu']:.2f} MB/CPU s, "
                      f"{m['size'] / body:.2f}x", file=sys.stderr, flush=True)
    shutil.rmtree(work, ignore_errors=True) if not args.work else None

    def med(ms, key):
        return statistics.median(m[key] for m in ms)

    lines = [f"{mb:.1f} MB of body text, {args.runs} rounds (medians); base {builds['base']}, new {builds['new']}", "",
             "| layout | build | CPU s | MB per CPU s | wall s | size / text | postlist | termlist | docdata | position |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for layout in layouts:
        for b in builds:
            ms = runs[(b, layout)]
            t = {k: statistics.median(m["tables"].get(k, 0) for m in ms) / 1e6
                 for k in ("postlist", "termlist", "docdata", "position")}
            lines.append(f"| {layout} | {b} | {med(ms, 'cpu'):.1f} | {mb / med(ms, 'cpu'):.2f} | {med(ms, 'wall'):.1f} | "
                         f"{med(ms, 'size') / body:.2f} | {t['postlist']:.1f} | {t['termlist']:.1f} | "
                         f"{t['docdata']:.1f} | {t['position']:.1f} |")
    lines += ["", "| layout | CPU s new / base | MB per CPU s new / base | size new / base |", "|---|---|---|---|"]
    for layout in layouts:
        b, n = runs[("base", layout)], runs[("new", layout)]
        lines.append(f"| {layout} | {med(n, 'cpu') / med(b, 'cpu'):.2f} | {med(b, 'cpu') / med(n, 'cpu'):.2f} | "
                     f"{med(n, 'size') / med(b, 'size'):.2f} |")
    print("\n".join(lines))
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps({"body_mb": mb, "runs": {f"{b}/{l}": v for (b, l), v in runs.items()}},
                                                      indent=1))


if __name__ == "__main__":
    main()

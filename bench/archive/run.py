#!/usr/bin/env python3
"""Archive-scale benchmark: kosearch against its peers, one command.

    python3 bench/archive/run.py --docs 20000

Generates (or reuses) a seeded synthetic archive of --docs articles and 400
queries (gen_corpus.py), then, one system at a time on the same files:

- indexes it, measuring wall time, docs/s, MB/s of body text, peak RSS
  (/usr/bin/time) and the size on disk;
- runs every query twice inside one process and times the second pass
  (top 10): median, p90, p99 per query;
- for kosearch, also the cold time of one `kosearch-query` process.

Systems: kosearch with --shards (a stub over the shards), the same shards
merged with xapian-compact (what --compact does), kosearch-archive
(--append-only --compact: no term lists), kosearch-positions (--positions,
the layout before phrases were checked in the text), plain Xapian
TermGenerator+FLAG_CJK_NGRAM (bench/xapian_baseline.cc), Lucene 8
CJKAnalyzer (LuceneBench.java), Groonga TokenBigram (groonga_bench.py) and
SQLite FTS5 trigram (sqlite_bench.py). Missing benchmark packages (groonga-bin,
liblucene8-java, a JDK) are installed with apt-get. Prints a markdown report
(table, kosearch's ratios, kosearch's index by table) and writes it to
--out, with the raw figures in the matching .json.
"""
import argparse, datetime, json, os, pathlib, platform, shutil, statistics, subprocess, sys, time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ALL = ["kosearch", "kosearch-compact", "kosearch-archive", "kosearch-positions", "kosearch-1", "kosearch-nofields",
       "xapian", "xapian-nopos", "lucene", "groonga", "sqlite"]
DEFAULT = ["kosearch", "kosearch-compact", "kosearch-archive", "xapian", "lucene", "groonga", "sqlite"]


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def ensure_packages():
    want = {"groonga": "groonga-bin", "javac": "default-jdk-headless"}
    missing = [pkg for tool, pkg in want.items() if not shutil.which(tool)]
    if not list(pathlib.Path("/usr/share/java").glob("lucene-core-8*.jar")):
        missing.append("liblucene8-java")
    if missing:
        log("installing", *missing)
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True)
        subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "--no-install-recommends"] + missing, check=True,
                       env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))


LAST_CPU = [0.0]  # user + system seconds of the last timed() command


def timed(cmd, **kw):
    """Runs cmd under /usr/bin/time; returns (wall seconds, peak RSS MB, stdout)
    and leaves its CPU seconds (user + system) in LAST_CPU[0]."""
    r = subprocess.run(["/usr/bin/time", "-f", "TIME %e %M %U %S"] + [str(c) for c in cmd], capture_output=True,
                       text=True, **kw)
    last = [l for l in r.stderr.splitlines() if l.startswith("TIME ")]
    if r.returncode not in (0, 1) or not last:
        raise SystemExit(f"failed ({r.returncode}): {' '.join(map(str, cmd))}\n{r.stderr[-3000:]}")
    _, wall, rss, user, system = last[-1].split()
    LAST_CPU[0] = float(user) + float(system)
    return float(wall), int(rss) / 1024, r.stdout


def disk_bytes(f):
    """Space a file takes on disk (Groonga's files are sparse: their length overstates them)."""
    st = f.stat()
    return min(st.st_size, st.st_blocks * 512)


def size_of(path):
    p = pathlib.Path(path)
    if p.is_file():
        return disk_bytes(p)
    return sum(disk_bytes(f) for f in p.rglob("*") if f.is_file())


def tables(path):
    """Bytes per Xapian table (postlist, position, termlist, docdata) over all shards."""
    out = {}
    for f in pathlib.Path(path).rglob("*.glass"):
        out[f.stem] = out.get(f.stem, 0) + disk_bytes(f)
    return out


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def latency(raw):
    d = json.loads(raw)
    ms = d["ms"]
    return {"median": statistics.median(ms), "p90": pct(ms, 90), "p99": pct(ms, 99), "n": len(ms),
            "zero_hits": d.get("zero_hits", 0), "errors": d.get("errors", 0), "open_ms": d.get("open_ms")}


def cold_query(query_bin, db, queries, n=15):
    """Wall time of whole kosearch-query processes (open, search, print), median of n."""
    times = []
    for q in queries[:n]:
        a = time.perf_counter()
        subprocess.run([str(query_bin), "--db", str(db), "--limit", "10", q], capture_output=True)
        times.append((time.perf_counter() - a) * 1000)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", default="20000",
                    help="articles; a comma-separated list (20000,200000,1000000) runs each size in turn and "
                         "ends with a growth table")
    ap.add_argument("--shards", type=int, default=2)
    ap.add_argument("--memory-mb", type=int, default=1024)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--queries", type=int, default=400)
    ap.add_argument("--build", default=str(ROOT / "build"), help="build folder (Release) with the binaries")
    ap.add_argument("--work", help="where corpus and databases go (default /tmp/kosearch-archive-DOCS)")
    ap.add_argument("--systems", default=",".join(DEFAULT), help="comma-separated, from: " + ", ".join(ALL))
    ap.add_argument("--out", help="markdown report of every size (each size also goes to results-DOCS.md/.json "
                                  "beside it; default bench/archive/)")
    ap.add_argument("--keep", action="store_true", help="keep the databases")
    ap.add_argument("--baseline-build", help="another build folder: index with kosearch (--shards, extraction on) "
                                             "from both builds in turn, --repeat times each, and report the medians "
                                             "and their ratio instead of the systems (with --baseline-queries: "
                                             "run the systems, each kosearch one with both builds)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each build with --baseline-build (default 3)")
    ap.add_argument("--threads-arm", action="store_true",
                    help="also time this build's queries with --search-threads 0 (reported as NAME@threads; "
                         "alternating with the others, --repeat rounds): the shards matched side by side, "
                         "one thread per core")
    ap.add_argument("--baseline-queries", action="store_true",
                    help="with --baseline-build: each kosearch system is indexed with the baseline's binaries too "
                         "(reported as NAME@base) and the two are timed in --repeat alternating rounds (queries "
                         "and cold processes), so that before and after sit in the same run")
    args = ap.parse_args()
    sizes = [int(d) for d in args.docs.split(",")]
    runs = {}
    for docs in sizes:
        args.docs = docs
        runs[docs] = run_size(ap, args)
    combined = "\n".join(r["report"] for r in runs.values())
    if len(sizes) > 1:
        growth = render_growth(runs)
        print(growth)
        combined += "\n" + growth
    if args.out:
        pathlib.Path(args.out).write_text(combined, encoding="utf-8")


def run_size(ap, args):
    """Runs every system at args.docs articles; writes and returns the report's figures."""
    systems = args.systems.split(",")
    for s in systems:
        if s not in ALL:
            ap.error(f"unknown system {s}")
    build = pathlib.Path(args.build).resolve()
    work = pathlib.Path(args.work or f"/tmp/kosearch-archive-{args.docs}").resolve()
    work.mkdir(parents=True, exist_ok=True)
    # Each size's report and raw figures; --out gets all sizes together.
    out_md = (pathlib.Path(args.out).parent if args.out else HERE) / f"results-{args.docs}.md"
    bins = {"index": build / "kosearch-index", "query": build / "kosearch-query",
            "xapian": build / "bench" / "xapian-baseline", "latency": build / "bench" / "kosearch-latency"}
    if not all(b.exists() for b in bins.values()):
        subprocess.run(["cmake", "--build", str(build), "-j2", "--target", "kosearch-index", "kosearch-query",
                        "xapian-baseline", "kosearch-latency"], check=True)
    if args.baseline_queries and not args.baseline_build:
        ap.error("--baseline-queries needs --baseline-build")
    compare_indexing = args.baseline_build and not args.baseline_queries
    if any(s in systems for s in ("lucene", "groonga")) and not compare_indexing:
        ensure_packages()

    corpus, queries_file = work / f"corpus-{args.docs}-s{args.seed}.jsonl", work / f"queries-s{args.seed}.txt"
    if not corpus.exists() or not queries_file.exists():
        log(f"generating {corpus}")
        subprocess.run([sys.executable, HERE / "gen_corpus.py", "--docs", str(args.docs), "--seed", str(args.seed),
                        "--out", corpus, "--queries", queries_file, "--num-queries", str(args.queries)], check=True)
    body_bytes = 0
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            body_bytes += len(json.loads(line)["body"].encode("utf-8"))
    queries = [q for q in queries_file.read_text(encoding="utf-8").splitlines() if q]
    mb = body_bytes / 1e6

    if compare_indexing:
        return compare_builds(args, build, work, corpus, mb, out_md)

    results = {}

    def record(name, wall, rss, path, lat, cpu, load, **extra):
        size = size_of(path)
        results[name] = {"index_s": wall, "cpu_s": cpu, "mb_cpu_s": mb / cpu, "load": load,
                         "docs_s": args.docs / wall, "mb_s": mb / wall, "rss_mb": rss,
                         "size_mb": size / 1e6, "size_x": size / body_bytes, "latency": lat, **extra}
        log(f"{name}: {wall:.1f} s, {mb / wall:.2f} MB/s, {rss:.0f} MB RSS, {size / 1e6:.1f} MB "
            f"({size / body_bytes:.2f}x), median {lat['median']:.2f} ms, p99 {lat['p99']:.2f} ms")

    def index_step(cmd):
        """Runs an indexing command; returns wall, RSS, CPU seconds and the 1-minute
        load average around it (the machine may be shared: CPU seconds are the
        steadier figure then)."""
        before = os.getloadavg()[0]
        wall, rss, _ = timed(cmd)
        return wall, rss, LAST_CPU[0], round(max(before, os.getloadavg()[0]), 1)

    base = pathlib.Path(args.baseline_build).resolve() if args.baseline_build else None  # with --baseline-queries
    base_bins = {k: base / v.relative_to(build) for k, v in bins.items()} if base else None
    index_args_of = {}  # kosearch system -> the indexing flags, for the baseline build

    def kosearch_run(name, db, index_args, b=None):
        shutil.rmtree(db, ignore_errors=True)
        log(f"{name}: indexing")
        index_args_of[name] = index_args
        return index_step([(b or bins)["index"], "-q", "--db", db] + index_args + [corpus])

    def kosearch_measure(name, db, wall, rss, cpu, load, **extra):
        _, _, raw = timed([bins["latency"], db, queries_file])
        lat = latency(raw)
        lat["cold_process_ms"] = cold_query(bins["query"], db, queries)
        record(name, wall, rss, db, lat, cpu, load, tables={k: v / 1e6 for k, v in tables(db).items()}, **extra)

    def baseline_compare(name, db):
        """Times `name` against the baseline build (indexed like it) and/or against this
        build matching the shards side by side (--threads-arm), in alternating rounds."""
        arms = [(name, db, bins, [])]
        bdb = work / f"{name}@base"
        if base and name == "kosearch-compact":
            shutil.rmtree(bdb, ignore_errors=True)
            subprocess.run(["xapian-compact", "--multipass", work / "kosearch@base", bdb], check=True,
                           capture_output=True)
        elif base:
            step = kosearch_run(f"{name}@base", bdb, index_args_of[name], base_bins)
        if base:
            arms.append((f"{name}@base", bdb, base_bins, []))
        if args.threads_arm:  # this build's queries with the shards matched side by side (no cold process)
            arms.append((f"{name}@threads", db, bins, ["--search-threads", "0"]))
        runs = {n: [] for n, *_ in arms}
        cold = {n: [] for n, *_ in arms}
        for r in range(args.repeat):
            for n, d, b, flags in (arms if r % 2 == 0 else arms[::-1]):
                _, _, raw = timed([b["latency"], d, queries_file] + flags)
                runs[n] += json.loads(raw)["ms"]
                if not flags:
                    cold[n].append(cold_query(b["query"], d, queries))
        for n, ms in runs.items():
            results.setdefault(n, dict(results[name]))["latency"] = dict(
                results[name]["latency"], median=statistics.median(ms), p90=pct(ms, 90), p99=pct(ms, 99), n=len(ms),
                cold_process_ms=statistics.median(cold[n]) if cold[n] else None)
        for n, _, _, _ in arms[1:]:
            log(f"{name}: median {results[name]['latency']['median']:.2f} ms vs {n} "
                f"{results[n]['latency']['median']:.2f} ms")
        if not base:
            return
        r = results[f"{name}@base"]
        r.update(size_mb=size_of(bdb) / 1e6, tables={k: v / 1e6 for k, v in tables(bdb).items()})
        r["size_x"] = r["size_mb"] / results[name]["size_mb"] * results[name]["size_x"]
        if name == "kosearch-compact":  # the baseline's own build (not timed again: the merge is the same)
            r.update({k: results["kosearch@base"][k] for k in ("index_s", "cpu_s", "rss_mb", "load", "docs_s", "mb_s",
                                                                 "mb_cpu_s")})
        else:
            wall, rss, cpu, load = step
            r.update(index_s=wall, cpu_s=cpu, rss_mb=rss, load=load, docs_s=args.docs / wall, mb_s=mb / wall,
                     mb_cpu_s=mb / cpu)

    ks_db = work / "kosearch"
    if "kosearch" in systems or "kosearch-compact" in systems:
        kosearch_measure("kosearch", ks_db, *kosearch_run(
            "kosearch", ks_db, ["--shards", str(args.shards), "--memory-mb", str(args.memory_mb)]))
        if base or args.threads_arm:
            baseline_compare("kosearch", ks_db)
    if "kosearch-compact" in systems:
        cdb = work / "kosearch-compact"
        shutil.rmtree(cdb, ignore_errors=True)
        log("kosearch-compact: xapian-compact --multipass")
        cwall, crss, ccpu, cload = index_step(["xapian-compact", "--multipass", ks_db, cdb])
        k = results["kosearch"]
        kosearch_measure("kosearch-compact", cdb, k["index_s"] + cwall, max(k["rss_mb"], crss), k["cpu_s"] + ccpu,
                         max(k["load"], cload), compact_s=cwall)
        if base or args.threads_arm:
            baseline_compare("kosearch-compact", cdb)
    for name, flags in (("kosearch-archive", ["--append-only", "--compact"]), ("kosearch-positions", ["--positions"])):
        if name in systems:
            db = work / name
            kosearch_measure(name, db, *kosearch_run(
                name, db, ["--shards", str(args.shards), "--memory-mb", str(args.memory_mb)] + flags))
            if base or args.threads_arm:
                baseline_compare(name, db)
    if "kosearch-1" in systems:
        db = work / "kosearch-1"
        kosearch_measure("kosearch-1", db, *kosearch_run("kosearch-1", db, []))
    if "kosearch-nofields" in systems:
        db = work / "kosearch-nofields"
        kosearch_measure("kosearch-nofields", db, *kosearch_run(
            "kosearch-nofields", db, ["--shards", str(args.shards), "--no-fields"]))
    for name, flags in (("xapian", []), ("xapian-nopos", ["--no-positions"])):
        if name not in systems:
            continue
        db = work / name
        shutil.rmtree(db, ignore_errors=True)
        log(f"{name}: indexing")
        wall, rss, cpu, load = index_step([bins["xapian"], "index", db] + flags + [corpus])
        # The queries twice in one process: the first pass warms, the second is kept.
        _, _, raw = timed([bins["xapian"], "search", db, "--timings"], input="\n".join(queries + queries) + "\n")
        lines = [json.loads(l) for l in raw.splitlines()][len(queries):]
        lat = latency(json.dumps({"ms": [l["ms"] for l in lines], "zero_hits": sum(not l["ids"] for l in lines),
                                  "errors": sum("error" in l for l in lines)}))
        record(name, wall, rss, db, lat, cpu, load, tables={k: v / 1e6 for k, v in tables(db).items()})
    if "lucene" in systems:
        classes = work / "lucene-classes"
        classes.mkdir(exist_ok=True)
        jars = ":".join(str(j) for pat in ("lucene-core-8*.jar", "lucene-analyzers-common-8*.jar",
                                           "lucene-queryparser-8*.jar")
                        for j in sorted(pathlib.Path("/usr/share/java").glob(pat))[-1:])
        subprocess.run(["javac", "-cp", jars, "-d", classes, HERE / "LuceneBench.java"], check=True)
        cp = f"{jars}:{classes}"
        db = work / "lucene"
        shutil.rmtree(db, ignore_errors=True)
        log("lucene: indexing")
        wall, rss, cpu, load = index_step(["java", "-cp", cp, "LuceneBench", "index", db, corpus])
        _, _, raw = timed(["java", "-cp", cp, "LuceneBench", "search", db, queries_file])
        record("lucene", wall, rss, db, latency(raw), cpu, load)
    if "groonga" in systems:
        d = work / "groonga"
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir()
        log("groonga: indexing")
        wall, rss, cpu, load = index_step([sys.executable, HERE / "groonga_bench.py", "index", d / "db", corpus])
        _, _, raw = timed([sys.executable, HERE / "groonga_bench.py", "search", d / "db", queries_file])
        record("groonga", wall, rss, d, latency(raw), cpu, load)
    if "sqlite" in systems:
        db = work / "sqlite.db"
        db.unlink(missing_ok=True)
        log("sqlite: indexing")
        wall, rss, cpu, load = index_step([sys.executable, HERE / "sqlite_bench.py", "index", db, corpus])
        _, _, raw = timed([sys.executable, HERE / "sqlite_bench.py", "search", db, queries_file])
        record("sqlite", wall, rss, db, latency(raw), cpu, load)

    command = "python3 bench/archive/run.py " + " ".join(sys.argv[1:])
    report = render(args, command, mb, len(queries), results)
    print(report)
    out_md.write_text(report, encoding="utf-8")
    out_md.with_suffix(".json").write_text(json.dumps({"docs": args.docs, "body_mb": mb, "command": command,
                                                       "results": results}, indent=1), encoding="utf-8")
    if not args.keep:
        for name in results:
            p = work / ("sqlite.db" if name == "sqlite" else name)
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
    return {"body_mb": mb, "results": results, "report": report}


def compare_builds(args, build, work, corpus, mb, out_md):
    """Indexes the corpus with kosearch-index from --baseline-build and from --build in
    turn (alternating, so both see the same machine), --repeat times each; reports the
    median CPU seconds, wall seconds and MB per CPU second, and the ratio."""
    builds = {"baseline": pathlib.Path(args.baseline_build).resolve(), "this build": build}
    runs = {name: [] for name in builds}
    for r in range(args.repeat):
        for name, folder in (builds.items() if r % 2 == 0 else reversed(builds.items())):
            db = work / "kosearch-compare"
            shutil.rmtree(db, ignore_errors=True)
            before = os.getloadavg()[0]
            wall, rss, _ = timed([folder / "kosearch-index", "-q", "--db", db, "--shards", str(args.shards),
                                  "--memory-mb", str(args.memory_mb), corpus])
            runs[name].append({"wall_s": wall, "cpu_s": LAST_CPU[0], "rss_mb": rss,
                               "load": round(max(before, os.getloadavg()[0]), 1)})
            log(f"{name} run {r + 1}: {LAST_CPU[0]:.1f} CPU s, {wall:.1f} s wall")
            shutil.rmtree(db, ignore_errors=True)
    med = {name: {k: statistics.median(x[k] for x in rs) for k in ("wall_s", "cpu_s", "rss_mb", "load")}
           for name, rs in runs.items()}
    command = "python3 bench/archive/run.py " + " ".join(sys.argv[1:])
    lines = [f"## kosearch-index, two builds, {args.docs:,} articles ({mb:.1f} MB of body)", "",
             f"`{command}` on {platform.node()}, {datetime.date.today()}: `--shards {args.shards}`, extraction on; "
             f"medians of {args.repeat} runs each, alternating.", "",
             "| build | folder | CPU s | MB per CPU s | wall s | MB/s | peak RSS MB | load |",
             "|---|---|---|---|---|---|---|---|"]
    for name, m in med.items():
        lines.append(f"| {name} | `{builds[name]}` | {m['cpu_s']:.1f} | {mb / m['cpu_s']:.2f} | {m['wall_s']:.1f} | "
                     f"{mb / m['wall_s']:.2f} | {m['rss_mb']:.0f} | {m['load']} |")
    ratio = med["baseline"]["cpu_s"] / med["this build"]["cpu_s"]
    lines += ["", f"Throughput per CPU second, this build / baseline: **{ratio:.2f}x** "
                  f"(per wall second {med['baseline']['wall_s'] / med['this build']['wall_s']:.2f}x).", ""]
    report = "\n".join(lines)
    print(report)
    out_md = out_md.with_name(f"compare-{args.docs}.md")
    out_md.write_text(report, encoding="utf-8")
    out_md.with_suffix(".json").write_text(json.dumps({"docs": args.docs, "body_mb": mb, "command": command,
                                                       "runs": runs, "medians": med}, indent=1), encoding="utf-8")
    return {"body_mb": mb, "results": med, "report": report}


def render_growth(runs):
    """How CPU time, size and latency grow with the archive, per system, relative to the smallest run."""
    sizes = sorted(runs)
    first = runs[sizes[0]]
    L = ["## Growth", "", f"Each figure relative to {sizes[0]:,} articles; linear growth is the text ratio.", "",
         "| system | articles | text × | CPU s × | size × | median latency × | p99 latency × |", "|---|---|---|---|---|---|---|"]
    for name, base in first["results"].items():
        for docs in sizes[1:]:
            r = runs[docs]["results"].get(name)
            if not r:
                continue
            L.append(f"| {name} | {docs:,} | {runs[docs]['body_mb'] / first['body_mb']:.1f} | "
                     f"{r['cpu_s'] / base['cpu_s']:.1f} | {r['size_mb'] / base['size_mb']:.1f} | "
                     f"{r['latency']['median'] / base['latency']['median']:.1f} | "
                     f"{r['latency']['p99'] / base['latency']['p99']:.1f} |")
    return "\n".join(L) + "\n"


def render(args, command, mb, nq, results):
    L = [f"## {args.docs:,} articles ({mb:.1f} MB of body text), {nq} queries",
         "", f"`{command}` — {datetime.date.today()}, {os.cpu_count()} cores, {platform.machine()}, "
         f"kosearch --shards {args.shards} --memory-mb {args.memory_mb}", "",
         "| system | index s | docs/s | MB/s | CPU s | MB per CPU s | load | peak RSS MB | size MB | size / text "
         "| median ms | p90 ms | p99 ms | zero-hit queries | cold process ms |",
         "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, r in results.items():
        lat = r["latency"]
        cold = f"{lat['cold_process_ms']:.1f}" if lat.get("cold_process_ms") else ""
        L.append(f"| {name} | {r['index_s']:.1f} | {r['docs_s']:.0f} | {r['mb_s']:.2f} | {r['cpu_s']:.0f} | "
                 f"{r['mb_cpu_s']:.2f} | {r['load']} | {r['rss_mb']:.0f} | "
                 f"{r['size_mb']:.1f} | {r['size_x']:.2f} | {lat['median']:.2f} | {lat['p90']:.2f} | "
                 f"{lat['p99']:.2f} | {lat['zero_hits']} | {cold} |")
    ours = [n for n in results if n.startswith("kosearch")]
    peers = [n for n in results if not n.startswith("kosearch")]
    if ours and peers:
        L += ["", "Each kosearch layout relative to each peer (throughput: >1 is faster; size and latency: <1 is "
              "smaller/faster):", "",
              "| kosearch | peer | MB/s ratio | MB per CPU s ratio | size ratio | median latency ratio | p99 latency ratio |",
              "|---|---|---|---|---|---|---|"]
        for kn in ours:
            k = results[kn]
            for name in peers:
                r = results[name]
                L.append(f"| {kn} | {name} | {k['mb_s'] / r['mb_s']:.2f} | {k['mb_cpu_s'] / r['mb_cpu_s']:.2f} | "
                         f"{k['size_mb'] / r['size_mb']:.2f} | "
                         f"{k['latency']['median'] / r['latency']['median']:.2f} | "
                         f"{k['latency']['p99'] / r['latency']['p99']:.2f} |")
    tabled = {n: r for n, r in results.items() if r.get("tables")}
    if tabled:
        L += ["", "Xapian tables, MB (all shards). *Searchable / text* leaves out docdata, the stored text "
              "kosearch needs for snippets and phrase checks (Lucene here stores no body either):", "",
              "| system | postlist | position | termlist | docdata | searchable / text |",
              "|---|---|---|---|---|---|"]
        for n, r in tabled.items():
            t = r["tables"]
            searchable = (r["size_mb"] - t.get("docdata", 0)) / r["size_mb"] * r["size_x"]
            L.append(f"| {n} | " + " | ".join(f"{t.get(x, 0):.1f}" for x in ("postlist", "position", "termlist",
                                                                            "docdata")) + f" | {searchable:.2f} |")
    if "kosearch-compact" in results:
        L += ["", f"xapian-compact of the shards took {results['kosearch-compact']['compact_s']:.1f} s "
              "(included in kosearch-compact's index time)."]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    main()

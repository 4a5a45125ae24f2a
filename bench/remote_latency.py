#!/usr/bin/env python3
"""Query latency: one local database vs the same articles in 3 shards served by
xapian-tcpsrv on 127.0.0.1 (and, for reference, the 3 shards opened locally).

The seed article and Korean Wikinews are split into 3 shards as in
tests/e2e_remote.py; each shard is indexed into its own database and served by its
own xapian-tcpsrv (scripts/kosearch-serve). Each layout gets one long-lived
`kosearch-query --batch /dev/stdin` session; every query is sent to each session in
turn (so all layouts see the same warm caches), and the time from writing the query
to reading its JSON answer is one sample. Every answer is checked identical across
layouts (ids, scores, facets). Then whole `kosearch-query` processes (connect, open,
search, print) are timed the same way. Prints one markdown table.

  bench/remote_latency.py [--build build] [--rounds 4]
"""
import argparse, json, os, pathlib, shutil, socket, statistics, subprocess, sys, tempfile, time

ROOT = pathlib.Path(__file__).resolve().parent.parent
SERVE = ROOT / "scripts" / "kosearch-serve"
HOST = "127.0.0.1"

QUERIES = [
    "SK 옴니버스", "오바마 취임", "대통령 선거", "SK 옴니버스 GPU", '"옴니버스 툴"', '"미국 대통령"',
    "오바마 AND 롬니", "오바마 -취임", "title:오바마", "source:ko.wikinews.org", "speaker:최태원",
    "kind:quote 전쟁", "date:2009 오바마", "date:2009-01-01..2009-12-31", "amount:10억달러..",
    "amount:1e9..1e10", "org:Samsung", "org:삼성전자 엔비디아", "축구 월드컵", "지진 피해", "선거 결과 발표",
    "북한 핵", "what did SK say about Omniverse", "SK는 옴니버스에 대해 뭐라고 했나",
    "what did the president say about NVIDIA", "who said golden bell", "what did Obama say about Mandela",
    "아마겟돈 얘기를 한 사람은?", "푸틴은 크림에 대해 뭐라고 했나", "what did Biden say about Armageddon",
]


def free_ports(n):
    socks = [socket.socket() for _ in range(n)]
    for s in socks:
        s.bind((HOST, 0))
    ports = [s.getsockname()[1] for s in socks]
    for s in socks:
        s.close()
    return ports


def check(cmd, **kw):
    r = subprocess.run(list(map(str, cmd)), capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.exit(f"{' '.join(map(str, cmd))}: {r.stderr}")
    return r


def stats(samples):
    s = sorted(samples)
    return statistics.median(s), s[int(0.9 * (len(s) - 1))]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--build", default=str(ROOT / "build"))
    p.add_argument("--corpus", default=str(ROOT / "corpus"))
    p.add_argument("--rounds", type=int, default=4, help="passes over the queries (default 4: 120 queries)")
    a = p.parse_args()
    index, query = pathlib.Path(a.build) / "kosearch-index", pathlib.Path(a.build) / "kosearch-query"
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-remote-bench-"))
    pidfiles, sessions = [], []
    try:
        corpus = pathlib.Path(a.corpus)
        lines = (corpus / "kowikinews" / "articles.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
        parts = []
        for k in range(3):
            parts.append(tmp / f"part{k}.jsonl")
            parts[-1].write_text("".join(lines[k::3]), encoding="utf-8")
        shards = [tmp / f"shard-{k:02d}" for k in range(3)]
        for db, inp in zip(shards, [[corpus / "seed", parts[0]], [parts[1]], [parts[2]]]):
            check([index, "-q", "--db", db, *inp])
        local = tmp / "local"
        check([index, "-q", "--db", local, corpus / "seed", *parts])
        ports = free_ports(3)
        for db, port in zip(shards, ports):
            pidfiles.append(tmp / f"serve-{port}.pid")
            check(["bash", SERVE, "start", "--port", port, "--pidfile", pidfiles[-1], db])

        layouts = {
            "1 local database": ["--db", local],
            "3 remote shards (xapian-tcpsrv, 127.0.0.1)": [x for port in ports for x in ("--remote", f"{HOST}:{port}")],
            "3 local shards (one process)": [x for db in shards for x in ("--db", db)],
        }
        results = {}
        for facets in (False, True):
            extra = ["--facet", "org", "--facet", "year"] if facets else []
            procs = {}
            for name, spec in layouts.items():
                procs[name] = subprocess.Popen(list(map(str, [query, *spec, "--json", "--batch", "/dev/stdin", *extra])),
                                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                sessions.append(procs[name])
            samples = {name: [] for name in layouts}
            for r in range(a.rounds + 1):  # round 0 warms up and is not counted
                for q in QUERIES:
                    answers = {}
                    for name, proc in procs.items():
                        t = time.perf_counter()
                        proc.stdin.write(q + "\n")
                        proc.stdin.flush()
                        line = proc.stdout.readline()
                        dt = time.perf_counter() - t
                        if r:
                            samples[name].append(dt * 1000)
                        got = json.loads(line)
                        answers[name] = ([(h["id"], round(h["score"], 6)) for h in got["results"]], got.get("facets"))
                    if len({json.dumps(v, ensure_ascii=False) for v in answers.values()}) != 1:
                        sys.exit(f"layouts disagree on {q!r}")
            for proc in procs.values():
                proc.stdin.close()
                proc.wait(timeout=60)
            for name in layouts:
                results[(name, "in a session" + (", facets org+year" if facets else ""))] = samples[name]
        # Whole processes: connect (remote), open, load the alias file, search, print.
        samples = {name: [] for name in layouts}
        for q in QUERIES * max(1, (100 + len(QUERIES) - 1) // len(QUERIES)):
            for name, spec in layouts.items():
                t = time.perf_counter()
                subprocess.run(list(map(str, [query, *spec, "--json", q])), capture_output=True)
                samples[name].append((time.perf_counter() - t) * 1000)
        for name in layouts:
            results[(name, "whole kosearch-query process")] = samples[name]

        print(f"{len(QUERIES)} distinct queries; in a session: {a.rounds} rounds after a warm-up round\n")
        print("| layout | what is timed | queries | median ms | p90 ms |")
        print("|---|---|---:|---:|---:|")
        for (name, what), s in results.items():
            med, p90 = stats(s)
            print(f"| {name} | {what} | {len(s)} | {med:.2f} | {p90:.2f} |")
    finally:
        for proc in sessions:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
        for pidfile in pidfiles:
            subprocess.run(["bash", str(SERVE), "stop", "--pidfile", str(pidfile)], capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

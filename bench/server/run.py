#!/usr/bin/env python3
"""kosearch-server's throughput with N clients vs the same queries through
the library in-process, in one run on one machine.

Indexes corpus/ into a temporary database (or uses --db), starts
kosearch-server on a free loopback port, and runs server-throughput: first
CLIENTS threads each with its own Searcher, then CLIENTS keep-alive HTTP
clients, SECONDS each, the queries of queries.txt round-robin: after a
warm-up, in-process with CLIENTS threads and with one thread per core, HTTP
with CLIENTS clients, and in-process with CLIENTS threads again (to show
that the order does not favour one way).

  python3 bench/server/run.py --build build [--clients 32] [--seconds 10]
"""
import argparse, json, os, pathlib, re, signal, subprocess, sys, tempfile

HERE = pathlib.Path(__file__).resolve().parent


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build")
    ap.add_argument("--db")
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--server-flag", action="append", default=[], help="passed to kosearch-server (e.g. --searchers=4)")
    args = ap.parse_args()
    build = pathlib.Path(args.build)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if not db:
            db = str(pathlib.Path(tmp) / "db")
            subprocess.run([str(build / "kosearch-index"), "-q", "--db", db, str(HERE.parent.parent / "corpus")], check=True)
        server = subprocess.Popen([str(build / "server" / "kosearch-server"), "--db", db, "--listen", "127.0.0.1:0",
                                   *args.server_flag], stderr=subprocess.PIPE)
        port = int(re.search(r":(\d+)/", server.stderr.readline().decode()).group(1))
        def run(way, clients, seconds):
            out = subprocess.run([str(build / "bench" / "server-throughput"), db, str(HERE / "queries.txt"), str(port),
                                  str(clients), str(seconds), way], capture_output=True, text=True, check=True).stdout
            return json.loads(out)

        try:
            run("in-process", 1, 2)  # warm-up: the database's pages in memory
            rows = [run("in-process", args.clients, args.seconds), run("in-process", os.cpu_count(), args.seconds),
                    run("http", args.clients, args.seconds), run("in-process", args.clients, args.seconds)]
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait()
    print(f"{os.cpu_count()} cores, {args.seconds:g} s each\n")
    print("| way | threads or clients | queries | queries/s | p50 ms | p99 ms | errors |")
    print("|---|---|---|---|---|---|---|")
    for w in rows:
        print(f"| {w['way']} | {w['clients']} | {w['queries']} | {w['qps']:.0f} | {w['p50_ms']:.1f} | {w['p99_ms']:.1f} | {w['errors']} |")
    best = max(r["qps"] for r in rows if r["way"] == "in-process")
    print(f"\nHTTP with {args.clients} clients / best in-process: {rows[2]['qps'] / best:.2f}")
    return 0 if rows[2]["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""kosearch-server's throughput with N clients vs the same queries through
the library in-process, in one run on one machine.

Indexes corpus/ into a temporary database (or uses --db), starts
kosearch-server on a free loopback port, and runs server-throughput: first
CLIENTS threads each with its own Searcher, then CLIENTS keep-alive HTTP
clients, SECONDS each, the queries of queries.txt round-robin: after a
warm-up, ROUNDS rounds of in-process with CLIENTS threads, in-process with
one thread per core, and HTTP with CLIENTS clients, one after the other, so
that a machine shared with other work slows each way alike; the ratio is
taken per round (HTTP over the better in-process figure) and its median
reported.

  python3 bench/server/run.py --build build [--clients 32] [--seconds 10]
"""
import argparse, json, os, pathlib, statistics, re, signal, subprocess, sys, tempfile

HERE = pathlib.Path(__file__).resolve().parent


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build")
    ap.add_argument("--db")
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--seconds", type=float, default=5)
    ap.add_argument("--rounds", type=int, default=3)
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
        def server_cpu():
            fields = pathlib.Path(f"/proc/{server.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

        def run(way, clients, seconds):
            before = server_cpu()
            out = subprocess.run([str(build / "bench" / "server-throughput"), db, str(HERE / "queries.txt"), str(port),
                                  str(clients), str(seconds), way], capture_output=True, text=True, check=True).stdout
            row = json.loads(out)
            if way == "http":
                row["cpu_s"] = server_cpu() - before  # the server's work, not the clients'
            return row

        try:
            run("in-process", 1, 2)  # warm-up: the database's pages in memory
            rounds = []
            for _ in range(args.rounds):
                rounds.append([run("in-process", args.clients, args.seconds), run("in-process", os.cpu_count(), args.seconds),
                               run("http", args.clients, args.seconds)])
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait()
    print(f"{os.cpu_count()} cores, {args.seconds:g} s each\n")
    print("| round | way | threads or clients | queries | queries/s | p50 ms | p99 ms | errors | CPU ms per query |")
    print("|---|---|---|---|---|---|---|---|---|")
    ratios = []
    for n, rows in enumerate(rounds, 1):
        for w in rows:
            print(f"| {n} | {w['way']} | {w['clients']} | {w['queries']} | {w['qps']:.0f} | {w['p50_ms']:.1f} | "
                  f"{w['p99_ms']:.1f} | {w['errors']} | {1000 * w['cpu_s'] / max(w['queries'], 1):.2f} |")
        ratios.append(rows[2]["qps"] / max(rows[0]["qps"], rows[1]["qps"]))
    print(f"\nHTTP with {args.clients} clients / best in-process, per round: {', '.join(f'{r:.2f}' for r in ratios)}; "
          f"median {statistics.median(ratios):.2f}")
    cpu = [rows[2]["cpu_s"] / rows[2]["queries"] / (rows[1]["cpu_s"] / rows[1]["queries"]) for rows in rounds]
    print(f"CPU per query, server / in-process ({os.cpu_count()} threads), per round: {', '.join(f'{r:.2f}' for r in cpu)}")
    return 0 if all(rows[2]["errors"] == 0 for rows in rounds) else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Shards matched side by side or in one thread, on one existing database:

    python3 bench/archive/threads_ab.py DB QUERIES ROUNDS [KOSEARCH_LATENCY]

Runs `kosearch-latency DB QUERIES --search-threads 1` and `--search-threads 0`
(one thread per core) in ROUNDS alternating rounds (order reversed every other
round), each a warm-up pass and a timed pass over the queries, and prints per
arm the median, p90 and p99 of all timed queries and the ratios (threads / one).
"""
import json, os, pathlib, statistics, subprocess, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent


def pct(x, p):
    x = sorted(x)
    return x[min(len(x) - 1, int(round(p / 100 * (len(x) - 1))))]


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    db, queries, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    lat = sys.argv[4] if len(sys.argv) > 4 else str(ROOT / "build" / "bench" / "kosearch-latency")
    arms = {"1": [], "0": []}
    loads = []
    for r in range(rounds):
        for t in (["1", "0"] if r % 2 == 0 else ["0", "1"]):
            out = subprocess.run([lat, db, queries, "--search-threads", t], capture_output=True, text=True,
                                 check=True).stdout
            arms[t] += json.loads(out)["ms"]
            loads.append(os.getloadavg()[0])
    for t, ms in arms.items():
        name = "one thread" if t == "1" else "threads"
        print(f"{name}: n={len(ms)} median {statistics.median(ms):.2f} p90 {pct(ms, 90):.2f} p99 {pct(ms, 99):.2f} ms")
    one, many = arms["1"], arms["0"]
    print(f"threads / one thread: median {statistics.median(many) / statistics.median(one):.2f}x, "
          f"p99 {pct(many, 99) / pct(one, 99):.2f}x; 1-minute load {min(loads):.1f}-{max(loads):.1f}")


if __name__ == "__main__":
    main()

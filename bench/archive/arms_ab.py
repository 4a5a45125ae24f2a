#!/usr/bin/env python3
"""Query latency and top-10 results of several builds side by side, on existing databases:

    python3 bench/archive/arms_ab.py QUERIES ROUNDS NAME=BUILD:DB [NAME=BUILD:DB ...]

Each arm is a build folder (its bench/kosearch-latency and kosearch-query) and a
database. Runs every arm's `kosearch-latency DB QUERIES` in ROUNDS alternating
rounds (order reversed every other round; each a warm-up pass and a timed pass),
prints per arm the median, p90 and p99 of all timed queries and each arm's ratios
to the first arm, with the paired ratio (median over queries of the per-query
median ratio). Then compares each arm's top 10 (`kosearch-query --json --batch`)
with the first arm's: queries whose ids are the same in the same order, the same
set, the mean overlap, the queries that lose or gain every hit, and the total
match estimates.
"""
import json, os, pathlib, statistics, subprocess, sys


def pct(x, p):
    x = sorted(x)
    return x[min(len(x) - 1, int(round(p / 100 * (len(x) - 1))))]


def top10(build, db, queries_file):
    out = subprocess.run([str(build / "kosearch-query"), "--db", db, "--json", "--limit", "10", "--batch",
                          queries_file], capture_output=True, text=True, check=True).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    return [([r["id"] for r in row.get("results", [])], row.get("total", row.get("matches_estimated")))
            for row in rows]


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    queries_file, rounds = sys.argv[1], int(sys.argv[2])
    arms = []
    for spec in sys.argv[3:]:
        name, rest = spec.split("=", 1)
        build, db = rest.split(":", 1)
        arms.append((name, pathlib.Path(build), db))
    per_query = {name: [] for name, *_ in arms}  # per round: list of ms per query
    loads = []
    for r in range(rounds):
        for name, build, db in (arms if r % 2 == 0 else arms[::-1]):
            out = subprocess.run([str(build / "bench" / "kosearch-latency"), db, queries_file], capture_output=True,
                                 text=True, check=True).stdout
            per_query[name].append(json.loads(out)["ms"])
            loads.append(os.getloadavg()[0])
    first = arms[0][0]
    stats = {}
    for name, runs in per_query.items():
        ms = [t for run in runs for t in run]
        stats[name] = (statistics.median(ms), pct(ms, 90), pct(ms, 99))
        print(f"{name}: n={len(ms)} median {stats[name][0]:.2f} p90 {stats[name][1]:.2f} p99 {stats[name][2]:.2f} ms")
    base_q = [statistics.median(v) for v in zip(*per_query[first])]
    for name, runs in per_query.items():
        if name == first:
            continue
        arm_q = [statistics.median(v) for v in zip(*runs)]
        paired = statistics.median(a / b for a, b in zip(arm_q, base_q) if b > 0)
        print(f"{name} / {first}: median {stats[name][0] / stats[first][0]:.2f}x, p90 "
              f"{stats[name][1] / stats[first][1]:.2f}x, p99 {stats[name][2] / stats[first][2]:.2f}x, "
              f"paired {paired:.2f}x")
    print(f"1-minute load {min(loads):.1f}-{max(loads):.1f}")
    results = {name: top10(build, db, queries_file) for name, build, db in arms}
    for name, rows in results.items():
        if name == first:
            continue
        same_order = same_set = lost_all = gained_all = 0
        overlap = []
        fewer = more = 0
        for (ids, total), (bids, btotal) in zip(rows, results[first]):
            same_order += ids == bids
            same_set += set(ids) == set(bids)
            if bids:
                overlap.append(len(set(ids) & set(bids)) / len(bids))
            lost_all += bool(bids) and not ids
            gained_all += bool(ids) and not bids
            if total is not None and btotal is not None:
                fewer += total < btotal
                more += total > btotal
        n = len(rows)
        print(f"{name} vs {first}: same top 10 in order {same_order}/{n}, same set {same_set}/{n}, "
              f"mean overlap {statistics.mean(overlap):.3f}, zero hits where {first} had some {lost_all}, "
              f"hits where {first} had none {gained_all}, total fewer {fewer} / more {more}")


if __name__ == "__main__":
    main()

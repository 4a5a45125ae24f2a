#!/usr/bin/env python3
"""CPU seconds of kosearch-index runs, two or more builds side by side.

Each round indexes CORPUS once with every arm, in alternating order (the
machine may be shared: only ratios within one run mean much), each into a new
folder; prints each arm's CPU seconds (user + system of the process), the
median, MB of body per CPU second, the ratio to the first arm and peak RSS.

    write_cpu.py CORPUS ROUNDS NAME=BUILD_DIR[:FLAGS] ...
    write_cpu.py /tmp/c20k.jsonl 3 base=/tmp/base/build:"--shards 2 --no-fields" \\
                                   new=build:"--shards 2 --no-fields"

BUILD_DIR holds kosearch-index and its libkosearch (found there first).
"""
import json, os, pathlib, shutil, statistics, subprocess, sys, tempfile, time

SCHEMA = pathlib.Path(__file__).resolve().parents[2] / "schema"


def main():
    corpus, rounds = sys.argv[1], int(sys.argv[2])
    arms = []
    for spec in sys.argv[3:]:
        name, rest = spec.split("=", 1)
        build, _, flags = rest.partition(":")
        arms.append((name, pathlib.Path(build).resolve(), flags.split()))
    mb = sum(len(json.loads(line).get("body", "").encode()) for line in open(corpus, encoding="utf-8")) / 1e6
    cpu = {name: [] for name, *_ in arms}
    rss = {name: [] for name, *_ in arms}
    work = pathlib.Path(tempfile.mkdtemp(prefix="write-cpu-"))
    for r in range(rounds):
        for name, build, flags in (arms if r % 2 == 0 else arms[::-1]):
            db = work / name
            shutil.rmtree(db, ignore_errors=True)
            env = dict(os.environ, LD_LIBRARY_PATH=str(build))
            start = time.time()
            p = subprocess.Popen([build / "kosearch-index", "-q", "--schema", SCHEMA, "--db", db] + flags + [corpus],
                                 env=env)
            _, status, usage = os.wait4(p.pid, 0)
            if status != 0:
                sys.exit(f"{name}: kosearch-index failed (status {status})")
            cpu[name].append(usage.ru_utime + usage.ru_stime)
            rss[name].append(usage.ru_maxrss / 1024)
            print(f"round {r} {name}: {cpu[name][-1]:.2f} CPU s, {time.time() - start:.1f} s wall, "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)
    shutil.rmtree(work, ignore_errors=True)
    first = statistics.median(cpu[arms[0][0]])
    print(f"body {mb:.1f} MB")
    for name, *_ in arms:
        m = statistics.median(cpu[name])
        print(f"{name}: median {m:.2f} CPU s ({' '.join(f'{c:.2f}' for c in cpu[name])}), {mb / m:.3f} MB per CPU s, "
              f"ratio to {arms[0][0]} {m / first:.3f}, peak RSS {max(rss[name]):.0f} MB")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Round trips and cost of who-said-what questions (issue 14's limits: at most
20 round trips over remote shards, at most 3x a plain query of the same words).

Indexes the bundled corpus (seed + Korean Wikinews) once, serves it with
scripts/kosearch-serve (xapian-progsrv) on 127.0.0.1, and for each question
below runs `kosearch-query --remote` under strace, counting the requests the
client writes to the server's socket (a request is a message written; one
fetched document is one request). The same words with --plain give the plain
query's count, and the round trips (a run of writes followed by a read:
the client waits on the server). Then the cost: each question and its
--plain form timed in two long-lived `--batch` sessions (one with --plain)
over the local database, median of --rounds.

  bench/question_round_trips.py [--build build] [--rounds 5]
"""
import argparse, pathlib, re, shutil, socket, statistics, subprocess, sys, tempfile, time

ROOT = pathlib.Path(__file__).resolve().parent.parent
SERVE = ROOT / "scripts" / "kosearch-serve"

QUESTIONS = [
    "what did SK say about Omniverse", "SK는 옴니버스에 대해 뭐라고 했나", "what did the president say about NVIDIA",
    "who said golden bell", "what did Obama say about Mandela", "아마겟돈 얘기를 한 사람은?",
    "푸틴은 크림에 대해 뭐라고 했나", "what did Biden say about Armageddon", "what did Vladimir Putin say about Ukraine",
    "이재명 대통령은 뭐라고 했나", "what did the Defense Ministry say about THAAD", "경찰 관계자는 뭐라고 밝혔나",
]


MSG_DOCUMENT = 2  # Xapian 1.4's remote protocol: "get document" (the first byte of a request)


def requests_written(cmd):
    """(messages written, round trips, round trips fetching a document) on the client's
    TCP socket(s) while running `cmd`; a round trip is a run of writes followed by a
    read (the client waits), a document's when the run's first request is MSG_DOCUMENT
    (Xapian 1.4 fetches each document in a round trip of its own, MSet::fetch too)."""
    with tempfile.NamedTemporaryFile(suffix=".strace") as log:
        subprocess.run(["strace", "-f", "-qq", "-xx", "-e", "trace=socket,write,sendto,sendmsg,read,recvfrom,close",
                        "-o", log.name, *map(str, cmd)], capture_output=True, check=True)
        sockets, writes, trips, document_trips, last, first_type = set(), 0, 0, 0, None, None
        for line in pathlib.Path(log.name).read_text(errors="replace").splitlines():
            m = re.search(r"(socket|write|sendto|sendmsg|read|recvfrom|close)\((\d+)?", line)
            if not m:
                continue
            call, fd = m.group(1), m.group(2)
            if call == "socket":
                r = re.search(r"= (\d+)$", line)
                if r and "AF_INET" in line:
                    sockets.add(r.group(1))
            elif fd not in sockets:
                continue
            elif call == "close":
                sockets.discard(fd)
            elif call in ("write", "sendto", "sendmsg"):
                writes += 1
                if last != "w":
                    b = re.search(r'"\\x([0-9a-f]{2})', line)
                    first_type = int(b.group(1), 16) if b else None
                last = "w"
            elif "EAGAIN" not in line:
                if last == "w":
                    trips += 1
                    document_trips += first_type == MSG_DOCUMENT
                last = "r"
        return writes // 2, trips, document_trips  # a message is written as a header and a body


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--build", default=str(ROOT / "build"))
    p.add_argument("--corpus", default=str(ROOT / "corpus"))
    p.add_argument("--rounds", type=int, default=5)
    a = p.parse_args()
    if not shutil.which("strace"):
        sys.exit("strace is needed (apt-get install strace)")
    index, query = pathlib.Path(a.build) / "kosearch-index", pathlib.Path(a.build) / "kosearch-query"
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-question-trips-"))
    pidfile = tmp / "serve.pid"
    try:
        db = tmp / "db"
        corpus = pathlib.Path(a.corpus)
        subprocess.run([index, "-q", "--db", db, corpus / "seed", corpus / "kowikinews" / "articles.jsonl"], check=True)
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        subprocess.run(["bash", SERVE, "start", "--port", str(port), "--pidfile", pidfile, db], check=True,
                       capture_output=True)
        remote = ["--remote", f"127.0.0.1:{port}"]
        rows = []
        for q in QUESTIONS:
            rows.append((q, requests_written([query, *remote, "--json", q]),
                         requests_written([query, *remote, "--json", "--plain", q])))
        # Cost: one session each, question and plain form alternated, warm-up round not counted.
        sessions = [subprocess.Popen([str(query), "--db", str(db), "--json", *extra, "--batch", "/dev/stdin"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                    for extra in ([], ["--plain"])]
        times = {q: ([], []) for q in QUESTIONS}
        for r in range(a.rounds + 1):
            for q in QUESTIONS:
                for k, session in enumerate(sessions):
                    t = time.perf_counter()
                    session.stdin.write(q + "\n")
                    session.stdin.flush()
                    session.stdout.readline()
                    if r:
                        times[q][k].append(time.perf_counter() - t)
        for session in sessions:
            session.stdin.close()
            session.wait(timeout=60)
        print("| question | messages / round trips (of which documents), question | same, --plain | cost vs --plain |")
        print("|---|---:|---:|---:|")
        ratios = []
        for q, asked, plain in rows:
            ratio = statistics.median(times[q][0]) / statistics.median(times[q][1])
            ratios.append(ratio)
            print(f"| {q} | {asked[0]} / {asked[1]} ({asked[2]}) | {plain[0]} / {plain[1]} ({plain[2]}) | {ratio:.2f}x |")
        trips = [r[1][1] for r in rows]
        lookups = [r[1][1] - r[1][2] for r in rows]
        print(f"\nround trips per question: median {statistics.median(trips)}, max {max(trips)} "
              f"(besides fetching documents: median {statistics.median(lookups)}, max {max(lookups)}); "
              f"plain: median {statistics.median(r[2][1] for r in rows)}; cost: median {statistics.median(ratios):.2f}x, "
              f"max {max(ratios):.2f}x")
    finally:
        subprocess.run(["bash", str(SERVE), "stop", "--pidfile", str(pidfile)], capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

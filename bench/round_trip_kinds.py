#!/usr/bin/env python3
"""Where a question's round trips to a remote shard go, by kind of request.

Indexes the bundled corpus (seed + Korean Wikinews) once, serves it with
scripts/kosearch-serve on 127.0.0.1 behind a counting TCP proxy, and for each
question of bench/question_round_trips.py (and its --plain form) runs
`kosearch-query --remote ... --json`, classifying each round trip (the client
sends, then waits for the server's answer) by the requests it sent, in Xapian
1.4's remote protocol (common/remoteprotocol.h): a match is MSG_QUERY (the
server answers with its statistics) then MSG_GETMSET; metadata is
MSG_GETMETADATA, one key a round trip; a listing MSG_ALLTERMS; a term check
MSG_TERMEXISTS or MSG_TERMFREQ / MSG_FREQS; a document MSG_DOCUMENT.

  bench/round_trip_kinds.py [--build build] [--build2 other/build] [--trace]

With --build2 both builds index and answer the same questions (each against
its own index) and the table shows both side by side. --trace prints each
round trip's request (type and the start of its body) to find what asked it.
"""
import argparse, collections, pathlib, shutil, socket, statistics, subprocess, sys, tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))
from question_round_trips import QUESTIONS, SERVE  # noqa: E402
from e2e_question_round_trips import HOST, CountingProxy, frames  # noqa: E402

# Xapian 1.4's client -> server message types (common/remoteprotocol.h, in order).
NAMES = ["ALLTERMS", "COLLFREQ", "DOCUMENT", "TERMEXISTS", "TERMFREQ", "VALUESTATS", "KEEPALIVE", "DOCLENGTH",
         "QUERY", "TERMLIST", "POSITIONLIST", "POSTLIST", "REOPEN", "UPDATE", "ADDDOCUMENT", "CANCEL",
         "DELETEDOCUMENTTERM", "COMMIT", "REPLACEDOCUMENT", "REPLACEDOCUMENTTERM", "DELETEDOCUMENT", "WRITEACCESS",
         "GETMETADATA", "SETMETADATA", "ADDSPELLING", "REMOVESPELLING", "GETMSET", "SHUTDOWN", "METADATAKEYLIST",
         "FREQS", "UNIQUETERMS", "POSITIONLISTCOUNT", "READACCESS"]
KIND = {"QUERY": "match", "GETMSET": "match", "GETMETADATA": "metadata", "METADATAKEYLIST": "metadata",
        "ALLTERMS": "listing", "TERMEXISTS": "term", "TERMFREQ": "term", "FREQS": "term", "COLLFREQ": "term",
        "DOCUMENT": "document", "UPDATE": "open", "READACCESS": "open", "REOPEN": "open"}


class Proxy(CountingProxy):
    """The test's counting proxy, keeping each round trip's requests (type, body)."""

    def reset(self):
        with self.lock:
            self.last, self.trips, self.sent = None, [], []

    def _note(self, direction, data, stream):
        with self.lock:
            if direction == "client":
                stream.extend(data)
                self.sent += frames(stream)
            elif self.last == "client":
                self.trips.append(self.sent)
                self.sent = []
            self.last = direction


def kind_of(trip):
    names = [NAMES[t] if t < len(NAMES) else str(t) for t, _ in trip]
    if not names:
        return "other"
    return KIND.get(names[0], names[0].lower())


class Served:
    """One build: its index of the bundled corpus, served, behind a proxy."""

    def __init__(self, build, corpus, tmp):
        self.query = pathlib.Path(build) / "kosearch-query"
        db = tmp / "db"
        subprocess.run([pathlib.Path(build) / "kosearch-index", "-q", "--db", db, corpus / "seed",
                        corpus / "kowikinews" / "articles.jsonl"], check=True)
        s = socket.socket()
        s.bind((HOST, 0))
        port = s.getsockname()[1]
        s.close()
        self.pidfile = tmp / "serve.pid"
        subprocess.run(["bash", SERVE, "start", "--port", str(port), "--pidfile", self.pidfile, db], check=True,
                       capture_output=True)
        self.proxy = Proxy(port)

    def trips(self, *args):
        self.proxy.reset()
        subprocess.run([self.query, "--remote", f"{HOST}:{self.proxy.port}", "--json", *args], check=True,
                       capture_output=True)
        with self.proxy.lock:
            return list(self.proxy.trips)

    def stop(self):
        self.proxy.stop()
        subprocess.run(["bash", str(SERVE), "stop", "--pidfile", str(self.pidfile)], capture_output=True)


def describe(trip):
    t, body = trip[0]
    name = NAMES[t] if t < len(NAMES) else str(t)
    return f"{name}({len(trip)}) {body[:60].decode('utf-8', 'replace')!r}"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--build", default=str(ROOT / "build"))
    p.add_argument("--build2")
    p.add_argument("--corpus", default=str(ROOT / "corpus"))
    p.add_argument("--trace", action="store_true")
    p.add_argument("questions", nargs="*")
    a = p.parse_args()
    questions = a.questions or QUESTIONS
    builds = [a.build] + ([a.build2] if a.build2 else [])
    tmps = [pathlib.Path(tempfile.mkdtemp(prefix="kosearch-trip-kinds-")) for _ in builds]
    served = []
    try:
        for b, t in zip(builds, tmps):
            served.append(Served(b, pathlib.Path(a.corpus), t))
        kinds = ["open", "metadata", "listing", "term", "match", "document", "other"]
        totals = [[] for _ in served]
        print("| question | " + " | ".join(f"{'all':>4} " + " ".join(k[:4] for k in kinds) for _ in served) + " |")
        for q in questions:
            for plain in (False, True):
                cells = []
                for i, s in enumerate(served):
                    trips = s.trips(*(["--plain"] if plain else []), q)
                    c = collections.Counter(kind_of(t) for t in trips)
                    cells.append(f"{len(trips):>4} " + " ".join(f"{c.get(k, 0):>4}" for k in kinds))
                    if not plain:
                        totals[i].append(len(trips))
                    if a.trace:
                        print(f"--- {builds[i]} {'--plain ' if plain else ''}{q}")
                        for n, t in enumerate(trips):
                            print(f"  {n + 1:>3} {kind_of(t):9} {describe(t)}")
                print(f"| {'--plain ' if plain else ''}{q} | " + " | ".join(cells) + " |")
        for b, tot in zip(builds, totals):
            print(f"{b}: questions median {statistics.median(tot)}, max {max(tot)}, "
                  f"within 20: {sum(x <= 20 for x in tot)} of {len(tot)}")
    finally:
        for s in served:
            s.stop()
        for t in tmps:
            shutil.rmtree(t, ignore_errors=True)


if __name__ == "__main__":
    main()

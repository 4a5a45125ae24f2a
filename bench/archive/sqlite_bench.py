#!/usr/bin/env python3
"""SQLite FTS5 baseline for the archive benchmark (run.py), with Python's
sqlite3 module (FTS5 with the trigram tokenizer needs SQLite >= 3.34).

    sqlite_bench.py index DB CORPUS.jsonl   one transaction, tokenize='trigram'
    sqlite_bench.py search DB QUERIES       one warm-up pass, one timed pass;
                                            prints {"zero_hits","errors","ms":[...]}

A query's words are each quoted and joined with OR (as kosearch, Xapian and
Lucene treat plain words), ranked by bm25 (ORDER BY rank), top 10. FTS5's trigram tokenizer cannot match a term of
fewer than 3 characters, so a query with a 2-syllable Korean word finds
nothing (counted in zero_hits).
"""
import json, sqlite3, sys, time


def index(db, corpus):
    con = sqlite3.connect(db)
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, tokenize='trigram')")
    with open(corpus, encoding="utf-8") as f, con:
        con.executemany("INSERT INTO docs(id, title, body) VALUES (?, ?, ?)",
                        ((r["id"], r.get("title") or "", r["body"]) for r in map(json.loads, f)))
    con.close()
    return 0


def search(db, queries_file):
    con = sqlite3.connect(db)
    queries = [q for q in open(queries_file, encoding="utf-8").read().splitlines() if q]
    ms, zero, errors = [], 0, 0
    for timed in (False, True):
        for q in queries:
            match = " OR ".join('"' + w.replace('"', '""') + '"' for w in q.split())
            a = time.perf_counter()
            try:
                rows = con.execute("SELECT id FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10", (match,)).fetchall()
            except sqlite3.Error:
                rows, errors = [], errors + timed
            if timed:
                ms.append((time.perf_counter() - a) * 1000)
                zero += not rows
    print(json.dumps({"zero_hits": zero, "errors": errors, "ms": ms}))
    return 0


if __name__ == "__main__":
    mode, db, arg = sys.argv[1:4]
    sys.exit(index(db, arg) if mode == "index" else search(db, arg))

#!/usr/bin/env python3
"""Groonga baseline for the archive benchmark (run.py), through the `groonga`
command-line server (Debian groonga-bin).

    groonga_bench.py index DB CORPUS.jsonl   load id/title/body, then build a
                                             TokenBigram + NormalizerAuto index
    groonga_bench.py search DB QUERIES       one warm-up pass, one timed pass;
                                             prints {"zero_hits","errors","ms":[...]}

The index is built after loading (Groonga's fast static construction), over
title and body with positions (phrase search). A query's words are each
quoted and joined with OR (as kosearch, Xapian and Lucene treat plain words),
ranked by score, top 10.
Latency is Groonga's own elapsed time for each select, inside the server.
"""
import json, subprocess, sys

SCHEMA = """table_create Articles TABLE_HASH_KEY ShortText
column_create Articles title COLUMN_SCALAR ShortText
column_create Articles body COLUMN_SCALAR LongText
"""
INDEX = """table_create Terms TABLE_PAT_KEY ShortText --default_tokenizer TokenBigram --normalizer NormalizerAuto
column_create Terms articles COLUMN_INDEX|WITH_POSITION|WITH_SECTION Articles title,body
"""


def quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def responses(text):
    dec, i, out = json.JSONDecoder(), 0, []
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return out
        obj, i = dec.raw_decode(text, i)
        out.append(obj)


def index(db, corpus):
    p = subprocess.Popen(["groonga", "-n", db], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                         encoding="utf-8")
    p.stdin.write(SCHEMA + "load --table Articles\n[\n")
    first = True
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            row = {"_key": r["id"], "title": r.get("title") or "", "body": r["body"]}
            p.stdin.write(("" if first else ",\n") + json.dumps(row, ensure_ascii=False))
            first = False
    p.stdin.write("\n]\n" + INDEX)
    p.stdin.close()
    return p.wait()


def search(db, queries_file):
    queries = [q for q in open(queries_file, encoding="utf-8").read().splitlines() if q]
    commands = []
    for q in queries:
        words = " OR ".join('"' + w.replace('"', "") + '"' for w in q.split())
        commands.append("select Articles --match_columns 'title * 3 || body' --query " + quote(words) +
                        " --output_columns _key,_score --sortby -_score --limit 10")
    script = "\n".join(commands + commands) + "\n"  # warm-up pass, timed pass
    out = subprocess.run(["groonga", db], input=script, capture_output=True, text=True, encoding="utf-8").stdout
    resp = responses(out)[len(commands):]
    ms, zero, errors = [], 0, 0
    for r in resp:
        header = r[0] if isinstance(r[0], list) else r
        ms.append(header[2] * 1000)
        if header[0] != 0:
            errors += 1
        elif r[1][0][0][0] == 0:
            zero += 1
    print(json.dumps({"zero_hits": zero, "errors": errors, "ms": ms}))


if __name__ == "__main__":
    mode, db, arg = sys.argv[1:4]
    sys.exit(index(db, arg) if mode == "index" else search(db, arg))

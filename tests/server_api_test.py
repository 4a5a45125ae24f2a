#!/usr/bin/env python3
"""kosearch-server's read API against kosearch-query on the same database.

/api/search must answer exactly what `kosearch-query --json` prints for the
same arguments (ids, order, totals, facets, questions included: the bytes are
compared, and the parsed fields one by one to name what differs); bad
parameters get 400 with the CLI's one-line message; /api/stats is `--stats
--json`; /api/timeline's counts are those of the quotes the CLI finds for each
speaker and month; every response has a Content-Type, errors a JSON body;
a stub file and a --remote shard (xapian-tcpsrv) answer as for the CLI."""
import json, pathlib, socket, subprocess, sys, tempfile, time

import server_common as sc

# (query, extra parameters as (name, value) pairs): plain words, phrases,
# fields, ranges, negation, English and Korean questions, paging, sorting, facets.
CASES = [
    ("SK 옴니버스", []),
    ('"옴니버스 툴"', []),
    ("what did SK say about Omniverse", []),
    ("SK는 옴니버스에 대해 뭐라고 했나", []),
    ("what did Samsung say about Omniverse", [("facet", "speaker")]),
    ("who said golden bell", []),
    ("골든벨 얘기를 한 사람은?", []),
    ("what did Biden say about Armageddon", [("facet", "org")]),
    ("푸틴은 크림에 대해 뭐라고 했나", []),
    ("오바마 취임", [("limit", "5")]),
    ("오바마 -취임", []),
    ("대통령", [("limit", "20"), ("offset", "10"), ("facet", "year"), ("facet", "source")]),
    ("대통령", [("sort", "date"), ("limit", "15")]),
    ("대통령", [("limit", "0"), ("facet", "speaker"), ("facet", "org"), ("facet_size", "0")]),
    ("speaker:윤석열", [("facet", "year")]),
    ('speaker:"조 바이든"', []),
    ("kind:quote 북한", [("facet", "speaker"), ("facet_size", "3")]),
    ("org:Samsung", []),
    ("title:오바마", []),
    ("date:2020 코로나", [("facet", "source")]),
    ("date:2012-01-01..2012-12-31 선거", [("sort", "date")]),
    ("Samsung", [("explain", "1")]),
    ("source:wikinews 축구", [("offset", "3"), ("limit", "4")]),
    ("엔비디아 AND 젠슨", []),
    ("nvid*", []),
    ("없는단어조합쀍", []),
    ("대통령", [("offset", "100000")]),
]

# (parameters, the CLI arguments that must fail the same way)
BAD = [
    ([("q", '"abc')], ['"abc']),
    ([("q", "title:")], ["title:"]),
    ([("q", "omni~")], ["omni~"]),
    ([("q", "foo:bar")], ["foo:bar"]),
    ([("q", "date:2020..2010")], ["date:2020..2010"]),
    ([("q", "대통령"), ("facet", "colour")], ["--facet", "colour", "대통령"]),
    ([("q", "옴니*")], ["옴니*"]),
    ([("q", "  ")], ["  "]),
]


def cli_args(q, extra):
    args = []
    for name, value in extra:
        if name == "explain":
            args.append("--explain")
        else:
            args += ["--" + name.replace("_", "-"), value]
    return args + ["--", q]


def compare_search(s, query_bin, db, c):
    for q, extra in CASES:
        status, headers, body = s.request("GET", "/api/search", [("q", q)] + extra)
        code, out, err = sc.cli_json(query_bin, db, cli_args(q, extra))
        what = f"/api/search {q!r} {extra}"
        c.check(status == 200, f"{what}: status {status} {body[:200]!r}")
        c.check(headers.get("Content-Type", "").startswith("application/json"), f"{what}: Content-Type {headers}")
        c.check(code in (0, 1), f"{what}: kosearch-query exit {code}: {err}")
        api, cli = json.loads(body), json.loads(out)
        c.check([r["id"] for r in api["results"]] == [r["id"] for r in cli["results"]], f"{what}: ids/order differ")
        c.check(api["total"] == cli["total"] and api["total_exact"] == cli["total_exact"], f"{what}: totals differ")
        c.check(list(api.get("facets", {}).items()) == list(cli.get("facets", {}).items()), f"{what}: facets differ")
        c.check(api.get("understood") == cli.get("understood"), f"{what}: understood differs")
        c.check(body == out, f"{what}: bytes differ from kosearch-query --json")
    answered = [q for q, _ in CASES if json.loads(s.request("GET", "/api/search", {"q": q})[2]).get("understood")]
    c.check(len(answered) >= 6, f"only {len(answered)} of the cases were taken as questions")
    hits = sum(1 for q, _ in CASES if json.loads(s.request("GET", "/api/search", {"q": q})[2])["total"] > 0)
    c.check(hits >= 20, f"only {hits} cases match anything")


def compare_errors(s, query_bin, db, c):
    for params, args in BAD:
        status, headers, body = s.request("GET", "/api/search", params)
        code, out, err = sc.cli_json(query_bin, db, args if args[0].startswith("--") else ["--", *args])
        message = err.strip().removeprefix("kosearch-query: ")
        c.check(code == 2, f"kosearch-query {args}: exit {code}")
        c.check(status == 400 and json.loads(body) == {"error": message}, f"/api/search {params}: {status} {body!r}, CLI: {message!r}")
    for params, message in [
        ({"q": "a", "limit": "-1"}, "limit -1: give 0 or more (0 only counts the matches)"),
        ({"q": "a", "limit": "2000000"}, "limit 2000000: at most 1000000"),
        ({"q": "a", "offset": "x"}, "offset x: not a whole number"),
        ({"q": "a", "sort": "size"}, "sort size: give relevance or date"),
        ({"q": "a", "lang": "ko"}, 'unknown parameter "lang" (known: q, limit, offset, sort, facet, facet_size, explain)'),
        ({}, "empty query: give words to search for"),
    ]:
        status, headers, body = s.request("GET", "/api/search", params)
        c.check(status == 400 and json.loads(body) == {"error": message}, f"/api/search {params}: {status} {body!r}")
    status, headers, body = s.request("GET", "/api/timeline", {"q": "a", "by": "colour"})
    c.check(status == 400 and json.loads(body)["error"] == "by colour: give speaker, org or source", f"timeline by: {body!r}")
    # Errors raised by the HTTP layer itself are JSON too.
    for method, path, params, want in [("GET", "/nowhere", None, 404), ("GET", "/api/search", {"q": "가" * 3000}, 414)]:
        status, headers, body = s.request(method, path, params)
        c.check(status == want and headers.get("Content-Type", "").startswith("application/json")
                and "error" in json.loads(body), f"{method} {path}: {status} {headers} {body[:100]!r}")


def compare_stats_and_timeline(s, query_bin, db, c):
    status, headers, body = s.request("GET", "/api/stats")
    code, out, err = sc.cli_json(query_bin, db, ["--stats"])
    c.check(status == 200 and body == out, f"/api/stats {body!r} vs {out!r}")
    status, health = s.get_json("/healthz")
    c.check(status == 200 and health["status"] == "ok" and health["articles"] == json.loads(out)["articles"], f"healthz {health}")
    status, page_headers, page = s.request("GET", "/")
    c.check(status == 200 and page_headers["Content-Type"].startswith("text/html") and b"/app.js" in page, "page at /")
    # Plain queries: the quotes among their matches, bucketed by speaker and month.
    for q in ["대통령", "북한", "선거"]:
        status, t = s.get_json("/api/timeline", {"q": q, "top": 4})
        code, out, err = sc.cli_json(query_bin, db, ["--limit", "10000", "--facet", "speaker", "--facet-size", "4",
                                                      "--", q + " kind:quote"])
        cli = json.loads(out)
        c.check(status == 200 and len(t["values"]) > 0, f"timeline {q}: {status} {t}")
        c.check([(v["value"], v["count"]) for v in t["values"]] == list(cli["facets"]["speaker"].items()),
                f"timeline {q}: values {t['values']} vs CLI {cli['facets']}")
        c.check(t["total"] == cli["total"] and t["counted"] == len(cli["results"]), f"timeline {q}: totals")
        months = {}
        for r in cli["results"]:
            if r["speaker"] in cli["facets"]["speaker"] and len(r["date"]) >= 7:
                months.setdefault(r["date"][:7], {}).setdefault(r["speaker"], 0)
                months[r["date"][:7]][r["speaker"]] += 1
        got = {b["interval"]: b["counts"] for b in t["intervals"]}
        c.check(sum(sum(m.values()) for m in got.values()) > 0, f"timeline {q}: no bars")
        c.check(got == months, f"timeline {q}: {got} vs CLI {months}")
        c.check([b["interval"] for b in t["intervals"]] == sorted(months), f"timeline {q}: intervals not oldest first")
        status, years = s.get_json("/api/timeline", {"q": q, "top": 4, "interval": "year"})
        c.check(sorted(b["interval"] for b in years["intervals"]) == sorted({m[:4] for m in months}), f"timeline {q} by year")
    # A question: its answers are the quotes (no kind:quote added).
    q = "what did SK say about Omniverse"
    status, t = s.get_json("/api/timeline", {"q": q})
    code, out, err = sc.cli_json(query_bin, db, ["--facet", "speaker", "--facet-size", "8", "--", q])
    c.check(status == 200 and [(v["value"], v["count"]) for v in t["values"]] == list(json.loads(out)["facets"]["speaker"].items())
            and t["values"], f"timeline of a question: {t}")


def remote_shard(args, db, c):
    """--remote HOST:PORT: the database served by xapian-tcpsrv, as kosearch-query --remote sees it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    tcpsrv = subprocess.Popen(["xapian-tcpsrv", "--interface", "127.0.0.1", "--port", str(port), str(db)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        remote = f"127.0.0.1:{port}"
        with sc.Server(args.server, "--remote", remote) as s:
            for q, extra in CASES[:4]:
                body = s.request("GET", "/api/search", [("q", q)] + extra)[2]
                r = subprocess.run([args.query, "--remote", remote, "--json", *cli_args(q, extra)], capture_output=True, timeout=60)
                c.check(body == r.stdout and json.loads(body)["total"] > 0, f"--remote: {q!r} differs")
    finally:
        tcpsrv.kill()
        tcpsrv.wait()


def main():
    args = sc.parse_args(__doc__)
    c = sc.Checks()
    with tempfile.TemporaryDirectory() as tmp:
        db = pathlib.Path(tmp) / "db"
        sc.index_corpus(args.index, args.corpus, db)
        with sc.Server(args.server, "--db", db) as s:
            compare_search(s, args.query, db, c)
            compare_errors(s, args.query, db, c)
            compare_stats_and_timeline(s, args.query, db, c)
            code, log = s.stop()
            c.check(code == 0, f"server exit {code} after SIGTERM: {log}")
        # A Xapian stub file names the shards, as for kosearch-query --db.
        stub = pathlib.Path(tmp) / "archive.stub"
        stub.write_text("# one shard\nauto db\n")
        with sc.Server(args.server, "--db", stub) as s:
            for q, extra in CASES[:5]:
                body = s.request("GET", "/api/search", [("q", q)] + extra)[2]
                c.check(body == sc.cli_json(args.query, stub, cli_args(q, extra))[1], f"stub file: {q!r} differs")
        remote_shard(args, db, c)
        r = subprocess.run([args.server, "--db", str(pathlib.Path(tmp) / "none")], capture_output=True, text=True, timeout=30)
        c.check(r.returncode == 2 and r.stderr.startswith("kosearch-server: ") and len(r.stderr.splitlines()) == 1,
                f"missing database: exit {r.returncode}, {r.stderr!r}")
        r = subprocess.run([args.server, "--db", str(db), "--listen", "localhost"], capture_output=True, text=True, timeout=30)
        c.check(r.returncode == 2 and "--listen localhost: give HOST:PORT" in r.stderr, f"bad --listen: {r.stderr!r}")
    return c.done("server_api")


if __name__ == "__main__":
    sys.exit(main())

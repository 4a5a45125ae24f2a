#!/usr/bin/env python3
"""kosearch-server's writes: POST /api/articles and DELETE /api/articles/{id}.

Read-only by default (403); with --token-file only 'Authorization: Bearer
TOKEN' may write (401 otherwise, nothing written). A POST body is read like a
JSONL file named request.jsonl given to kosearch-index: the same counts and
the same per-line messages, checked against kosearch-index on the same
records; what a reply acknowledges is committed (the next search and
kosearch-query see it). DELETE answers like kosearch-index --delete. A
sharded folder is written shard by shard. SIGTERM while clients write: the
server finishes the requests in progress and exits 0, and every article
whose POST was acknowledged is in the database."""
import json, pathlib, re, subprocess, sys, tempfile, threading, time

import server_common as sc

TOKEN = "kosearch-test-token-5f1c9a0e7b"
GOOD = [
    {"id": "srv-1", "title": "해오름항 물동량 역대 최대", "date": "2024-03-05", "source": "테스트일보",
     "body": "해오름항만공사는 올해 1분기 컨테이너 물동량이 역대 최대를 기록했다고 밝혔다. "
             "김다온 해오름항만공사 사장은 \"신항 확장으로 처리 능력이 크게 늘었다\"고 말했다."},
    {"title": "해오름항 야간 하역 시작", "date": "2024년 4월 2일",
     "body": "해오름항에서 다음 달부터 야간 하역이 시작된다. 항만 노조는 인력 충원이 먼저라고 주장했다."},
]
BAD_LINES = [
    '{"id": "srv-bad-1", "title": "본문 없음"}',
    '{"id": "srv-bad-2", "body": "날짜를 읽을 수 없는 해오름항 기사 본문이다.", "date": "어제"}',
    '{"id": "srv-bad-3", "body": 42}',
    '{"id": "srv-bad-4", "body": "잘린',
    '[1, 2]',
]


def body_text():
    lines = [json.dumps(GOOD[0], ensure_ascii=False), BAD_LINES[0], json.dumps(GOOD[1], ensure_ascii=False)]
    return ("\n".join(lines + BAD_LINES[1:]) + "\n").encode()


def cli_index(index_bin, db, path):
    r = subprocess.run([index_bin, "--db", str(db), str(path)], capture_output=True, text=True, timeout=120)
    lines = r.stderr.strip().splitlines()
    summary = re.search(r"(\d+) added, (\d+) replaced, (\d+) unchanged, (\d+) errors", lines[-1])
    return [l.removeprefix("kosearch-index: ") for l in lines[:-1]], [int(x) for x in summary.groups()]


def total(s, q):
    return json.loads(s.request("GET", "/api/search", {"q": q})[2])["total"]


def read_only(args, db, c):
    with sc.Server(args.server, "--db", db) as s:
        for method, path in [("POST", "/api/articles"), ("DELETE", "/api/articles/srv-1")]:
            status, headers, body = s.request(method, path, body=body_text(), headers={"Authorization": "Bearer " + TOKEN})
            c.check(status == 403 and "read-only" in json.loads(body)["error"], f"read-only {method}: {status} {body!r}")
        c.check(total(s, "해오름항") == 0, "a read-only server wrote")


def posts_and_deletes(args, tmp, db, c):
    token_file = tmp / "token"
    token_file.write_text(TOKEN + "\n")
    auth = {"Authorization": "Bearer " + TOKEN}
    with sc.Server(args.server, "--db", db, "--token-file", token_file, "--max-body-mb", "1") as s:
        for headers in [{}, {"Authorization": "Bearer wrong-token-0000000000"}, {"Authorization": TOKEN},
                        {"Authorization": "Basic " + TOKEN}, {"Authorization": "Bearer " + TOKEN + "x"}]:
            status, _, body = s.request("POST", "/api/articles", body=body_text(), headers=headers)
            c.check(status == 401 and "Bearer" in json.loads(body)["error"], f"POST with {headers}: {status} {body!r}")
            status, _, body = s.request("DELETE", "/api/articles/000_b7eb001f9d02ddd5", headers=headers)
            c.check(status == 401, f"DELETE with {headers}: {status}")
        c.check(total(s, "해오름항") == 0 and total(s, "id:000_b7eb001f9d02ddd5") == 1, "a refused write changed the database")

        status, headers, body = s.request("POST", "/api/articles", body=body_text(), headers={**auth, "Content-Type": "text/plain"})
        reply = json.loads(body)
        (tmp / "cli").mkdir()
        (tmp / "cli" / "request.jsonl").write_bytes(body_text())
        messages, counts = cli_index(args.index, tmp / "clidb", tmp / "cli" / "request.jsonl")
        messages = [m.replace(str(tmp / "cli") + "/", "") for m in messages]
        c.check(status == 200 and headers["Content-Type"].startswith("application/json"), f"POST: {status} {body!r}")
        c.check([reply["added"], reply["replaced"], reply["unchanged"]] == counts[:3] == [3, 0, 0], f"POST counts {reply} vs CLI {counts}")
        c.check([e["message"] for e in reply["errors"]] == messages and len(messages) == 5, f"POST messages {reply['errors']} vs CLI {messages}")
        c.check([e["line"] for e in reply["errors"]] == [2, 4, 5, 6, 7], f"POST lines {reply['errors']}")
        # Committed before the reply: this server and kosearch-query see it at once.
        c.check(total(s, "해오름항") == 3, f"POSTed articles not found: {total(s, '해오름항')}")
        c.check(total(s, "id:request-3") == 1, "an article without id is not request-3")
        code, out, _ = sc.cli_json(args.query, db, ["--", "해오름항"])
        c.check(json.loads(out)["total"] == 3, "kosearch-query does not see the POSTed articles")
        c.check(total(s, 'speaker:김다온') == 1, "the quote of a POSTed article was not extracted")
        status, _, body = s.request("POST", "/api/articles", body=body_text(), headers=auth)
        c.check(json.loads(body)["unchanged"] == 3, f"POST again: {body!r}")

        status, _, body = s.request("DELETE", "/api/articles/srv-1", headers=auth)
        c.check(status == 200 and json.loads(body) == {"deleted": "srv-1"}, f"DELETE: {status} {body!r}")
        c.check(total(s, "id:srv-1") == 0 and total(s, "speaker:김다온") == 0, "deleted article or its quote still found")
        status, _, body = s.request("DELETE", "/api/articles/srv-1", headers=auth)
        r = subprocess.run([args.index, "--db", str(db), "--delete", "srv-1"], capture_output=True, text=True)
        cli_message = r.stderr.splitlines()[0].removeprefix("kosearch-index: ")
        c.check(status == 404 and json.loads(body)["error"] == cli_message, f"DELETE unknown: {body!r} vs {cli_message!r}")

        for body, want in [(b"", 400), (b" \n", 400), (b"x" * (2 << 20), 413)]:
            status, headers, reply = s.request("POST", "/api/articles", body=body, headers=auth)
            c.check(status == want and "error" in json.loads(reply), f"POST of {len(body)} bytes: {status} {reply[:80]!r}")
        code, log = s.stop()
        c.check(code == 0, f"exit {code}: {log}")


def sharded(args, tmp, c):
    db = tmp / "sharded"
    seed = tmp / "seed.jsonl"
    seed.write_text(json.dumps({"id": "seed", "body": "해돋이시 의회가 예산안을 통과시켰다."}, ensure_ascii=False) + "\n")
    subprocess.run([args.index, "-q", "--db", str(db), "--shards", "2", str(seed)], check=True)
    with sc.Server(args.server, "--db", db, "--token-file", tmp / "token") as s:
        auth = {"Authorization": "Bearer " + TOKEN}
        status, _, body = s.request("POST", "/api/articles", body=body_text(), headers=auth)
        c.check(status == 200 and json.loads(body)["added"] == 3, f"sharded POST: {body!r}")
        c.check(total(s, "해오름항") == 3 and total(s, "해돋이시") == 1, "sharded POST not searchable")
        status, _, body = s.request("DELETE", "/api/articles/srv-1", headers=auth)
        c.check(status == 200 and total(s, "id:srv-1") == 0, f"sharded DELETE: {body!r}")
    c.check(sorted(p.name for p in db.iterdir() if p.name.startswith("shard-")) == ["shard-00", "shard-01"], "shards changed")


def sigterm_during_writes(args, tmp, db, c):
    acknowledged, failed = [], []
    with sc.Server(args.server, "--db", db, "--token-file", tmp / "token") as s:
        stop = threading.Event()

        def writer(n):
            for i in range(1000):
                if stop.is_set():
                    return
                aid = f"term-{n}-{i}"
                line = json.dumps({"id": aid, "title": f"종료 시험 {n}-{i}",
                                   "body": f"종료 신호 시험 기사 {n}번 작성자의 {i}번째 글이다. 해넘이항 소식을 전한다."}, ensure_ascii=False)
                try:
                    status, _, body = s.request("POST", "/api/articles", body=line.encode(),
                                                headers={"Authorization": "Bearer " + TOKEN}, timeout=30)
                except OSError:
                    return  # the server has stopped
                (acknowledged if status == 200 and json.loads(body)["added"] == 1 else failed).append(aid)

        threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        deadline = time.time() + 20
        while len(acknowledged) < 8 and time.time() < deadline:
            time.sleep(0.05)
        code, log = s.stop()
        stop.set()
        for t in threads:
            t.join()
    c.check(code == 0 and "stopped" in log, f"SIGTERM during writes: exit {code}: {log}")
    c.check(len(acknowledged) >= 8 and not failed, f"{len(acknowledged)} acknowledged, failed: {failed}")
    batch = tmp / "ids.txt"
    batch.write_text("".join(f"id:{a}\n" for a in acknowledged))
    r = subprocess.run([args.query, "--db", str(db), "--json", "--limit", "0", "--batch", str(batch)],
                       capture_output=True, text=True, timeout=120)
    found = [json.loads(l)["total"] for l in r.stdout.splitlines()]
    c.check(len(found) == len(acknowledged) and all(n == 1 for n in found),
            f"acknowledged writes lost after SIGTERM: {found.count(0)} of {len(acknowledged)}")


def main():
    args = sc.parse_args(__doc__)
    c = sc.Checks()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = pathlib.Path(tmp_name)
        db = tmp / "db"
        sc.index_corpus(args.index, pathlib.Path(args.corpus) / "seed", db)
        read_only(args, db, c)
        posts_and_deletes(args, tmp, db, c)
        sharded(args, tmp, c)
        sigterm_during_writes(args, tmp, db, c)
    return c.done("server_write")


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""kosearch-server under load: 32 concurrent keep-alive clients for a bounded
time (10 s) on loopback, searching, asking questions and reading timelines.

No request fails and every answer is the one the server gave for that
request when idle (same total, same first id); the server's memory is flat
(resident size at the end within 25% + 16 MB of what it was after the
warm-up); a client that sends its request one byte at a time gets its answer
and, while it dawdles, the other clients go on being answered. p50 and p99
are printed (the test asserts no timing)."""
import http.client, json, pathlib, socket, statistics, sys, tempfile, threading, time, urllib.parse

import server_common as sc

CLIENTS = 32
SECONDS = 10
REQUESTS = [
    ("/api/search", {"q": "대통령"}),
    ("/api/search", {"q": "what did SK say about Omniverse"}),
    ("/api/search", {"q": "오바마 취임", "limit": "5", "facet": "year"}),
    ("/api/search", {"q": "kind:quote 북한", "facet": "speaker"}),
    ("/api/search", {"q": "골든벨 얘기를 한 사람은?"}),
    ("/api/search", {"q": "선거", "sort": "date", "offset": "10"}),
    ("/api/search", {"q": '"옴니버스 툴"'}),
    ("/api/timeline", {"q": "대통령"}),
    ("/api/stats", None),
    ("/healthz", None),
]


def path_of(path, params):
    return path + ("?" + urllib.parse.urlencode(params) if params else "")


def digest(body):
    j = json.loads(body)
    return (j.get("total"), [r["id"] for r in j.get("results", [])][:3], j.get("articles"), len(j.get("intervals", [])))


def client(port, n, expected, deadline, log):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    i = n
    while time.time() < deadline:
        path = path_of(*REQUESTS[i % len(REQUESTS)])
        t0 = time.perf_counter()
        try:
            conn.request("GET", path)
            r = conn.getresponse()
            body = r.read()
            ok = r.status == 200 and r.getheader("Content-Type", "").startswith("application/json") and digest(body) == expected[path]
        except (OSError, http.client.HTTPException, ValueError) as e:
            ok, body = False, repr(e).encode()
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        log.append((time.time(), time.perf_counter() - t0, ok, path if ok else (path, body[:200])))
        i += 1
    conn.close()


def slow_client(port, result):
    """Sends a search one byte every 10 ms (about 4 s for the request)."""
    request = ("GET " + path_of("/api/search", {"q": "대통령"}) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
               + "X-Padding: " + "slow" * 60 + "\r\nConnection: close\r\n\r\n").encode()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        result["start"] = time.time()
        for byte in request:
            s.sendall(bytes([byte]))
            time.sleep(0.01)
        result["sent"] = time.time()
        reply = b""
        while chunk := s.recv(65536):
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    result["status"] = head.split(b" ")[1] if head else b""
    result["body"] = body


def main():
    args = sc.parse_args(__doc__)
    c = sc.Checks()
    with tempfile.TemporaryDirectory() as tmp:
        db = pathlib.Path(tmp) / "db"
        sc.index_corpus(args.index, args.corpus, db)
        with sc.Server(args.server, "--db", db) as s:
            expected = {}
            for path, params in REQUESTS:
                status, _, body = s.request("GET", path, params)
                c.check(status == 200, f"{path} {params}: {status}")
                expected[path_of(path, params)] = digest(body)
            # Warm-up: every searcher opened, the database's pages read.
            log = []
            warm = [threading.Thread(target=client, args=(s.port, n, expected, time.time() + 2, log)) for n in range(CLIENTS)]
            for t in warm:
                t.start()
            for t in warm:
                t.join()
            rss_start = s.rss_kb()
            log.clear()
            deadline = time.time() + SECONDS
            threads = [threading.Thread(target=client, args=(s.port, n, expected, deadline, log)) for n in range(CLIENTS)]
            slow = {}
            slow_thread = threading.Thread(target=slow_client, args=(s.port, slow))
            for t in threads:
                t.start()
            time.sleep(1)
            slow_thread.start()
            samples = []
            while time.time() < deadline:
                samples.append(s.rss_kb())
                time.sleep(1)
            for t in threads + [slow_thread]:
                t.join()
            rss_end = s.rss_kb()
            code, server_log = s.stop()

    failures = [entry for entry in log if not entry[2]]
    latencies = sorted(entry[1] * 1000 for entry in log)
    c.check(len(log) > CLIENTS * 5, f"only {len(log)} requests answered")
    c.check(not failures, f"{len(failures)} failed requests, e.g. {failures[:3]}")
    p50 = statistics.median(latencies) if latencies else 0
    p99 = latencies[int(0.99 * len(latencies))] if latencies else 0
    print(f"{len(log)} requests from {CLIENTS} clients in {SECONDS} s ({len(log) / SECONDS:.0f}/s): "
          f"p50 {p50:.1f} ms, p99 {p99:.1f} ms; resident memory {rss_start // 1024} MB after warm-up, "
          f"{rss_end // 1024} MB at the end (samples {[m // 1024 for m in samples]})")
    if not args.sanitized:  # ASan's quarantine holds freed memory: flat memory is checked in the plain build
        c.check(rss_end <= rss_start * 1.25 + 16 * 1024, f"memory grew from {rss_start} kB to {rss_end} kB")
    c.check(slow.get("status") == b"200" and digest(slow["body"]) == expected[path_of("/api/search", {"q": "대통령"})],
            f"the byte-by-byte client got {slow.get('status')} {slow.get('body', b'')[:100]!r}")
    during = [e for e in log if slow.get("start", 0) <= e[0] <= slow.get("sent", 0)]
    print(f"while the slow client sent its request ({slow.get('sent', 0) - slow.get('start', 0):.1f} s), "
          f"{len(during)} other requests were answered")
    c.check(len(during) >= CLIENTS, f"only {len(during)} requests answered while one client sent byte by byte")
    c.check(code == 0, f"server exit {code}: {server_log}")
    return c.done("server_load")


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Hardening of the built CLIs (issue 19, items 6, 7, 8, 14): symlink loops,
symlinks out of a folder and named pipes in input folders; pipes and process
substitution as inputs; queries that NFKC or script splitting make long;
over-long --batch lines; escape sequences in indexed text; a planted
lock-info symlink. Each case has a generous hang guard (a timeout), never a
timing assertion."""
import json, os, pathlib, shutil, socket, subprocess, sys, tempfile, threading, time, unittest

import harness

ARGS = None
HANG_GUARD = 120  # seconds: far above any of these runs; reached only by a hang
SERVE = pathlib.Path(__file__).resolve().parent.parent / "scripts" / "kosearch-serve"

ARTICLE = "반도체 수출\n삼성전자는 올해 반도체 수출이 크게 늘었다고 밝혔다.\n"


def run(*args, input=None, timeout=HANG_GUARD, **kw):
    env = dict(os.environ)
    env.pop("KOSEARCH_DB", None)
    return subprocess.run([str(a) for a in args], input=input, capture_output=True, text=True, errors="replace",
                          env=env, timeout=timeout, **kw)


def peak_rss_mb(argv, timeout=HANG_GUARD):
    """Runs argv; returns (returncode, stdout, stderr, peak resident MB sampled from /proc)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen([str(a) for a in argv], stdout=out, stderr=err)
        peak, start = 0.0, time.monotonic()
        while p.poll() is None:
            try:
                with open(f"/proc/{p.pid}/status") as f:
                    for line in f:
                        if line.startswith("VmHWM:"):
                            peak = max(peak, int(line.split()[1]) / 1024)
            except OSError:
                pass
            if time.monotonic() - start > timeout:
                p.kill()
                raise AssertionError(f"hang: {argv[:3]}")
            time.sleep(0.01)
        out.seek(0), err.seek(0)
        return p.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"), peak


class Hardening(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-hardening-"))
        self.db = self.tmp / "db"

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def index(self, *inputs, extra=()):
        return run(ARGS.index, "--db", self.db, "-q", *extra, *inputs)

    def ids(self, query="kind:article"):
        r = run(ARGS.query, "--db", self.db, "--json", "--limit", "100", query)
        self.assertIn(r.returncode, (0, 1), r.stderr)
        return sorted(h["id"] for h in json.loads(r.stdout)["results"])

    def folder(self, name="in"):
        d = self.tmp / name
        d.mkdir()
        (d / "good.txt").write_text(ARTICLE, encoding="utf-8")
        return d

    # Item 6.
    def test_symlink_loop_in_a_folder_is_one_error_and_the_rest_is_indexed(self):
        d = self.folder()
        (d / "a.txt").symlink_to("b.txt")
        (d / "b.txt").symlink_to("a.txt")
        r = self.index(d)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(r.stderr.splitlines(), [f"kosearch-index: {d}/a.txt: symlink loop, skipped",
                                                 f"kosearch-index: {d}/b.txt: symlink loop, skipped"])
        self.assertEqual(self.ids(), ["good"])
        ex = run(ARGS.index, "--extract", d)  # the other reader of folders
        self.assertEqual(ex.returncode, 1, ex.stderr)
        self.assertEqual(len(ex.stdout.splitlines()), 1)

    def test_symlink_out_of_the_folder_needs_follow_symlinks(self):
        d = self.folder()
        secret = self.tmp / "secret"
        secret.mkdir()
        (secret / "private.txt").write_text(ARTICLE, encoding="utf-8")
        (d / "leak.txt").symlink_to(secret / "private.txt")
        r = self.index(d)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn(f"{d}/leak.txt: symlink to {secret.resolve()}/private.txt, outside the folder {d}; "
                      "skipped (--follow-symlinks follows it)", r.stderr)
        self.assertEqual(self.ids(), ["good"])
        r = self.index(d, extra=["--follow-symlinks"])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.ids(), ["good", "leak"])

    # Item 7.
    def test_named_pipe_as_input_is_read_once_as_a_stream(self):
        pipe = self.tmp / "feed.jsonl"
        os.mkfifo(pipe)
        records = [{"id": "p1", "body": "첫째 기사 본문입니다."}, {"body": "아이디가 없는 둘째 기사입니다."}]
        data = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in records).encode()
        writer = threading.Thread(target=lambda: pipe.write_bytes(data))
        writer.start()
        r = self.index(pipe)
        writer.join()
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.ids(), ["<stdin>-2", "p1"])

    def test_process_substitution_is_a_stream_not_an_article_named_63(self):
        script = f'"$0" --db "$1" -q <(printf "%s\\n" "$2") <(printf "%s" "$3")'
        jsonl = json.dumps({"id": "sub1", "body": "프로세스 치환으로 읽은 기사입니다."}, ensure_ascii=False)
        r = run("bash", "-c", script, ARGS.index, self.db, jsonl, ARTICLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        ids = self.ids()
        self.assertEqual(len(ids), 2, ids)
        self.assertIn("sub1", ids)
        other = [i for i in ids if i != "sub1"][0]
        self.assertTrue(other.startswith("stdin-"), ids)  # text: ids as for standard input

    def test_named_pipe_in_a_folder_is_skipped_without_waiting(self):
        d = self.folder()
        os.mkfifo(d / "pipe.jsonl")
        r = self.index(d)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(r.stderr.strip(), f"kosearch-index: {d}/pipe.jsonl: named pipe, not a regular file; "
                                           "skipped (name it as an input to read it)")
        self.assertEqual(self.ids(), ["good"])

    # Item 8.
    def test_queries_long_after_normalisation_are_refused_at_once(self):
        self.assertEqual(self.index(self.folder()).returncode, 0)
        cases = [("\ufdfa" * 19000, "characters after Unicode normalisation"),   # 1 character -> 18
                 ("\u3300" * 6000, "characters after Unicode normalisation"),    # squared word -> 4
                 ("漢한" * 5000, "words after splitting scripts"),
                 ("\ufb03" * 7000, "characters after Unicode normalisation")]    # ligature ffi -> 3
        for query, why in cases:
            for extra in ([], ["--json"]):
                r = run(ARGS.query, "--db", self.db, *extra, query)
                self.assertEqual(r.returncode, 2, (why, r.stderr[:200]))
                lines = r.stderr.splitlines()
                self.assertEqual(len(lines), 1, lines)
                self.assertTrue(lines[0].startswith("kosearch-query: query too long: "), lines[0][:200])
                self.assertIn(why, lines[0])
        # Questions are bounded after NFKC too: an expanding one is a query, then refused or run.
        r = run(ARGS.query, "--db", self.db, "what did 삼성전자 say about " + "\ufdfa" * 280)
        self.assertIn(r.returncode, (0, 1, 2), r.stderr)
        self.assertLessEqual(len(r.stderr.splitlines()), 1)

    # Item 14: --batch in bounded memory.
    def test_batch_line_far_over_the_limit_is_refused_without_reading_it_into_memory(self):
        self.assertEqual(self.index(self.folder()).returncode, 0)
        batch = self.tmp / "queries.txt"
        line_mb = 64
        with open(batch, "w", encoding="utf-8") as f:
            f.write("가" * ((line_mb << 20) // 3))
            f.write("\n반도체\n")
        # The process's own size (the tagger's tables, a sanitizer's shadow memory) is
        # measured on a batch of the short line alone: the long line must add little to it.
        short = self.tmp / "short.txt"
        short.write_text("반도체\n", encoding="utf-8")
        base = peak_rss_mb([ARGS.query, "--db", self.db, "--json", "--batch", short])[3]
        rc, out, err, peak = peak_rss_mb([ARGS.query, "--db", self.db, "--json", "--batch", batch])
        self.assertEqual(rc, 2, err)  # a line failed; the others still ran
        self.assertEqual(err.strip(), f"kosearch-query: {batch}:1: query too long (over 131072 bytes)")
        lines = out.splitlines()
        self.assertEqual(len(lines), 2)
        self.assertEqual(json.loads(lines[0])["line"], 1)
        self.assertIn("query too long", json.loads(lines[0])["error"])
        self.assertEqual(json.loads(lines[1])["query"], "반도체")
        self.assertEqual(json.loads(lines[1])["results"][0]["id"], "good")
        print(f"\nbatch: peak {peak:.0f} MB with a {line_mb} MB line, {base:.0f} MB without", file=sys.stderr)
        self.assertLess(peak - base, line_mb / 3, f"peak {peak:.0f} MB for a {line_mb} MB line, {base:.0f} MB without it")

    # Item 14: terminal safety.
    def test_escape_sequences_from_indexed_text_never_reach_the_terminal(self):
        archive = self.tmp / "evil.jsonl"
        record = {"id": "evil\u001b[2J", "title": "반도체\u001b]0;owned\u0007 \u202eesrever\u001b[2J",
                  "source": "출처\u009b31m", "date": "2024-01-01",
                  "body": "반도체 수출이\u001b[31m 늘었다\u007f 고 밝혔다."}
        archive.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        r = self.index(archive)
        self.assertEqual(r.returncode, 0, r.stderr)
        for color in ("never", "always"):
            r = run(ARGS.query, "--db", self.db, "--color", color, "반도체")
            self.assertEqual(r.returncode, 0, r.stderr)
            shown = r.stdout.replace("\x1b[1;33m", "").replace("\x1b[0m", "")
            self.assertIn("반도체", shown)
            for bad in ("\x1b", "\x07", "\x7f", "\x9b", "\u202e"):
                self.assertNotIn(bad, shown, (color, bad, r.stdout))
        r = run(ARGS.query, "--db", self.db, "--json", "반도체")
        for bad in ("\x1b", "\x07", "\x7f", "\x9b", "\u202e"):
            self.assertNotIn(bad, r.stdout)
        hit = json.loads(r.stdout)["results"][0]
        self.assertEqual(hit["title"], record["title"])  # escaped in JSON, not lost
        self.assertEqual(hit["id"], record["id"])

    def test_planted_lock_info_symlink_is_replaced_not_followed(self):
        self.assertEqual(self.index(self.folder()).returncode, 0)
        victim = self.tmp / "victim.txt"
        victim.write_text("keep me\n")
        (self.db / "kosearch.lock-info").symlink_to(victim)
        more = self.tmp / "more.txt"
        more.write_text(ARTICLE.replace("올해", "내년"), encoding="utf-8")
        r = self.index(more)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(victim.read_text(), "keep me\n")
        self.assertEqual(self.ids(), ["good", "more"])

    # Item 14: kosearch-serve caps its connections and closes idle ones.
    def test_serve_caps_connections_and_closes_idle_ones(self):
        if not (shutil.which("tcpserver") and shutil.which("xapian-progsrv")):
            self.skipTest("tcpserver (ucspi-tcp) or xapian-progsrv (xapian-tools) missing")
        self.assertEqual(self.index(self.folder()).returncode, 0)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        pidfile = self.tmp / "serve.pid"
        r = run("bash", SERVE, "start", "--port", port, "--pidfile", pidfile, "--max-connections", "3",
                "--idle-timeout", "1500", self.db)
        self.assertEqual(r.returncode, 0, r.stderr)
        try:
            pgid = int(pidfile.read_text())
            idle = [socket.create_connection(("127.0.0.1", port), timeout=HANG_GUARD) for _ in range(30)]
            # 30 idle connections, never more than 3 server processes (sampled until 3 run, then 1 s more).
            counts, start, full_since = [], time.monotonic(), None
            while full_since is None or time.monotonic() - full_since < 1:
                self.assertLess(time.monotonic() - start, HANG_GUARD)
                counts.append(sum(self.group_and_name(p) == (pgid, "xapian-progsrv") for p in os.listdir("/proc") if p.isdigit()))
                if counts[-1] == 3 and full_since is None:
                    full_since = time.monotonic()
                time.sleep(0.05)
            self.assertEqual(max(counts), 3)
            first = idle[0]
            first.settimeout(HANG_GUARD)
            self.assertEqual(first.recv(1), b"\x00")  # Xapian's greeting
            while first.recv(4096):  # then nothing, until the idle timeout closes it
                pass
            for c in idle:
                c.close()
            q = run(ARGS.query, "--remote", f"127.0.0.1:{port}", "--json", "반도체")
            self.assertEqual(q.returncode, 0, q.stderr)
            self.assertEqual(json.loads(q.stdout)["results"][0]["id"], "good")
        finally:
            run("bash", SERVE, "stop", "--pidfile", pidfile)

    @staticmethod
    def group_and_name(pid):
        """(process group, command name) of a process, None when it is gone."""
        try:
            stat = pathlib.Path(f"/proc/{pid}/stat").read_text()
            return int(stat.rsplit(")", 1)[1].split()[2]), stat[stat.index("(") + 1:stat.rindex(")")]
        except (OSError, IndexError, ValueError):
            return None


if __name__ == "__main__":
    ARGS, rest = harness.cli_args()
    sys.exit(harness.run_unittests(rest))

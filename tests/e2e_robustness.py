#!/usr/bin/env python3
"""Robustness of the built CLIs: kosearch-index killed with SIGKILL and resumed,
queries while an indexer commits, a second indexer, a full disk, bad input
files and pathological queries (each with its exact message)."""
import atexit, hashlib, json, os, pathlib, random, re, shutil, signal, subprocess, sys, tempfile, threading, time
import unicodedata, unittest

import harness

ARGS = None
COMMIT = 200      # --commit-every of the crash test
COPIES = 4        # the crash test indexes the Wikinews archive this many times, with new ids
# Under the sanitizers (--sanitized) the archive is indexed twice, not four times, and
# committed every 100 articles, so that the kills still land between commits: the same
# steps and checks on half the articles (the reference, the resume and the query tests'
# database are most of this test's time there).
SANITIZED_COMMIT, SANITIZED_COPIES = 100, 2
KILLS = 5         # SIGKILLs per run (the issue asks for at least 5)


def run(*args, input=None, env=None, timeout=600):
    e = dict(os.environ)
    e.pop("KOSEARCH_DB", None)
    e.update(env or {})
    argv = [a if isinstance(a, bytes) else str(a) for a in args]
    return subprocess.run(argv, input=input, capture_output=True, text=not isinstance(input, bytes), env=e,
                          timeout=timeout, errors=None if isinstance(input, bytes) else "replace")


def peak_rss_mb(pid, exe):
    """The process's peak resident memory so far (VmHWM), once it runs `exe`; None before."""
    try:
        if os.readlink(f"/proc/{pid}/exe") != exe:
            return None
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None


def run_measured(*args, timeout=600):
    """Runs a command; returns (returncode, stdout, stderr, seconds, peak RSS in MB). The peak
    is sampled from /proc every 10 ms (a child's rusage would count the forked test runner)."""
    exe = os.path.realpath(args[0])
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        p = subprocess.Popen([a if isinstance(a, bytes) else str(a) for a in args], stdout=out, stderr=err)
        peak = 0.0
        while p.poll() is None:
            peak = max(peak, peak_rss_mb(p.pid, exe) or 0)
            if time.monotonic() - start > timeout:
                p.kill()
                raise AssertionError(f"timed out after {timeout} s: {args[:3]}")
            time.sleep(0.01)
        seconds = time.monotonic() - start
        out.seek(0), err.seek(0)
        return p.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"), seconds, peak


def index(db, *inputs, extra=(), **kw):
    return run(ARGS.index, "--db", db, *extra, *inputs, **kw)


def listing(db, kind):
    """Every document of `kind` as {id: hit}; fails the test when the database does not open."""
    r = run(ARGS.query, "--db", db, "--json", "--limit", "1000000", f"kind:{kind}")
    assert r.returncode in (0, 1), f"{db}: rc {r.returncode}: {r.stderr}"
    hits = json.loads(r.stdout)["results"]
    ids = [h["id"] for h in hits]
    assert len(ids) == len(set(ids)), f"{db}: duplicate {kind} ids"
    return {h["id"]: h for h in hits}


def article_key(h):
    return (h["title"], h["date"], h["source"], h["url"])


def quote_key(h):
    return (h["article_id"], h["speaker"], h["snippet"])


def snapshot(path):
    """Names, sizes, mtimes and contents of the files in a folder (or of a file). Not the
    mtime of Xapian's lock file: testing the lock opens it with O_TRUNC (it stays empty)."""
    p = pathlib.Path(path)
    files = [p] if p.is_file() else sorted(x for x in p.rglob("*") if x.is_file())
    return {str(f): (f.stat().st_size, None if f.name == "flintlock" else f.stat().st_mtime_ns,
                     hashlib.sha256(f.read_bytes()).hexdigest()) for f in files}


def one_line(stderr):
    return stderr.rstrip("\n").split("\n")


def wikinews():
    with (pathlib.Path(ARGS.corpus) / "kowikinews" / "articles.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def write_archive(path, copies, prefix, every=1):
    """Every `every`-th Wikinews article, `copies` times over under new ids; returns the count."""
    articles = wikinews()[::every]
    with open(path, "w", encoding="utf-8") as f:
        for k in range(copies):
            for a in articles:
                f.write(json.dumps(dict(a, id=f"{prefix}{k}-{a['id']}"), ensure_ascii=False) + "\n")
    return copies * len(articles)


_reference = {}


def reference():
    """The Wikinews archive COPIES times over (new ids), indexed without interruption, built
    once: the crash test's reference, and the database the query tests run on."""
    if not _reference:
        tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-reference-"))
        atexit.register(shutil.rmtree, tmp, True)
        archive = tmp / "archive.jsonl"
        total = write_archive(archive, COPIES, "crash")
        start = time.monotonic()
        r = index(tmp / "db", archive, extra=("--commit-every", COMMIT))
        seconds = time.monotonic() - start
        assert r.returncode == 0, r.stderr
        _reference.update(archive=archive, total=total, seconds=seconds, db=tmp / "db")
    return _reference


class CrashSafety(unittest.TestCase):
    """SIGKILL at random points: committed batches survive whole, resume completes to the same database."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-crash-"))
        ref = reference()
        cls.archive, cls.total, cls.full_seconds = ref["archive"], ref["total"], ref["seconds"]
        cls.ref_articles = listing(ref["db"], "article")
        cls.ref_quotes = listing(ref["db"], "quote")
        assert len(cls.ref_articles) == cls.total and cls.ref_quotes

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def check_consistent(self, db, what):
        """Whole committed batches, each article with all its quotes and no orphan quote."""
        articles, quotes = listing(db, "article"), listing(db, "quote")
        self.assertEqual(len(articles) % COMMIT, 0, f"{what}: {len(articles)} articles, not whole batches of {COMMIT}")
        self.assertLessEqual(articles.keys(), self.ref_articles.keys(), what)
        for qid, q in quotes.items():
            self.assertIn(q["article_id"], articles, f"{what}: orphan quote {qid}")
        expected_quotes = {qid for qid, q in self.ref_quotes.items() if q["article_id"] in articles}
        self.assertEqual(set(quotes), expected_quotes, f"{what}: an article without all its quotes")
        return len(articles)

    def test_sigkill_then_resume_equals_uninterrupted(self):
        db = self.tmp / "crashed"
        seed = int(os.environ.get("KOSEARCH_CRASH_SEED", time.time_ns() % 100000))
        rng = random.Random(seed)
        print(f"\ncrash test: seed {seed}, {self.total} articles, a full run takes {self.full_seconds:.1f} s", file=sys.stderr)
        kills, committed, runs = 0, 0, 0
        # Each run resumes from the last commit; kill points spread over the
        # run's first 5-17 % so that five kills land before the end. (Should a
        # run finish first, the test starts over from an empty database.)
        while kills < KILLS:
            runs += 1
            self.assertLess(runs, 4 * KILLS, "the indexer kept finishing before it could be killed")
            p = subprocess.Popen([str(ARGS.index), "--db", str(db), "--commit-every", str(COMMIT), str(self.archive)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            delay = rng.uniform(0.05, 0.17) * self.full_seconds
            try:
                rc = p.wait(timeout=delay)
                stderr = p.stderr.read()
                p.stderr.close()
                self.assertEqual(rc, 0, stderr)
                print(f"  run {runs} finished before its kill at {delay:.1f} s: starting over", file=sys.stderr)
                shutil.rmtree(db)
                committed = 0
                continue
            except subprocess.TimeoutExpired:
                p.send_signal(signal.SIGKILL)
                p.wait()
                p.stderr.close()
            kills += 1
            if not (db / "iamglass").exists():  # killed before the database was first written
                self.assertEqual(committed, 0)
                continue
            count = self.check_consistent(db, f"after kill {kills} at {delay:.1f} s")
            self.assertGreaterEqual(count, committed, "a kill lost committed articles")
            committed = count
            print(f"  kill {kills} at {delay:.1f} s: {count} articles committed", file=sys.stderr)
        # Resume: what was committed is skipped by its content hash, the rest added.
        r = index(db, self.archive, extra=("--commit-every", COMMIT))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(f": {self.total - committed} added, 0 replaced, {committed} unchanged, 0 errors;", r.stderr)
        articles, quotes = listing(db, "article"), listing(db, "quote")
        self.assertEqual(articles.keys(), self.ref_articles.keys())
        for aid, h in articles.items():
            self.assertEqual(article_key(h), article_key(self.ref_articles[aid]), aid)
        self.assertEqual({k: quote_key(v) for k, v in quotes.items()}, {k: quote_key(v) for k, v in self.ref_quotes.items()})
        # Once complete, a rerun rewrites nothing.
        r = index(db, self.archive, extra=("--commit-every", COMMIT))
        self.assertIn(f": 0 added, 0 replaced, {self.total} unchanged, 0 errors;", r.stderr)


class Concurrency(unittest.TestCase):
    """Queries while an indexer commits; a second indexer on a locked database."""

    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-concurrent-"))

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def article_total(self, db):
        r = run(ARGS.query, "--db", db, "--json", "--limit", "0", "kind:article")
        return json.loads(r.stdout)["total"] if r.returncode in (0, 1) else None

    def test_queries_never_fail_while_an_indexer_commits(self):
        db, archive = self.tmp / "db", self.tmp / "archive.jsonl"
        total = write_archive(archive, 1, "conc", every=2)  # over 300 articles: 16 commits of 20
        indexer = subprocess.Popen([str(ARGS.index), "--db", str(db), "--commit-every", "20", str(archive)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 300
        while not self.article_total(db) and indexer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        queries = ["대통령", "오바마 취임", "kind:quote", "date:2010..2012", "what did Obama say about Korea",
                   "\"미국 대통령\"", "speaker:오바마", "amount:1억달러..", "title:대통령 -오바마"]
        batch = self.tmp / "batch.txt"
        batch.write_text("\n".join(queries * 40) + "\n", encoding="utf-8")
        batch_result = {}

        def run_batch():
            batch_result["r"] = run(ARGS.query, "--db", db, "--json", "--batch", batch)

        t = threading.Thread(target=run_batch)
        t.start()
        seen, ran = [], 0
        while indexer.poll() is None:
            for q in queries:
                r = run(ARGS.query, "--db", db, "--json", "--limit", "20", q)
                self.assertIn(r.returncode, (0, 1), f"{q}: {r.stderr}")
                self.assertEqual(r.stderr, "", q)
                for h in json.loads(r.stdout)["results"]:
                    self.assertTrue(h["id"] and h["kind"] in ("article", "quote") and h["title"], h)
                ran += 1
                seen.append(self.article_total(db))  # after each query: a loaded machine runs few rounds
        t.join()
        self.assertEqual(indexer.wait(), 0, indexer.stderr.read())
        indexer.stderr.close()
        self.assertEqual(seen, sorted(seen), "a reader saw fewer articles than before")
        self.assertGreaterEqual(len(set(seen)), 3, f"queries did not overlap the commits: {seen}")
        print(f"\nconcurrency: {ran} queries while {total} articles were indexed; totals seen {sorted(set(seen))[:5]}…",
              file=sys.stderr)
        br = batch_result["r"]
        self.assertEqual(br.returncode, 0, br.stderr)
        self.assertEqual(br.stderr, "")
        lines = br.stdout.splitlines()
        self.assertEqual(len(lines), len(queries) * 40)
        for line in lines:
            self.assertNotIn("error", json.loads(line))
        self.assertEqual(self.article_total(db), total)

    def test_second_indexer_fails_at_once_naming_the_first_and_touches_nothing(self):
        db = self.tmp / "db"
        self.assertEqual(index(db, pathlib.Path(ARGS.corpus) / "seed").returncode, 0)
        # The first indexer reads standard input: it holds the lock while it waits.
        first = subprocess.Popen([str(ARGS.index), "--db", str(db), "-"], stdin=subprocess.PIPE,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        info = db / "kosearch.lock-info"
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        self.assertTrue(info.exists(), "the first indexer wrote no lock info")
        before = snapshot(db)
        start = time.monotonic()
        r = index(db, pathlib.Path(ARGS.corpus) / "kowikinews")
        elapsed = time.monotonic() - start
        self.assertEqual(r.returncode, 2)
        lines = one_line(r.stderr)
        self.assertEqual(len(lines), 1, r.stderr)
        self.assertRegex(lines[0], rf"^kosearch-index: {re.escape(str(db))}: database is locked by kosearch-index "
                                   rf"pid {first.pid} since \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC; wait for it to finish$")
        self.assertLess(elapsed, 30, "the second indexer waited for the lock")
        self.assertEqual(snapshot(db), before, "the second indexer changed the database")
        # Readers are not blocked by the writer.
        self.assertEqual(self.article_total(db), 1)
        first.stdin.write(json.dumps({"id": "from-stdin", "body": "표준 입력으로 들어온 기사 본문입니다."}, ensure_ascii=False) + "\n")
        first.stdin.close()
        self.assertEqual(first.wait(timeout=120), 0, first.stderr.read())
        first.stderr.close()
        self.assertFalse(info.exists(), "lock info left behind")
        self.assertEqual(self.article_total(db), 2)


class DiskFull(unittest.TestCase):
    """Indexing into a small file system stops with a clear error; the last commit survives."""

    def test_disk_full(self):
        if os.geteuid() != 0:
            self.skipTest("mounting a small tmpfs needs root")
        tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-diskfull-"))
        mnt = tmp / "mnt"
        mnt.mkdir()
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)], capture_output=True).returncode:
            shutil.rmtree(tmp)
            self.skipTest("cannot mount a tmpfs here (container without CAP_SYS_ADMIN?)")
        try:
            archive = tmp / "archive.jsonl"
            write_archive(archive, 2, "full")
            db = mnt / "db"
            r = index(db, archive, extra=("--commit-every", "50"))
            self.assertEqual(r.returncode, 2, r.stderr)
            last = one_line(r.stderr)[-1]
            # Where the disk fills (a commit, a file, or a block Xapian flushes
            # between commits) depends on how much the articles' fields take.
            self.assertRegex(last, rf"^kosearch-index: {re.escape(str(db))}: (commit failed|writing \S+|stopped by an error "
                                   rf"inside Xapian): .*No space left on device")
            articles = listing(db, "article")
            self.assertGreater(len(articles), 0)
            self.assertEqual(len(articles) % 50, 0, "a half batch survived")
            quotes = listing(db, "quote")
            self.assertTrue(all(q["article_id"] in articles for q in quotes.values()), "orphan quotes")
            print(f"\ndisk full: stopped with {len(articles)} articles committed: {last}", file=sys.stderr)
            r = index(db, archive, extra=("--commit-every", "50"))
            self.assertEqual(r.returncode, 2)
            self.assertEqual(len(listing(db, "article")), len(articles))
        finally:
            subprocess.run(["umount", str(mnt)], capture_output=True)
            shutil.rmtree(tmp, ignore_errors=True)


SEED_ID = "000_b7eb001f9d02ddd5"


class BadInput(unittest.TestCase):
    """Each bad input: its exact message, the exit code, and nothing already indexed lost."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-badinput-"))
        os.chmod(cls.tmp, 0o755)
        cls.db = cls.tmp / "db"
        r = index(cls.db, pathlib.Path(ARGS.corpus) / "seed")
        assert r.returncode == 0, r.stderr
        cls.ids = {SEED_ID}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def file(self, name, data):
        p = self.tmp / name
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return p

    def index_expect(self, inputs, rc, errors, new_ids=()):
        """Indexes `inputs`; checks the exit code, the exact error lines and what the database holds after."""
        r = index(self.db, *inputs)
        self.assertEqual(r.returncode, rc, r.stderr)
        lines = one_line(r.stderr)
        summary = lines.pop() if rc != 2 else None
        self.assertEqual(lines, [f"kosearch-index: {e}" for e in errors])
        if summary:
            self.assertRegex(summary, rf"^{re.escape(str(self.db))}: \d+ added, \d+ replaced, \d+ unchanged, {len(errors)} errors;")
        self.ids |= set(new_ids)
        self.assertEqual(set(listing(self.db, "article")), self.ids, "an article was lost or not added")
        return r

    def search(self, *q):
        r = run(ARGS.query, "--db", self.db, "--json", "--limit", "50", *q)
        self.assertIn(r.returncode, (0, 1), r.stderr)
        return json.loads(r.stdout)["results"]

    def test_invalid_utf8(self):
        f = self.file("invalid.txt", "제목\n본문입니다 ".encode() + b"\xff\xfe abc\n")
        self.index_expect([f], 1, [f"{f}: invalid UTF-8 at byte 23"])
        j = self.file("invalid.jsonl", b'{"id":"u1","body":"\xed\x95\x9c\xc0\xaf"}\n')
        self.index_expect([j], 1, [f"{j}:1: invalid UTF-8 at byte 22"])

    def test_binary_file(self):
        f = self.file("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4)
        self.index_expect([f], 1, [f"{f}: binary file (contains NUL bytes), not text"])

    def test_empty_files(self):
        e, w = self.file("empty.txt", b""), self.file("blank.txt", " \n\t\n")
        self.index_expect([e, w], 1, [f"{e}: empty file, no article", f"{w}: empty file, no article"])
        j = self.file("empty.jsonl", b"")
        self.index_expect([j], 0, [])

    def test_50_mb_single_line(self):
        sentence = "대통령이 기자회견에서 새로운 경제 정책을 발표했다 "
        line = (sentence * (50_000_000 // len(sentence.encode()) + 1)).encode()[:50_000_000]
        line = line.decode("utf-8", "ignore").encode()
        t = self.file("huge.txt", line)
        j = self.file("huge.jsonl", b'{"id":"huge","body":"' + line + b'"}\n' +
                      json.dumps({"id": "after-huge", "body": "거대한 줄 다음의 기사 본문"}, ensure_ascii=False).encode() + b"\n")
        rc, out, err, seconds, rss = run_measured(ARGS.index, "--db", self.db, t, j)
        print(f"\n50 MB line: {seconds:.1f} s, max RSS {rss:.0f} MB", file=sys.stderr)
        self.assertEqual(rc, 1, err)
        self.assertEqual(one_line(err)[:-1], [f"kosearch-index: {t}: file too large (over 16 MiB), skipped",
                                              f"kosearch-index: {j}:1: record too large (over 16 MiB), skipped"])
        self.assertLess(seconds, 60)
        self.assertLess(rss, 1000)
        self.ids.add("after-huge")
        self.assertEqual(set(listing(self.db, "article")), self.ids)
        # Under the reading limit but over the indexing limit (1 MiB of body).
        body = (sentence * 100_000)[:600_000]
        big = self.file("big.jsonl", json.dumps({"id": "big", "body": body}, ensure_ascii=False) + "\n")
        self.index_expect([big], 1, [f"{big}:1: article too large: {len(body.encode())} bytes (limit 1048576)"])

    def test_bom_and_crlf(self):
        t = self.file("bom.txt", "\ufeff바이트순서표 제목\n바이트순서표시가 붙은 기사 본문입니다.\n")
        c = self.file("crlf.txt", "윈도우 줄끝 제목\r\n윈도우줄바꿈 기사 본문입니다.\r\n둘째 문단입니다.\r\n")
        j = self.file("bomcrlf.jsonl", "\ufeff" + json.dumps({"id": "bomcrlf", "title": "제목", "body": "제이슨줄 본문\r\n둘째 줄"},
                                                            ensure_ascii=False) + "\r\n\r\n")
        self.index_expect([t, c, j], 0, [], new_ids=["bom", "crlf", "bomcrlf"])
        self.assertEqual([h["title"] for h in self.search("id:bom")], ["바이트순서표 제목"])
        hit = self.search("윈도우줄바꿈")[0]
        self.assertEqual((hit["id"], hit["title"]), ("crlf", "윈도우 줄끝 제목"))
        self.assertNotIn("\r", hit["snippet"])
        self.assertEqual([h["id"] for h in self.search("제이슨줄")], ["bomcrlf"])

    def test_nfd_hangul_and_fullwidth_latin(self):
        n = self.file("nfd.txt", unicodedata.normalize("NFD", "자모분해 제목\n자모분해된 한글로 쓴 기사에 옴니버스자모라는 낱말이 있다.\n"))
        f = self.file("fullwidth.txt", "전각 제목\nＳａｍｓｕｎｇ과 ＮＶＩＤＩＡ가 전각문자로 적힌 기사입니다.\n")
        self.index_expect([n, f], 0, [], new_ids=["nfd", "fullwidth"])
        self.assertEqual([h["id"] for h in self.search("옴니버스자모")], ["nfd"])
        self.assertEqual([h["id"] for h in self.search(unicodedata.normalize("NFD", "옴니버스자모"))], ["nfd"])
        self.assertIn("fullwidth", [h["id"] for h in self.search("samsung nvidia", "전각문자로")])
        self.assertIn("fullwidth", [h["id"] for h in self.search("Ｓａｍｓｕｎｇ")])

    def test_jsonl_records(self):
        j = self.file("records.jsonl", "\n".join([
            json.dumps({"id": "nobody", "title": "본문 없음"}, ensure_ascii=False),
            json.dumps({"id": "nullbody", "body": None}),
            json.dumps({"id": "numbody", "body": 123}),
            json.dumps({"id": ["x"], "body": "배열 아이디"}, ensure_ascii=False),
            json.dumps({"id": "t1", "title": 5, "body": "숫자 제목"}, ensure_ascii=False),
            json.dumps({"id": "d1", "date": {"y": 2020}, "body": "객체 날짜"}, ensure_ascii=False),
            json.dumps(["배열", "기사"], ensure_ascii=False),
            json.dumps({"id": 42, "body": "정수 아이디도 받아들인다"}, ensure_ascii=False),
            json.dumps({"id": "dup", "body": "첫번째중복 기사 본문"}, ensure_ascii=False),
            json.dumps({"id": "dup", "body": "두번째중복 기사 본문"}, ensure_ascii=False),
            json.dumps({"id": "whole", "body": "잘린 줄 앞의 온전한 기사"}, ensure_ascii=False),
            '{"id": "cut", "body": "잘린 마지막 줄']))
        self.index_expect([j], 1, [
            f'{j}:1: missing "body"',
            f'{j}:2: missing "body"',
            f'{j}:3: "body" must be a string, not number',
            f'{j}:4: "id" must be a string, not array',
            f'{j}:5: "title" must be a string, not number',
            f'{j}:6: "date" must be a string, not object',
            f"{j}:7: a record must be a JSON object",
            f'{j}:10: duplicate id "dup" in this file; the later record replaces the earlier',
            f"{j}:12: invalid JSON (truncated or malformed record)",
        ], new_ids=["42", "dup", "whole"])
        self.assertEqual([h["id"] for h in self.search("두번째중복")], ["dup"])
        self.assertEqual(self.search("첫번째중복"), [])

    def test_missing_path_stops_before_writing(self):
        good = self.file("good.txt", "좋은 제목\n빠진 경로와 함께 주어진 좋은 기사입니다.\n")
        missing = self.tmp / "no" / "such.jsonl"
        before = snapshot(self.db)
        self.index_expect([good, missing], 2, [f"{missing}: no such file or directory"])
        self.assertEqual(snapshot(self.db), before)

    def test_unreadable_file(self):
        f = self.file("secret.txt", "비밀 제목\n읽을 수 없는 기사입니다.\n")
        os.chmod(f, 0)
        if os.geteuid() != 0:
            self.index_expect([f], 2, [f"{f}: cannot open file (permission denied?)"])
            return
        # chmod 000 does not stop root: run the indexer as nobody instead, on a
        # database of its own that nobody may write.
        if not shutil.which("setpriv"):
            self.skipTest("running as root without setpriv: cannot make a file unreadable")
        db = self.tmp / "nobody-db"
        db.mkdir()
        os.chmod(db, 0o777)
        indexer = self.tmp / "kosearch-index"  # a copy nobody can run wherever the build is
        shutil.copy(ARGS.index, indexer)
        r = run("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", indexer, "--db", db, f)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertEqual(one_line(r.stderr), [f"kosearch-index: {f}: cannot open file (permission denied?)"])
        self.assertEqual(list(db.iterdir()), [], "the database was written")

    def test_database_path_is_a_regular_file(self):
        f = self.file("plainfile", "not a database\n")
        good = self.file("good2.txt", "제목\n기사 본문입니다.\n")
        r = index(f, good)
        self.assertEqual((r.returncode, one_line(r.stderr)), (2, [f"kosearch-index: {f}: is a regular file, not a database folder"]))
        self.assertEqual(f.read_text(), "not a database\n")
        r = run(ARGS.query, "--db", f, "기사")
        self.assertEqual(r.returncode, 2)
        self.assertEqual(len(one_line(r.stderr)), 1, r.stderr)
        self.assertTrue(r.stderr.startswith(f"kosearch-query: {f}:"), r.stderr)

    def test_other_schema_version(self):
        if not shutil.which("xapian-metadata"):
            self.skipTest("xapian-metadata (xapian-tools) is not installed")
        old = self.tmp / "old-db"
        shutil.copytree(self.db, old)
        (old / "kosearch.lock-info").unlink(missing_ok=True)
        version = subprocess.run(["xapian-metadata", "get", str(old), "kosearch.schema_version"],
                                 capture_output=True, text=True, check=True).stdout.strip()
        self.assertTrue(version.isdigit())
        subprocess.run(["xapian-metadata", "set", str(old), "kosearch.schema_version", "999"], check=True)
        # What a reader reads on opening, the version with the analyzer's choices, says 999 too.
        subprocess.run(["xapian-metadata", "set", str(old), "kosearch.opening", "999 1 1"], check=True)
        before = snapshot(old)
        good = self.file("good3.txt", "제목\n기사 본문입니다.\n")
        r = index(old, good)
        self.assertEqual((r.returncode, one_line(r.stderr)), (2, [
            f"kosearch-index: {old}: written by kosearch schema version 999, this build uses {version}; "
            "rebuild it: delete the folder and index again"]))
        self.assertEqual(snapshot(old), before)
        r = run(ARGS.query, "--db", old, "기사")
        self.assertEqual((r.returncode, one_line(r.stderr)), (2, [
            f"kosearch-query: {old}: written by kosearch schema version 999, this build reads {version}; "
            "rebuild it: delete the folder and index again"]))


class BadQueries(unittest.TestCase):
    """Malformed and pathological queries: one clear line and exit code 2, or an answer; bounded time and memory."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-badquery-"))
        cls.db = reference()["db"]

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def query(self, q, *extra):
        return run_measured(ARGS.query, "--db", self.db, *extra, q, timeout=120)

    def test_malformed_queries(self):
        deep = "(" * 101 + "오바마" + ")" * 101
        cases = [
            ("", "empty query: give words to search for"),
            ("   ", "empty query: give words to search for"),
            ("!!! ???", 'nothing to search for in "!!! ???"'),
            ("「」 … · ※", 'nothing to search for in "「」 … · ※"'),
            ('"옴니버스 툴', 'unbalanced quote at character 1: "옴니버스 툴'),
            ('title:"미국 대통령', 'unbalanced quote at character 7: "미국 대통령'),
            ("(오바마 취임", 'unbalanced parenthesis: "(" at character 1 is never closed'),
            ("오바마 취임)", 'unbalanced parenthesis: ")" at character 7 has no "("'),
            (deep, "parentheses nested more than 100 deep at character 101"),
            ("AND 오바마", '"AND" at character 1 has nothing on its left'),
            ("오바마 AND", '"AND" at the end of the query has nothing on its right'),
            ("title:", 'field "title:" has no value (at character 1)'),
            ("kind:foo", "kind:foo is not a kind; use kind:article or kind:quote"),
            ("date:2010..2009", "date:2010..2009 is inverted: 2010 is after 2009"),
            ("date:2009-13", "date:2009-13 is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO"),
            ("date:20x9..2010", "date:20x9..2010 has a malformed end; write YYYY, YYYY-MM or YYYY-MM-DD on each side of .."),
            ("date:..", "date:.. needs at least one end"),
            ("amount:5..1", "amount:5..1 is inverted: the low end is above the high end"),
            ("amount:abc..", 'amount:abc..: "abc" is not an amount'),
            ("amount:..", "amount:.. needs at least one end"),
            ("amount:10억달러..5만장", "amount:10억달러..5만장 mixes units USD and 장"),
            ("a" * 20001, "query too long: 20001 characters (limit 20000)"),
            (" ".join(["강"] * 10000), "query too long: 10000 words (limit 1000)"),
        ]
        for q, message in cases:
            with self.subTest(q=q[:40]):
                rc, out, err, seconds, _ = self.query(q)
                self.assertEqual((rc, err), (2, f"kosearch-query: {message}\n"))
                self.assertEqual(out, "")
                self.assertLess(seconds, 10)
        rc, _, err, _, _ = self.query("foo:bar")
        self.assertEqual(rc, 2)
        self.assertTrue(err.startswith('kosearch-query: unknown field "foo:" (known: title, body, '), err)
        rc, _, err, _, _ = self.query(b"\xec\x98\xa4\xff")
        self.assertEqual((rc, err), (2, "kosearch-query: query is not valid UTF-8 (byte 3)\n"))
        rc, _, err, _, _ = self.query(" ".join(["amount:1.."] * 1000))
        self.assertEqual(rc, 2)
        self.assertEqual(err, "kosearch-query: amount:1..: the query's amount ranges match over 50000 amounts; "
                              "narrow them or give a unit\n")

    def test_a_leading_double_dash_is_an_option_a_single_dash_a_query_word(self):
        rc, out, err, _, _ = self.query("--오바마")
        self.assertEqual(rc, 2)
        self.assertIn("--오바마", err)
        rc, out, err, _, _ = self.query("-오바마")  # every article without 오바마 (e2e_cli_flags.py checks -word)
        self.assertEqual(rc, 0, err)
        r = run(ARGS.query, "--db", self.db, "--json", "--", "-오바마 취임")
        self.assertIn(r.returncode, (0, 1), r.stderr)

    def test_questions_without_speaker_or_topic(self):
        for q in ("who said", "what did say about", "what did SK say", "who said the", "뭐라고 했나", "에 대해 뭐라고 했나",
                  "는 에 대해 뭐라고 했나", "얘기를 한 사람은?", "의 관련 발언", "quotes from"):
            with self.subTest(q=q):
                rc, out, err, seconds, _ = self.query(q, "--json")
                self.assertIn(rc, (0, 1, 2), err)
                if rc == 2:
                    self.assertEqual(len(one_line(err)), 1, err)
                else:
                    self.assertEqual(err, "")
                    json.loads(out)
                self.assertLess(seconds, 20)

    def test_question_with_a_common_english_topic_is_bounded(self):
        rc, _, err, seconds, _ = self.query("who said about", "--json")
        self.assertIn(rc, (0, 1), err)
        self.assertLess(seconds, 5)

    def test_pathological_queries_are_bounded(self):
        rng = random.Random(6)
        text = " ".join(a["body"] for a in wikinews())
        syllables = [c for c in text if "가" <= c <= "힣"]
        cases = {
            "1000 one-syllable words": " ".join(rng.choice(syllables) for _ in range(1000)),
            "1000 words of 19 syllables": " ".join("".join(rng.choice(syllables) for _ in range(19)) for _ in range(1000)),
            "1000 phrases": " ".join(['"대통령 오바마"'] * 1000),
            "1000 ORs": " OR ".join(["오바마"] * 1000),
            "1000 NOTs": " ".join(["NOT 오바마"] * 500),
            "100 nested parentheses": "(" * 100 + "오바마 취임" + ")" * 100,
            "20000 characters, one word": "가나다라" * 5000,
        }
        for name, q in cases.items():
            with self.subTest(name):
                rc, out, err, seconds, rss = self.query(q, "--json")
                print(f"\n  {name}: rc {rc}, {seconds:.2f} s, {rss:.0f} MB", file=sys.stderr, end="")
                self.assertIn(rc, (0, 1), err)
                json.loads(out)
                self.assertLess(seconds, 30)
                self.assertLess(rss, 1500)

    def test_batch_reports_each_bad_line_and_goes_on(self):
        lines = ["오바마", '"옴니버스 툴', "date:2010..2009", "", "who said", "foo:bar", "대통령"]
        f = self.tmp / "batch.txt"
        f.write_text("\n".join(lines) + "\n", encoding="utf-8")
        r = run(ARGS.query, "--db", self.db, "--json", "--batch", f)
        self.assertEqual(r.returncode, 2, r.stderr)  # some lines failed; the blank one is skipped
        out = [json.loads(x) for x in r.stdout.splitlines()]
        self.assertEqual([o["query"] for o in out], [q for q in lines if q])
        self.assertEqual([("error" in o) for o in out], [False, True, True, False, True, False])
        err = one_line(r.stderr)
        self.assertEqual(err[0], f"kosearch-query: {f}:2: unbalanced quote at character 1: \"옴니버스 툴")
        self.assertEqual(err[1], f"kosearch-query: {f}:3: date:2010..2009 is inverted: 2010 is after 2009")
        self.assertEqual(len(err), 3)


if __name__ == "__main__":
    ARGS, rest = harness.cli_args()
    if ARGS.sanitized:
        COMMIT, COPIES = SANITIZED_COMMIT, SANITIZED_COPIES
    sys.exit(harness.run_unittests(rest))

#!/usr/bin/env python3
"""End-to-end: kosearch over shards served by Xapian's remote backend (xapian-tcpsrv).

The seed article and Korean Wikinews are split into three shards, each indexed into
its own database and served by its own xapian-tcpsrv on 127.0.0.1 (free ports, started
with scripts/kosearch-serve). Every query of QUERIES (text, phrase, boolean, fields,
dates, amount ranges, facets, questions, cross-language aliases) must give the same
answer through the remote shards as through one local database holding the same
articles: same ids in the same order, scores equal to 1e-6, same snippets and
highlights, same facet counts, same understanding of a question. Then the faults: a
server killed by its pid (an error naming it, exit 2; --allow-partial: the other
shards' results and a warning naming it), a server dying between two queries of one
session, a server hung past --timeout-ms. Last, replication once: a replica kept up to
date with xapian-replicate from a master indexed with changesets, serving queries while
the master indexes. Every process started here is stopped by its pid at the end.
Network traffic goes to 127.0.0.1 only."""
import json, os, pathlib, re, shutil, signal, socket, subprocess, sys, tempfile, time, unittest

import harness

ARGS = None
SERVE = pathlib.Path(__file__).resolve().parent.parent / "scripts" / "kosearch-serve"
HOST = "127.0.0.1"

# (extra kosearch-query arguments, query). Facet queries ask for all five facets.
FACETS = ["--facet", "org", "--facet", "person", "--facet", "speaker", "--facet", "source", "--facet", "year"]
QUERIES = [
    ([], "SK 옴니버스"),                                   # text
    ([], "오바마 취임"),
    ([], "대통령 선거"),
    (["--limit", "5", "--offset", "5"], "대통령"),         # paging
    ([], "SK 옴니버스 GPU"),                               # Latin and Hangul mixed
    ([], '"옴니버스 툴"'),                                 # phrase
    ([], '"미국 대통령"'),
    ([], "오바마 AND 롬니"),                               # boolean
    ([], "오바마 -취임"),
    ([], "title:오바마"),                                  # text field
    ([], "source:ko.wikinews.org"),                        # filter only: unranked, ordered by id
    ([], "source:아주경제"),
    ([], "speaker:최태원"),                                # quotes
    ([], "kind:quote 전쟁"),
    ([], "date:2009 오바마"),                              # dates
    ([], "date:2009-01-01..2009-12-31"),
    (["--sort", "date"], "대통령 선거"),
    ([], "amount:10억달러.."),                             # amount ranges (terms enumerated over the shards)
    ([], "amount:1e9..1e10"),
    ([], "amount:..5만장"),
    ([], "org:Samsung"),                                   # alias file (client side): Samsung = 삼성전자 = 삼성
    ([], "org:삼성전자 엔비디아"),
    ([], "speaker:Jensen Huang"),
    (FACETS, "SK 옴니버스"),                               # facets (multi-valued slots too)
    (FACETS, "대통령"),
    (FACETS, "date:2009"),
    (FACETS, "kind:quote"),
    ([], "what did SK say about Omniverse"),               # questions, cross-language
    ([], "SK는 옴니버스에 대해 뭐라고 했나"),
    ([], "what did Samsung say about Omniverse"),
    ([], "what did the president say about NVIDIA"),       # NVIDIA = 엔비디아 mined from the text (XL terms)
    ([], "who said golden bell"),
    ([], "what did Vladimir Putin say about Ukraine"),
    ([], "what did Obama say about Mandela"),
    ([], "아마겟돈 얘기를 한 사람은?"),
    (FACETS, "what did Biden say about Armageddon"),
]


def run(*args, env=None, timeout=300):
    e = dict(os.environ)
    e.pop("KOSEARCH_DB", None)
    e.update(env or {})
    return subprocess.run(list(map(str, args)), capture_output=True, text=True, env=e, timeout=timeout)


def free_ports(n):
    socks = []
    for _ in range(n):
        s = socket.socket()
        s.bind((HOST, 0))
        socks.append(s)
    ports = [s.getsockname()[1] for s in socks]
    for s in socks:
        s.close()
    return ports


def normalised(answer, with_total):
    """The parts of a --json answer that must not depend on where shards live."""
    def hits(hs):
        out = []
        for h in hs:
            h = dict(h)
            h["score"] = round(h["score"], 6)
            out.append(h)
        return out
    out = {k: v for k, v in answer.items() if k not in ("total", "results", "closest")}
    out["results"] = hits(answer["results"])
    out["closest"] = hits(answer.get("closest", []))
    # Without facets the total is Xapian's estimate, which depends on the layout;
    # with facets every match is counted, so it is exact.
    if with_total:
        out["total"] = answer["total"]
    return out


def stop_all(procs, pidfiles):
    """Stops every process this test started, each by its pid."""
    for p in procs:
        if p.poll() is None:
            p.kill()  # Popen.kill: SIGKILL to p.pid
            p.wait(timeout=10)
    for pidfile in pidfiles:
        run("bash", SERVE, "stop", "--pidfile", pidfile)  # SIGTERM to the server's pid (its process group)


def doc_count(db):
    r = run("xapian-delve", db)
    m = re.search(r"number of documents = (\d+)", r.stdout)
    return int(m.group(1)) if m else -1


class Remote(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-remote-"))
        cls.pidfiles = []   # servers started with kosearch-serve
        cls.procs = []      # other processes started here
        try:
            cls.build_shards()
            cls.ports = free_ports(3)
            for i, port in enumerate(cls.ports):
                cls.serve(cls.shards[i], port)
            cls.stub = cls.tmp / "remote.stub"
            cls.stub.write_text("# three shards served by xapian-tcpsrv\n" +
                                "".join(f"remote {HOST}:{p}\n" for p in cls.ports))
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        try:
            stop_all(cls.procs, cls.pidfiles)
        finally:
            shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def build_shards(cls):
        corpus = pathlib.Path(ARGS.corpus)
        lines = (corpus / "kowikinews" / "articles.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
        cls.parts = []
        for k in range(3):
            part = cls.tmp / f"part{k}.jsonl"
            part.write_text("".join(lines[k::3]), encoding="utf-8")
            cls.parts.append(part)
        inputs = [[corpus / "seed", cls.parts[0]], [cls.parts[1]], [cls.parts[2]]]  # the seed in shard 0
        cls.shards = [cls.tmp / f"shard-{k:02d}" for k in range(3)]
        for db, inp in zip(cls.shards, inputs):
            r = run(ARGS.index, "-q", "--db", db, *inp)
            assert r.returncode == 0, r.stderr
        cls.local = cls.tmp / "local"
        r = run(ARGS.index, "-q", "--db", cls.local, corpus / "seed", *cls.parts)
        assert r.returncode == 0, r.stderr
        assert sum(map(doc_count, cls.shards)) == doc_count(cls.local) > 600

    @classmethod
    def serve(cls, db, port):
        pidfile = cls.tmp / f"serve-{port}.pid"
        cls.pidfiles.append(pidfile)
        r = run("bash", SERVE, "start", "--address", HOST, "--port", port, "--pidfile", pidfile, db, timeout=60)
        assert r.returncode == 0, r.stderr
        return int(pidfile.read_text())

    @classmethod
    def pid_of(cls, port):
        return int((cls.tmp / f"serve-{port}.pid").read_text())

    def query(self, spec, args, q, expect_rc=(0, 1)):
        limit = [] if "--limit" in args else ["--limit", "20"]
        r = run(ARGS.query, *spec, "--json", *limit, *args, q, timeout=120)
        self.assertIn(r.returncode, expect_rc, f"{spec} {q}: {r.stderr}")
        return json.loads(r.stdout) if r.stdout.strip() else None, r

    def remote_spec(self):
        return [a for p in self.ports for a in ("--remote", f"{HOST}:{p}")]

    # -- identical results --------------------------------------------------------

    def test_1_remote_equals_local(self):
        self.assertGreaterEqual(len(QUERIES), 20)
        with_hits = 0
        for args, q in QUERIES:
            with self.subTest(query=q, args=args):
                local, _ = self.query(["--db", self.local], args, q)
                remote, _ = self.query(["--db", self.stub], args, q)
                facets = "--facet" in args
                self.assertEqual(normalised(remote, facets), normalised(local, facets))
                with_hits += bool(local["results"])
        self.assertGreaterEqual(with_hits, 30)

    def test_2_spec_forms_agree(self):
        # --remote given three times; a mix of local and remote shards; a stub naming a local
        # shard with a relative path; the three local shards given as --db.
        mixed_stub = self.tmp / "mixed.stub"
        mixed_stub.write_text(f"auto {self.shards[0].name}\nremote {HOST}:{self.ports[1]}\n")
        specs = [self.remote_spec(),
                 ["--db", self.stub],
                 ["--db", mixed_stub, "--remote", f"{HOST}:{self.ports[2]}"],
                 [a for s in self.shards for a in ("--db", s)]]
        for args, q in QUERIES[::4]:
            local, _ = self.query(["--db", self.local], args, q)
            for spec in specs:
                with self.subTest(query=q, spec=spec):
                    got, _ = self.query(spec, args, q)
                    facets = "--facet" in args
                    self.assertEqual(normalised(got, facets), normalised(local, facets))

    def test_3_aliases_travel_without_spelling_or_synonym_tables(self):
        # Xapian's synonym and spelling tables are not served by the remote protocol;
        # kosearch keeps aliases as index terms (XO…, XL…) and in schema/aliases.tsv.
        got, _ = self.query(["--db", self.stub], [], "org:Samsung")
        self.assertTrue(got["results"], "org:Samsung finds nothing over remote shards")
        got, _ = self.query(["--db", self.stub], [], "what did SK say about Omniverse")
        self.assertEqual(got["results"][0]["speaker"].replace(" ", ""), "최태원")
        self.assertIn("옴니버스", got["results"][0]["text"])
        self.assertIn("옴니버스", got["understood"]["topic_expansions"])
        got, _ = self.query(["--db", self.stub], [], "what did the president say about NVIDIA")
        self.assertTrue(got["results"])
        self.assertIn("엔비디아", got["understood"]["topic_expansions"])

    # -- faults ----------------------------------------------------------------

    def test_4_faults(self):
        dead = self.ports[1]
        try:
            os.killpg(self.pid_of(dead), signal.SIGKILL)  # the server and its connection processes
            time.sleep(0.3)
            # A shard that is down: one line naming it, exit 2.
            _, r = self.query(["--db", self.stub], [], "오바마", expect_rc=(2,))
            lines = r.stderr.strip().splitlines()
            self.assertEqual(len(lines), 1, r.stderr)
            self.assertIn(f"{HOST}:{dead}", lines[0])
            self.assertIn("unreachable", lines[0])
            # --allow-partial: the other shards' results, a warning naming the missing one.
            for args, q in [([], "오바마 취임"), (FACETS, "대통령"), ([], "what did SK say about Omniverse")]:
                with self.subTest(partial=q):
                    got, r = self.query(["--db", self.stub, "--allow-partial"], args, q)
                    self.assertIn(f"warning: missing shard {HOST}:{dead}", r.stderr)
                    self.assertIn("2 of 3 shards", r.stderr)
                    live, _ = self.query(["--db", self.shards[0], "--db", self.shards[2]], args, q)
                    facets = "--facet" in args
                    self.assertEqual(normalised(got, facets), normalised(live, facets))
        finally:
            run("bash", SERVE, "stop", "--pidfile", self.tmp / f"serve-{dead}.pid")
            self.serve(self.shards[1], dead)

    def test_5_server_dies_during_a_session(self):
        victim = self.ports[2]
        for partial in (False, True):
            with self.subTest(allow_partial=partial):
                cmd = [ARGS.query, "--db", self.stub, "--json", "--batch", "-", "--limit", "5"]
                if partial:
                    cmd.append("--allow-partial")
                p = subprocess.Popen(list(map(str, cmd)), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
                self.procs.append(p)
                try:
                    p.stdin.write("오바마 취임\n")
                    p.stdin.flush()
                    before = json.loads(p.stdout.readline())
                    self.assertTrue(before["results"])
                    os.killpg(self.pid_of(victim), signal.SIGKILL)  # its connections die with it
                    time.sleep(0.3)
                    p.stdin.write("오바마 취임\n")
                    p.stdin.close()
                    after = json.loads(p.stdout.readline())
                    p.wait(timeout=60)
                    err = p.stderr.read()
                    self.assertIn(f"{HOST}:{victim}", err)
                    if partial:
                        self.assertTrue(after["results"])
                        self.assertIn("warning: missing shard", err)
                    else:
                        self.assertIn("error", after)
                        self.assertIn("unreachable", err)
                finally:
                    if p.poll() is None:
                        p.kill()
                        p.wait(timeout=10)
                    run("bash", SERVE, "stop", "--pidfile", self.tmp / f"serve-{victim}.pid")
                    self.serve(self.shards[2], victim)

    def test_6_hung_server_times_out(self):
        hung = self.ports[0]
        pid = self.pid_of(hung)
        os.killpg(pid, signal.SIGSTOP)
        try:
            start = time.monotonic()
            _, r = self.query(["--db", self.stub, "--timeout-ms", "500"], [], "오바마", expect_rc=(2,))
            self.assertLess(time.monotonic() - start, 10)
            self.assertIn(f"{HOST}:{hung}", r.stderr)
            start = time.monotonic()
            got, r = self.query(["--db", self.stub, "--timeout-ms", "500", "--allow-partial"], [], "오바마")
            self.assertLess(time.monotonic() - start, 10)
            self.assertIn(f"warning: missing shard {HOST}:{hung}", r.stderr)
            self.assertTrue(got["results"])
        finally:
            os.killpg(pid, signal.SIGCONT)

    def test_7_bad_specs(self):
        for spec, words in [(["--remote", "nohostport"], "HOST:PORT"),
                            (["--remote", f"{HOST}:99999"], "port"),
                            (["--db", self.tmp / "missing"], "no such database")]:
            with self.subTest(spec=spec):
                _, r = self.query(spec, [], "오바마", expect_rc=(2,))
                self.assertIn(words, r.stderr)
        bad = self.tmp / "bad.stub"
        bad.write_text("# ok\nremote :xapian-progsrv /srv/db\n")
        _, r = self.query(["--db", bad], [], "오바마", expect_rc=(2,))
        self.assertIn(f"{bad}:2", r.stderr)

    # -- replication -------------------------------------------------------------

    def test_8_replica_serves_while_master_indexes(self):
        env = {"XAPIAN_MAX_CHANGESETS": "100"}  # the master keeps changesets for replicas
        masters = self.tmp / "masters"
        master = masters / "news"
        masters.mkdir()
        r = run(ARGS.index, "-q", "--db", master, pathlib.Path(ARGS.corpus) / "seed", self.parts[0], env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        replica = self.tmp / "replica"
        rport, qport = free_ports(2)
        server = subprocess.Popen(["xapian-replicate-server", "-I", HOST, "-p", str(rport), str(masters)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs.append(server)
        time.sleep(0.5)
        client = subprocess.Popen(["xapian-replicate", "-h", HOST, "-p", str(rport), "-m", "news", "-i", "1",
                                   "-r", "1", "-q", str(replica)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.procs.append(client)

        def wait_for_replica(n):
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                if doc_count(replica) == n:
                    return True
                time.sleep(0.5)
            return False

        self.assertTrue(wait_for_replica(doc_count(master)), "replica never caught up")
        self.serve(replica, qport)
        spec = ["--remote", f"{HOST}:{qport}"]
        indexer = subprocess.Popen(list(map(str, [ARGS.index, "-q", "--commit-every", "20", "--db", master,
                                                  self.parts[1], self.parts[2]])),
                                   env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.procs.append(indexer)
        served = 0
        while True:
            running = indexer.poll() is None
            got, _ = self.query(spec, [], "대통령")
            self.assertTrue(got["results"])
            served += running
            if not running:
                break
        self.assertEqual(indexer.returncode, 0, indexer.stderr.read())
        self.assertGreater(served, 0)
        self.assertTrue(wait_for_replica(doc_count(master)), "replica did not follow the master")
        for args, q in [([], "오바마 취임"), (FACETS, "대통령"), ([], "what did SK say about Omniverse")]:
            with self.subTest(replica=q):
                got, _ = self.query(spec, args, q)
                want, _ = self.query(["--db", master], args, q)
                facets = "--facet" in args
                self.assertEqual(normalised(got, facets), normalised(want, facets))
        print(f"replication: {served} queries served by the replica while the master indexed", file=sys.stderr)


def main():
    global ARGS
    ARGS, rest = harness.cli_args()
    for tool in ("xapian-tcpsrv", "xapian-replicate", "xapian-replicate-server", "xapian-delve"):
        if not shutil.which(tool):
            print(f"{tool} not found: apt-get install xapian-tools", file=sys.stderr)
            return 1
    def stop(signum, frame):
        # ctest's time-out or ^C: stop the servers before leaving.
        stop_all(Remote.__dict__.get("procs", []), Remote.__dict__.get("pidfiles", []))
        if "tmp" in Remote.__dict__:
            shutil.rmtree(Remote.tmp, ignore_errors=True)
        os._exit(128 + signum)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    return harness.run_unittests(rest)


if __name__ == "__main__":
    sys.exit(main())

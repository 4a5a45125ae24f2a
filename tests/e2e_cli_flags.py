#!/usr/bin/env python3
"""End-to-end tests of the command line on the bundled corpus: exact counts and
exit codes, query words that start with '-', prefix search, --batch, source
words, colour and wrapping on a terminal, facets, --delete, --stats and the
demo script's failure on a wrong answer."""
import fcntl, json, os, pathlib, pty, select, shutil, struct, subprocess, sys, tempfile, termios, unittest
import unicodedata

import harness

ARGS = None
SEED = "000_b7eb001f9d02ddd5"
ROOT = pathlib.Path(__file__).resolve().parent.parent


def run(*args, input=None, env=None):
    e = dict(os.environ)
    e.pop("KOSEARCH_DB", None)
    e.pop("NO_COLOR", None)
    e.update(env or {})
    return subprocess.run(list(map(str, args)), input=input, capture_output=True, text=True, env=e, timeout=300)


def columns(line):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


class Flags(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-flags-"))
        cls.db = cls.tmp / "db"
        r = run(ARGS.index, "--db", cls.db, ARGS.corpus)
        assert r.returncode == 0, r.stderr

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def q(self, *args, env=None, input=None):
        return run(ARGS.query, "--db", self.db, *args, env=env, input=input)

    def json(self, *args, rc=(0,)):
        r = self.q("--json", *args)
        self.assertIn(r.returncode, rc, r.stderr)
        return json.loads(r.stdout)

    def ids(self, *args):
        return [h["id"] for h in self.json("--limit", "1000", *args, rc=(0, 1))["results"]]

    # 1. Counts and exit codes
    def test_total_is_exact_and_does_not_depend_on_the_page(self):
        for query in (["대통령"], ["speaker:오바마"], ['"미국 대통령"'], ["대통령", "--facet", "source"], ["date:2009"]):
            with self.subTest(query=query):
                everything = self.json("--limit", "1000", *query)
                n = len(everything["results"])
                self.assertGreater(n, 1)
                self.assertEqual(everything["total"], n)
                self.assertIs(everything["total_exact"], True)
                for limit in ("0", "1", "10", "50"):
                    page = self.json("--limit", limit, *query)
                    self.assertEqual(page["total"], n, f"--limit {limit}")
                    self.assertEqual(len(page["results"]), min(int(limit), n))

    def test_text_says_the_exact_count(self):
        n = self.json("--limit", "1000", "대통령")["total"]
        for limit in ("1", "10"):
            r = self.q("--limit", limit, "대통령")
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stdout.splitlines()[0], f"{n} results")

    def test_exit_codes(self):
        n = self.json("--limit", "1000", "대통령")["total"]
        past = self.q("--json", "--offset", str(n + 50), "대통령")
        self.assertEqual(past.returncode, 0, "the query matches, even past the last page")
        self.assertEqual(json.loads(past.stdout)["results"], [])
        self.assertEqual(json.loads(past.stdout)["total"], n)
        none = self.q("--json", "zzxqwv")
        self.assertEqual(none.returncode, 1)
        self.assertEqual(json.loads(none.stdout)["total"], 0)
        self.assertEqual(self.q('"옴니버스').returncode, 2)

    def test_limit_zero_counts_and_negative_limit_is_refused(self):
        r = self.json("--limit", "0", "대통령")
        self.assertEqual(r["results"], [])
        self.assertGreater(r["total"], 0)
        bad = self.q("--limit", "-1", "대통령")
        self.assertEqual(bad.returncode, 2)
        self.assertEqual(bad.stderr.strip(), "kosearch-query: --limit -1: give 0 or more (0 only counts the matches)")
        self.assertIn("0 = only count", self.q("--help").stdout)

    # 2. -word as its own argument
    def test_minus_word_argument_excludes(self):
        with_word = self.ids("오바마")
        self.assertIn("kowikinews-73a60a5ba5", with_word)
        r = self.q("--json", "--limit", "1000", "오바마", "-취임")
        self.assertEqual(r.returncode, 0, r.stderr)
        excluded = [h["id"] for h in json.loads(r.stdout)["results"]]
        self.assertTrue(excluded)
        self.assertEqual(excluded, self.ids("오바마 -취임"))
        self.assertNotIn("kowikinews-73a60a5ba5", excluded)
        self.assertLess(len(excluded), len(with_word))
        # known flags after the words still work; an unknown long flag is an error
        self.assertEqual(len(self.json("오바마", "-취임", "--limit", "2")["results"]), 2)
        bad = self.q("오바마", "--frobnicate")
        self.assertEqual(bad.returncode, 2)
        self.assertIn("--frobnicate", bad.stderr)

    # 3. prefix search, fuzzy refused
    def test_prefix_search_on_latin_words(self):
        self.assertEqual(self.ids("nvid"), [])
        self.assertIn(SEED, self.ids("nvid*"))
        self.assertEqual(self.ids("title:nvid*"), [SEED])  # its title names NVIDIA
        in_titles = self.json("--limit", "1000", "title:200*")["results"]
        self.assertTrue(in_titles)
        for h in in_titles:
            self.assertRegex(h["title"], r"(^|[^0-9])200")
        self.assertLess(len(in_titles), len(self.ids("200*")))
        hit = [h for h in self.json("nvid*")["results"] if h["id"] == SEED][0]
        self.assertIn("[NVIDIA]", hit["snippet"])
        years = self.ids("200*")
        self.assertGreater(len(years), len(self.ids("2009")))

    def test_hangul_prefix_and_fuzzy_are_refused_naming_the_term(self):
        for query, message in (("옴니*", "prefix search works on Latin words and numbers only: \"옴니*\""),
                               ("omni~", "fuzzy search is not supported: \"omni~\""),
                               ("nvidia~2", "fuzzy search is not supported: \"nvidia~2\""),
                               ("s*k", "\"s*k\": * is only allowed at the end of a word")):
            with self.subTest(query=query):
                r = self.q(query)
                self.assertEqual(r.returncode, 2)
                self.assertIn(message, r.stderr)
                self.assertEqual(len(r.stderr.splitlines()), 1)
        self.assertIn(self.q("3~4").returncode, (0, 1))

    # 4. --batch
    def test_batch_text_json_stdin_and_errors(self):
        f = self.tmp / "queries.txt"
        f.write_text("오바마 취임\n\n   \nspeaker:최태원\n\"옴니버스\n", encoding="utf-8")
        text = self.q("--batch", f, "--limit", "1")
        self.assertEqual(text.returncode, 2)
        self.assertEqual(text.stderr.strip(), f"kosearch-query: {f}:5: unbalanced quote at character 1: \"옴니버스")
        headers = [line for line in text.stdout.splitlines() if line.startswith("query: ")]
        self.assertEqual(headers, ["query: 오바마 취임", "query: speaker:최태원"])
        self.assertIn("최태원", text.stdout.split("query: speaker:최태원")[1])
        lines = [json.loads(x) for x in self.q("--json", "--batch", f).stdout.splitlines()]
        self.assertEqual([x["query"] for x in lines], ["오바마 취임", "speaker:최태원", "\"옴니버스"])
        self.assertEqual(lines[0]["results"][0]["id"], "kowikinews-73a60a5ba5")
        self.assertEqual(lines[2]["line"], 5)
        self.assertIn("unbalanced quote", lines[2]["error"])
        piped = self.q("--json", "--batch", "-", input="옴니버스\n\nzzxqwv\n")
        self.assertEqual(piped.returncode, 0, piped.stderr)
        out = [json.loads(x) for x in piped.stdout.splitlines()]
        self.assertEqual([(x["query"], x["total"] > 0) for x in out], [("옴니버스", True), ("zzxqwv", False)])
        nothing = self.q("--batch", "-", input="zzxqwv\n")
        self.assertEqual(nothing.returncode, 1)
        bad_stdin = self.q("--batch", "-", input="x\ndate:2010..2009\n")
        self.assertIn("kosearch-query: stdin:2: date:2010..2009 is inverted", bad_stdin.stderr)
        raw = subprocess.run([str(ARGS.query), "--db", str(self.db), "--json", "--batch", "-"], input=b"\xff\xfe\n",
                             capture_output=True, timeout=60)
        self.assertEqual(raw.returncode, 2)
        self.assertIn("not valid UTF-8", json.loads(raw.stdout)["error"])

    # 5. source words
    def test_source_by_any_of_its_words(self):
        full = self.ids("source:ko.wikinews.org")
        self.assertGreater(len(full), 10)
        self.assertEqual(sorted(self.ids("source:wikinews")), sorted(full))
        self.assertEqual(sorted(self.ids("source:Wikinews.org")), sorted(full))
        self.assertEqual(self.ids("source:wiki"), [])
        self.assertEqual(self.ids("source:아주경제"), [SEED])

    # 6. colour, wrapping, facets
    def tty_run(self, args, env, cols=60):
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, cols, 0, 0))
        e = dict(os.environ)
        e.pop("NO_COLOR", None)
        e.pop("COLUMNS", None)
        e.update(env)
        p = subprocess.Popen([str(ARGS.query), "--db", str(self.db), *args], stdout=slave, stderr=subprocess.DEVNULL, env=e)
        os.close(slave)
        out = b""
        while True:
            ready, _, _ = select.select([master], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        p.wait(timeout=60)
        os.close(master)
        return out.decode("utf-8").replace("\r\n", "\n")

    def test_colour_only_on_a_terminal_and_not_with_no_color_or_dumb(self):
        self.assertIn("\x1b[", self.tty_run(["옴니버스"], {"TERM": "xterm"}))
        self.assertNotIn("\x1b[", self.tty_run(["옴니버스"], {"TERM": "xterm", "NO_COLOR": "1"}))
        self.assertNotIn("\x1b[", self.tty_run(["옴니버스"], {"TERM": "dumb"}))
        self.assertIn("\x1b[", self.tty_run(["--color", "always", "옴니버스"], {"TERM": "dumb"}))
        piped = self.q("옴니버스", env={"TERM": "xterm"})
        self.assertNotIn("\x1b[", piped.stdout)
        self.assertIn("[옴니버스]", piped.stdout)

    def test_snippets_wrap_to_the_terminal_width(self):
        out = self.tty_run(["--limit", "3", "대통령"], {"TERM": "dumb"}, cols=50)
        snippet_lines = [l for l in out.splitlines() if l.startswith("   ")]
        self.assertGreater(len(snippet_lines), 3)
        self.assertLessEqual(max(columns(l) for l in snippet_lines), 50)
        # the same words as unwrapped (piped) output
        piped = self.q("--limit", "3", "대통령").stdout
        words = lambda s: [w for l in s.splitlines() if l.startswith("   ") for w in l.split()]
        self.assertEqual(words(out), words(piped))
        self.assertEqual(len([l for l in piped.splitlines() if l.startswith("   ")]), 3, "not wrapped when piped")

    def test_facet_size_and_order(self):
        r = self.json("--limit", "0", "--facet", "year", "--facet", "person", "--facet-size", "3", "대통령")
        for name in ("year", "person"):
            counts = list(r["facets"][name].items())
            self.assertEqual(len(counts), 3, name)
            self.assertEqual(counts, sorted(counts, key=lambda kv: (-kv[1], kv[0])), name)
        everything = self.json("--limit", "0", "--facet", "year", "--facet-size", "0", "대통령")["facets"]["year"]
        self.assertGreater(len(everything), 3)
        self.assertEqual(list(everything.items())[:3], list(r["facets"]["year"].items()))
        text = self.q("--limit", "0", "--facet", "year", "--facet-size", "2", "대통령").stdout
        self.assertEqual(len(text.split("facet year:")[1].strip().splitlines()), 2)

    # 7. --stats and --delete
    def test_stats_and_delete(self):
        db = self.tmp / "deletable"
        shutil.copytree(self.db, db)
        stats = json.loads(run(ARGS.query, "--db", db, "--stats", "--json").stdout)
        self.assertEqual(stats["articles"], 638)
        self.assertGreater(stats["quotes"], 0)
        self.assertGreater(stats["bytes_on_disk"], 100000)
        self.assertEqual((stats["positions"], stats["append_only"], stats["schema_version"], stats["shards"]),
                         (False, False, 4, 1))
        text = run(ARGS.query, "--db", db, "--stats").stdout
        self.assertIn("articles: 638\n", text)
        self.assertIn("schema version: 4\n", text)
        seed_quotes = self.json("--limit", "1000", "kind:quote", f"id:{SEED}#q0")["results"]
        self.assertEqual(len(seed_quotes), 1)
        r = run(ARGS.index, "--db", db, "--delete", SEED, "no-such-id")
        self.assertEqual(r.returncode, 1)
        self.assertIn(f"kosearch-index: {db}: no article with id no-such-id; nothing deleted for it", r.stderr)
        self.assertIn("1 deleted, 1 unknown", r.stderr)
        after = json.loads(run(ARGS.query, "--db", db, "--stats", "--json").stdout)
        self.assertEqual(after["articles"], 637)
        self.assertLess(after["quotes"], stats["quotes"])
        found = run(ARGS.query, "--db", db, "--json", "--limit", "1000", "kind:quote", "최태원")
        self.assertNotIn(SEED, [h["article_id"] for h in json.loads(found.stdout)["results"]])
        self.assertEqual(run(ARGS.query, "--db", db, f"id:{SEED}").returncode, 1)
        self.assertEqual(run(ARGS.index, "--db", db, "--delete", "kowikinews-73a60a5ba5").returncode, 0)
        self.assertEqual(run(ARGS.index, "--db", db, "--delete").returncode, 2)

    def test_delete_from_a_sharded_database(self):
        db = self.tmp / "sharded"
        self.assertEqual(run(ARGS.index, "--db", db, "--shards", "3", ARGS.corpus).returncode, 0)
        self.assertEqual(json.loads(run(ARGS.query, "--db", db, "--stats", "--json").stdout)["shards"], 3)
        r = run(ARGS.index, "--db", db, "--delete", SEED, "kowikinews-73a60a5ba5")
        self.assertEqual(r.returncode, 0, r.stderr)
        stats = json.loads(run(ARGS.query, "--db", db, "--stats", "--json").stdout)
        self.assertEqual(stats["articles"], 636)
        self.assertEqual(run(ARGS.query, "--db", db, "SK 옴니버스 GPU", f"id:{SEED}").returncode, 1)

    # 8. the demo fails loudly on a wrong answer
    def test_demo_fails_when_the_answer_is_wrong(self):
        def demo(query_binary):
            tree = self.tmp / "demo-tree"
            shutil.rmtree(tree, ignore_errors=True)
            (tree / "scripts").mkdir(parents=True)
            (tree / "build").mkdir()
            (tree / "bin").mkdir()
            shutil.copy(ROOT / "scripts" / "demo.sh", tree / "scripts" / "demo.sh")
            (tree / "scripts" / "install-deps.sh").write_text("true\n")
            (tree / "bin" / "cmake").write_text("#!/bin/sh\ntrue\n")
            (tree / "corpus").symlink_to(pathlib.Path(ARGS.corpus).resolve())
            (tree / "build" / "kosearch-index").symlink_to(pathlib.Path(ARGS.index).resolve())
            (tree / "build" / "kosearch-query").write_text(query_binary)
            for f in ("bin/cmake", "build/kosearch-query"):
                (tree / f).chmod(0o755)
            return run("bash", tree / "scripts" / "demo.sh", env={"PATH": f"{tree / 'bin'}:{os.environ['PATH']}"})

        real = pathlib.Path(ARGS.query).resolve()
        good = demo(f'#!/bin/sh\nexec "{real}" "$@"\n')
        self.assertEqual(good.returncode, 0, good.stderr)
        self.assertIn("최태원", good.stdout)
        wrong = demo(f'#!/bin/sh\nexec "{real}" "$@" | sed s/최태원/홍길동/g\n')
        self.assertEqual(wrong.returncode, 1)
        self.assertIn("demo.sh: wrong answer", wrong.stderr)
        failing = demo(f'#!/bin/sh\ncase "$*" in *Omniverse*) exit 1;; esac\nexec "{real}" "$@"\n')
        self.assertEqual(failing.returncode, 1)
        self.assertIn("demo.sh: the question found no answer", failing.stderr)


if __name__ == "__main__":
    ARGS, rest = harness.cli_args()
    sys.exit(harness.run_unittests(rest))

#!/usr/bin/env python3
"""End-to-end test of the Python module: index the seed article, ask who said
what in English and Korean, and get the library's errors as exceptions.

Run by CTest with PYTHONPATH set to the built module's folder and
KOSEARCH_PYTHON_MODULE=built (see tests/CMakeLists.txt); exits 77 (skipped)
without them.
"""
import os, pathlib, shutil, subprocess, sys, tempfile, unittest

import harness

harness.require_python_module()
import kosearch

ARGS = None
SEED_ID = "000_b7eb001f9d02ddd5"


class Python(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-py-"))
        cls.path = str(cls.tmp / "db")
        cls.idx = kosearch.Index(cls.path)
        cls.summary = cls.idx.add_files(pathlib.Path(ARGS.corpus) / "seed" / f"{SEED_ID}.txt")
        cls.outcome = cls.idx.add(id="made-up-1", title="가상일보: 반도체", date="2025-11-01", source="가상일보",
                                  body='김민수 가상전자 대표는 "내년에는 반도체 투자를 두 배로 늘리겠다"고 말했다.')
        cls.idx.commit()

    @classmethod
    def tearDownClass(cls):
        cls.idx.close()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_indexing(self):
        self.assertEqual(self.summary["added"], 1)
        self.assertEqual(self.summary["errors"], 0)
        self.assertEqual(self.outcome, "added")
        self.assertEqual(self.idx.article_count(), 2)
        self.assertEqual(self.idx.add(id="made-up-1", title="가상일보: 반도체", date="2025-11-01", source="가상일보",
                                      body='김민수 가상전자 대표는 "내년에는 반도체 투자를 두 배로 늘리겠다"고 말했다.'),
                         "unchanged")

    def check_answer(self, question):
        r = self.idx.ask(question)
        self.assertIsInstance(r, dict)
        self.assertIsNotNone(r["understood"], question)
        self.assertGreaterEqual(r["total"], 1, question)
        top = r["results"][0]
        self.assertEqual(top["kind"], "quote")
        self.assertEqual(top["speaker"], "최태원")
        self.assertEqual(top["article_id"], SEED_ID)
        self.assertIn("옴니버스", top["text"])
        self.assertTrue(all(h["speaker"] == "최태원" for h in r["results"]), r["results"])
        return r

    def test_ask_in_english(self):
        r = self.check_answer("what did SK say about Omniverse")
        self.assertEqual(r["understood"]["speaker"], "SK")
        self.assertIn("최태원", r["understood"]["speaker_expansions"])

    def test_ask_in_korean(self):
        self.check_answer("SK는 옴니버스에 대해 뭐라고 했나")

    def test_search_returns_plain_dicts(self):
        r = self.idx.search("SK 옴니버스", facets=["org"])
        self.assertEqual(set(r), {"total", "results", "facets"})
        self.assertEqual(r["results"][0]["id"], SEED_ID)
        self.assertIn("[옴니버스]", r["results"][0]["snippet"])
        self.assertIn("org", r["facets"])
        self.assertEqual(self.idx.search("반도체 투자")["results"][0]["id"], "made-up-1")
        self.assertIsNone(self.idx.ask("반도체 투자")["understood"])
        self.assertEqual(kosearch.parse_question("what did SK say about Omniverse"),
                         {"speaker": "SK", "topic": "Omniverse"})

    def test_malformed_query_raises_the_library_message(self):
        for query in ('"옴니버스', "(SK AND", "date:2020..2010"):
            with self.subTest(query=query):
                with self.assertRaises(kosearch.InvalidArgumentError) as caught:
                    self.idx.search(query)
                self.assertIsInstance(caught.exception, kosearch.Error)
                self.assertIsInstance(caught.exception, ValueError)
                self.assertEqual(caught.exception.code, "invalid_argument")
                cli = subprocess.run([ARGS.query, "--db", self.path, query], capture_output=True, text=True)
                self.assertEqual(cli.returncode, 2)
                self.assertEqual(cli.stderr.strip(), f"kosearch-query: {caught.exception}")

    def test_other_errors(self):
        with self.assertRaises(kosearch.NotFoundError):
            kosearch.Index(str(self.tmp / "missing")).search("SK")
        with self.assertRaises(kosearch.InvalidArgumentError):
            self.idx.add(id="", body="본문")
        with self.assertRaises(kosearch.LockedError):  # self.idx holds the write lock
            kosearch.Index(self.path).add(id="x", body="본문입니다.")
        with self.assertRaises(TypeError):
            self.idx.add("positional", "arguments")

    def test_schema_folder(self):
        # The default: a folder holding the alias table and the entity model.
        self.assertTrue(os.path.isfile(os.path.join(self.idx.schema_dir, "aliases.tsv")), self.idx.schema_dir)
        self.assertTrue(os.path.isfile(os.path.join(self.idx.schema_dir, "ner", "model.bin")))
        # Another folder, given: one without a schema fails at once, naming it.
        with self.assertRaisesRegex(kosearch.NotFoundError, "no-schema: not a kosearch schema folder"):
            kosearch.Index(str(self.tmp / "db2"), schema_dir=self.tmp / "no-schema")
        # One without the entity model: the writer refuses, instead of losing the people.
        partial = self.tmp / "partial-schema"
        partial.mkdir()
        shutil.copy(os.path.join(self.idx.schema_dir, "aliases.tsv"), partial)
        idx = kosearch.Index(str(self.tmp / "db3"), schema_dir=partial)
        self.assertEqual(idx.schema_dir, str(partial))
        with self.assertRaisesRegex(kosearch.NotFoundError, "model.bin: no such model file"):
            idx.add(id="a", body="테스트 기사 본문입니다.")
        self.assertFalse((self.tmp / "db3").exists())

    def test_context_manager_and_delete(self):
        path = str(self.tmp / "other")
        with kosearch.Index(path) as idx:
            self.assertEqual(idx.add(id="a", body="테스트 기사 본문입니다."), "added")
        with kosearch.Index(path) as idx:  # the lock was released and the article committed
            self.assertEqual(idx.article_count(), 1)
            idx.delete("a")
            with self.assertRaises(kosearch.NotFoundError):
                idx.delete("a")
            idx.commit()
            self.assertEqual(idx.search("테스트")["total"], 0)

    def test_append_only_index_refuses_changes(self):
        path = str(self.tmp / "archive")
        with kosearch.Index(path, append_only=True) as idx:
            self.assertEqual(idx.add(id="a", body="옴니버스 툴을 가져와 플랫폼을 만든다."), "added")
        with kosearch.Index(path) as idx:
            self.assertEqual(idx.add(id="a", body="옴니버스 툴을 가져와 플랫폼을 만든다."), "unchanged")
            with self.assertRaisesRegex(kosearch.InvalidArgumentError, "append-only: cannot replace it"):
                idx.add(id="a", body="바뀐 본문입니다.")
            with self.assertRaisesRegex(kosearch.InvalidArgumentError, "append-only database: cannot delete a"):
                idx.delete("a")
            self.assertEqual([h["id"] for h in idx.search('"옴니버스 툴"')["results"]], ["a"])

    def test_version(self):
        cli = subprocess.run([ARGS.query, "--version"], capture_output=True, text=True)
        self.assertIn(kosearch.__version__, cli.stdout)


if __name__ == "__main__":
    ARGS, rest = harness.cli_args()
    sys.exit(harness.run_unittests(rest))

#!/usr/bin/env python3
"""End-to-end tests of the built CLIs: kosearch-index and kosearch-query on the bundled corpus."""
import json, os, pathlib, shutil, subprocess, sys, tempfile, unittest

import harness

ARGS = None


def run(*args, input=None, env=None):
    e = dict(os.environ)
    e.pop("KOSEARCH_DB", None)
    e.update(env or {})
    return subprocess.run(list(map(str, args)), input=input, capture_output=True, text=True, env=e, timeout=300)


class Cli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-e2e-"))
        cls.db = cls.tmp / "db"
        r = run(ARGS.index, "--db", cls.db, ARGS.corpus)
        assert r.returncode == 0, r.stderr
        cls.index_stderr = r.stderr

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def query(self, *q, expect_rc=(0, 1)):
        r = run(ARGS.query, "--db", self.db, "--json", *q)
        self.assertIn(r.returncode, expect_rc, r.stderr)
        return json.loads(r.stdout)

    def test_summary_line(self):
        self.assertIn("638 added, 0 replaced, 0 unchanged, 0 errors", self.index_stderr)

    def test_acceptance_queries(self):
        self.assertEqual(self.query("옴니버스")["results"][0]["id"], "000_b7eb001f9d02ddd5")
        self.assertEqual(self.query("SK 옴니버스 GPU")["results"][0]["id"], "000_b7eb001f9d02ddd5")
        self.assertEqual([h["id"] for h in self.query('"옴니버스 툴"')["results"]], ["000_b7eb001f9d02ddd5"])
        self.assertEqual(self.query('"툴 옴니버스"')["results"], [])
        self.assertEqual(self.query("오바마 취임")["results"][0]["id"], "kowikinews-73a60a5ba5")
        self.assertEqual([h["id"] for h in self.query("source:아주경제")["results"]], ["000_b7eb001f9d02ddd5"])
        for q in ("무단전재", "중력"):
            self.assertNotIn("000_b7eb001f9d02ddd5", [h["id"] for h in self.query(q, "--limit", "100")["results"]])

    def test_json_fields_and_paging(self):
        first = self.query("대통령", "--limit", "3")
        self.assertEqual(len(first["results"]), 3)
        self.assertGreater(first["total"], 3)
        for h in first["results"]:
            for k in ("id", "title", "date", "source", "score", "snippet", "kind"):
                self.assertIn(k, h)
        second = self.query("대통령", "--limit", "3", "--offset", "3")
        self.assertFalse({h["id"] for h in first["results"]} & {h["id"] for h in second["results"]})

    def test_plain_output_highlights_words(self):
        r = run(ARGS.query, "--db", self.db, "--color", "never", "옴니버스")
        self.assertEqual(r.returncode, 0)
        self.assertIn("[옴니버스]", r.stdout)
        self.assertNotIn("[옴]", r.stdout)

    def test_sort_by_date(self):
        dates = [h["date"] for h in self.query("대통령", "--sort", "date", "--limit", "20")["results"]]
        self.assertEqual(dates, sorted(dates, reverse=True))

    def test_query_errors_exit_2_with_one_line(self):
        for q, needle in (('"옴니버스 툴', "unbalanced quote"), ("(오바마", "unbalanced parenthesis"),
                          ("foo:bar", "unknown field"), ("date:2010..2009", "inverted")):
            r = run(ARGS.query, "--db", self.db, q)
            self.assertEqual(r.returncode, 2, q)
            self.assertIn(needle, r.stderr)
            self.assertEqual(len(r.stderr.strip().splitlines()), 1)

    def test_kosearch_db_env_and_missing_db(self):
        r = run(ARGS.query, "오바마", env={"KOSEARCH_DB": str(self.db)})
        self.assertEqual(r.returncode, 0)
        r = run(ARGS.query, "오바마")
        self.assertEqual(r.returncode, 2)
        self.assertIn("--db", r.stderr)
        r = run(ARGS.query, "--db", self.tmp / "nope", "오바마")
        self.assertEqual(r.returncode, 2)
        self.assertIn("no such database", r.stderr)

    def test_reindex_is_idempotent(self):
        before = self.query("대통령")["total"]
        r = run(ARGS.index, "--db", self.db, ARGS.corpus)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("0 added, 0 replaced, 638 unchanged", r.stderr)
        self.assertEqual(self.query("대통령")["total"], before)

    def test_broken_jsonl_line(self):
        d = self.tmp / "broken"
        d.mkdir()
        f = d / "five.jsonl"
        lines = [json.dumps({"id": f"bad-{i}", "title": f"시험 기사 {i}", "body": f"가나다라마바사 시험기사번호{i} 본문입니다."},
                            ensure_ascii=False) for i in range(5)]
        lines[2] = '{"id": "bad-2", "title": "깨진 줄", "body": '
        f.write_text("\n".join(lines) + "\n", encoding="utf-8")
        r = run(ARGS.index, "--db", d / "db", f)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn(f"{f}:3: invalid JSON", r.stderr)
        got = json.loads(run(ARGS.query, "--db", d / "db", "--json", "가나다라마바사").stdout)
        self.assertEqual(sorted(h["id"] for h in got["results"]), ["bad-0", "bad-1", "bad-3", "bad-4"])

    def test_stdin_text_and_missing_input(self):
        d = self.tmp / "stdin"
        r = run(ARGS.index, "--db", d, "-", input="제목 줄\n표준 입력으로 들어온 기사 본문입니다. 옴니버스.\n")
        self.assertEqual(r.returncode, 0, r.stderr)
        got = json.loads(run(ARGS.query, "--db", d, "--json", "표준 입력").stdout)
        self.assertEqual(got["results"][0]["title"], "제목 줄")
        r = run(ARGS.index, "--db", d, self.tmp / "missing.jsonl")
        self.assertEqual(r.returncode, 2)
        self.assertIn("missing.jsonl: no such file or directory", r.stderr)

    def test_db_path_is_a_file(self):
        f = self.tmp / "plainfile"
        f.write_text("x")
        r = run(ARGS.index, "--db", f, ARGS.corpus)
        self.assertEqual(r.returncode, 2)
        self.assertIn("is a regular file", r.stderr)


if __name__ == "__main__":
    ARGS, rest = harness.cli_args()
    sys.exit(harness.run_unittests(rest))

#!/usr/bin/env python3
"""A long-lived kosearch.Index sees what other processes commit: each search()
and article_count() reads the latest commit (issue 19, item 13). The other
process is the built kosearch-index, committing after every article. Also:
add_files over a folder with a symlink loop reports it, never raises (item 6).

Run by CTest with PYTHONPATH set to the built module's folder and
KOSEARCH_PYTHON_MODULE=built (see tests/CMakeLists.txt); exits 77 (skipped)
without them.
"""
import json, os, pathlib, shutil, subprocess, sys, tempfile, unittest

import harness

harness.require_python_module()
import kosearch

ARGS = None


def record(i):
    return json.dumps({"id": f"reopen-{i}", "title": f"반도체 수출 {i}",
                       "body": f"반도체 수출이 {i}개월 연속 늘었다고 산업통상자원부가 밝혔다."}, ensure_ascii=False)


class Reopen(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-reopen-"))
        self.db = str(self.tmp / "db")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def index(self, first, last):
        jsonl = self.tmp / f"batch-{first}.jsonl"
        jsonl.write_text("".join(record(i) + "\n" for i in range(first, last)), encoding="utf-8")
        env = dict(os.environ)
        env.pop("KOSEARCH_DB", None)
        r = subprocess.run([ARGS.index, "--db", self.db, "--commit-every", "1", "-q", str(jsonl)],
                           capture_output=True, text=True, env=env, timeout=600)
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_search_and_count_see_other_processes_commits(self):
        self.index(0, 3)
        idx = kosearch.Index(self.db)
        self.assertEqual(idx.article_count(), 3)
        self.assertEqual(idx.search("반도체", limit=100)["total"], 3)
        for first, last in ((3, 5), (5, 7), (7, 8)):  # another process commits; the same Index object follows
            self.index(first, last)
            count = idx.article_count()
            results = idx.search("반도체", limit=100)["results"]
            self.assertEqual(count, last)
            self.assertEqual(len(results), last)
            self.assertEqual(sorted(h["id"] for h in results),
                             sorted(f"reopen-{i}" for i in range(count)))
        self.assertEqual(idx.article_count(), 8)
        idx.close()

    def test_add_files_reports_a_symlink_loop_instead_of_raising(self):
        # (Issue 19, item 6: the folder walk threw filesystem_error, a RuntimeError here.)
        folder = self.tmp / "in"
        folder.mkdir()
        (folder / "a.txt").symlink_to("b.txt")
        (folder / "b.txt").symlink_to("a.txt")
        (folder / "good.txt").write_text("반도체 수출\n반도체 수출이 늘었다고 밝혔다.\n", encoding="utf-8")
        with kosearch.Index(self.db) as idx:
            summary = idx.add_files([str(folder)])
            self.assertEqual(summary["added"], 1)
            self.assertEqual(summary["error_messages"], [f"{folder}/a.txt: symlink loop, skipped",
                                                         f"{folder}/b.txt: symlink loop, skipped"])
            self.assertEqual(idx.article_count(), 1)

    def test_own_commits_still_seen(self):
        self.index(0, 1)
        with kosearch.Index(self.db) as idx:
            self.assertEqual(idx.article_count(), 1)
            idx.add(id="own", body="반도체 공장을 새로 짓는다고 밝혔다.")
            idx.commit()
            self.assertEqual(idx.search("반도체")["total"], 2)


if __name__ == "__main__":
    ARGS, rest = harness.cli_args()
    sys.exit(harness.run_unittests(rest))

#!/usr/bin/env python3
"""The Python module and `kosearch-query --json` give a hit the same keys
(issue 16: one hit codec): the same queries on the same database, an article
hit and a quote hit, keys equal and id/title/score order alike.

Run by CTest with PYTHONPATH set to the built module's folder and
KOSEARCH_PYTHON_MODULE=built (see tests/CMakeLists.txt); exits 77 (skipped)
without them.
"""
import json, os, pathlib, shutil, subprocess, sys, tempfile, unittest

import harness

harness.require_python_module()
import kosearch

ARGS = None
SEED_ID = "000_b7eb001f9d02ddd5"


class HitKeys(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-keys-"))
        cls.db = cls.tmp / "db"
        # The seed article (quotes of 최태원 on 옴니버스) and Korean Wikinews.
        r = subprocess.run([ARGS.index, "--db", str(cls.db), str(pathlib.Path(ARGS.corpus))],
                           capture_output=True, text=True, timeout=600)
        assert r.returncode == 0, r.stderr
        cls.idx = kosearch.Index(str(cls.db))

    @classmethod
    def tearDownClass(cls):
        cls.idx.close()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def cli(self, query, limit):
        env = dict(os.environ)
        env.pop("KOSEARCH_DB", None)
        r = subprocess.run([ARGS.query, "--db", str(self.db), "--json", "--limit", str(limit), query],
                           capture_output=True, text=True, env=env, timeout=300)
        self.assertEqual(r.returncode, 0, r.stderr)
        return json.loads(r.stdout)["results"]

    def check_same(self, query, kind, limit=5):
        cli = self.cli(query, limit)
        py = self.idx.search(query, limit=limit)["results"]
        self.assertGreaterEqual(len(cli), 1, query)
        self.assertEqual(len(py), len(cli), query)
        self.assertEqual(cli[0]["kind"], kind, query)
        for c, p in zip(cli, py):
            self.assertEqual(list(p), list(c), query)  # the same keys, in the same order
        self.assertEqual([(h["id"], h["title"]) for h in py], [(h["id"], h["title"]) for h in cli], query)
        self.assertEqual([round(h["score"], 9) for h in py], [round(h["score"], 9) for h in cli], query)
        return cli, py

    def test_article_hit(self):
        cli, py = self.check_same("오바마 취임", "article")
        self.assertEqual(cli[0]["id"], "kowikinews-73a60a5ba5")
        self.assertNotIn("speaker", py[0])

    def test_quote_hit(self):
        cli, py = self.check_same("what did SK say about Omniverse", "quote")
        self.assertEqual(py[0]["speaker"], "최태원")
        self.assertEqual(py[0]["article_id"], SEED_ID)
        for key in ("speaker", "role", "org", "text", "speaker_as_written", "resolved_fuzzily"):
            self.assertIn(key, cli[0])
        self.assertEqual(py[0]["text"], cli[0]["text"])
        self.assertEqual(py[0]["snippet"], cli[0]["snippet"])


if __name__ == "__main__":
    ARGS, rest = harness.cli_args()
    sys.exit(harness.run_unittests(rest))

#!/usr/bin/env python3
"""kosearch-index compacts what it wrote, in place, at the end of a run that
creates the database (a plain database, or each shard of a sharded one,
which stays sharded); --no-compact leaves it as written. The compacted
database is smaller and answers exactly like the one left as written, and
takes later changes. Crash safety: the indexer is killed (SIGKILL, by its
test-only --crash-at-compact-step-for-tests) at each step of the in-place
swap; after each crash the folder answers every query like the reference, and
the next run clears what the crash left."""
import json, os, pathlib, shutil, signal, sys, tempfile, unittest

import harness

ARGS = None
FIRST_STEP, LAST_STEP = 11, 16  # kCompactInPlaceStepWriting … Switched in include/kosearch/sharded_index.h
REDIRECTED = 14  # from kCompactInPlaceStepRedirected until the switch, DIR is read through its stub
QUERIES = [["대통령"], ['"미국 대통령"'], ["speaker:오바마"], ["date:2010..2012", "--facet", "year"], ["kind:quote"]]


run = harness.run


def query(db, *q):
    return harness.all_hits(ARGS.query, db, *q)


def glass_bytes(db):
    return sum(p.stat().st_size for p in pathlib.Path(db).rglob("*.glass"))


class CompactInPlace(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-compact-in-place-"))
        # Every third Wikinews article (over 200), every sixth under the sanitizers (over
        # 100; a third took three minutes of the sanitized CI run, and the crash steps are
        # the same): enough for compaction to pay and for every query to match, and this
        # test indexes it about thirty times.
        lines = (pathlib.Path(ARGS.corpus) / "kowikinews" / "articles.jsonl").read_text(encoding="utf-8")
        cls.input = cls.tmp / "articles.jsonl"
        cls.input.write_text("".join(lines.splitlines(keepends=True)[::6 if ARGS.sanitized else 3]), encoding="utf-8")
        cls.reference = cls.tmp / "reference"
        r = run(ARGS.index, "--db", cls.reference, "-q", "--no-compact", cls.input)
        assert r.returncode == 0, r.stderr
        cls.expected = {tuple(q): query(cls.reference, *q) for q in [["kind:article"]] + QUERIES}
        assert len(cls.expected[("kind:article",)][0]) > 100
        for q, (ids, _) in cls.expected.items():
            assert ids, f"the reference answers {q} with nothing: the input is too small to test it"
        # What a crashed run adds (so that it compacts), and the reference with it.
        cls.new = cls.tmp / "new.jsonl"
        cls.new.write_text(json.dumps({"id": "kowikinews-new", "date": "2011-05-02",
                                       "body": "미국 대통령은 새로운 기사에서 \"옴니버스\"라고 말했다."},
                                      ensure_ascii=False) + "\n")
        reference_new = cls.tmp / "reference-new"
        r = run(ARGS.index, "--db", reference_new, "-q", "--no-compact", cls.input, cls.new)
        assert r.returncode == 0, r.stderr
        cls.expected_new = {tuple(q): query(reference_new, *q) for q in [["kind:article"]] + QUERIES}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def assert_answers_like_the_reference(self, db, when, expected=None):
        for q, want in (expected or self.expected).items():
            self.assertEqual(query(db, *q), want, f"{when}: {q}")

    def test_default_run_compacts_plain_and_sharded(self):
        plain = self.tmp / "plain"
        r = run(ARGS.index, "--db", plain, "-q", self.input)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertLess(glass_bytes(plain), 0.9 * glass_bytes(self.reference))
        self.assertFalse([n for n in os.listdir(plain) if n.startswith(".compact") or n == "XAPIANDB"])
        self.assert_answers_like_the_reference(plain, "plain, compacted")
        sharded = self.tmp / "sharded"
        r = run(ARGS.index, "--db", sharded, "-q", "--shards", "2", self.input)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual((sharded / "XAPIANDB").read_text(), "auto shard-00\nauto shard-01\n")
        self.assertLess(glass_bytes(sharded), 0.9 * glass_bytes(self.reference))
        self.assert_answers_like_the_reference(sharded, "sharded, each shard compacted")

    def test_compacted_database_takes_changes(self):
        db = self.tmp / "changes"
        r = run(ARGS.index, "--db", db, "-q", self.input)
        self.assertEqual(r.returncode, 0, r.stderr)
        article = self.tmp / "changed.jsonl"
        article.write_text(json.dumps({"id": "kowikinews-extra", "title": "새 기사",
                                       "body": "옴니버스 플랫폼에 관한 새 기사가 색인되었다."}, ensure_ascii=False) + "\n")
        r = run(ARGS.index, "--db", db, article)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(": 1 added, 0 replaced", r.stderr)
        self.assertEqual(query(db, "id:kowikinews-extra")[0], ["kowikinews-extra"])
        r = run(ARGS.index, "--db", db, "--delete", "kowikinews-extra")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assert_answers_like_the_reference(db, "after an addition and its deletion")

    def test_unchanged_run_and_no_compact_leave_it_as_written(self):
        db = self.tmp / "as-written"
        r = run(ARGS.index, "--db", db, "-q", "--no-compact", self.input)
        self.assertEqual(r.returncode, 0, r.stderr)
        written = glass_bytes(db)
        self.assertEqual(written, glass_bytes(self.reference))
        r = run(ARGS.index, "--db", db, self.input)  # every article unchanged: nothing to compact
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(glass_bytes(db), written)
        r = run(ARGS.index, "--db", db, "--no-compact", "--compact", "--shards", "2", self.input)
        self.assertEqual(r.returncode, 2)

    def test_killed_at_each_step(self):
        for layout in ([], ["--shards", "2"]):
            sharded = bool(layout)
            for step in range(FIRST_STEP, LAST_STEP + 1):
                with self.subTest(sharded=sharded, step=step):
                    db = self.tmp / f"step{step}-{len(layout)}"
                    # A new database: the run compacts it (every shard; shard-00 first).
                    r = run(ARGS.index, "--db", db, "-q", *layout, "--crash-at-compact-step-for-tests", step,
                            self.input)
                    self.assertEqual(r.returncode, -signal.SIGKILL, f"step {step} was not reached: {r.stderr}")
                    folder = db / "shard-00" if sharded else db
                    # The old database, the copy through the stub, or the compacted database.
                    self.assertEqual((folder / "iamglass").exists(), not REDIRECTED <= step < LAST_STEP,
                                     sorted(os.listdir(folder)))
                    self.assert_answers_like_the_reference(db, f"killed at step {step}")
                    # The next run clears what the crash left.
                    r = run(ARGS.index, "--db", db, self.new)
                    self.assertEqual(r.returncode, 0, r.stderr)
                    self.assertIn(": 1 added, 0 replaced, 0 unchanged, 0 errors;", r.stderr)
                    for d in [db] + ([db / "shard-00", db / "shard-01"] if sharded else []):
                        left = sorted(os.listdir(d))
                        self.assertFalse([n for n in left if n.startswith(".compact")], left)
                        if d != db or not sharded:
                            self.assertIn("iamglass", left)
                            self.assertNotIn("XAPIANDB", left)
                    self.assert_answers_like_the_reference(db, f"after the rerun of step {step}", self.expected_new)


if __name__ == "__main__":
    ARGS, rest = harness.cli_args()
    sys.exit(harness.run_unittests(rest))

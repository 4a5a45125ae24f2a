#!/usr/bin/env python3
"""Crash safety of `kosearch-index --shards N --compact`: the indexer is killed
(SIGKILL, by its test-only --crash-at-compact-step-for-tests) at each step of
the compaction swap. After each crash the folder opens, every query answers
exactly as an uninterrupted index does (all articles, from the shards before
the switch or the merged database after it), and the next indexing run
clears what the crash left and completes. Queries running during a
compaction all answer, with every article."""
import json, os, pathlib, shutil, signal, subprocess, sys, tempfile, threading, unittest

import harness

ARGS = None
STEPS = 7  # kCompactSteps in include/kosearch/sharded_index.h
SWITCH = 5  # kCompactStepSwitched: from this step on the folder is the merged database
QUERIES = [["대통령"], ['"미국 대통령"'], ["speaker:오바마"], ["date:2010..2012", "--facet", "year"], ["kind:quote"]]
# Under the sanitizers (--sanitized) every third Wikinews article (over 200: each query
# still matches), not all of them: this test indexes, compacts and queries them about
# thirty times.
SANITIZED_EVERY = 3


run = harness.run


def query(db, *q):
    return harness.all_hits(ARGS.query, db, *q)


class CompactCrash(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-compact-crash-"))
        cls.input = pathlib.Path(ARGS.corpus) / "kowikinews"
        if ARGS.sanitized:
            lines = (cls.input / "articles.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
            cls.input = cls.tmp / "articles.jsonl"
            cls.input.write_text("".join(lines[::SANITIZED_EVERY]), encoding="utf-8")
        cls.reference = cls.tmp / "reference"
        r = run(ARGS.index, "--db", cls.reference, "-q", cls.input)
        assert r.returncode == 0, r.stderr
        cls.expected = {tuple(q): query(cls.reference, *q) for q in [["kind:article"]] + QUERIES}
        assert len(cls.expected[("kind:article",)][0]) > 100
        for q, (ids, _) in cls.expected.items():
            assert ids, f"the reference answers {q} with nothing: the input is too small to test it"
        # Each crash run starts from a copy of these shards (its articles are then all unchanged).
        cls.sharded = cls.tmp / "sharded"
        r = run(ARGS.index, "--db", cls.sharded, "-q", "--shards", "2", cls.input)
        assert r.returncode == 0, r.stderr

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def assert_answers_like_the_reference(self, db, when):
        for q, want in self.expected.items():
            self.assertEqual(query(db, *q), want, f"{when}: {q}")

    def test_killed_at_each_step(self):
        for step in range(1, STEPS + 1):
            with self.subTest(step=step):
                db = self.tmp / f"step{step}"
                shutil.copytree(self.sharded, db)
                r = run(ARGS.index, "--db", db, "-q", "--shards", "2", "--compact",
                        "--crash-at-compact-step-for-tests", step, self.input)
                self.assertEqual(r.returncode, -signal.SIGKILL, f"step {step} was not reached: {r.stderr}")
                switched = step >= SWITCH
                # Either the shards or the merged database, never something between.
                self.assertEqual((db / "iamglass").exists(), switched, sorted(os.listdir(db)))
                if not switched:
                    self.assertEqual((db / "XAPIANDB").read_text(), "auto shard-00\nauto shard-01\n")
                self.assert_answers_like_the_reference(db, f"killed at step {step}")

                # The next run (the folder's own layout) clears what the crash left and completes.
                r = run(ARGS.index, "--db", db, self.input)
                self.assertEqual(r.returncode, 0, r.stderr)
                total = len(self.expected[("kind:article",)][0])
                self.assertIn(f": 0 added, 0 replaced, {total} unchanged, 0 errors;", r.stderr)
                left = sorted(p.name for p in db.iterdir())
                self.assertNotIn(".compact-tmp", left)
                if switched:
                    self.assertFalse([n for n in left if n.startswith("shard-") or n == "XAPIANDB"], left)
                else:
                    self.assertFalse([n for n in left if n.endswith(".glass")], left)
                    # Compacting again finishes the job.
                    r = run(ARGS.index, "--db", db, "-q", "--compact", self.input)
                    self.assertEqual(r.returncode, 0, r.stderr)
                    self.assertTrue((db / "iamglass").exists())
                    self.assertFalse((db / "XAPIANDB").exists() or (db / "shard-00").exists())
                self.assert_answers_like_the_reference(db, f"after the rerun of step {step}")

    def test_queries_during_compaction_see_every_article(self):
        """Queries running while the shards are merged and swapped: each answers, with every article."""
        total = len(self.expected[("kind:article",)][0])
        failures, answered = [], []
        for round in range(3):
            db = self.tmp / f"live{round}"
            shutil.copytree(self.sharded, db)
            compacting = subprocess.Popen([ARGS.index, "--db", str(db), "-q", "--compact", str(self.input)],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

            def loop():
                while compacting.poll() is None:
                    r = run(ARGS.query, "--db", db, "--json", "--limit", "0", "kind:article")
                    if r.returncode not in (0, 1) or r.stderr:
                        failures.append(f"exit {r.returncode}: {r.stderr.strip()}")
                    else:
                        answered.append(json.loads(r.stdout)["total"])

            threads = [threading.Thread(target=loop) for _ in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            self.assertEqual(compacting.wait(timeout=600), 0, compacting.stderr.read())
            compacting.stderr.close()
            self.assertTrue((db / "iamglass").exists() and not (db / "shard-00").exists())
        self.assertEqual(failures, [])
        self.assertGreater(len(answered), 0, "no query ran during the compactions")
        self.assertEqual(set(answered), {total})


if __name__ == "__main__":
    ARGS, rest = harness.cli_args()
    sys.exit(harness.run_unittests(rest))

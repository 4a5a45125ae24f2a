#!/usr/bin/env python3
"""Concurrent use of one database folder, with the built CLIs: searches never
fail while an indexer commits after every article; one writer per folder at a
time, whatever the writers are (plain, sharded, a sharded run inside its
compaction): the others stop at once with one line naming the folder and its
holder, exit code 2, and nothing they were given is reported as indexed."""
import json, os, pathlib, re, shutil, signal, subprocess, sys, tempfile, threading, time, unittest

import harness

ARGS = None
ARTICLES = 200  # the Wikinews articles the committing writer indexes, one commit each
QUERY_LOOPS = 8
# Words, a phrase, fields, a facet and a count: each opens the database anew.
QUERIES = [["대통령"], ["오바마 취임"], ['"미국 대통령"'], ["kind:quote"], ["date:2010..2012"], ["title:대통령 -오바마"],
           ["대통령", "--facet", "year"], ["kind:article", "--limit", "0"]]


def env():
    e = dict(os.environ)
    e.pop("KOSEARCH_DB", None)
    return e


def run(*args, input=None, timeout=300):
    return subprocess.run(list(map(str, args)), input=input, capture_output=True, text=True, env=env(), timeout=timeout)


def start(*args):
    return subprocess.Popen(list(map(str, args)), stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=env())


def wikinews():
    with (pathlib.Path(ARGS.corpus) / "kowikinews" / "articles.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def article_total(db):
    r = run(ARGS.query, "--db", db, "--json", "--limit", "0", "kind:article")
    assert r.returncode in (0, 1), r.stderr
    return json.loads(r.stdout)["total"]


def ids(db):
    r = run(ARGS.query, "--db", db, "--json", "--limit", "100000", "kind:article")
    assert r.returncode in (0, 1), r.stderr
    return {h["id"] for h in json.loads(r.stdout)["results"]}


def jsonl(articles):
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)


def locked_line(db, pid):
    return re.compile(rf"^kosearch-index: {re.escape(str(db))}: database is locked by kosearch-index pid {pid} "
                      rf"since \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC; wait for it to finish$")


class Tmp(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-concurrent-"))

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)


class SearchesWhileCommitting(Tmp):
    def test_no_search_fails_while_a_writer_commits_every_article(self):
        db, archive = self.tmp / "db", self.tmp / "archive.jsonl"
        archive.write_text(jsonl(wikinews()[:ARTICLES]), encoding="utf-8")
        # The first article is committed before the queries start: "no database" is not a failure to count.
        first = wikinews()[0]
        self.assertEqual(run(ARGS.index, "--db", db, "-", input=jsonl([first])).returncode, 0)
        writer = start(ARGS.index, "--db", db, "--commit-every", "1", archive)
        writer.stdin.close()
        failures, ran, totals = [], [0] * QUERY_LOOPS, [[] for _ in range(QUERY_LOOPS)]

        def loop(n):
            k = n
            while writer.poll() is None:
                q = QUERIES[k % len(QUERIES)]
                k += 1
                r = run(ARGS.query, "--db", db, "--json", *q)
                ran[n] += 1
                if r.returncode not in (0, 1) or r.stderr:
                    failures.append(f"{q}: exit {r.returncode}: {r.stderr.strip()}")
                elif q[0] == "kind:article":
                    totals[n].append(json.loads(r.stdout)["total"])

        threads = [threading.Thread(target=loop, args=(n,)) for n in range(QUERY_LOOPS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(writer.wait(timeout=600), 0, writer.stderr.read())
        writer.stderr.close()
        self.assertGreater(sum(ran), QUERY_LOOPS, "the queries did not run")
        print(f"\n{sum(ran)} queries in {QUERY_LOOPS} loops while {ARTICLES} articles were committed one by one; "
              f"{len(failures)} failed", file=sys.stderr)
        self.assertEqual(failures, [], f"{len(failures)} of {sum(ran)} queries failed")
        seen = sorted({t for ts in totals for t in ts})
        self.assertGreaterEqual(len(seen), 3, f"the queries did not overlap the commits: totals seen {seen}")
        for ts in totals:
            self.assertEqual(ts, sorted(ts), "a reader saw fewer articles than before")
        self.assertEqual(article_total(db), ARTICLES)


class OneWriterPerFolder(Tmp):
    def test_a_sharded_and_a_plain_indexer_on_a_new_folder(self):
        """Started together (both read standard input, so the winner holds the folder while it waits):
        the one that loses exits 2 naming the winner; the folder gets the winner's layout and articles."""
        articles = wikinews()[:20]
        for n, order in enumerate((("plain", "sharded"), ("sharded", "plain"), ("plain", "sharded"))):
            db = self.tmp / f"new{n}"
            flags = {"plain": [], "sharded": ["--shards", "2"]}
            procs = {kind: start(ARGS.index, "--db", db, *flags[kind], "-") for kind in order}
            deadline = time.monotonic() + 120
            while all(p.poll() is None for p in procs.values()) and time.monotonic() < deadline:
                time.sleep(0.01)
            losers = [k for k, p in procs.items() if p.poll() is not None]
            self.assertEqual(len(losers), 1, "neither writer was refused: both hold the new folder")
            loser, winner = losers[0], next(k for k in procs if k != losers[0])
            lost = procs[loser]
            err = lost.stderr.read()
            lost.stdin.close(), lost.stderr.close()
            self.assertEqual(lost.returncode, 2, err)
            self.assertEqual(len(err.rstrip("\n").split("\n")), 1, err)
            self.assertRegex(err.rstrip("\n"), locked_line(db, procs[winner].pid))
            won = procs[winner]
            won.stdin.write(jsonl(articles))
            won.stdin.close()
            self.assertEqual(won.wait(timeout=300), 0, won.stderr.read())
            won.stderr.close()
            self.assertEqual((db / "XAPIANDB").exists(), winner == "sharded")
            self.assertEqual(ids(db), {a["id"] for a in articles})
            # The loser run again: without --shards it keeps the folder's shards; with --shards a plain
            # folder is refused (one line, exit 2).
            later = wikinews()[20:21]
            r = run(ARGS.index, "--db", db, *flags[loser], "-", input=jsonl(later))
            if loser == "plain":
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertEqual(ids(db), {a["id"] for a in articles + later})
            else:
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertEqual(r.stderr, f"kosearch-index: {db}: is an unsharded database; index it without --shards, "
                                           "or into a new folder\n")
                self.assertEqual(ids(db), {a["id"] for a in articles})

    def test_a_writer_during_compaction_is_refused(self):
        """A sharded --compact run frozen inside its compaction still holds the folder: a plain and a
        sharded writer are refused, and nothing is swapped away when the compaction finishes."""
        articles = wikinews()
        archive = self.tmp / "archive.jsonl"
        archive.write_text(jsonl(articles), encoding="utf-8")
        extra = {"id": "written-during-compaction", "title": "압축 중 기사", "body": "압축하는 동안 들어온 기사 본문입니다."}
        for attempt in range(10):
            db = self.tmp / f"compacting{attempt}"
            first = start(ARGS.index, "--db", db, "--shards", "2", "--compact", "-q", archive)
            first.stdin.close()
            while first.poll() is None and not (db / ".compact-tmp").exists():
                time.sleep(0.002)
            os.kill(first.pid, signal.SIGSTOP)
            if (db / ".compact-tmp").exists():
                break
            os.kill(first.pid, signal.SIGCONT)  # missed the compaction: try again
            first.wait(timeout=300)
            first.stderr.close()
        else:
            self.skipTest("never caught the indexer inside its compaction")
        try:
            for flags in ([], ["--shards", "2"]):
                r = run(ARGS.index, "--db", db, *flags, "-", input=jsonl([extra]))
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertRegex(r.stderr.rstrip("\n"), locked_line(db, first.pid))
        finally:
            os.kill(first.pid, signal.SIGCONT)
        self.assertEqual(first.wait(timeout=300), 0, first.stderr.read())
        first.stderr.close()
        self.assertTrue((db / "iamglass").exists() and not (db / "XAPIANDB").exists())
        self.assertEqual(ids(db), {a["id"] for a in articles})
        # Indexed after the compaction, the article stays.
        r = run(ARGS.index, "--db", db, "-", input=jsonl([extra]))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(ids(db), {a["id"] for a in articles} | {extra["id"]})


if __name__ == "__main__":
    ARGS, rest = harness.cli_args()
    sys.exit(harness.run_unittests(rest))

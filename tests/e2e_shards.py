#!/usr/bin/env python3
"""End-to-end tests of sharded indexing (kosearch-index --shards N): a sharded
parallel index of the bundled corpus answers like a single-writer index of
the same articles, re-indexing replaces, and a wrong shard count is refused;
an index without positions (the default) matches phrases like one with them;
an append-only index (no term lists) answers alike and refuses replacements."""
import json, os, pathlib, shutil, subprocess, sys, tempfile, unittest

import harness

ARGS = None

# Plain words, phrases, fields, filters, ranges, sorting, facets and questions.
QUERIES = [
    ["옴니버스"], ["SK 옴니버스 GPU"], ['"옴니버스 툴"'], ["오바마 취임"], ["대통령"], ["title:오바마"],
    ["speaker:최태원"], ["org:삼성"], ["date:2020.."], ["amount:10억달러.."], ["kind:quote 대통령"],
    ["오바마 OR 바이든"], ["대통령 -오바마"], ["what did SK say about Omniverse"], ["SK는 옴니버스에 대해 뭐라고 했나"],
    ["대통령", "--sort", "date"], ["대통령", "--facet", "source", "--facet", "year"],
]

# Phrases every match must have: checked in the stored text without positions.
PHRASES = [
    ['"옴니버스 툴"'], ['"툴 옴니버스"'], ['title:"버락 오바마"'], ['"대통령은 이날"'], ['body:"기자회견"'],
    ['"이 대통령" AND 반도체'], ['"미국 대통령"', "--facet", "org", "--facet", "year"], ['speaker:최태원 "옴니버스"'],
    ['"대통령 미국"'], ['"미국 대통령" -오바마'], ['"미국 대통령"', "--offset", "5"],
]


def run(*args, input=None):
    e = dict(os.environ)
    e.pop("KOSEARCH_DB", None)
    return subprocess.run(list(map(str, args)), input=input, capture_output=True, text=True, env=e, timeout=300)


def index(db, *args):
    r = run(ARGS.index, "--db", db, *args)
    return r


def query(db, *q):
    r = run(ARGS.query, "--db", db, "--json", "--limit", "1000", *q)
    assert r.returncode in (0, 1), r.stderr
    return json.loads(r.stdout)


def comparable(resp):
    """Hits as (score, id) sorted with ties broken by id: a combined database
    numbers documents differently, so equal scores may come in another order."""
    hits = sorted(((round(h["score"], 6), h["id"]) for h in resp["results"]), key=lambda t: (-t[0], t[1]))
    return {"hits": hits, "facets": resp.get("facets")}


class Shards(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-shards-"))
        cls.plain, cls.sharded, cls.compacted = cls.tmp / "plain", cls.tmp / "sharded", cls.tmp / "compacted"
        cls.positional = cls.tmp / "positional"
        for db, extra in ((cls.plain, []), (cls.sharded, ["--shards", "3", "--jobs", "2"]),
                          (cls.compacted, ["--shards", "2", "--compact"]), (cls.positional, ["--positions"])):
            r = index(db, *extra, ARGS.corpus)
            assert r.returncode == 0, r.stderr
            assert "638 added, 0 replaced, 0 unchanged, 0 errors" in r.stderr, r.stderr

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_layout_is_a_stub_over_shards(self):
        self.assertEqual((self.sharded / "XAPIANDB").read_text().split("\n"),
                         ["auto shard-00", "auto shard-01", "auto shard-02", ""])
        for i in range(3):
            self.assertTrue((self.sharded / f"shard-0{i}" / "iamglass").exists())
        self.assertTrue((self.compacted / "iamglass").exists())
        self.assertFalse((self.compacted / "XAPIANDB").exists())
        self.assertFalse((self.compacted / "shard-00").exists())

    def test_same_results_as_single_writer(self):
        for q in QUERIES:
            want = comparable(query(self.plain, *q))
            self.assertTrue(want["hits"], q)
            for db in (self.sharded, self.compacted):
                got = comparable(query(db, *q))
                self.assertEqual(got, want, f"{q} on {db.name}")

    def test_phrases_without_positions_match_as_with_them(self):
        def matches(db, q):
            resp = query(db, *q)
            return {"ids": sorted(h["id"] for h in resp["results"]), "total": resp["total"],
                    "facets": resp.get("facets")}
        nonempty = 0
        for q in PHRASES:
            want = matches(self.positional, q)
            nonempty += bool(want["ids"])
            for db in (self.plain, self.sharded):
                self.assertEqual(matches(db, q), want, f"{q} on {db.name}")
        self.assertGreaterEqual(nonempty, 8)
        self.assertEqual(query(self.plain, '"툴 옴니버스"')["results"], [])

    def test_positions_cost_space_and_are_fixed_at_creation(self):
        size = lambda d: sum(f.stat().st_size for f in d.rglob("*") if f.is_file())
        self.assertLess(size(self.plain) * 1.3, size(self.positional))
        r = index(self.plain, "--positions", ARGS.corpus / "seed")
        self.assertEqual(r.returncode, 2)
        self.assertIn("was created without positions; --positions applies to new databases only", r.stderr)

    def test_append_only_answers_alike_and_never_replaces(self):
        db = self.tmp / "archive"
        r = index(db, "--shards", "2", "--append-only", "--compact", ARGS.corpus)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertFalse((db / "termlist.glass").exists())
        for q in QUERIES + PHRASES:
            self.assertEqual(comparable(query(db, *q)), comparable(query(self.plain, *q)), q)
        # A second run over the same folder: --compact merged the shards, so index unsharded.
        r = index(db, ARGS.corpus)
        self.assertIn("0 added, 0 replaced, 638 unchanged", r.stderr)
        changed = self.tmp / "changed-archive.jsonl"
        changed.write_text(json.dumps({"id": "kowikinews-73a60a5ba5", "title": "바뀐 제목", "body": "고쳐 쓴 기사 본문이다."},
                                      ensure_ascii=False) + "\n", encoding="utf-8")
        r = index(db, changed)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("changed-archive.jsonl:1: article kowikinews-73a60a5ba5 changed, but the database is append-only: "
                      "cannot replace it; index into a new folder", r.stderr)
        self.assertEqual([h["title"] for h in query(db, "id:kowikinews-73a60a5ba5")["results"]],
                         [h["title"] for h in query(self.plain, "id:kowikinews-73a60a5ba5")["results"]])
        r = index(self.plain, "--append-only", ARGS.corpus / "seed")
        self.assertEqual(r.returncode, 2)
        self.assertIn("was created with term lists; --append-only applies to new databases only", r.stderr)

    def test_rank_order_is_by_score(self):
        for q in QUERIES[:6]:
            scores = [h["score"] for h in query(self.sharded, *q)["results"]]
            self.assertEqual(scores, sorted(scores, reverse=True), q)

    def test_acceptance_queries(self):
        for db in (self.sharded, self.compacted):
            first = lambda *q: query(db, *q)["results"][0]["id"]
            ids = lambda *q: [h["id"] for h in query(db, *q)["results"]]
            self.assertEqual(first("옴니버스"), "000_b7eb001f9d02ddd5")
            self.assertEqual(first("SK 옴니버스 GPU"), "000_b7eb001f9d02ddd5")
            self.assertEqual(ids('"옴니버스 툴"'), ["000_b7eb001f9d02ddd5"])
            self.assertEqual(ids('"툴 옴니버스"'), [])
            self.assertEqual(first("오바마 취임"), "kowikinews-73a60a5ba5")
            self.assertEqual(ids("source:아주경제"), ["000_b7eb001f9d02ddd5"])
            self.assertNotIn("000_b7eb001f9d02ddd5", ids("무단전재"))

    def test_reindexing_replaces_never_duplicates(self):
        db = self.tmp / "reindex"
        self.assertEqual(index(db, "--shards", "2", ARGS.corpus).returncode, 0)
        before = len(query(db, "대통령")["results"])
        # Same articles again, with and without --shards (the folder keeps its count).
        r = index(db, "--shards", "2", ARGS.corpus)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("0 added, 0 replaced, 638 unchanged", r.stderr)
        r = index(db, ARGS.corpus / "kowikinews")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("0 added, 0 replaced, 637 unchanged", r.stderr)
        # A changed article replaces the old one in its shard.
        changed = self.tmp / "changed.jsonl"
        changed.write_text(json.dumps({"id": "kowikinews-73a60a5ba5", "title": "바뀐 제목", "date": "2009-01-20",
                                       "body": "버락 오바마 대통령이 취임했다. 고쳐 쓴 기사 본문이다."},
                                      ensure_ascii=False) + "\n", encoding="utf-8")
        r = index(db, changed)
        self.assertIn("0 added, 1 replaced", r.stderr)
        hits = query(db, "id:kowikinews-73a60a5ba5")["results"]
        self.assertEqual([(h["id"], h["title"]) for h in hits], [("kowikinews-73a60a5ba5", "바뀐 제목")])
        self.assertEqual(len(query(db, "대통령")["results"]), before)

    def test_wrong_shard_count_is_refused(self):
        r = index(self.sharded, "--shards", "2", ARGS.corpus / "seed")
        self.assertEqual(r.returncode, 2)
        self.assertIn("has 3 shards, not 2", r.stderr)
        r = index(self.plain, "--shards", "2", ARGS.corpus / "seed")
        self.assertEqual(r.returncode, 2)
        self.assertIn("unsharded database", r.stderr)
        self.assertEqual((self.sharded / "XAPIANDB").read_text().count("auto"), 3)


if __name__ == "__main__":
    ARGS, rest = harness.cli_args()
    sys.exit(harness.run_unittests(rest))

#!/usr/bin/env python3
"""End-to-end: bad or odd JSONL records cost only themselves (issue 19).

Over-long ids, sources and titles, ids that look like quote ids, integer ids
beyond 64 bits, unreadable dates and lone surrogates, each run through the
built kosearch-index and checked with kosearch-query."""
import json, os, pathlib, shutil, subprocess, sys, tempfile, unittest

import harness

ARGS = None


def run(*args, input=None):
    env = dict(os.environ)
    env.pop("KOSEARCH_DB", None)
    return subprocess.run(list(map(str, args)), input=input, capture_output=True, text=True, env=env, timeout=300)


def jsonl(path, records):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records),
                    encoding="utf-8")
    return path


def errors(stderr):
    """The lines of stderr other than the summary."""
    return [l for l in stderr.splitlines() if l and " added, " not in l]


class BadRecords(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-bad-records-"))
        self.db = self.tmp / "db"

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def index(self, *inputs):
        return run(ARGS.index, "--db", self.db, *inputs)

    def query(self, *q):
        r = run(ARGS.query, "--db", self.db, "--json", "--limit", "100", *q)
        self.assertIn(r.returncode, (0, 1), r.stderr)
        return json.loads(r.stdout)

    def ids(self, *q):
        return sorted(h["kind"] + " " + h["id"] for h in self.query(*q)["results"])

    def test_long_ids_are_indexed_and_a_refused_record_costs_only_itself(self):
        x250, hangul100 = "x" * 250, "가" * 100
        f = jsonl(self.tmp / "a.jsonl", [
            {"id": "ok1", "body": "첫 번째 기사의 본문이다."},
            {"id": x250, "body": "긴 번호를 가진 기사의 본문이다."},
            {"id": hangul100, "source": "신문" * 150, "body": "한글 번호를 가진 기사의 본문이다."},
            {"id": "i" * 2000, "body": "번호가 너무 긴 기사."},
            {"id": "ok2", "body": "두 번째 기사의 본문이다."},
        ])
        r = self.index("--commit-every", "1000", f)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(errors(r.stderr), [f"kosearch-index: {f}:4: \"id\" too long: 2000 bytes (limit 1024)"])
        self.assertIn("4 added, 0 replaced, 0 unchanged, 1 errors", r.stderr)
        self.assertEqual(self.query("kind:article")["total"], 4)
        self.assertEqual(self.ids(f"id:{x250}"), [f"article {x250}"])
        self.assertEqual(self.ids(f"id:{hangul100}"), [f"article {hangul100}"])
        self.assertEqual(self.ids("source:" + "신문" * 150), [f"article {hangul100}"])
        # Run again: everything committed is unchanged, the bad record is reported again, nothing stops.
        r = self.index(f)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("0 added, 0 replaced, 4 unchanged, 1 errors", r.stderr)

    def test_quote_ids_and_article_ids_do_not_collide(self):
        quoted = ("최태원 SK그룹 회장은 이날 \"옴니버스는 제조업의 미래를 바꿀 플랫폼\"이라고 말했다. "
                  "그는 \"반도체 투자를 계속 늘리겠다\"고 덧붙였다.")
        f = jsonl(self.tmp / "q.jsonl", [{"id": "art", "body": quoted}, {"id": "art#q0", "body": "별도 기사의 본문이다."}])
        self.assertEqual(self.index(f).returncode, 0)
        quotes = self.ids("kind:quote", "speaker:최태원")
        self.assertEqual(quotes, ["quote art#q0", "quote art#q1"])
        g = jsonl(self.tmp / "q2.jsonl", [{"id": "art", "body": quoted + " 회사 측은 \"협력을 넓히겠다\"고 밝혔다."}])
        r = self.index(g)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("0 added, 1 replaced", r.stderr)
        self.assertEqual(self.ids("id:art#q0"), ["article art#q0"])
        self.assertEqual(self.ids("kind:quote", "speaker:최태원"), quotes)
        self.assertEqual(self.query("kind:article")["total"], 2)

    def test_long_title_is_cut_and_reported(self):
        f = jsonl(self.tmp / "t.jsonl", [{"id": "t1", "title": "경제 " * 700000, "body": "경제 기사의 본문."}])
        r = self.index(f)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(errors(r.stderr), [f"kosearch-index: {f}:1: title too long (2100000 characters), cut to 1000"])
        hits = self.query("title:경제")["results"]
        self.assertEqual([h["id"] for h in hits], ["t1"])
        self.assertEqual(len(hits[0]["title"]), 1000)

    def test_integer_ids_keep_their_text(self):
        f = jsonl(self.tmp / "n.jsonl", [
            '{"id": 18446744073709551615, "body": "가장 큰 번호의 기사."}',
            '{"id": -1, "body": "음수 번호의 기사."}',
            '{"id": 1.5, "body": "소수 번호의 기사."}',
        ])
        r = self.index(f)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(errors(r.stderr), [
            f"kosearch-index: {f}:3: \"id\" 1.5 is not an integer of at most 64 bits; write the id as a string"])
        self.assertEqual(self.ids("kind:article"), ["article -1", "article 18446744073709551615"])

    def test_dates_normalised_or_reported(self):
        f = jsonl(self.tmp / "d.jsonl", [
            {"id": "y", "date": "yesterday", "body": "어제 있었던 일의 기사."},
            {"id": "w", "date": "２０２４－０３－０５", "body": "전각 날짜의 기사."},
            {"id": "k", "date": "2024년 3월 6일", "body": "한글 날짜의 기사."},
            {"id": "t", "date": "2024-03-07T23:10:00+09:00", "body": "시각이 붙은 기사."},
        ])
        r = self.index(f)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(errors(r.stderr), [f"kosearch-index: {f}:1: bad date \"yesterday\"; indexed without a date"])
        self.assertIn("4 added", r.stderr)
        self.assertEqual(self.ids("date:2024-03-05"), ["article w"])
        self.assertEqual(self.ids("date:2024-03-06..2024-03-07"), ["article k", "article t"])
        years = self.query("kind:article", "--facet", "year")["facets"]["year"]
        self.assertEqual(years, {"2024": 3})
        self.assertEqual({h["id"]: h["date"] for h in self.query("kind:article")["results"]},
                         {"y": "", "w": "2024-03-05", "k": "2024-03-06", "t": "2024-03-07"})

    def test_lone_surrogate_is_named(self):
        f = self.tmp / "s.jsonl"
        f.write_text('{"id": "s", "body": "본문 \\ud800 끝"}\n{"id": "ok", "body": "정상 기사."}\n', encoding="utf-8")
        r = self.index(f)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(errors(r.stderr), [
            f"kosearch-index: {f}:1: invalid JSON: lone surrogate \\ud800 in a string (byte 28); "
            "a \\u escape of U+D800-U+DFFF must be half of a pair"])

    def test_out_of_range_limit_is_refused(self):
        f = jsonl(self.tmp / "l.jsonl", [{"id": "a", "body": "기사 본문."}])
        self.assertEqual(self.index(f).returncode, 0)
        for flag, value in (("--limit", "4294967296"), ("--offset", "18446744073709551616"), ("--limit", "-1")):
            r = run(ARGS.query, "--db", self.db, flag, value, "기사")
            self.assertEqual(r.returncode, 2, (flag, value, r.stdout))
            self.assertIn(flag, r.stderr)
            self.assertEqual(r.stdout, "")
        r = run(ARGS.query, "--db", self.db, "--json", "--limit", "1000000", "기사")
        self.assertEqual((r.returncode, len(json.loads(r.stdout)["results"])), (0, 1), r.stderr)

    def test_python_refused_add_keeps_the_batch(self):
        module = pathlib.Path(ARGS.index).resolve().parent / "python"
        if not list(module.glob("kosearch*.so")):
            self.skipTest("the Python module was not built")
        script = f"""
import kosearch
idx = kosearch.Index({str(self.db)!r})
for i in range(5):
    assert idx.add(id=f"good{{i}}", body="반도체 수출이 늘었다.") == "added"
assert idx.add(id="x" * 250, body="긴 번호의 기사.") == "added"
for bad in (dict(id="i" * 2000), dict(id="d", date="yesterday"), dict(id="s", source="신문" * 600)):
    try:
        idx.add(body="잘못된 기사.", **bad)
        raise SystemExit("accepted " + repr(bad)[:40])
    except kosearch.InvalidArgumentError as e:
        print(e)
    assert idx.article_count() == 6, idx.article_count()
idx.commit()
print(idx.article_count())
"""
        env = dict(os.environ, PYTHONPATH=str(module))
        r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.splitlines(), [
            'python:' + "i" * 2000 + ': "id" too long: 2000 bytes (limit 1024)',
            'python:d: bad date "yesterday"',
            'python:s: "source" too long: 3600 bytes (limit 1024)',
            "6"])


if __name__ == "__main__":
    ARGS, rest = harness.cli_args()
    sys.exit(harness.run_unittests(rest))

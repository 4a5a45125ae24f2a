#!/usr/bin/env python3
"""End-to-end: speakers resolved over the whole article reach the index (issue 13).

Indexes three articles written for this test in news style with the built
kosearch-index, then runs kosearch-query --json: a quote whose sentence names
only "구테흐스 총장" is found by the full name, by a part of it and by title +
name, and carries the resolved fields; `--facet speaker` lists people by name
and organizations and unnamed roles labelled; a report is never a speaker."""
import json, subprocess, sys, unittest

import harness

ARTICLES = [
    {"id": "un", "title": "유엔 사무총장, 휴전 촉구", "date": "2026-04-01", "source": "테스트일보",
     "body": "안토니우 구테흐스 유엔 사무총장은 이날 뉴욕 본부에서 기자회견을 열었다.\n"
             "구테흐스 총장은 \"모든 당사자가 즉시 휴전해야 한다\"고 말했다.\n"
             "외교부는 \"관련 동향을 예의주시하고 있다\"고 밝혔다."},
    {"id": "rain", "title": "주말까지 비", "date": "2026-04-02", "source": "테스트일보",
     "body": "기상청 관계자는 \"이번 주말까지 비가 이어질 것\"이라고 말했다.\n"
             "보고서는 \"기후 변화가 예상보다 빠르게 진행되고 있다\"고 밝혔다."},
    {"id": "fund", "title": "기금 조성", "date": "2026-04-03", "source": "테스트일보",
     "body": "이재용 삼성전자 회장은 \"인재 양성에 힘쓰겠다\"고 말했다."},
]


class Attribution(unittest.TestCase):
    def query(self, q, *extra):
        r = subprocess.run([ARGS.query, "--db", str(DB), "--json", *extra, q], capture_output=True, text=True, timeout=60)
        self.assertIn(r.returncode, (0, 1), r.stderr)
        return json.loads(r.stdout)

    def speakers(self, q):
        return [h["speaker"] for h in self.query(q)["results"]]

    def test_full_name_part_and_title(self):
        for q in ("speaker:\"안토니우 구테흐스\"", "speaker:구테흐스", "speaker:\"구테흐스 총장\""):
            with self.subTest(q=q):
                self.assertEqual(self.speakers(q), ["안토니우 구테흐스"])
        self.assertEqual(self.speakers("speaker:\"이재용 회장\""), ["이재용"])
        self.assertEqual(self.speakers("speaker:\"이 회장\""), ["이재용"])

    def test_resolved_fields(self):
        hit = self.query("speaker:구테흐스")["results"][0]
        self.assertEqual(hit["speaker_type"], "person")
        self.assertGreater(hit["confidence"], 0.5)
        rain = self.query("kind:quote 주말")["results"]
        self.assertEqual(len(rain), 1)
        self.assertEqual((rain[0]["speaker"], rain[0]["speaker_type"], rain[0]["role"], rain[0]["org"]),
                         ("", "role", "관계자", "기상청"))

    def test_speaker_facet_labels(self):
        facet = self.query("kind:quote", "--facet", "speaker", "--limit", "0")["facets"]["speaker"]
        self.assertEqual(facet, {"안토니우 구테흐스": 1, "이재용": 1, "외교부 (organization)": 1, "기상청 관계자 (role)": 1})

    def test_report_is_no_speaker(self):
        quotes = self.query("kind:quote 기후")["results"]
        self.assertEqual(len(quotes), 1)
        self.assertEqual((quotes[0]["speaker"], quotes[0]["speaker_type"]), ("", ""))


def main():
    global ARGS, DB
    ARGS, rest = harness.cli_args()
    with harness.indexed(ARGS.index, ARTICLES, "kosearch-attribution-") as DB:
        return harness.run_unittests(rest)


if __name__ == "__main__":
    sys.exit(main())

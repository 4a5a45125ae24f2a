#!/usr/bin/env python3
"""End-to-end: a hit matched by an amount: filter shows the amount that matched.

Indexes two articles written for this test in news style with the built
kosearch-index, then runs kosearch-query --json: the snippet of an article
(and of a quote) found by `amount:` holds the amount, marked [whole], even
when it is far from the article's start; amounts outside the range and
negated filters mark nothing; the mixed numeral of issue 12 is read whole."""
import json, subprocess, sys, unittest

import harness

FILLER = "지역 상공회의소는 공장이 들어서면 협력업체 여러 곳과 많은 일자리가 새로 생길 것으로 내다봤다. " * 8
ARTICLES = [
    {"id": "plant", "title": "부품업체, 국내 새 공장 건설", "date": "2026-03-02", "source": "테스트일보",
     "body": "한 글로벌 부품업체가 국내에 새 공장을 짓기로 했다.\n" + FILLER + "\n"
             "회사는 앞으로 5년간 생산설비에 12억 3천 450만 달러를 투자하기로 했다고 밝혔다. 올해 지역 예산은 3천억원이다."},
    {"id": "festival", "title": "지역 축제 성황", "date": "2026-03-03", "source": "테스트일보",
     "body": "축제 기간 지역 농산물 100억원어치가 팔렸다.\n"
             "김민수 추진위원장은 \"내년에는 판매액 200억원을 넘기는 것이 목표\"라고 말했다."},
]


class AmountSnippets(unittest.TestCase):
    def query(self, q, *extra):
        r = subprocess.run([ARGS.query, "--db", str(DB), "--json", *extra, q], capture_output=True, text=True, timeout=60)
        self.assertIn(r.returncode, (0, 1), r.stderr)
        return json.loads(r.stdout)["results"]

    def test_far_amount_in_snippet(self):
        res = self.query("amount:10억달러..")
        self.assertEqual([h["id"] for h in res], ["plant"])
        self.assertIn("[12억 3천 450만 달러]", res[0]["snippet"])
        self.assertNotIn("[3천억원]", res[0]["snippet"])

    def test_words_and_amount_both_marked(self):
        res = self.query("공장 amount:1천억원..1조원")
        self.assertEqual([h["id"] for h in res], ["plant"])
        self.assertIn("[3천억원]", res[0]["snippet"])

    def test_quote_snippet(self):
        res = self.query("amount:150억원..300억원")
        quotes = [h for h in res if h["kind"] == "quote"]
        self.assertEqual(len(quotes), 1, res)
        self.assertIn("[200억원]", quotes[0]["snippet"])
        articles = [h for h in res if h["kind"] == "article"]
        self.assertEqual(len(articles), 1, res)
        self.assertIn("[200억원]", articles[0]["snippet"])
        self.assertNotIn("[100억원", articles[0]["snippet"])

    def test_negated_filter_marks_nothing(self):
        res = self.query("축제 -amount:10억달러..")
        self.assertEqual([h["id"] for h in res], ["festival"])
        self.assertNotIn("[1", res[0]["snippet"])
        self.assertNotIn("[2", res[0]["snippet"])


def main():
    global ARGS, DB
    ARGS, rest = harness.cli_args()
    with harness.indexed(ARGS.index, ARTICLES, "kosearch-amount-snippets-") as DB:
        return harness.run_unittests(rest)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""End-to-end: Korean question forms people write that used to fall back to a
plain article search (issue 14), on made-up articles, through the built CLIs.

- A who-question whose head describes the speaker ("…라고 말한 민주당
  의원은?") is a question: its answer is the quote, and the description
  is shown apart from the topic.
- A what-question with a verb news quotes by ("어떻게 분석했나") answers
  with the speaker's quote, never another's.
- A request closing the question ("…가 한 말 찾아줘") asks nothing more.
"""
import sys

import harness

ARTICLES = [
    {"id": "forms-1", "title": "지방 예산 삭감 논란", "date": "2026-03-02", "source": "테스트일보",
     "body": "정부의 지방 예산 삭감안을 두고 반발이 커지고 있다. 민주당 김민수 의원은 2일 국회에서 "
             "\"예산 삭감은 지역 경제를 무너뜨리는 결정\"이라고 말했다. 정부는 재정 건전성을 위해 "
             "불가피하다는 입장이다."},
    {"id": "forms-2", "title": "고령화와 노동시장", "date": "2026-03-03", "source": "테스트일보",
     "body": "고령화가 노동시장에 미치는 영향을 두고 전문가들의 분석이 이어지고 있다. 한국노동연구원 "
             "이영희 연구위원은 \"고령화로 숙련 인력이 줄면서 생산성이 떨어질 것\"이라고 분석했다. "
             "박준호 교수는 \"지역 경제가 가장 먼저 타격을 받는다\"고 말했다."},
    # A sentence on its own, with no date (as a news sentence corpus gives them).
    {"id": "forms-3", "title": "", "source": "테스트문장",
     "body": "정태윤 대표는 \"2015년 해외 진출은 회사의 체질을 바꾼 결정이었다\"고 말했다."},
    {"id": "forms-4", "title": "드라마 속 주인공", "date": "2026-03-04", "source": "테스트일보",
     "body": "요즘 드라마에는 평범한 직장인 주인공이 많다. 드라마평론가 한서진 씨는 \"시청자가 자기 모습을 보고 싶어 하기 때문\"이라고 풀이했다."},
]


def main():
    a, _ = harness.cli_args()
    check = harness.Checks()
    with harness.indexed(a.index, ARTICLES, "kosearch-forms-") as db:
        got = harness.ask(a.query, db, "예산 삭감이 지역 경제를 무너뜨린다고 말한 민주당 의원은?", "--limit", "3")
        hits = got.get("results", [])
        understood = got.get("understood") or {}
        check("a described head: read as a who-question", understood.get("asks_who") is True, str(understood))
        check("the description apart from the topic", understood.get("described") == "민주당 의원"
              and "의원" not in understood.get("topic", ""), str(understood))
        check("answered with the quote of the lawmaker", len(hits) > 0 and hits[0].get("kind") == "quote"
              and hits[0].get("speaker") == "김민수", str(hits[:1]))

        got = harness.ask(a.query, db, "이영희 연구위원은 고령화에 대해 어떻게 분석했나", "--limit", "3")
        hits = got.get("results", [])
        check("어떻게 분석했나: read as a question", bool(got.get("understood")), str(got.get("understood")))
        check("어떻게 분석했나: only her quote", len(hits) > 0 and all(h.get("speaker") == "이영희" for h in hits),
              str([(h.get("speaker"), h.get("text", "")[:20]) for h in hits]))

        got = harness.ask(a.query, db, "박준호가 한 말 찾아줘", "--limit", "3")
        hits = got.get("results", [])
        check("a closing request: read as a question", (got.get("understood") or {}).get("speaker") == "박준호",
              str(got.get("understood")))
        check("a closing request: only his quote", len(hits) > 0 and all(h.get("speaker") == "박준호" for h in hits),
              str([(h.get("speaker"), h.get("text", "")[:20]) for h in hits]))
        # A year said in words is a filter, unless no quote of that year is
        # found: then it is a word (a quote with no date may be the answer).
        got = harness.ask(a.query, db, "정태윤 대표는 2015년 해외 진출에 대해 뭐라고 말했나", "--limit", "3")
        hits = got.get("results", [])
        check("a year in words, no quote dated so: the quote with no date answers",
              len(hits) > 0 and hits[0].get("speaker") == "정태윤", str(got.get("understood")))
        got = harness.ask(a.query, db, "정태윤 대표는 해외 진출에 대해 뭐라고 말했나 date:2015", "--limit", "3")
        check("a date filter written as one stays a filter", got.get("results") == [], str(got.get("results", [])[:1]))

        # 씨 written onto the name is a title apart from it.
        got = harness.ask(a.query, db, "드라마평론가 한서진씨는 평범한 주인공이 많은 이유를 어떻게 풀이했나", "--limit", "3")
        hits = got.get("results", [])
        check("한서진씨: the critic's quote", len(hits) > 0 and hits[0].get("speaker") == "한서진", str(got.get("understood")))
    return check.exit_code()


if __name__ == "__main__":
    sys.exit(main())

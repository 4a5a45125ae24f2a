#!/usr/bin/env python3
"""End-to-end: an English role word the alias file has no spelling of (issue 14).

`the doctor`, `the nominee`, `the media outlet`, `the film director`,
`a game industry expert`, `the school principal`, `the producers`
reach the Korean roles quotes are given by (의사, 후보자, 매체, 감독, 전문가,
교장, 제작진)
through the news glossary, `the media` the plural the text wrote (언론들),
a person's `side` (측) is that role in the articles that name them, and answer with the quotes of
that role, named or not; a glossary role beside other words that describe
someone (`the leader of the group behind the stickers`) never widens to
every holder of the role (대표). A role at an organization whose English
name sounds like it (`a Cheong Wa Dae official` → 청와대) is its people in
that role, never the organization's own words. A Korean title beside words
no quote's speaker is named by (`미래연대 의원`) is the title's unnamed
holders where the text has those words, never every 의원 and never a 의원
named in the text. Made-up articles."""
import sys

import harness

ARTICLES = [
    {"id": "made-up-1", "title": "골수 이식 환자 늘어", "date": "2024-03-02", "source": "made-up",
     "body": "지난해 골수 이식을 받은 환자가 크게 늘었다. 서울의 한 대학병원 의사는 \"골수 이식은 기증자와 환자의 "
             "유전자가 맞아야 해서 기다리는 시간이 길다\"고 말했다."},
    {"id": "made-up-2", "title": "여야 대표 회동", "date": "2024-03-03", "source": "made-up",
     "body": "김철수 대표는 \"선거법 개정은 더 미룰 수 없다\"고 말했다. 박영희 대표도 \"사전투표 제도를 손봐야 한다\"고 밝혔다."},
    {"id": "made-up-3", "title": "신임 장관 후보 청문회", "date": "2024-03-04", "source": "made-up",
     "body": "국회는 4일 장관 후보자 인사청문회를 열었다. 후보자는 \"북한은 대화 분위기 속에서도 도발을 이어갈 가능성이 "
             "크다\"고 답했다."},
    {"id": "made-up-4", "title": "청와대, 예산안 처리 당부", "date": "2024-04-01", "source": "made-up",
     "body": "청와대는 1일 \"국회가 예산안을 법정 시한 안에 처리해 주기를 바란다\"고 밝혔다."},
    {"id": "made-up-5", "title": "여야 협상 난항", "date": "2024-04-02", "source": "made-up",
     "body": "여야 협상이 길어지고 있다. 청와대 관계자는 \"협상 과정에서 여당의 입장까지 함께 살펴야 했다\"고 말했다."},
    {"id": "made-up-6", "source": "made-up", "body": "미래연대의 한 의원은 \"이 모임은 계파가 아니라 정책을 공부하는 모임\"이라고 설명했다."},
    {"id": "made-up-7", "source": "made-up", "body": "같은 당 김민수 의원은 \"모임에 대해 들은 바가 없다\"고 말했다."},
    {"id": "made-up-9", "source": "made-up", "body": "한 매체는 \"두 배우가 내년 봄 같은 작품에 함께 출연한다\"고 보도했다."},
    {"id": "made-up-10", "source": "made-up", "body": "외국 언론들은 \"이번 정상회담은 형식적인 만남에 그쳤다\"고 평가했다."},
    {"id": "made-up-11", "source": "made-up", "body": "영화를 만든 장 감독은 \"유럽 영화는 국내 극장에서 보기 어렵다\"고 말했다."},
    {"id": "made-up-12", "source": "made-up", "body": "배우 김민수 측은 \"계약 해지 소송은 사실과 다르다\"고 밝혔다."},
    {"id": "made-up-13", "source": "made-up", "body": "박정훈 측은 \"소송에 대해 아는 바가 없다\"고 말했다."},
    {"id": "made-up-14", "source": "made-up", "body": "게임 업계의 한 전문가는 \"새 기기는 기존 이용자를 붙잡을 콘텐츠가 부족하다\"고 지적했다."},
    {"id": "made-up-15", "source": "made-up", "body": "한빛고 박정민 교장은 \"학생들이 스스로 규칙을 정하도록 돕겠다\"고 말했다."},
    {"id": "made-up-16", "source": "made-up", "body": "프로그램 제작진은 \"다음 주부터 새 진행자가 함께한다\"고 전했다."},
    {"id": "made-up-8", "source": "made-up", "body": "미래연대를 이끄는 박정훈 의원은 \"모임의 문은 누구에게나 열려 있다\"고 말했다."},
]


def main():
    a, _ = harness.cli_args()
    check = harness.Checks()
    with harness.indexed(a.index, ARTICLES, "kosearch-role-words-") as db:
        for q, article, role in [("What did the doctor say about bone marrow transplants?", "made-up-1", "의사"),
                                 ("What did the nominee say about North Korea?", "made-up-3", "후보자"),
                                 ("What did the media outlet report about the two actors?", "made-up-9", "매체"),
                                 ("What did the film director say about European films?", "made-up-11", "감독"),
                                 ("What did a game industry expert say about the new console?", "made-up-14", "전문가"),
                                 ("What did the school principal say about the students?", "made-up-15", "교장"),
                                 ("What did the producers say about the new host?", "made-up-16", "제작진")]:
            hits = harness.ask(a.query, db, q).get("results", [])
            check(f"{q}: the {role} quote only",
                  len(hits) == 1 and hits[0].get("article_id") == article and role in hits[0].get("role", ""),
                  str([(h.get("article_id"), h.get("speaker"), h.get("role")) for h in hits]))

        q = "What did Kim Min-su's side say about the lawsuit?"
        hits = harness.ask(a.query, db, q).get("results", [])
        check(f"{q}: the 측 where 김민수 is named, never another's 측",
              len(hits) == 1 and hits[0].get("article_id") == "made-up-12" and hits[0].get("role") == "측",
              str([(h.get("article_id"), h.get("speaker"), h.get("role"), h.get("org")) for h in hits]))

        q = "What did the media say about the summit?"
        hits = harness.ask(a.query, db, q).get("results", [])
        check(f"{q}: the 언론들 quote first", len(hits) > 0 and hits[0].get("article_id") == "made-up-10",
              str([(h.get("article_id"), h.get("speaker"), h.get("role")) for h in hits]))

        q = "What did the leader of the group behind the stickers say about early voting?"
        hits = harness.ask(a.query, db, q).get("results", [])
        check(f"{q}: never every 대표", not [h for h in hits if h.get("kind") == "quote"],
              str([(h.get("speaker"), h.get("role")) for h in hits]))

        q = "What did a Cheong Wa Dae official say about the negotiations?"
        hits = harness.ask(a.query, db, q).get("results", [])
        check(f"{q}: the 청와대 관계자 quote, never 청와대's own",
              len(hits) == 1 and hits[0].get("article_id") == "made-up-5" and hits[0].get("role") == "관계자",
              str([(h.get("article_id"), h.get("speaker"), h.get("role"), h.get("org")) for h in hits]))

        q = "미래연대 의원은 모임에 대해 뭐라고 했나"
        hits = harness.ask(a.query, db, q).get("results", [])
        check(f"{q}: the unnamed 의원 where 미래연대 is named, no one else",
              len(hits) == 1 and hits[0].get("article_id") == "made-up-6" and not hits[0].get("speaker"),
              str([(h.get("article_id"), h.get("speaker"), h.get("role"), h.get("org")) for h in hits]))
    return check.exit_code()


if __name__ == "__main__":
    sys.exit(main())

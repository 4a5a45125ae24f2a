#!/usr/bin/env python3
"""End-to-end: English questions about Korean news, as a user sees them (issue 14), on the bundled corpus.

- A Korean place English news writes in Revised Romanization ("Itaewon") is
  searched as its Hangul (이태원): the answers come from articles about it.
- An organization also speaks in the quotes the extractor left without a
  speaker in the articles that name it (a ministry's statement): they answer
  beside its own quotes, below them when those say the topic too.
- "The court" is the bench the text quotes as 재판부 (a role noun the news
  glossary writes for it, keyed as the speaker): its quotes only, with a
  topic or without.
- A romanized Korean name no speaker has is answered by no one, never by a
  sound-alike whose syllables open otherwise (Kim Hyun-joong is not 김희중).
"""
import json, pathlib, sys

import harness


def ask(query, db, text):
    return harness.ask(query, db, text, "--limit", "5")


def main():
    a, _ = harness.cli_args()
    check = harness.Checks()
    bodies = {}
    for path in pathlib.Path(a.corpus).glob("*/articles.jsonl"):
        for line in open(path, encoding="utf-8"):
            record = json.loads(line)
            bodies[record["id"]] = record["title"] + "\n" + record["body"]
    with harness.indexed(a.index, [a.corpus], "kosearch-english-") as db:
        got = ask(a.query, db, "what did the police say about Itaewon")
        hits = got.get("results", [])
        check("Itaewon is searched as 이태원", "이태원" in got["understood"]["topic_expansions"], str(got["understood"]))
        check("Itaewon: the answers come from articles about 이태원",
              len(hits) > 0 and all("이태원" in bodies.get(h["article_id"], "") for h in hits[:3]),
              str([h["article_id"] for h in hits[:3]]))

        got = ask(a.query, db, "what did the Defense Ministry say about THAAD")
        hits = got.get("results", [])
        check("the ministry's own quote first", len(hits) > 0 and hits[0].get("speaker") == "국방부", str(hits[:1]))
        # The ministry's statement carried on after 이어 is its own quote; every
        # quote beside it (its minister's, or one without a speaker) comes from
        # an article that names the ministry and says THAAD.
        check("the ministry's quotes, also those its article carries on, and no quote from an unrelated article",
              sum(h.get("speaker") == "국방부" for h in hits) >= 2 and
              all("국방부" in bodies[h["article_id"]] and "사드" in bodies[h["article_id"]] for h in hits),
              str([(h.get("speaker"), h["article_id"]) for h in hits]))

        got = ask(a.query, db, "what did the court say about the sentence")
        hits = got.get("results", [])
        check("the court: answered by the bench, 재판부", got["understood"]["speakers"] == ["재판부 (재판부)"], str(got["understood"]))
        check("the court: the bench's quotes only",
              len(hits) > 0 and all(h.get("speaker") == "재판부" for h in hits),
              str([(h.get("speaker"), h["article_id"]) for h in hits]))
        # A nationality adjective says whose ministry: Iran's spokesman, never another country's.
        got = ask(a.query, db, "What did the Iranian foreign ministry spokesman say about the Korean president's remarks?")
        named = [h.get("speaker") for h in got.get("results", []) if h.get("speaker")]
        check("the Iranian foreign ministry spokesman: 나세르 칸아니 first, no one else by name",
              len(named) > 0 and got["results"][0].get("speaker") == "나세르 칸아니" and set(named) == {"나세르 칸아니"},
              str(named))

        # A romanized Korean given name is a person's, never part of a body's
        # name by its sound ("Ki-ryang" + agency is not 기상청).
        got = ask(a.query, db, "What did Park Ki-ryang's agency say about the rumor?")
        check("X's agency: never the weather agency",
              all(h.get("speaker") != "기상청" for h in got.get("results", [])) and "기상청" not in got["understood"]["speaker_expansions"],
              str(got["understood"]))

        # A romanized name the alias file spells, then where the person is from: that person only.
        got = ask(a.query, db, "What did Kim Jong-un of North Korea say about nuclear weapons?")
        hangul = [e for e in got["understood"]["speaker_expansions"] if not e.isascii()]
        check("Kim Jong-un of North Korea: 김정은 alone", hangul == ["김정은"], str(hangul))
        check("Kim Jong-un of North Korea: his quotes", len(got.get("results", [])) > 0 and
              all(h.get("speaker") == "김정은" for h in got["results"]), str([h.get("speaker") for h in got.get("results", [])]))

        got = ask(a.query, db, "what did the court say")
        check("the court, with no topic: the bench's quotes, no one else's",
              len(got.get("results", [])) > 0 and all(h.get("speaker") == "재판부" for h in got["results"]),
              str([h.get("speaker") for h in got.get("results", [])]))
    # A romanized Korean name, then where the person is from ("of Incheon"):
    # the place is whose, not part of the name read by its sound (made-up articles).
    articles = [
        {"id": "of-1", "title": "인천 어시장 오징어 값 올라", "date": "2024-05-01", "source": "test",
         "body": "인천 연안부두 어시장에서 30년째 장사를 해 온 김채연 씨는 \"올해는 오징어가 너무 안 잡혀서 값이 두 배로 뛰었다\"고 말했다."},
        {"id": "of-2", "title": "국회 법사위 회의", "date": "2024-05-02", "source": "test",
         "body": "김경진 의원은 \"법안 심사를 서둘러야 한다\"고 말했다. 김관진 장관은 \"국방 예산은 줄일 수 없다\"고 말했다."},
        {"id": "two-1", "title": "드라마 종영 소감", "date": "2024-05-03", "source": "test",
         "body": "배우 서지훈은 \"촬영장 분위기가 정말 좋았다\"고 말했다. 함께 출연한 박정훈은 \"다음 작품도 같이 하고 싶다\"고 말했다. "
                 "연출을 맡은 이영호 감독은 \"두 배우 덕분에 촬영이 즐거웠다\"고 말했다."},
        {"id": "agency-1", "title": "김다빈 열애설", "date": "2024-05-04", "source": "test",
         "body": "가수 김다빈이 열애설에 휩싸였다. 김다빈의 소속사 측은 \"두 사람은 친한 동료일 뿐 열애설은 사실이 아니다\"라고 밝혔다."},
        {"id": "agency-2", "title": "최민호 열애설", "date": "2024-05-05", "source": "test",
         "body": "배우 최민호가 열애설에 휩싸였다. 최민호의 소속사 측은 \"열애설은 사실무근\"이라고 밝혔다."},
        {"id": "sound-1", "title": "지역 축제 개막", "date": "2024-05-06", "source": "test",
         "body": "축제 추진위원회 김희중 위원장은 \"올해는 관람객이 두 배로 늘 것\"이라고 말했다. "
                 "배우 하지원은 \"고향 축제에 오게 되어 기쁘다\"고 말했다. 배우 김옥빈은 \"축제 무대에 서는 건 처음\"이라고 말했다."},
    ]
    with harness.indexed(a.index, articles, "kosearch-english-of-") as db:
        # A romanized name matches a Hangul one by sound only when each syllable
        # opens alike: a wrong person is worse than no answer.
        for question, expected in [("What did Kim Hyun-joong say about the festival?", []),
                                   ("What did Son Ho-jun say?", []),
                                   ("What did Kim Ok-vin say about the festival?", ["김옥빈"])]:
            got = ask(a.query, db, question)
            speakers = [h.get("speaker") for h in got.get("results", [])]
            check(f"{question}: {expected or 'no one'} (never a sound-alike)", speakers == expected, str(got["understood"]["summary"]))
        # A role of the person named before it: their agency's words, never another star's agency's.
        got = ask(a.query, db, "What did Kim Da-bin's agency say about the dating rumor?")
        hits = got.get("results", [])
        check("Kim Da-bin's agency: the agency's quote in her article only",
              len(hits) > 0 and all(h["article_id"] == "agency-1" for h in hits), str(got["understood"]["summary"]))

        # Two people asked together: each one's quotes, never a third person's.
        got = ask(a.query, db, "What did Seo Ji-hoon and Park Jung-hoon say about the filming?")
        speakers = [h.get("speaker") for h in got.get("results", [])]
        check("two people asked together: both answer, no one else", sorted(speakers) == ["박정훈", "서지훈"], str(speakers))

        got = ask(a.query, db, "What did Kim Chae-yeon of Incheon say about squid?")
        speakers = [h.get("speaker") for h in got.get("results", [])]
        check("Kim Chae-yeon of Incheon: 김채연 only, never a name that sounds like 'Chae-yeon Incheon'",
              speakers == ["김채연"], str(got["understood"]["summary"]))
    return check.exit_code()


if __name__ == "__main__":
    sys.exit(main())

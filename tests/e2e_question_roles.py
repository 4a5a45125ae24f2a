#!/usr/bin/env python3
"""End-to-end: speakers given by role or organization, and who-questions, on the bundled corpus (issue 14).

A title written apart from what it is of finds the compound title the text
writes in one word (`해수부 과장` → 해양수산생명자원과장, `서울 경찰청장` →
서울경찰청장), in Korean and English; an organization's title also answers
with its people's compound titles (`더불어민주당 대변인` → 수석대변인); the
answer names the holders it used; an unnamed role at an organization
(`경찰 관계자`) answers with that role's quotes, never the organization's
own; a bare title with a weak sign (`the division chief`) or beside a
possible name never widens to every holder; a who-question's answer names
who said it."""
import sys

import harness


ask = harness.ask


def main():
    a, _ = harness.cli_args()
    check = harness.Checks()
    with harness.indexed(a.index, [a.corpus], "kosearch-roles-") as db:
        for q, who, role in [("해수부 과장은 해양바이오 소재에 대해 뭐라고 했나", "윤두한", "해양수산생명자원과장"),
                             ("서울 경찰청장은 뭐라고 했나", "장하연", "서울경찰청장"),
                             ("What did the Seoul police chief say about kickboards?", "장하연", "서울경찰청장")]:
            got = ask(a.query, db, q)
            hits = got.get("results", [])
            check(f"{q}: only {who}, the holder of {role}",
                  len(hits) > 0 and all(h.get("speaker") == who and h.get("role") == role for h in hits),
                  str([(h.get("speaker"), h.get("role")) for h in hits[:5]]))
            u = got["understood"]
            check(f"{q}: understood names the title and its holder",
                  role in u["speaker_expansions"] and who in u["speaker_expansions"] and
                  any(s.startswith(who) for s in u["speakers"]), str(u))

        got = ask(a.query, db, "더불어민주당 대변인은 뭐라고 했나")
        speakers = {h.get("speaker") for h in got.get("results", [])}
        roles = {h.get("role") for h in got.get("results", [])}
        check("an organization's title: its compound titles answer too (수석대변인)",
              "수석대변인" in roles and speakers <= {"최인호", "박광온"}, str(speakers | roles))
        check("the answer names which holders it used",
              {"최인호", "박광온"} <= set(got["understood"]["speaker_expansions"]), str(got["understood"]["speaker_expansions"]))

        got = ask(a.query, db, "경찰 관계자는 뭐라고 했나")
        hits = got.get("results", [])
        check("an unnamed role at an organization: that role's quotes only",
              len(hits) > 0 and all(h.get("role") == "관계자" and h.get("org") == "경찰" for h in hits),
              str([(h.get("speaker"), h.get("role"), h.get("org")) for h in hits[:5]]))

        for q in ["What did the division chief say?", "What did professor Qwerty Asdfgh say?"]:
            got = ask(a.query, db, q)
            check(f"{q}: never every holder of the title", not got.get("results"),
                  str([(h.get("speaker"), h.get("role")) for h in got.get("results", [])[:5]]))

        got = ask(a.query, db, "Who was it that said the THAAD deployment date could not be confirmed?")
        u = got["understood"]
        check("a who-question: understood, and its answer names who said it",
              u["asks_who"] and len(got.get("results", [])) > 0 and len(u["speakers"]) > 0, str(u))
        got = ask(a.query, db, "환경부의 행정 탓에 이런 사태가 벌어졌다고 말한 사람?")
        hits = got.get("results", [])
        check("a Korean who-question with a bare head noun finds the quote and names its speaker",
              got["understood"]["asks_who"] and len(hits) > 0 and hits[0].get("speaker") == "홍수열" and
              any(s.startswith("홍수열") for s in got["understood"]["speakers"]),
              str([(h.get("speaker"), h.get("text", "")[:20]) for h in hits[:3]]))
    return check.exit_code()


if __name__ == "__main__":
    sys.exit(main())

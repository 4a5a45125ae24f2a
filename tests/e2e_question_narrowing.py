#!/usr/bin/env python3
"""End-to-end: a question's speaker narrows, never widens (issue 14), on the bundled corpus.

A name with a title means that person (the title only confirms), in Korean and
English ("이재명 대통령은", "President Lee"); a title alone means the people
quoted with it; the answer names who answered; a question with a year filters
by it; a speaker nobody quoted gets a plain "no quote" answer."""
import sys

import harness


ask = harness.ask


def speakers(got):
    return [str(h.get("speaker", "")).replace(" ", "") for h in got.get("results", [])]


def main():
    a, _ = harness.cli_args()
    check = harness.Checks()
    with harness.indexed(a.index, [a.corpus], "kosearch-narrow-") as db:
        for q, who in [("이재명 대통령은 뭐라고 했나", "이재명"), ("what did President Lee say", "이재명"),
                       ("what did President Lee say about investment", "이재명"),
                       ("젠슨 황 CEO는 한국에 대해 뭐라고 했나", "젠슨황")]:
            got = ask(a.query, db, q)
            sp = speakers(got)
            check(f"{q}: only {who}", len(sp) > 0 and all(s == who for s in sp), str(sp[:5]))
            answered = got["understood"]["speakers"]
            check(f"{q}: the answer names {who}", len(answered) > 0 and all(x.replace(" ", "").startswith(who) for x in answered), str(answered))
        got = ask(a.query, db, "what did the president say about NVIDIA")
        check("a title alone: its holders answer", "이재명" in speakers(got)[:1], str(speakers(got)[:3]))
        got = ask(a.query, db, "what did Obama say in 2013")
        dates = [h.get("date", "") for h in got.get("results", [])]
        check("a year filters", got["understood"]["filters"] == ["date:2013"] and len(dates) > 0 and all(d.startswith("2013") for d in dates), str(dates[:5]))
        got = ask(a.query, db, "what did Nobody Qwertyson say about cats")
        check("an unknown speaker: no quote", not got["results"] and got["understood"]["speaker"] == "Nobody Qwertyson")
        got = ask(a.query, db, "북한을 '불량국가'라고 부른 사람은?")
        check("a quoted phrase is understood", got["understood"]["asks_who"] and got["understood"]["phrases"] == ["불량국가"])
    return check.exit_code()


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""End-to-end: an English question's topic and event words reach Korean quotes
through the English news vocabulary (korean::EnglishNewsTerms), on the bundled
corpus.

The quotes asked about say 협상, 탄핵, 대중교통 and 태풍 and no English word:
only the Korean terms of the question's words (negotiations, impeachment,
public transport; typhoon comes from the alias file) can find them. The
understood line and JSON show the terms, for the topic and for an event
clause, and the lemmatiser reads inflected words (negotiations, sanctions)."""
import subprocess, sys

import harness


def ask(query, db, text, *flags):
    return harness.ask(query, db, text, "--limit", "3", *flags)


def main():
    a, _ = harness.cli_args()
    check = harness.Checks()
    with harness.indexed(a.index, [a.corpus], "kosearch-news-terms-") as db:
        # Who-questions: every Korean word the answer needs comes from English words.
        for q, needed in [("Who said there would be no more negotiations over the impeachment?", ["협상", "탄핵"]),
                          ("Who urged people to use public transport because of the typhoon?", ["대중교통", "태풍"])]:
            got = ask(a.query, db, q)
            u = got.get("understood", {})
            check(f"{q}: read as a who-question", u.get("asks_who") is True, str(u))
            for term in needed:
                check(f"{q}: {term} among the topic's expansions", term in u.get("topic_expansions", []),
                      str(u.get("topic_expansions")))
            results = got["results"]
            check(f"{q}: answered with quotes", len(results) > 0 and results[0]["kind"] == "quote",
                  str([h["id"] for h in results]))
            if results:
                top = results[0]["text"]
                check(f"{q}: the first quote says {' and '.join(needed)}", all(t in top for t in needed), top[:80])
        # A topic word in another form than the table's row, and a phrase.
        got = ask(a.query, db, "Who called the sanctions a declaration of war?")
        exp = got.get("understood", {}).get("topic_expansions", [])
        check("sanctions → 제재, declaration of war → 선전포고", "제재" in exp and "선전포고" in exp, str(exp))
        # An event clause: its Korean terms are scored and shown on the understood line.
        q = "What did Kim Jong-un say after the negotiations?"
        got = ask(a.query, db, q)
        u = got.get("understood", {})
        check(f"{q}: the event as asked", u.get("event") == "after the negotiations", str(u))
        check(f"{q}: 협상 in the expansions", "협상" in u.get("topic_expansions", []), str(u.get("topic_expansions")))
        text = subprocess.run([a.query, "--db", str(db), q], capture_output=True, text=True, timeout=120).stdout
        line = next((l for l in text.splitlines() if l.startswith("understood:")), "")
        check(f"{q}: the understood line shows the event's terms", "event: after the negotiations (" in line and "협상" in line,
              line)
    return check.exit_code()


if __name__ == "__main__":
    sys.exit(main())

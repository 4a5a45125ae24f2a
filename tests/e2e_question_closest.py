#!/usr/bin/env python3
"""End-to-end: the articles a question offers are what its words find as a plain query (issue 14 point 3), on the bundled corpus.

A question understood as who-said-what whose speaker has no quote answers with
no quote and shows, as its closest articles, exactly the articles (same ids,
same order) that `kosearch-query --plain` finds for the same text; a question
answered with quotes offers the same plain ranking beside its quotes. So a
question of fact misread as a who-said-what question still ranks articles as
a search would."""
import subprocess, sys

import harness


ask = harness.ask


def ids(hits):
    return [h["id"] for h in hits]


def main():
    a, _ = harness.cli_args()
    check = harness.Checks()
    with harness.indexed(a.index, [a.corpus], "kosearch-closest-") as db:
        # Speakers nobody in the corpus is quoted as, topics its articles speak of.
        for q in ["홍길동 장관은 경제 정책에 대해 뭐라고 했나", "what did Nobody Qwertyson say about the economy",
                  "이순신 장군은 선거 결과에 대해 어떻게 평가했나"]:
            got = ask(a.query, db, q)
            plain = ask(a.query, db, q, "--plain")
            check(f"{q}: understood as a question with a speaker", got.get("understood", {}).get("speaker", "") != "")
            check(f"{q}: no quote", got["results"] == [], str(ids(got["results"])[:3]))
            check(f"{q}: --plain reads it as a plain query of articles",
                  "understood" not in plain and len(plain["results"]) > 0 and
                  all(h["kind"] == "article" for h in plain["results"]), str(ids(plain["results"])[:3]))
            check(f"{q}: the closest articles are the plain query's, in its order",
                  len(got["closest"]) > 0 and ids(got["closest"]) == ids(plain["results"]),
                  f"{ids(got['closest'])[:3]} vs {ids(plain['results'])[:3]}")
            text = subprocess.run([a.query, "--db", str(db), q], capture_output=True, text=True, timeout=120).stdout
            check(f"{q}: the text output says no quote answers and lists them",
                  "no quote answers this question" in text and "closest articles:" in text and
                  plain["results"][0]["article_id"] in text)
        q = "이재명 대통령은 뭐라고 했나"
        got = ask(a.query, db, q)
        plain = ask(a.query, db, q, "--plain")
        check(f"{q}: answered with quotes", len(got["results"]) > 0 and got["results"][0]["kind"] == "quote")
        check(f"{q}: beside them, the plain query's articles in its order",
              len(got["closest"]) > 0 and ids(got["closest"]) == ids(plain["results"]))
    return check.exit_code()


if __name__ == "__main__":
    sys.exit(main())

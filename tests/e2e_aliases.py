#!/usr/bin/env python3
"""End-to-end: plain search with the other spellings of its words, through the built CLIs.

Indexes the bundled corpus (seed + Korean Wikinews) and checks that English names and
unspaced Korean names find the seed article (alias file, spacing variants), that
--explain names the spellings used, and, with one more article that has the English
word as typed, that it ranks above the seed, which has only the Korean spelling."""
import json, subprocess, sys

import harness

SEED = "000_b7eb001f9d02ddd5"

# An article of our own that writes Omniverse in English only.
OMNIVERSE_EN = {
    "id": "omniverse-en", "title": "디지털 트윈 도입 늘어", "date": "2025-11-02",
    "body": "제조업체들이 공장 설비를 가상 공간에 옮겨 놓는 디지털 트윈 도입을 늘리고 있다. "
            "한 부품업체는 Omniverse 기반의 설계 도구로 생산 라인을 미리 점검했다고 밝혔다. "
            "업계는 설비 고장을 줄이는 효과가 크다고 본다.",
}


def query(binary, db, q, *extra):
    r = subprocess.run([binary, "--db", str(db), "--json", *extra, q], capture_output=True, text=True, timeout=120)
    if r.returncode not in (0, 1):
        raise SystemExit(f"kosearch-query {q!r} failed ({r.returncode}): {r.stderr.strip()}")
    return json.loads(r.stdout)


def ids(result):
    return [h["id"] for h in result["results"]]


def main():
    a, _ = harness.cli_args()
    check = harness.Checks()
    with harness.indexed(a.index, [a.corpus], "kosearch-aliases-") as db:
        # Words the seed has only in Korean, typed in English or without the space.
        # The seed names Samsung once (삼성전자), among Wikinews articles about Samsung: found, not first.
        for q, top in (("Omniverse", 3), ("젠슨황", 3), ("Jensen Huang", 3), ("엔비디아의", 3), ("investment", 3),
                       ("Samsung", 50)):
            got = ids(query(a.query, db, q, "--limit", "50"))
            check(f"{q!r} finds the seed in the top {top}", SEED in got[:top], f"top: {got[:top]}")
        # Without the alternatives these find nothing: the seed has neither word as typed.
        for q in ("Omniverse", "젠슨황"):
            got = query(a.query, db, f"title:{q}")
            check(f"title:{q} (fields take the word as typed) finds nothing", got["total"] == 0, f"total {got['total']}")

        explained = query(a.query, db, "Samsung", "--explain")
        check("--explain lists the alternatives", "Samsung → 삼성 (alias)" in explained.get("alternatives", []),
              explained.get("alternatives"))
        text = subprocess.run([a.query, "--db", str(db), "--explain", "젠슨황"], capture_output=True, text=True).stdout
        check("--explain in text says what was also searched", "also searched: 젠슨황 → 젠슨 황" in text, text[:200])
        alternatives = query(a.query, db, "엔비디아 -Omniverse", "--explain").get("alternatives", [])
        check("a negated word has no alternatives, the others keep theirs",
              "엔비디아 → NVIDIA (alias)" in alternatives and not any(x.startswith("Omniverse") for x in alternatives),
              alternatives)
        check("엔비디아 -Omniverse still finds the seed (only the word as typed is excluded)",
              SEED in ids(query(a.query, db, "엔비디아 -Omniverse")))

        # The word as typed outranks another spelling.
        extra = harness.write_jsonl(db.parent / "extra.jsonl", [OMNIVERSE_EN])
        r = subprocess.run([a.index, "-q", "--db", str(db), str(extra)], capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit("indexing the extra article failed: " + r.stderr.strip())
        got = ids(query(a.query, db, "Omniverse"))
        check("Omniverse: the article with the word as typed first, the seed (옴니버스 only) after it",
              got[:2] == ["omniverse-en", SEED], got[:3])
        got = ids(query(a.query, db, "옴니버스"))
        check("옴니버스: the seed first, the article with Omniverse only after it", got[:2] == [SEED, "omniverse-en"], got[:3])
    return check.exit_code()


if __name__ == "__main__":
    sys.exit(main())

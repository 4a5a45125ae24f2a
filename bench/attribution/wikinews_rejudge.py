#!/usr/bin/env python3
"""Re-judges every quote of the Wikinews samples against the readers' verdicts
(issue 13), so a change to attribution is measured on all judged quotes, not
on single examples.

The samples (`wikinews_sample.md`, `wikinews_sample_2.md` …) list each quote
by `article@start` with the speaker the extractor gave then and a reader's
verdict: `ok`, or an error kind (`part of name`, `bare title`, `non-agent`,
`wrong person`, `missing`, `not a quote`), often with the right speaker after
`→` (`→ —` or `→ (unnamed) …`: no named speaker).

This script runs `kosearch-index --extract` over kowikinews (or reads a saved
output) and, for each judged quote, compares today's speaker with the judged
one:
  ok kept        verdict ok, same speaker (and type) as judged
  ok changed     verdict ok, the speaker changed: a possible new error, listed
  fixed          verdict error, today's speaker is the reader's answer
  still wrong    verdict error, speaker as judged (or changed but not to the answer)
  unknowable     verdict error without an answer, speaker changed: listed
  gone           the quote is no longer extracted at that offset
`not a quote` rows are quote detection's, counted apart.

With --baseline (a binary or a saved --extract JSONL), both runs are judged
and the quotes whose outcome differs are listed: fixed and newly broken.

Usage (from the project root):
  python3 bench/attribution/wikinews_rejudge.py --index build/kosearch-index \
      [--baseline /tmp/base_extract.jsonl] [--verbose]
"""
import argparse
import collections
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "kowikinews" / "articles.jsonl"
KINDS = ["part of name", "bare title", "non-agent", "wrong person", "missing", "not a quote", "ok"]
ROW = re.compile(r"^\| (\d+) \| (\S+@\d+) \| (.*) \|\s*$")


def key(name):
    """Names compare without spaces, dots and hyphens."""
    return re.sub(r"[\s·ㆍ.\-‐]", "", name or "").lower()


def cells(rest):
    parts = re.split(r"(?<!\\) \| ", rest)
    return [p.replace("\\|", "|").strip() for p in parts]


def parse_verdict(text):
    """(kind, answer): answer None when the reader gave none, "" for no named speaker."""
    text = re.sub(r"\s*\[doubtful\]\s*$", "", text.strip())
    kind = next((k for k in KINDS if text.startswith(k)), "other")
    answer = None
    if "→" in text:
        answer = text.split("→", 1)[1].strip()
        if answer.startswith("—") or answer.startswith("(unnamed)"):
            answer = ""
        else:
            answer = re.split(r"\s+\(", answer)[0].strip()
    return kind, answer


def load_samples():
    judged = {}
    for path in sorted(HERE.glob("wikinews_sample*.md")):
        for line in path.read_text(encoding="utf-8").splitlines():
            m = ROW.match(line)
            if not m:
                continue
            c = cells(m.group(3))
            # quote | speaker | role | org | speaker_type | speaker_as_written | sentence | verdict
            if len(c) < 8:
                continue
            speaker = "" if c[1] == "—" else c[1]
            stype = "" if c[4] == "—" else c[4]
            kind, answer = parse_verdict(c[-1])
            judged[(path.name, int(m.group(1)))] = {"quote_key": m.group(2), "sample": path.name, "row": int(m.group(1)), "speaker": speaker, "type": stype,
                                  "kind": kind, "answer": answer, "verdict": c[-1], "quote": c[0]}
    return judged


def extract(source, corpus):
    """{article@start: quote} from a binary or a saved --extract JSONL."""
    if source.endswith(".jsonl"):
        lines = pathlib.Path(source).read_text(encoding="utf-8").splitlines()
    else:
        run = subprocess.run([source, "--extract", str(corpus)], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"{source} --extract failed ({run.returncode}): {run.stderr.strip()[:300]}")
        lines = run.stdout.splitlines()
    out = {}
    for record in map(json.loads, lines):
        for q in record.get("quotes", []):
            out[f"{record['id']}@{q['start']}"] = q
    return out


def judge(j, q):
    if q is None:
        return "gone"
    if j["kind"] == "not a quote":
        return "not a quote"
    speaker, stype = q.get("speaker") or "", q.get("speaker_type") or ""
    same = key(speaker) == key(j["speaker"])  # a changed type alone (person → organization) is no new error
    if j["kind"] == "ok":
        return "ok kept" if same else "ok changed"
    if j["answer"] is not None:
        if j["answer"] == "":
            if not speaker:
                return "fixed"
        elif key(speaker) == key(j["answer"]):
            return "fixed"
    if same:
        return "still wrong"
    return "unknowable" if j["answer"] is None else "still wrong"


def outcomes(judged, quotes):
    return {k: judge(j, quotes.get(j["quote_key"])) for k, j in judged.items()}


def show(q):
    if q is None:
        return "(gone)"
    return f"{q.get('speaker') or '—'} [{q.get('speaker_type') or '—'}] as written {q.get('speaker_as_written') or '—'}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", default=str(ROOT / "build" / "kosearch-index"), help="binary or saved --extract JSONL")
    ap.add_argument("--baseline", help="binary or saved --extract JSONL to compare with")
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--verbose", action="store_true", help="list every quote that is not ok kept")
    args = ap.parse_args()
    judged = load_samples()
    now_quotes = extract(args.index, args.corpus)
    now = outcomes(judged, now_quotes)
    counts = collections.Counter(now.values())
    errors = sum(1 for j in judged.values() if j["kind"] not in ("ok", "not a quote"))
    print(f"{len(judged)} judged quotes ({sum(1 for j in judged.values() if j['kind'] == 'ok')} ok, {errors} speaker errors, "
          f"{sum(1 for j in judged.values() if j['kind'] == 'not a quote')} not a quote)")
    print("now: " + ", ".join(f"{k} {counts[k]}" for k in
                              ["ok kept", "ok changed", "fixed", "still wrong", "unknowable", "gone", "not a quote"]))
    by_kind = collections.defaultdict(collections.Counter)
    for k, j in judged.items():
        by_kind[j["kind"]][now[k]] += 1
    for kind in KINDS[:-2]:
        c = by_kind[kind]
        print(f"  {kind:13s} {sum(c.values()):3d} judged: fixed {c['fixed']}, still wrong {c['still wrong']}, "
              f"changed (no answer) {c['unknowable']}, gone {c['gone']}")
    base_quotes = extract(args.baseline, args.corpus) if args.baseline else None
    base = outcomes(judged, base_quotes) if base_quotes is not None else None
    if base is not None:
        bc = collections.Counter(base.values())
        print("baseline: " + ", ".join(f"{k} {bc[k]}" for k in
                                       ["ok kept", "ok changed", "fixed", "still wrong", "unknowable", "gone", "not a quote"]))
        def speaker(quotes, k):
            return (quotes.get(judged[k]["quote_key"]) or {}).get("speaker")
        changed = [k for k in judged if speaker(base_quotes, k) != speaker(now_quotes, k) or base[k] != now[k]]
        good = {"ok kept", "fixed"}
        fixed = [k for k in changed if now[k] in good and base[k] not in good]
        broken = [k for k in changed if base[k] in good and now[k] not in good]
        other = [k for k in changed if k not in fixed and k not in broken]
        print(f"against the baseline: {len(fixed)} fixed, {len(broken)} newly broken, {len(other)} other changes")
        for title, ks in (("fixed", fixed), ("NEWLY BROKEN", broken), ("other changes", other)):
            for k in ks:
                j = judged[k]
                print(f"  {title}: {j['sample']}#{j['row']} {j['quote_key']} [{j['verdict']}] "
                      f"{show(base_quotes.get(j['quote_key']))} -> {show(now_quotes.get(j['quote_key']))}")
    if args.verbose:
        for k, j in judged.items():
            if now[k] not in ("ok kept", "not a quote"):
                print(f"  {now[k]}: {j['sample']}#{j['row']} {j['quote_key']} [{j['verdict']}] judged {j['speaker'] or '—'}; "
                      f"now {show(now_quotes.get(j['quote_key']))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

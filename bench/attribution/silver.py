#!/usr/bin/env python3
"""A cheap, large, automatic precision check of quote attribution ("silver").

kmou-ner gives gold PS (person) and OG (organization) spans for every
sentence. On a fixed sample of 2,000 quote-bearing kmou-ner sentences that no
annotation round uses (ids in silver_ids.txt), this script runs
`kosearch-index --extract` and sorts every extracted quote by how its speaker
sits against those spans:

  no speaker            the speaker is empty (and no unnamed role is given)
  unnamed role          an unnamed role (관계자, 측) with no name
  PS covered            the speaker lies inside a gold PS span (likely the right person)
  OG covered            the speaker lies inside a gold OG span
  glued to a PS         the speaker overlaps a PS span but runs past it (title or
                        affiliation glued to the name, or a verb before it)  [suspect]
  person, no span       a person-type speaker that overlaps no PS or OG span [suspect]
  other, no span        an organization or role that overlaps no PS/OG span (often
                        a fine unnamed role: 관계자, 경찰)
  missed PS subject     no speaker, though a PS span ends right before a subject
                        particle (은/는/이/가) before the quote            [suspect]

This is NOT a gold standard: no annotator read these sentences, and the NER
tagger was trained on them. Use it as a direction finder and as a regression
guard: a change to the rules must not raise the suspect count. Tune on the
annotated dev splits (evaluate.py); never copy these sentences anywhere.

Usage (from the project root):
  python3 bench/attribution/silver.py --index build/kosearch-index [--show]
  python3 bench/attribution/silver.py --draw   # (re)writes silver_ids.txt; the draw is fixed
"""
import argparse
import collections
import json
import pathlib
import random
import re
import sys

from evaluate import extract as extract_units  # the same run of --extract, one record a unit

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
IDS = HERE / "silver_ids.txt"
EXCLUDED = ROOT / "bench" / "ner_train" / "attribution_kmou_ids.txt"
SEED = 20261703
SIZE = 2000
# A quote-mark pair as the annotation rounds define it (bench/questions/README.md):
# an opening double mark followed later by a closing one, or the same with single marks.
PAIR = re.compile(r"[\"“][^\"“”]*[\"”]|['‘][^'‘’]*['’]")
SUBJECT_PARTICLES = "은는이가"


def corpus_path(corpus):
    return pathlib.Path(corpus) / "kmou-ner" / "ner-news.jsonl"


def draw(corpus):
    excluded = set(EXCLUDED.read_text(encoding="utf-8").split())
    pool = []
    with open(corpus_path(corpus), encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["id"] not in excluded and PAIR.search(record["text"]):
                pool.append(record["id"])
    pool.sort()
    sample = random.Random(SEED).sample(pool, SIZE)
    IDS.write_text("\n".join(sample) + "\n", encoding="utf-8")
    print(f"{IDS.name}: {SIZE} of {len(pool)} quote-bearing sentences outside {EXCLUDED.name}")


def load(corpus):
    wanted = IDS.read_text(encoding="utf-8").split()
    want = set(wanted)
    records = {}
    with open(corpus_path(corpus), encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["id"] in want:
                records[record["id"]] = record
    if len(records) != len(want):
        sys.exit(f"{len(want) - len(records)} silver id(s) not in the corpus")
    return [records[i] for i in wanted]


def extract(index_binary, records):
    """The quotes kosearch-index --extract finds in each record's text, in order."""
    found = extract_units(index_binary, {n: r["text"] for n, r in enumerate(records)})
    return [found[n] for n in range(len(records))]


def occurrences(text, needle):
    """Every (start, end) where needle occurs in text."""
    out, at = [], text.find(needle) if needle else -1
    while at >= 0:
        out.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return out


def inside(a, b):
    return b[0] <= a[0] and a[1] <= b[1]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def classify(text, spans, q):
    """The class of one extracted quote (see the module's doc)."""
    speaker = (q.get("speaker") or "").strip()
    if not speaker:
        if q.get("speaker_type"):
            return "unnamed role"  # 관계자, 측: an answer, not a silence
        return "missed PS subject" if missed_subject(text, spans, q) else "no speaker"
    ps = [s for s, t in spans if t == "PS"]
    og = [s for s, t in spans if t == "OG"]
    # Where the speaker stands: its own string, else the mention as written.
    places = occurrences(text, speaker) or occurrences(text, (q.get("speaker_as_written") or "").strip())
    if not places:  # a full name resolved from elsewhere: compare by text
        if any(speaker in text[s:e] for s, e in ps):
            return "PS covered"
        if any(speaker in text[s:e] for s, e in og):
            return "OG covered"
        places = []
    if any(inside(p, s) for p in places for s in ps):
        return "PS covered"
    if any(inside(p, s) for p in places for s in og):
        return "OG covered"
    if any(overlaps(p, s) for p in places for s in ps):
        return "glued to a PS"
    if any(overlaps(p, s) for p in places for s in og):
        return "OG covered"  # a longer organization's name around the tag ("한화 구단")
    return "person, no span" if q.get("speaker_type") == "person" else "other, no span"


def missed_subject(text, spans, q):
    """A PS span right before 은/는/이/가 + space, before the quote and outside any quote mark."""
    start = q["start"]
    for (s, e), t in spans:
        if t != "PS" or e >= start - 1 or e + 1 >= len(text):
            continue
        if text[e] in SUBJECT_PARTICLES and (text[e + 1].isspace() or text[e + 1] in "\"“'‘"):
            # not itself inside quote marks: count marks between the sentence start and the span
            before = text[:s]
            if before.count("“") > before.count("”") or before.count('"') % 2:
                continue
            return True
    return False


SUSPECTS = ("glued to a PS", "person, no span", "missed PS subject")
ORDER = ("no speaker", "unnamed role", "PS covered", "OG covered", "other, no span") + SUSPECTS


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", help="the kosearch-index binary")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--draw", action="store_true", help="write silver_ids.txt (fixed seed) and stop")
    ap.add_argument("--show", action="store_true", help="list the suspects")
    ap.add_argument("--json", help="also write the counts to this file")
    args = ap.parse_args()
    if args.draw:
        draw(args.corpus)
        return 0
    if not args.index:
        sys.exit("--index is needed")
    records = load(args.corpus)
    quotes = extract(args.index, records)
    counts = collections.Counter()
    listing = []
    for r, qs in zip(records, quotes):
        spans = [((e["start"], e["end"]), e["type"]) for e in r["entities"] if e["type"] in ("PS", "OG")]
        for q in qs:
            kind = classify(r["text"], spans, q)
            counts[kind] += 1
            if kind in SUSPECTS:
                listing.append((r, q, kind))
    total = sum(counts.values())
    print(f"silver check: {len(records)} kmou-ner sentences, {total} extracted quotes")
    for kind in ORDER:
        mark = "  [suspect]" if kind in SUSPECTS else ""
        print(f"  {kind:<18} {counts[kind]:5d}{mark}")
    suspects = sum(counts[k] for k in SUSPECTS)
    print(f"  {'suspects':<18} {suspects:5d}")
    if args.show:
        print("\nsuspects:")
        for r, q, kind in listing:
            tagged = ", ".join(f"{e['type']}:{e['text']}" for e in r["entities"] if e["type"] in ("PS", "OG"))
            print(f"  {r['id']}@{q['start']} [{kind}] speaker={q.get('speaker')!r} "
                  f"as_written={q.get('speaker_as_written')!r} type={q.get('speaker_type')} | gold {tagged}")
            print(f"      {r['text']}")
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(dict(counts, suspects=suspects, quotes=total), ensure_ascii=False, indent=1),
                                           encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

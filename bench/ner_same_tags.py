#!/usr/bin/env python3
"""Do two builds tag the same text the same way? The check for speed work on
the NER tagger and the extractor: the output must not change for one model.

    python3 bench/ner_same_tags.py --base /tmp/main-build --new build

Gathers a fixed set of real text from ../shared/corpus (the articles of
kowikinews, korquad, sci-news-sum and the seed, the sentences of klp2016
train/dev, KLUE tune and kmou-ner, one article per line) plus the bundled
corpus/ and, with --archive FILE, a generated archive
(bench/archive/gen_corpus.py). Then runs, with both builds and the same
schema folder (this checkout's schema/ unless --schema):

- `bench/ner-extract --extract` (amounts and entity spans of FindEntities),
- `kosearch-index --extract` (every field: entities, people, organizations,
  quotes and speakers, amounts),

and compares the outputs line by line. Prints the number of articles,
entity spans and quotes compared and every line that differs (the first
--show of them); exits 1 when anything differs. Read-only on the corpora
(no labels are read, nothing is scored).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ARTICLE_FILES = ["kowikinews/articles.jsonl", "korquad-v1/articles.jsonl", "sci-news-sum-kr-50/articles.jsonl"]
SENTENCE_FILES = ["klp2016-ner/ner-train.jsonl", "klp2016-ner/ner-dev.jsonl", "klue-ner/ner-tune.jsonl",
                  "kmou-ner/ner-news.jsonl"]


def gather(shared: Path, archive: str | None, out_path: Path) -> int:
    rows = []
    for name in ARTICLE_FILES:
        path = shared / name
        if path.exists():
            for line in path.open(encoding="utf-8"):
                if line.strip():
                    a = json.loads(line)
                    rows.append({"id": a.get("id", ""), "title": a.get("title", ""), "body": a.get("body", "")})
    for name in SENTENCE_FILES:
        path = shared / name
        if path.exists():
            for n, line in enumerate(path.open(encoding="utf-8")):
                if line.strip():
                    s = json.loads(line)
                    rows.append({"id": s.get("id", f"{name}:{n}"), "title": "", "body": s.get("text", "")})
    for folder in [shared / "seed", ROOT / "corpus" / "seed"]:
        for path in sorted(folder.glob("*.txt")):
            rows.append({"id": f"{folder.name}/{path.name}", "title": "", "body": path.read_text(encoding="utf-8")})
    for path in sorted((ROOT / "corpus").glob("*/articles.jsonl")):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                a = json.loads(line)
                rows.append({"id": a.get("id", ""), "title": a.get("title", ""), "body": a.get("body", "")})
    if archive:
        for line in open(archive, encoding="utf-8"):
            if line.strip():
                a = json.loads(line)
                rows.append({"id": a.get("id", ""), "title": a.get("title", ""), "body": a.get("body", "")})
    # Unique ids (the index keeps one article per id) in a fixed order.
    with out_path.open("w", encoding="utf-8") as out:
        for n, r in enumerate(rows):
            r["id"] = f"{n:06d}-{r['id']}"
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(rows)


def run(cmd: list[str], build: Path, schema: Path) -> list[str]:
    env = dict(os.environ, KOSEARCH_SCHEMA_DIR=str(schema), LD_LIBRARY_PATH=str(build))
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)}: exit {done.returncode}: {done.stderr.strip()[-500:]}")
    return done.stdout.splitlines()


def compare(what: str, base: list[str], new: list[str], show: int) -> int:
    if len(base) != len(new):
        print(f"{what}: {len(base)} lines from base, {len(new)} from new")
        return 1
    differ = [i for i, (a, b) in enumerate(zip(base, new)) if a != b]
    entities = quotes = 0
    for line in new:
        row = json.loads(line)
        entities += len(row.get("entities", []))
        quotes += len(row.get("quotes", []))
    print(f"{what}: {len(new)} articles, {entities} entity spans, {quotes} quotes; {len(differ)} lines differ")
    for i in differ[:show]:
        print(f"  base: {base[i][:400]}\n  new:  {new[i][:400]}")
    return 1 if differ else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, help="build folder of the reference code")
    ap.add_argument("--new", required=True, help="build folder of the changed code")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--archive", help="a generated archive (JSONL) to add")
    ap.add_argument("--schema", default=str(ROOT / "schema"), help="schema folder both builds use")
    ap.add_argument("--show", type=int, default=5)
    args = ap.parse_args()
    base, new, schema = Path(args.base).resolve(), Path(args.new).resolve(), Path(args.schema).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts.jsonl"
        gather(Path(args.shared), args.archive, texts)
        failed = 0
        failed |= compare("ner-extract (FindEntities)",
                          run([str(base / "bench" / "ner-extract"), "--extract", str(texts)], base, schema),
                          run([str(new / "bench" / "ner-extract"), "--extract", str(texts)], new, schema), args.show)
        index = ["--extract", "--schema", str(schema), str(texts)]
        failed |= compare("kosearch-index --extract (all fields)",
                          run([str(base / "kosearch-index")] + index, base, schema),
                          run([str(new / "kosearch-index")] + index, new, schema), args.show)
    print("IDENTICAL" if not failed else "DIFFERENT")
    return failed


if __name__ == "__main__":
    sys.exit(main())

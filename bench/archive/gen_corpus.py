#!/usr/bin/env python3
"""Deterministic synthetic Korean news archive for the archive-scale benchmark.

Articles are 8-30 sentences drawn (seeded) from the real sentences of
../shared/corpus/: article bodies split into sentences (kowikinews, korquad,
sci-news-sum, seed), the Korean side of korean-english-news/pairs.jsonl and
the NER sentences (klue-ner, klp2016-ner). Each article gets an id, a title
(a shortened sentence), a date (2000-2024), a source and a URL, written as
one JSON line in kosearch's archive format. The vocabulary is bounded by the
real sentences it draws from (about 23,000 distinct sentences): a real archive
of the same size has more distinct terms, so index sizes and term-dictionary
costs here are a lower bound.

    gen_corpus.py --docs 20000 --out corpus-20k.jsonl [--seed 1] [--shared ../shared]
    gen_corpus.py --docs 300 --queries queries.txt ...   also writes benchmark queries
"""
import argparse, json, pathlib, random, re, sys

SOURCES = ["아주경제", "연합뉴스", "한겨레", "조선일보", "중앙일보", "동아일보", "경향신문", "매일경제",
           "한국경제", "서울신문", "국민일보", "세계일보", "전자신문", "뉴시스", "뉴스1"]
SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\n+")


def sentences(shared: pathlib.Path):
    """Every usable real sentence, in a fixed order (sorted files, file order)."""
    out = []

    def add(text):
        for s in SENTENCE_END.split(text.replace("\r", "")):
            s = s.strip()
            if 10 <= len(s) <= 400 and re.search(r"[가-힣]", s):
                out.append(s)

    corpus = shared / "corpus"
    for f in sorted(corpus.glob("*/articles.jsonl")):
        for line in f.open(encoding="utf-8"):
            add(json.loads(line).get("body") or "")
    for f in sorted(corpus.glob("seed/*.txt")):
        # the seed article without its copyright footer and teaser
        add(f.read_text(encoding="utf-8").split("©")[0])
    for line in (corpus / "korean-english-news" / "pairs.jsonl").open(encoding="utf-8"):
        add(json.loads(line)["ko"])
    for f in sorted(corpus.glob("*ner*/*.jsonl")):
        for line in f.open(encoding="utf-8"):
            add(json.loads(line)["text"])
    # dedupe, keeping the first occurrence
    return list(dict.fromkeys(out))


def title_of(s: str) -> str:
    s = s.rstrip(".?!")
    return s if len(s) <= 40 else s[:40].rsplit(" ", 1)[0]


def make_queries(rng: random.Random, pool, n: int):
    """1-3 Korean words from the corpus sentences, plus mixed Latin/Hangul ones."""
    words = [w.strip("\"'“”‘’()[],.?!·") for s in pool for w in s.split()]
    hangul = [w for w in words if re.fullmatch(r"[가-힣]{2,6}", w)]
    latin = [w for w in words if re.fullmatch(r"[A-Za-z][A-Za-z0-9]{1,9}", w)]
    queries = []
    while len(queries) < n:
        if latin and len(queries) % 5 == 4:  # every fifth query mixes Latin and Hangul
            q = [rng.choice(latin), rng.choice(hangul)]
            rng.shuffle(q)
        else:
            q = [rng.choice(hangul) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
        queries.append(" ".join(q))
    return queries


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, required=True)
    ap.add_argument("--out", default="-", help="JSONL file (default stdout)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--shared", default=str(pathlib.Path(__file__).resolve().parents[3] / "shared"))
    ap.add_argument("--queries", help="also write this many benchmark queries (see --num-queries) to this file")
    ap.add_argument("--num-queries", type=int, default=400)
    args = ap.parse_args()

    pool = sentences(pathlib.Path(args.shared))
    if not pool:
        sys.exit(f"no sentences under {args.shared}/corpus")
    rng = random.Random(args.seed)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    body_bytes = 0
    for n in range(args.docs):
        k = rng.randint(8, 30)
        picked = [pool[rng.randrange(len(pool))] for _ in range(k)]
        paragraphs, i = [], 0
        while i < k:
            step = rng.randint(2, 5)
            paragraphs.append(" ".join(picked[i:i + step]))
            i += step
        body = "\n\n".join(paragraphs)
        body_bytes += len(body.encode("utf-8"))
        source = rng.choice(SOURCES)
        date = f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rec = {"id": f"arch-{n:07d}", "title": title_of(rng.choice(picked)), "date": date, "source": source,
               "url": f"https://news.example/{n}", "body": body}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()
    if args.queries:
        qrng = random.Random(args.seed + 1000)
        pathlib.Path(args.queries).write_text("\n".join(make_queries(qrng, pool, args.num_queries)) + "\n",
                                              encoding="utf-8")
    print(f"{args.docs} articles, {len(pool)} distinct source sentences, {body_bytes / 1e6:.1f} MB of body text",
          file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Lines added since a commit that share a 15-character run with kmou-ner text.

kmou-ner is non-commercial: its sentences, even reworded, must never be in
code, tests or comments. This prints only file:line of each added line with
Hangul that shares a run of 15 characters (at least one Hangul) with a
kmou-ner sentence, never the text itself.

Usage (from the project root):
  python3 scripts/kmou_overlap.py BASE_COMMIT [paths...]   # e.g. 7b7e853 src tests include
"""
import json
import re
import subprocess
import sys

N = 15
KMOU = "/work/shared/corpus/kmou-ner/ner-news.jsonl"
HANGUL = re.compile("[\uac00-\ud7a3]")


def main():
    base, paths = sys.argv[1], sys.argv[2:]
    grams = set()
    with open(KMOU, encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)["text"]
            grams.update(hash(t[i:i + N]) for i in range(len(t) - N + 1))
    diff = subprocess.run(["git", "diff", "-U0", base, "--"] + paths, capture_output=True, text=True).stdout
    name, line_no, hits = None, 0, 0
    for d in diff.splitlines():
        if d.startswith("+++ "):
            name = d[6:]
            continue
        m = re.match(r"@@ -\S+ \+(\d+)", d)
        if m:
            line_no = int(m.group(1))
            continue
        if d.startswith("+"):
            s = d[1:]
            if HANGUL.search(s) and any(
                    HANGUL.search(s[i:i + N]) and hash(s[i:i + N]) in grams for i in range(len(s) - N + 1)):
                print(f"{name}:{line_no}")
                hits += 1
            line_no += 1
    print(f"{hits} lines with a {N}-character kmou-ner run", file=sys.stderr)


if __name__ == "__main__":
    main()

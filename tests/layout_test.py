#!/usr/bin/env python3
"""The library's layout rules (src/README.md, DESIGN.md), checked on the source tree.

- src/ holds only the stage folders, each file in one of them;
- a file includes internal headers only from its own folder or from the
  folders listed above its own (base, text, read, extract, index, search,
  answer, format);
- no file of the library reads the environment (getenv/secure_getenv/environ):
  settings are passed as options, only indexer/ and query/ read variables.
Exit 0 when every rule holds, 1 with one line per violation otherwise.
"""
import argparse
import pathlib
import re
import sys

STAGES = ["base", "text", "read", "extract", "index", "search", "answer", "format"]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
ENV_READ = re.compile(r"\b(getenv|secure_getenv|environ)\b")


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def check(src):
    problems = []
    files = sorted(p for p in src.rglob("*") if p.suffix in (".cc", ".h"))
    if len(files) < 20:
        problems.append(f"{src}: only {len(files)} source files found; wrong folder?")
    for path in files:
        rel = path.relative_to(src)
        if len(rel.parts) != 2 or rel.parts[0] not in STAGES:
            problems.append(f"src/{rel}: not in a stage folder ({', '.join(STAGES)})")
            continue
        own = STAGES.index(rel.parts[0])
        text = path.read_text(encoding="utf-8")
        for header in INCLUDE.findall(text):
            folder = header.split("/")[0]
            if folder == "kosearch":
                continue
            if folder not in STAGES:
                problems.append(f"src/{rel}: includes \"{header}\", not a stage folder's header")
            elif STAGES.index(folder) > own:
                problems.append(f"src/{rel}: {rel.parts[0]}/ must not include \"{header}\" ({folder}/ comes after it)")
        if ENV_READ.search(strip_comments(text)):
            problems.append(f"src/{rel}: reads the environment (settings are passed as options)")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", default=str(pathlib.Path(__file__).resolve().parent.parent))
    args = ap.parse_args()
    problems = check(pathlib.Path(args.source) / "src")
    for p in problems:
        print(p)
    print(f"layout: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

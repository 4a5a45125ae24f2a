#!/usr/bin/env python3
"""The library's layout rules (src/README.md, DESIGN.md), checked on the source tree.

- src/ holds only the stage folders, each file in one of them;
- a file includes internal headers only from its own folder or from the
  folders listed above its own (base, text, read, extract, index, search,
  answer, format, serve);
- no file of the library reads the environment (getenv/secure_getenv/environ):
  settings are passed as options, only indexer/ and query/ read variables;
- no .cc over 500 lines and no function over 80 lines, table rows (lines that
  are a braced initializer or a string literal) not counted.
Exit 0 when every rule holds, 1 with one line per violation otherwise.
"""
import argparse
import pathlib
import re
import sys

STAGES = ["base", "text", "read", "extract", "index", "search", "answer", "format", "serve"]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
ENV_READ = re.compile(r"\b(getenv|secure_getenv|environ)\b")
MAX_FILE_LINES = 500
MAX_FUNCTION_LINES = 80
TABLE_ROW = re.compile(r'^\s*(\{.*\}|"[^"]*"|u8"[^"]*"),?\s*(//.*)?$')


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def code_only(line):
    line = re.sub(r'"(\\.|[^"\\])*"', '""', line)
    line = re.sub(r"'(\\.|[^'\\])*'", "''", line)
    return re.sub(r"//.*", "", line)


def long_functions(lines):
    """(first line number, length) of each function body longer than the limit.

    Braces are followed through the file; a brace opened at namespace level
    whose preceding declaration holds "(" and is not a type, namespace or
    initializer starts a function; its length counts the lines from its
    declaration's first line to the closing brace, table rows left out.
    """
    found = []
    stack = []  # "ns", "fn" or "other" for each open brace
    decl_start = 0  # line where the current declaration began
    decl = ""
    fn_start = None
    for number, line in enumerate(lines):
        code = code_only(line)
        if not decl.strip():
            decl_start = number
        for ch in code:
            if ch == "{":
                if all(kind == "ns" for kind in stack):
                    head = decl.strip()
                    if re.search(r"\bnamespace\b|extern\s*\"\"", head) or not head:
                        kind = "ns"
                    elif "(" in head and not re.search(r"\b(struct|class|enum|union)\b", head.split("(")[0]) \
                            and not re.search(r"=\s*$", head):
                        kind = "fn"
                        fn_start = decl_start
                    else:
                        kind = "other"
                else:
                    kind = "other"
                stack.append(kind)
                decl = ""
            elif ch == "}":
                kind = stack.pop() if stack else "ns"
                if kind == "fn":
                    counted = sum(1 for row in lines[fn_start:number + 1] if not TABLE_ROW.match(row))
                    if counted > MAX_FUNCTION_LINES:
                        found.append((fn_start + 1, counted))
                decl = ""
            elif ch == ";":
                decl = ""
            else:
                decl += ch
        decl += " "
        if not decl.strip():
            decl_start = number + 1
    return found


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
        if path.suffix == ".cc":
            lines = text.split("\n")
            if len(lines) - 1 > MAX_FILE_LINES:
                problems.append(f"src/{rel}: {len(lines) - 1} lines (at most {MAX_FILE_LINES})")
            for line_no, length in long_functions(lines):
                problems.append(f"src/{rel}:{line_no}: a function of {length} lines (at most {MAX_FUNCTION_LINES})")
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

"""Plumbing shared by the end-to-end tests (tests/e2e_*.py): the flags CTest
passes them, a temporary database of given articles or of the bundled corpus,
the unittest runner, and the pass/fail lines of the script-style tests.

Not itself a test: CTest registers only e2e_*.py files.
"""
import argparse, contextlib, json, os, pathlib, shutil, subprocess, sys, tempfile, time, unittest


def cli_args():
    """The flags of every end-to-end test (see tests/CMakeLists.txt): returns
    (args with .index .query .corpus .sanitized, the remaining argv for unittest)."""
    p = argparse.ArgumentParser()
    p.add_argument("--index", required=True, help="the built kosearch-index")
    p.add_argument("--query", required=True, help="the built kosearch-query")
    p.add_argument("--corpus", required=True, type=pathlib.Path, help="the bundled corpus/ folder")
    p.add_argument("--sanitized", action="store_true",
                   help="the CLIs are sanitizer builds (tests/CMakeLists.txt passes it under KOSEARCH_SANITIZE): "
                        "each run is several times slower, so the longest tests index a smaller input there")
    return p.parse_known_args()


class _TimedResult(unittest.TextTestResult):
    """Prints each test's wall time after its verdict, so a slow test shows in CTest's log."""

    def startTest(self, test):
        self._started = time.monotonic()
        super().startTest(test)

    def stopTest(self, test):
        super().stopTest(test)
        self.stream.writeln(f"    ({time.monotonic() - self._started:.1f} s)")


def run_unittests(rest):
    """Run this module's unittest cases; 0 when all passed, else 1."""
    runner = unittest.TextTestRunner(verbosity=2, resultclass=_TimedResult)
    result = unittest.main(argv=[sys.argv[0], *rest], exit=False, testRunner=runner).result
    return 0 if result.wasSuccessful() else 1


def require_python_module():
    """Exit 77 (CTest's skip) unless CTest found the built kosearch module."""
    if os.environ.get("KOSEARCH_PYTHON_MODULE") != "built":
        print("skipped: the kosearch module was not built (KOSEARCH_PYTHON=OFF)")
        sys.exit(77)


def run(*args, timeout=600):
    """A built CLI, with KOSEARCH_DB unset so that only its flags choose the database."""
    env = dict(os.environ)
    env.pop("KOSEARCH_DB", None)
    return subprocess.run(list(map(str, args)), capture_output=True, text=True, env=env, timeout=timeout)


def ask(query, db, text, *flags, timeout=120):
    """kosearch-query --json `text` (a question or a query) on `db`, parsed; fails on an exit other than 0 or 1."""
    r = run(query, "--db", db, "--json", *flags, text, timeout=timeout)
    assert r.returncode in (0, 1), f"{db}: {text}: exit {r.returncode}: {r.stderr}"
    return json.loads(r.stdout)


def all_hits(query, db, *q):
    """Every hit of kosearch-query `q` on `db`: (sorted ids, facets); fails on an exit other than 0 or 1."""
    r = run(query, "--db", db, "--json", "--limit", "100000", *q)
    assert r.returncode in (0, 1), f"{db}: {q}: exit {r.returncode}: {r.stderr}"
    resp = json.loads(r.stdout)
    return sorted(h["id"] for h in resp["results"]), resp.get("facets")


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@contextlib.contextmanager
def indexed(index, inputs, prefix):
    """A temporary database of `inputs` (paths, or a list of article dicts
    written to a JSONL file first), built by kosearch-index; removed on exit.
    Indexing failure ends the test with its stderr."""
    tmp = pathlib.Path(tempfile.mkdtemp(prefix=prefix))
    try:
        if isinstance(inputs, list) and inputs and isinstance(inputs[0], dict):
            inputs = [write_jsonl(tmp / "articles.jsonl", inputs)]
        db = tmp / "db"
        r = subprocess.run([index, "-q", "--db", str(db), *map(str, inputs)], capture_output=True, text=True,
                           timeout=600)
        if r.returncode != 0:
            raise SystemExit("indexing failed: " + r.stderr.strip())
        yield db
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class Checks:
    """Named pass/fail lines of a script-style test; exit_code() prints the
    count and is 1 when any check failed."""

    def __init__(self):
        self.failures = []
        self.passed = 0

    def __call__(self, name, ok, detail=""):
        print(("ok   " if ok else "FAIL ") + name + ("" if ok else f"  ({detail})"))
        if ok:
            self.passed += 1
        else:
            self.failures.append(name)
        return ok

    def exit_code(self):
        print(f"{self.passed} passed, {len(self.failures)} failed")
        return 1 if self.failures else 0

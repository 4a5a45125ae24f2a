#!/usr/bin/env python3
"""The installed kosearch, as a library user sees it, without the source tree.

Installs the build into a temporary prefix (`cmake --install --prefix`) and
then moves the installed tree elsewhere (a relocated install). What the tests
need from the checkout (the seed article, examples/) is copied first; the
installed programs then run with the source tree, the build folder and the
configured install prefix's schema folder hidden behind empty tmpfs mounts
(`unshare --mount`), so only the relocated prefix can supply the schema
folder. Checks:
- the layout (library, headers, CLIs, kosearch-serve, schema with the NER model);
- examples/ built as a separate CMake project (find_package) and with
  `pkg-config kosearch`, with -Werror: each prints the 최태원 quote for the
  SK/Omniverse question;
- each public header compiles alone, without Xapian, ICU or nlohmann headers;
- the installed CLIs answer, and a bad --schema is one line, exit code 2;
- the installed Python package answers, with the installed schema folder;
- `pip install --no-build-isolation` of the checkout into a fresh virtual
  environment gives a package whose Index(...).ask answers with 최태원.
Without permission for a mount namespace the programs run with the trees
visible, and the test says so on stderr.
"""
import argparse, json, os, pathlib, re, shutil, subprocess, sys, tempfile, textwrap, unittest

ARGS = None
SEED = "corpus/seed/000_b7eb001f9d02ddd5.txt"
QUESTION = "what did SK say about Omniverse"


def run(*cmd, env=None, cwd=None, hide=False):
    """Runs cmd; with hide=True, in a mount namespace where the source and build
    trees (Installed.hidden) are empty."""
    e = dict(os.environ)
    e.update(env or {})
    cmd = [str(c) for c in cmd]
    if hide and Installed.hidden:
        cmd = Installed.hiding_prefix() + cmd
    return subprocess.run(cmd, capture_output=True, text=True, env=e, cwd=cwd, timeout=600)


class Installed(unittest.TestCase):
    hidden = []  # folders hidden from the installed programs, when a mount namespace is allowed

    @staticmethod
    def hiding_prefix():
        mounts = " && ".join(f"mount -t tmpfs kosearch-hidden '{d}'" for d in Installed.hidden)
        as_root = [] if os.geteuid() == 0 else ["--map-root-user"]
        return ["unshare", "--mount", *as_root, "sh", "-c", mounts + ' && exec "$@"', "sh"]

    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-install-"))
        cls.source = pathlib.Path(ARGS.source).resolve()
        staging = cls.tmp / "staging"
        r = run(ARGS.cmake, "--install", ARGS.build, "--prefix", staging)
        assert r.returncode == 0, r.stdout + r.stderr
        cls.prefix = cls.tmp / "moved" / "prefix"
        cls.prefix.parent.mkdir()
        shutil.move(str(staging), str(cls.prefix))
        cls.schema = cls.prefix / "share/kosearch/schema"
        cls.work = cls.tmp / "work"
        (cls.work / "seed").mkdir(parents=True)
        cls.seed = cls.work / "seed" / pathlib.Path(SEED).name
        shutil.copy(cls.source / SEED, cls.seed)
        shutil.copytree(cls.source / "examples", cls.work / "examples")
        cls.flags = ARGS.extra_flags.split()
        # Hide the trees the library was built from (a compiled-in path must not
        # be what makes the installed tree work), deepest first.
        candidates = [pathlib.Path(ARGS.build).resolve(), cls.source]
        if ARGS.configured_schema:
            candidates.append(pathlib.Path(ARGS.configured_schema))
        Installed.hidden = sorted({str(d) for d in candidates if d.is_dir()}, key=len, reverse=True)
        probe = run("sh", "-c", f"! test -e '{cls.source}/CMakeLists.txt'", hide=True)
        if probe.returncode != 0:
            print(f"note: cannot hide the source tree (unshare --mount: {probe.stderr.strip()}); "
                  "installed programs run with it visible", file=sys.stderr)
            Installed.hidden = []

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def check_answer(self, r):
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        quote_lines = [l for l in r.stdout.splitlines() if l.startswith("최태원")]
        self.assertTrue(quote_lines, r.stdout + r.stderr)
        self.assertTrue(any("옴니버스" in l for l in quote_lines), r.stdout)
        self.assertNotIn("disabled", r.stderr)

    def test_layout(self):
        p, lib = self.prefix, self.prefix / ARGS.libdir
        for f in ("bin/kosearch-index", "bin/kosearch-query", "bin/kosearch-serve", "include/kosearch/search.h",
                  "include/kosearch/index.h", "include/kosearch/schema_files.h", "include/kosearch/version.h",
                  "share/kosearch/schema/aliases.tsv", "share/kosearch/schema/ner/model.bin"):
            self.assertTrue((p / f).is_file(), f)
        self.assertTrue(os.access(p / "bin/kosearch-serve", os.X_OK))
        for f in ("cmake/kosearch/kosearchConfig.cmake", "cmake/kosearch/kosearchConfigVersion.cmake",
                  "cmake/kosearch/kosearchTargets.cmake", "pkgconfig/kosearch.pc"):
            self.assertTrue((lib / f).is_file(), f)
        self.assertTrue(list(lib.glob("libkosearch.*")))
        # Only the public API is installed: no private header of src/.
        self.assertFalse([h for h in (p / "include").rglob("*") if h.is_file() and h.parent.name != "kosearch"])

    def example_args(self):
        # A static libkosearch linked into a program outside the prefix cannot
        # know the prefix: it is told (ask's third argument). A shared one finds
        # the schema folder beside itself.
        return [] if ARGS.shared else [QUESTION, self.schema]

    def test_cmake_consumer(self):
        build = self.tmp / "examples-cmake"
        flags = " ".join(["-Wall", "-Wextra", "-Werror"] + self.flags)
        r = run(ARGS.cmake, "-S", self.work / "examples", "-B", build, f"-DCMAKE_PREFIX_PATH={self.prefix}",
                f"-DCMAKE_CXX_COMPILER={ARGS.cxx}", f"-DCMAKE_CXX_FLAGS={flags}")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        r = run(ARGS.cmake, "--build", build, "-j2")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.check_answer(run(build / "ask", self.seed, *self.example_args(), hide=True))
        r = run(build / "ask", self.seed, "SK는 옴니버스에 대해 뭐라고 했나", self.schema, hide=True)
        self.check_answer(r)
        # A folder that is no schema folder: one line naming it, no answer.
        r = run(build / "ask", self.seed, QUESTION, self.tmp / "no-schema", hide=True)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("no-schema: not a kosearch schema folder", r.stderr)

    def test_pkg_config_consumer(self):
        if not shutil.which("pkg-config"):
            self.skipTest("no pkg-config")
        env = {"PKG_CONFIG_PATH": str(self.prefix / ARGS.libdir / "pkgconfig")}
        r = run("pkg-config", "--modversion", "kosearch", env=env)
        self.assertEqual(r.stdout.strip(), ARGS.version, r.stderr)
        r = run("pkg-config", "--variable=schemadir", "kosearch", env=env)
        self.assertEqual(os.path.normpath(r.stdout.strip()), str(self.schema), r.stderr)
        r = run("pkg-config", "--cflags", "--libs", "kosearch", env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        includes = [os.path.normpath(f[2:]) for f in r.stdout.split() if f.startswith("-I")]
        self.assertIn(str(self.prefix / "include"), includes)
        exe = self.tmp / "ask-pc"
        r = run(ARGS.cxx, "-std=c++20", "-Wall", "-Wextra", "-Werror", *self.flags, self.work / "examples/ask.cc",
                "-o", exe, *r.stdout.split())
        self.assertEqual(r.returncode, 0, r.stderr)
        # A shared libkosearch in a non-standard prefix is found as any other's.
        self.check_answer(run(exe, self.seed, *self.example_args(), hide=True,
                              env={"LD_LIBRARY_PATH": str(self.prefix / ARGS.libdir)}))

    def test_headers_stand_alone_without_xapian_or_icu(self):
        include = self.prefix / "include"
        headers = sorted((include / "kosearch").glob("*.h"))
        self.assertGreater(len(headers), 5)
        type_pattern = re.compile(r"\bXapian::|\bicu(_\d+)?::|\bU_ICU_NAMESPACE\b|\bUChar(32)?\b|\bUErrorCode\b|"
                                  r"\bUnicodeString\b|\bnlohmann::")
        for h in headers:
            name = f"kosearch/{h.name}"
            with self.subTest(header=name):
                source = f"#include <{name}>\n#include <{name}>\nint main() {{ return 0; }}\n"
                r = subprocess.run([ARGS.cxx, "-std=c++20", "-Wall", "-Wextra", "-Werror", "-Wpedantic",
                                    f"-I{include}", "-x", "c++", "-fsyntax-only", "-"],
                                   input=source, capture_output=True, text=True)
                self.assertEqual(r.returncode, 0, r.stderr)
                r = subprocess.run([ARGS.cxx, "-std=c++20", f"-I{include}", "-x", "c++", "-M", "-"],
                                   input=source, capture_output=True, text=True)
                self.assertEqual(r.returncode, 0, r.stderr)
                deps = r.stdout.replace("\\\n", " ").split()
                leaked = [d for d in deps if re.search(r"/xapian[/.]|/unicode/|/nlohmann/", d)]
                self.assertEqual(leaked, [], f"{name} includes Xapian, ICU or nlohmann headers")
                code = re.sub(r"//[^\n]*|/\*.*?\*/", "", h.read_text(), flags=re.S)
                self.assertIsNone(type_pattern.search(code), f"{name} names a Xapian or ICU type")

    def test_installed_clis(self):
        bin_dir = self.prefix / "bin"
        for cli in ("kosearch-index", "kosearch-query"):
            r = run(bin_dir / cli, "--version")
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn(ARGS.version, r.stdout)
        r = run(bin_dir / "kosearch-serve", "--help")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("xapian-tcpsrv", r.stdout)
        db = self.tmp / "cli-db"
        r = run(bin_dir / "kosearch-index", "--db", db, self.seed, hide=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("disabled", r.stderr)
        r = run(bin_dir / "kosearch-query", "--db", db, "--json", QUESTION, hide=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        results = json.loads(r.stdout)["results"]
        self.assertTrue(results, r.stdout)
        self.assertEqual(results[0]["speaker"], "최태원")
        # The aliases come from the installed schema: Samsung is 삼성 in org:.
        r = run(bin_dir / "kosearch-index", "--extract", self.seed, hide=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        entities = json.loads(r.stdout)["entities"]
        self.assertIn(("최태원", "PS"), [(e["text"], e["type"]) for e in entities])
        # --schema pointing at no schema: one line naming the folder, exit 2, nothing written.
        for cli, args in (("kosearch-index", ["--db", self.tmp / "never", self.seed]),
                          ("kosearch-query", ["--db", db, QUESTION])):
            with self.subTest(cli=cli):
                r = run(bin_dir / cli, "--schema", self.tmp / "no-schema", *args, hide=True)
                self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
                self.assertEqual(r.stderr.strip().count("\n"), 0, r.stderr)
                self.assertIn("no-schema: not a kosearch schema folder", r.stderr)
        self.assertFalse((self.tmp / "never").exists())

    def ask_in_python(self, python, env=None):
        """Indexes the seed with `python`'s kosearch package and asks; returns
        (answer dict, schema folder the Index used)."""
        script = textwrap.dedent(f"""
            import json, sys, kosearch
            with kosearch.Index(sys.argv[1]) as idx:
                idx.add_files(sys.argv[2])
                r = idx.ask({QUESTION!r})
                print(json.dumps({{"results": r["results"], "schema_dir": idx.schema_dir,
                                  "file": kosearch.__file__, "version": kosearch.__version__}}))
        """)
        db = tempfile.mkdtemp(prefix="py-db-", dir=self.tmp)
        r = run(python, "-c", script, pathlib.Path(db) / "db", self.seed, env=env, cwd=self.tmp, hide=True)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        out = json.loads(r.stdout)
        self.assertEqual(out["version"], ARGS.version)
        self.assertTrue(out["results"], out)
        self.assertEqual(out["results"][0]["speaker"], "최태원")
        self.assertIn("옴니버스", out["results"][0]["text"])
        return out

    def test_installed_python_module(self):
        if not ARGS.python_dir:
            self.skipTest("Python module not built (KOSEARCH_PYTHON=OFF)")
        out = self.ask_in_python(sys.executable, env={"PYTHONPATH": str(self.prefix / ARGS.python_dir)})
        self.assertTrue(out["file"].startswith(str(self.prefix)), out["file"])
        self.assertEqual(out["schema_dir"], str(self.schema))

    def test_pip_install_into_fresh_venv(self):
        if not ARGS.python_dir:
            self.skipTest("Python module not built (KOSEARCH_PYTHON=OFF)")
        python = pip_capable_python()
        if python is None:
            self.skipTest("no Python with setuptools, wheel and venv (scripts/install-deps.sh installs "
                          "python3-venv python3-setuptools python3-wheel)")
        venv = self.tmp / "venv"
        r = run(python, "-m", "venv", "--system-site-packages", venv)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        # The checkout's packaging files, copied: pip builds in the folder it is given.
        checkout = self.tmp / "checkout"
        checkout.mkdir()
        for f in ("setup.py", "pyproject.toml", "README.md", "CMakeLists.txt"):
            shutil.copy(self.source / f, checkout / f)
        shutil.copytree(self.source / "schema", checkout / "schema")
        # Offline (--no-index); the extension is the one this build made (setup.py
        # builds it in KOSEARCH_CMAKE_BUILD_DIR, here a no-op), so the test stays short.
        r = run(venv / "bin/python", "-m", "pip", "install", "--no-index", "--no-build-isolation", checkout,
                env={"KOSEARCH_CMAKE_BUILD_DIR": str(pathlib.Path(ARGS.build).resolve()), "PYTHONPATH": ""})
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        shutil.rmtree(checkout)
        out = self.ask_in_python(venv / "bin/python", env={"PYTHONPATH": ""})
        self.assertTrue(out["file"].startswith(str(venv)), out["file"])
        self.assertTrue(out["schema_dir"].startswith(str(venv)), out["schema_dir"])


def pip_capable_python():
    """This Python if it can build a wheel with setuptools (and has venv), else
    the system's python3 of the same version (the extension is built for it)."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    probe = "import setuptools, wheel, venv, ensurepip, sys; print('%d.%d' % sys.version_info[:2])"
    for python in (sys.executable, "/usr/bin/python3"):
        r = subprocess.run([python, "-c", probe], capture_output=True, text=True)
        if r.returncode == 0 and r.stdout.strip() == version:
            return python
    return None


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True, help="the build folder to install from")
    parser.add_argument("--source", required=True, help="the source tree (for examples/ and the seed article)")
    parser.add_argument("--cmake", default="cmake")
    parser.add_argument("--cxx", default="c++")
    parser.add_argument("--libdir", default="lib", help="CMAKE_INSTALL_LIBDIR")
    parser.add_argument("--version", required=True, help="the project version")
    parser.add_argument("--python-dir", default="", help="where the Python module is installed, relative to the prefix")
    parser.add_argument("--extra-flags", default="", help="compiler flags the library was built with (sanitizers)")
    parser.add_argument("--shared", type=int, default=1, help="1 when libkosearch is a shared library")
    parser.add_argument("--configured-schema", default="", help="the schema folder of the configured install prefix")
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)

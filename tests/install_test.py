#!/usr/bin/env python3
"""The installed kosearch, as a library user sees it.

Installs the build into a temporary prefix (`cmake --install --prefix`), then:
builds examples/ as a separate CMake project against it (find_package) with
-Werror and runs it on the seed article (it must print the 최태원 quote for the
SK/Omniverse question); builds the same example with only `pkg-config
kosearch`; compiles each public header alone with -Wall -Wextra -Werror and
checks that none pulls in a Xapian or ICU header or names their types; runs
the installed CLIs and, when built, imports the installed Python module.
"""
import argparse, os, pathlib, re, shutil, subprocess, sys, tempfile, unittest

ARGS = None
SEED = "corpus/seed/000_b7eb001f9d02ddd5.txt"


def run(*cmd, env=None, cwd=None):
    e = dict(os.environ)
    e.update(env or {})
    r = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, env=e, cwd=cwd, timeout=600)
    return r


class Installed(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = pathlib.Path(tempfile.mkdtemp(prefix="kosearch-install-"))
        cls.prefix = cls.tmp / "prefix"
        r = run(ARGS.cmake, "--install", ARGS.build, "--prefix", cls.prefix)
        assert r.returncode == 0, r.stdout + r.stderr
        cls.source = pathlib.Path(ARGS.source)
        cls.seed = cls.source / SEED
        cls.schema = cls.prefix / "share/kosearch/schema"
        cls.flags = ARGS.extra_flags.split()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def check_answer(self, r):
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("최태원", r.stdout)
        self.assertIn("옴니버스", r.stdout)
        quote_lines = [l for l in r.stdout.splitlines() if l.startswith("최태원")]
        self.assertTrue(quote_lines, r.stdout)
        self.assertTrue(any("옴니버스" in l for l in quote_lines), r.stdout)

    def test_layout(self):
        p, lib = self.prefix, self.prefix / ARGS.libdir
        for f in ("bin/kosearch-index", "bin/kosearch-query", "include/kosearch/search.h",
                  "include/kosearch/index.h", "include/kosearch/version.h", "share/kosearch/schema/aliases.tsv"):
            self.assertTrue((p / f).is_file(), f)
        for f in ("cmake/kosearch/kosearchConfig.cmake", "cmake/kosearch/kosearchConfigVersion.cmake",
                  "cmake/kosearch/kosearchTargets.cmake", "pkgconfig/kosearch.pc"):
            self.assertTrue((lib / f).is_file(), f)
        self.assertTrue(list(lib.glob("libkosearch.*")))
        # Only the public API is installed: no private header of src/.
        self.assertFalse([h for h in (p / "include").rglob("*") if h.is_file() and h.parent.name != "kosearch"])

    def test_cmake_consumer(self):
        build = self.tmp / "examples-cmake"
        flags = " ".join(["-Wall", "-Wextra", "-Werror"] + self.flags)
        r = run(ARGS.cmake, "-S", self.source / "examples", "-B", build, f"-DCMAKE_PREFIX_PATH={self.prefix}",
                f"-DCMAKE_CXX_COMPILER={ARGS.cxx}", f"-DCMAKE_CXX_FLAGS={flags}")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        r = run(ARGS.cmake, "--build", build, "-j2")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.check_answer(run(build / "ask", self.seed, env={"KOSEARCH_SCHEMA_DIR": self.schema}))
        self.check_answer(run(build / "ask", self.seed, "SK는 옴니버스에 대해 뭐라고 했나",
                              env={"KOSEARCH_SCHEMA_DIR": self.schema}))

    def test_pkg_config_consumer(self):
        if not shutil.which("pkg-config"):
            self.skipTest("no pkg-config")
        env = {"PKG_CONFIG_PATH": str(self.prefix / ARGS.libdir / "pkgconfig")}
        r = run("pkg-config", "--modversion", "kosearch", env=env)
        self.assertEqual(r.stdout.strip(), ARGS.version, r.stderr)
        r = run("pkg-config", "--cflags", "--libs", "kosearch", env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        includes = [os.path.normpath(f[2:]) for f in r.stdout.split() if f.startswith("-I")]
        self.assertIn(str(self.prefix / "include"), includes)
        exe = self.tmp / "ask-pc"
        r = run(ARGS.cxx, "-std=c++20", "-Wall", "-Wextra", "-Werror", *self.flags, self.source / "examples/ask.cc",
                "-o", exe, *r.stdout.split())
        self.assertEqual(r.returncode, 0, r.stderr)
        # A shared libkosearch in a non-standard prefix is found as any other's.
        self.check_answer(run(exe, self.seed, env={"KOSEARCH_SCHEMA_DIR": self.schema,
                                                   "LD_LIBRARY_PATH": str(self.prefix / ARGS.libdir)}))

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
        db = self.tmp / "cli-db"
        r = run(bin_dir / "kosearch-index", "--db", db, self.seed)
        self.assertEqual(r.returncode, 0, r.stderr)
        r = run(bin_dir / "kosearch-query", "--db", db, "--json", "what did SK say about Omniverse")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("최태원", r.stdout)

    def test_installed_python_module(self):
        if not ARGS.python_dir:
            self.skipTest("Python module not built (KOSEARCH_PYTHON=OFF)")
        r = run(sys.executable, "-c", "import kosearch; print(kosearch.__version__, kosearch.__file__)",
                env={"PYTHONPATH": str(self.prefix / ARGS.python_dir)}, cwd=self.tmp)
        self.assertEqual(r.returncode, 0, r.stderr)
        version, path = r.stdout.split()
        self.assertEqual(version, ARGS.version)
        self.assertTrue(path.startswith(str(self.prefix)), path)


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
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)

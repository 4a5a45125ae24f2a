"""Builds the kosearch Python package for pip (see pyproject.toml).

The extension is built by the project's CMake (target kosearch_python, which
links the static library, so the module is self-contained); the package is
python/kosearch/__init__.py as CMake configures it, the extension, and the
schema folder (aliases.tsv, ner/) as package data, which the package finds
beside itself. The CMake build folder is build-pip/cmake in the checkout
(kept, so a second install only rebuilds what changed), or the one named by
KOSEARCH_CMAKE_BUILD_DIR (an existing build of this checkout, for instance
the tests' build folder, reused as it is).
"""
import os
import pathlib
import re
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = pathlib.Path(__file__).resolve().parent
(ROOT / "build-pip").mkdir(exist_ok=True)
VERSION = re.search(r"project\(kosearch VERSION ([0-9.]+)", (ROOT / "CMakeLists.txt").read_text()).group(1)


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        build_dir = pathlib.Path(os.environ.get("KOSEARCH_CMAKE_BUILD_DIR") or ROOT / "build-pip" / "cmake").resolve()
        if not (build_dir / "CMakeCache.txt").exists():
            configure = ["cmake", "-S", str(ROOT), "-B", str(build_dir), "-DCMAKE_BUILD_TYPE=Release",
                         "-DBUILD_TESTING=OFF", "-DKOSEARCH_PYTHON=ON", f"-DPython3_EXECUTABLE={sys.executable}"]
            if shutil.which("ccache"):
                configure.append("-DCMAKE_CXX_COMPILER_LAUNCHER=ccache")
            subprocess.run(configure, check=True)
        subprocess.run(["cmake", "--build", str(build_dir), "--target", "kosearch_python", "-j", str(os.cpu_count() or 2)],
                       check=True)
        built_package = build_dir / "python" / "kosearch"
        built = sorted(built_package.glob("_kosearch*.so"))
        if not built:
            raise RuntimeError(f"no _kosearch*.so in {built_package}: was the build configured with KOSEARCH_PYTHON=ON?")
        target = pathlib.Path(self.get_ext_fullpath(ext.name))
        package = target.parent
        package.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built[0], target)
        shutil.copy2(built_package / "__init__.py", package / "__init__.py")
        shutil.rmtree(package / "schema", ignore_errors=True)
        shutil.copytree(ROOT / "schema", package / "schema")


setup(
    version=VERSION,
    ext_modules=[Extension("kosearch._kosearch", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    # Out of the way of the CMake build folder, build/.
    options={"build": {"build_base": "build-pip"}, "egg_info": {"egg_base": "build-pip"}},
    zip_safe=False,
)

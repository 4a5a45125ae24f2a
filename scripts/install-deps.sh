#!/usr/bin/env bash
# Installs the Debian packages kosearch needs to build and test, if missing
# (python3-venv, -pip, -setuptools and -wheel: `pip install .` in tests/install_test.py).
set -euo pipefail
packages=(cmake g++ make pkg-config libcpp-httplib-dev chromium fonts-noto-cjk libxapian-dev zlib1g-dev xapian-tools ucspi-tcp libicu-dev libcli11-dev doctest-dev nlohmann-json3-dev python3 python3-dev pybind11-dev python3-venv python3-pip python3-setuptools python3-wheel clang libclang-rt-14-dev llvm-14)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "installing: ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

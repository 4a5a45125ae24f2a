#!/usr/bin/env bash
# The README's first command: install what is missing, build, index corpus/
# into ./kosearch.db and ask the question kosearch was made for.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
./build/kosearch-index --db kosearch.db corpus/
echo
echo '$ kosearch-query --db kosearch.db SK 옴니버스'
./build/kosearch-query --db kosearch.db --limit 3 SK 옴니버스 || true
echo
echo '$ kosearch-query --db kosearch.db "what did SK say about Omniverse"'
./build/kosearch-query --db kosearch.db "what did SK say about Omniverse" || true

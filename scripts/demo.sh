#!/usr/bin/env bash
# The README's first command: install what is missing, build, index corpus/
# into ./kosearch.db and ask the question kosearch was made for. Fails
# (non-zero, with a message) when a query fails or the answer is wrong.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
./build/kosearch-index --db kosearch.db corpus/
echo
echo '$ kosearch-query --db kosearch.db SK 옴니버스'
./build/kosearch-query --db kosearch.db --limit 3 SK 옴니버스 || {
  echo "demo.sh: kosearch-query SK 옴니버스 found nothing or failed (exit $?)" >&2
  exit 1
}
echo
echo '$ kosearch-query --db kosearch.db "what did SK say about Omniverse"'
answer=$(./build/kosearch-query --db kosearch.db --color never "what did SK say about Omniverse") || {
  echo "demo.sh: the question found no answer or failed (exit $?)" >&2
  exit 1
}
echo "$answer"
if ! grep -q '최태원' <<<"$answer"; then
  echo "demo.sh: wrong answer: 최태원 (SK그룹 회장) should be the speaker" >&2
  exit 1
fi

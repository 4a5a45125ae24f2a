#!/usr/bin/env bash
# The README's second command, and CI's (.ci/run): install what is missing, then
#   1. build (Release, the default compiler) and run the whole test suite;
#   2. build it again with clang, AddressSanitizer and UndefinedBehaviorSanitizer
#      (and libFuzzer's coverage instrumentation) and run it again;
#   3. build the libFuzzer targets (fuzz/) on that library and run each for
#      KOSEARCH_FUZZ_SECONDS (default 40) from its seed corpus, two processes
#      at a time (the fifth as two workers of half the time).
# Any failing test, sanitizer report or fuzzer finding fails the run. Budget:
# 30 minutes (1,800 s) on 2 cores; each step's wall time is printed at the end.
# A clean clone took 1,770 s (release build 421, tests 134; sanitizer build 513,
# tests 568; fuzzing 127), too close; expected now about 1,630 s: the sanitizer
# build without the bench tools (about -50 s), the sanitized end-to-end tests on
# smaller inputs (--sanitized, tests/harness.py; about -65 s), fuzzing -20 s.
# Most of what is left is compiling: each unit test file parses the same
# headers (doctest, std, kosearch/*.h) in both builds.
# KOSEARCH_BUILD_DIR (default: build) names the first build folder; the others
# are that name with -asan and -fuzz.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

build=${KOSEARCH_BUILD_DIR:-build}
asan=$build-asan
fuzz=$build-fuzz
fuzz_seconds=${KOSEARCH_FUZZ_SECONDS:-40}
jobs=$(nproc)
timings=()
step_start=$SECONDS
step_done() {
  timings+=("$(printf '%-28s %4d s' "$1" $((SECONDS - step_start)))")
  step_start=$SECONDS
}
report() {
  echo "== wall time per step"
  printf '   %s\n' "${timings[@]}"
  echo "   total                        $SECONDS s (budget 1800 s)"
}
trap report EXIT

# 1. Release build, whole suite.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$jobs"
step_done "release build"
ctest --test-dir "$build" --output-on-failure -j2
step_done "release tests"

# 2. Sanitized build, whole suite. A sanitizer report exits 86/87, never 0-2,
# so the end-to-end tests cannot take it for a CLI's own exit code.
export ASAN_OPTIONS=exitcode=86:detect_leaks=1:strict_string_checks=1:check_initialization_order=1
export UBSAN_OPTIONS=exitcode=87:print_stacktrace=1:halt_on_error=1
if [ -x /usr/bin/llvm-symbolizer-14 ]; then export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14; fi
# No benchmark tools there (KOSEARCH_BENCH=OFF): no test runs them, step 1 compiles them.
CC=clang-14 CXX=clang++-14 cmake -S . -B "$asan" -DCMAKE_BUILD_TYPE= -DKOSEARCH_SANITIZE=ON -DKOSEARCH_BENCH=OFF \
  "-DCMAKE_CXX_FLAGS=-O1 -gline-tables-only -fsanitize=fuzzer-no-link" >/dev/null
cmake --build "$asan" -j"$jobs"
step_done "sanitizer build"
ctest --test-dir "$asan" --output-on-failure -j2
step_done "sanitizer tests"

# 3. Fuzzers on the sanitized library, each from a scratch copy of its seed
# corpus (what they find stays out of the repository).
CXX=clang++-14 cmake -S fuzz -B "$fuzz" -DKOSEARCH_BUILD_DIR="$(cd "$asan" && pwd)" >/dev/null
cmake --build "$fuzz" -j"$jobs"
step_done "fuzzer build"
# run_fuzzer NAME SECONDS [WORKER]: one libFuzzer process. Workers of one fuzzer
# share its scratch corpus (libFuzzer reloads it every few seconds, as its own
# -jobs do), so two workers of SECONDS/2 fuzz as long as one of SECONDS.
run_fuzzer() {
  local name=$1 seconds=$2 worker=${3:-} work="$fuzz/corpus/$1" dict=()
  [ -f "fuzz/$name.dict" ] && dict=(-dict="fuzz/$name.dict")
  if "$fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -max_len=4096 \
      -print_final_stats=1 -artifact_prefix="$fuzz/findings/$name-" "${dict[@]}" "$work" "fuzz/corpus/$name" \
      >"$fuzz/$name$worker.log" 2>&1; then
    echo "fuzz_$name$worker: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$fuzz/$name$worker.log" | grep -o '[0-9]*$') runs in ${seconds} s, no finding"
  else
    echo "fuzz_$name$worker FOUND A BUG; the input is in $fuzz/findings/, the log ends:" >&2
    tail -n 60 "$fuzz/$name$worker.log" >&2
    return 1
  fi
}
mkdir -p "$fuzz/findings"
# Five fuzzers on two cores, two processes at a time: the fifth runs as two
# workers of half the time each, so that no core idles (100 s, not 120 s, at 40 s).
half=$(((fuzz_seconds + 1) / 2))
rounds=("analyzer:$fuzz_seconds reader:$fuzz_seconds" "extractor:$fuzz_seconds query:$fuzz_seconds"
        "writer:$half:-1 writer:$half:-2")
for job in ${rounds[*]}; do
  name=${job%%:*}
  rm -rf "${fuzz:?}/corpus/$name" && mkdir -p "$fuzz/corpus/$name"
done
failed=0
for round in "${rounds[@]}"; do
  pids=()
  for job in $round; do IFS=: read -r name seconds worker <<<"$job"; run_fuzzer "$name" "$seconds" "$worker" & pids+=($!); done
  for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
done
step_done "fuzzing (5 x ${fuzz_seconds} s)"
exit $failed

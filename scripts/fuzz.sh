#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) into build-fuzz and runs them.
#   scripts/fuzz.sh                 every target, 60 s each
#   scripts/fuzz.sh policy_html 300 one target for 300 s
#   scripts/fuzz.sh all 30          CI smoke: every target for 30 s
# Seeds come from tests/data (tests/fuzz/seeds.txt) and tests/data/fuzz/<target>/ (kept
# crashers); new coverage goes to build-fuzz/corpus/<target>. A crash leaves
# build-fuzz/artifacts/<target>/crash-* and makes the script exit non-zero: copy the file to
# tests/data/fuzz/<target>/ so tst_fuzzregressions replays it in every build.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
TARGET="${1:-all}"
SECONDS_EACH="${2:-60}"
BUILD_DIR="${FUZZ_BUILD_DIR:-build-fuzz}"
JOBS="${JOBS:-2}"

export CC="${CC:-clang}" CXX="${CXX:-clang++}"
if ! command -v "$CXX" >/dev/null; then
    echo "fuzz.sh: $CXX not found; libFuzzer needs clang" >&2
    exit 2
fi
GENERATOR=()
if command -v ninja >/dev/null 2>&1 && [ ! -f "$BUILD_DIR/Makefile" ]; then
    GENERATOR=(-G Ninja)
fi
cmake -S . -B "$BUILD_DIR" "${GENERATOR[@]}" -DCMAKE_BUILD_TYPE=Debug -DCD_FUZZ=ON -DCD_BUILD_TESTS=ON >/dev/null

mapfile -t ALL_TARGETS < <(grep -v '^#' tests/fuzz/seeds.txt | awk 'NF { print $1 }')
if [ "$TARGET" = all ]; then
    TARGETS=("${ALL_TARGETS[@]}")
else
    TARGETS=("$TARGET")
fi
nice cmake --build "$BUILD_DIR" -j "$JOBS" --target "${TARGETS[@]/#/fuzz_}"

export QT_QPA_PLATFORM=offscreen
# Qt keeps caches for the life of the process; those are not leaks of the code under test.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

status=0
summary=()
for t in "${TARGETS[@]}"; do
    corpus="$BUILD_DIR/corpus/$t"
    artifacts="$BUILD_DIR/artifacts/$t"
    mkdir -p "$corpus" "$artifacts" "tests/data/fuzz/$t"
    seeds=()
    for glob in $(awk -v t="$t" '$1 == t { for (i = 2; i <= NF; i++) print $i }' tests/fuzz/seeds.txt); do
        for f in tests/data/$glob; do
            [ -f "$f" ] && cp -f "$f" "$corpus/seed-$(basename "$f")"
        done
    done
    log="$BUILD_DIR/fuzz-$t.log"
    echo "== $t: ${SECONDS_EACH}s"
    if nice "$BUILD_DIR/tests/fuzz/fuzz_$t" "$corpus" "tests/data/fuzz/$t" \
        -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1; then
        result=ok
    else
        result="FAILED (see $log and $artifacts)"
        status=1
    fi
    execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{ print $2 }')
    summary+=("$t: ${execs:-?} executions, $result")
done
echo
printf '%s\n' "${summary[@]}"
exit $status

#!/usr/bin/env bash
# Installs dependencies if missing, builds, and runs the whole test suite with CTest; then builds
# the vault tests a second time against SQLCipher 4.5.5 (build-sqlcipher4/, see
# scripts/fetch-sqlcipher4.sh) and runs them, so every vault format path is tested on SQLCipher
# 3.4 (the system's) and 4.x. GUI tests run on Qt's offscreen platform; no display is needed.
# Arguments go to both ctest runs (e.g. -R vault). CD_SQLCIPHER4=0 skips the second build;
# CD_SQLCIPHER4_CRASH_RUNS (default 4) sets the kill runs of the crash test in it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
# Paths inside the tree are hashed relative to it, so a fresh clone reuses ccache's results.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
./scripts/build.sh
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
JOBS="${JOBS:-2}"

status=0
echo "== Test suite, system SQLCipher"
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "$JOBS" "$@" || status=$?

if [ "${CD_SQLCIPHER4:-1}" != 0 ]; then
    echo "== Vault tests, SQLCipher 4.5.5"
    BUILD4="${SQLCIPHER4_BUILD_DIR:-build-sqlcipher4}"
    amalgamation=$(./scripts/fetch-sqlcipher4.sh)
    GENERATOR=()
    if command -v ninja >/dev/null 2>&1 && [ ! -f "$BUILD4/Makefile" ]; then
        GENERATOR=(-G Ninja)
    fi
    cmake -S . -B "$BUILD4" "${GENERATOR[@]}" -DCMAKE_BUILD_TYPE=Release -DCD_TEST_SET=storage \
        -DCD_SQLCIPHER_AMALGAMATION="$amalgamation" >/dev/null
    cmake --build "$BUILD4" -j "$JOBS" --target cd_storage_tests
    CD_CRASH_RUNS="${CD_SQLCIPHER4_CRASH_RUNS:-4}" \
        ctest --test-dir "$BUILD4" --output-on-failure -j "$JOBS" "$@" || status=$?
fi
exit $status

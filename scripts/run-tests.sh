#!/usr/bin/env bash
# Builds TrustDesk and runs every test suite (QtTest executables under CTest).
#   scripts/run-tests.sh              the suite, in ./build
#   scripts/run-tests.sh --sanitize   the suite built with AddressSanitizer (and its leak
#                                     checker) and UBSan, in ./build-sanitize; any report fails
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
if [ "${1:-}" = "--sanitize" ]; then
    # -O0 with line tables: UBSan's checks make an optimised build three times as slow to
    # compile, OpenSSL (where the time goes) is not instrumented, and reports need only
    # file and line.
    cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O0 -g1" \
        -DTRUSTDESK_WERROR=ON -DTRUSTDESK_SANITIZE=ON -DTRUSTDESK_BENCHMARKS=OFF >/dev/null
    cmake --build build-sanitize -j "${JOBS:-2}"
    # Leaks inside the libraries (fontconfig, the OpenSSL providers) that are not ours are
    # listed in tests/sanitizers/lsan.supp; everything else fails the test.
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1
    export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
    ctest --test-dir build-sanitize --output-on-failure -j "${JOBS:-2}"
    exit 0
fi
"$(dirname "$0")/build.sh"
ctest --test-dir build --output-on-failure -j "${JOBS:-2}"

#!/usr/bin/env bash
# fuzz.sh [SECONDS]: builds every fuzz target (clang's libFuzzer with AddressSanitizer and
# UBSan, in build-fuzz/), runs each for SECONDS (default 60) from the seed inputs in
# tests/fuzz/corpus/, keeps what crashes in build-fuzz/crashes/, and ends with one line:
# "N fuzzers, M crashes". JOBS (default 2) fuzzers run at once. Exits 1 when anything
# crashed. Installs clang and its fuzzer runtime (Debian's packages) when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
jobs=${JOBS:-2}

missing=()
for p in clang libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
scripts/install-dependencies.sh >/dev/null

CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTRUSTDESK_FUZZERS=ON -DTRUSTDESK_TESTS=OFF -DTRUSTDESK_BENCHMARKS=OFF \
    -DTRUSTDESK_GUI=OFF >/dev/null
cmake --build build-fuzz --target fuzzers -j "${JOBS:-2}"

mkdir -p build-fuzz/crashes build-fuzz/logs
targets=$(cd tests/fuzz && ls Fuzz*.cpp | grep -v FuzzSupport | sed 's/\.cpp$//')
run_one() {
    local name=$1 seconds=$2
    local corpus=build-fuzz/corpus/$name
    mkdir -p "$corpus"
    # The committed seeds are copied, so that what the fuzzer learns stays out of the tree.
    [ -d "tests/fuzz/corpus/$name" ] && cp -n "tests/fuzz/corpus/$name"/* "$corpus"/ 2>/dev/null || true
    # Leaks are reported by their own run of the test suite; here only crashes count.
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "build-fuzz/tests/fuzz/$name" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
        -artifact_prefix="build-fuzz/crashes/$name-" "$corpus" \
        >"build-fuzz/logs/$name.log" 2>&1 || true
    echo "$name: $(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "build-fuzz/logs/$name.log" | tail -1 || true)"
}
export -f run_one
count=0
for name in $targets; do
    count=$((count + 1))
done
rm -f build-fuzz/crashes/*
printf '%s\n' $targets | xargs -P "$jobs" -I{} bash -c 'run_one {} '"$seconds"
crashes=$(find build-fuzz/crashes -type f | wc -l)
if [ "$crashes" -gt 0 ]; then
    echo "Crashing inputs:"
    find build-fuzz/crashes -type f | sed 's/^/  /'
fi
echo "$count fuzzers, $crashes crashes"
[ "$crashes" -eq 0 ]

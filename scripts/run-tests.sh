#!/usr/bin/env bash
# Builds TrustDesk and runs every test suite (QtTest executables under CTest).
set -euo pipefail
cd "$(dirname "$0")/.."
"$(dirname "$0")/build.sh"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j "${JOBS:-2}"

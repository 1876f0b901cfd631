#!/usr/bin/env bash
# Installs what is missing, builds MockLoop (Debug with library assertions) and runs every test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" --with-test-tools
cmake --preset debug -S "$root" -DMOCKLOOP_BUILD_DESKTOP=ON -DMOCKLOOP_BUILD_TESTS=ON >/dev/null
cmake --build "$root/build/debug" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
cd "$root/build/debug"
ctest --output-on-failure --timeout 300 "$@"

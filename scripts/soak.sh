#!/usr/bin/env bash
# The kill -9 soak (docs/reliability.md, "Killed at any moment"): builds what it needs (the
# Debug build of scripts/test.sh) and runs N trials (default 200), each a real program —
# `mockloop-cli run` or the desktop window — typing at 5 characters a second, killed with
# SIGKILL at a random moment, restarted and checked. It prints every trial, then per program
# the draft lost (characters and milliseconds: median, worst) and the clock time given back.
# ctest runs 25 trials (test `soak`).
#
# Usage: scripts/soak.sh [N] [soak options: --seed S, --program terminal|desktop,
#                             --phase typing|saving|transition|grading|migration|restore,
#                             --terminal-draft-promise, --verbose]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
trials=${1:-200}
[[ $# -gt 0 ]] && shift
"$root/scripts/install-deps.sh"
cmake --preset debug -S "$root" -DMOCKLOOP_BUILD_DESKTOP=ON -DMOCKLOOP_BUILD_TESTS=ON \
  -DMOCKLOOP_WERROR=ON >/dev/null
cmake --build "$root/build/debug" --parallel "$(nproc)" --target soak
start=$(date +%s)
status=0
QT_QPA_PLATFORM=offscreen "$root/build/debug/tests/soak/soak" --trials "$trials" "$@" || status=$?
echo "soak.sh: $trials trials took $(( $(date +%s) - start )) s of wall time"
exit "$status"

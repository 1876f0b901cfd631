#!/usr/bin/env bash
# Builds the Release configuration and runs every benchmark at full size. Figures are reported,
# never asserted; see docs/benchmarks.md for the latest measured numbers.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
cmake --preset release -S "$root" -DMOCKLOOP_BUILD_DESKTOP=ON >/dev/null
cmake --build "$root/build/release" --parallel "$(nproc)"
# The 10,000-session data dir is generated once (about 2 GB, a minute or two) and shared.
data="$root/build/release/benchdata"
mkdir -p "$data"
for b in "$root"/build/release/bench/bench_*; do
  [[ -f "$b" && -x "$b" ]] || continue # not the *_autogen folders
  echo "== $(basename "$b")"
  QT_QPA_PLATFORM=offscreen "$b" --full --keep "$data"
done

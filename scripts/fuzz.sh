#!/usr/bin/env bash
# Fuzzes every libFuzzer target (docs/fuzzing.md) for SECONDS each (default 600): builds the
# fuzz preset (clang 14, ASan, UBSan), runs each target on a copy of its committed corpus,
# merges the inputs that reach new code into tests/fuzz/corpus/<target>/ and copies any crash,
# leak or timeout input into the corpus too, so test_fuzz_replay (ctest) replays it from then
# on. Prints one line per target for docs/fuzzing.md. Exits 1 when a target found a problem.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
shift || true
"$root/scripts/install-deps.sh" --with-test-tools
cmake --preset fuzz -S "$root" >/dev/null
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(pack_json markdown delimited settings)
fi
cmake --build "$root/build/fuzz" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

found=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in "${targets[@]}"; do
  corpus="$root/tests/fuzz/corpus/$target"
  mkdir -p "$corpus" "$work/$target/new" "$work/$target/artifacts"
  cp "$corpus"/* "$work/$target/new/" 2>/dev/null || true
  before=$(find "$corpus" -type f | wc -l)
  log="$work/$target/log"
  status=0
  # A target stops at its first finding (written to artifacts/); the timeout and memory limits
  # turn hangs and runaway allocations into findings too.
  (cd "$work/$target" && "$root/build/fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" \
    -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/$target/artifacts/" "$work/$target/new" >"$log" 2>&1) || status=$?
  # Keep only what adds coverage: merge the run's inputs into the committed corpus.
  "$root/build/fuzz/tests/fuzz/fuzz_$target" -merge=1 -max_len=16384 -timeout=10 \
    "$corpus" "$work/$target/new" >"$log.merge" 2>&1 || true
  crashes=0
  for input in "$work/$target/artifacts"/*; do
    [[ -e "$input" ]] || continue
    crashes=$((crashes + 1))
    # Named by what it is, so the replay test keeps it and the history says where it came from.
    cp "$input" "$corpus/regression-$(basename "$input")"
  done
  after=$(find "$corpus" -type f | wc -l)
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  [[ -n "$execs" ]] || execs=$(grep -o '^#[0-9]*' "$log" | tr -d '#' | tail -1)
  echo "fuzz_$target: ${execs:-?} executions in ${seconds} s, corpus $before -> $after files," \
    "$crashes finding(s), exit $status"
  if [[ $crashes -gt 0 || $status -ne 0 ]]; then
    found=1
    echo "--- last lines of the log of fuzz_$target:"
    tail -30 "$log"
  fi
done
exit $found

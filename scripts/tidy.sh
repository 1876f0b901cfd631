#!/usr/bin/env bash
# Runs clang-tidy (Debian's clang-tidy 14; the checks are in .clang-tidy) over the sources of
# core/ and app/, with the compile commands of the debug build, and counts the findings per
# check. Build first (scripts/test.sh, or `cmake --preset debug` and a build): clang-tidy needs
# build/debug/compile_commands.json and the moc files the build generates.
#
# Usage: scripts/tidy.sh [--changed] [--jobs N] [--build-dir DIR] [FILE...]
#   --changed   only the .cpp files changed against main (committed or not) and the .cpp files
#               beside changed headers
#   FILE...     only these files
# Exit status 1 when there is a finding. The full output goes to build/debug/clang-tidy.log.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/debug"
jobs=$(nproc)
changed=false
files=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --changed) changed=true ;;
    --jobs) jobs="$2"; shift ;;
    --build-dir) build=$(cd "$2" && pwd); shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) files+=("$(cd "$(dirname "$1")" && pwd)/$(basename "$1")") ;;
  esac
  shift
done

tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
if [[ -z "$tidy" ]]; then
  echo "tidy.sh: clang-tidy is not installed (scripts/install-deps.sh --with-test-tools)" >&2
  exit 2
fi
if [[ ! -f "$build/compile_commands.json" ]]; then
  echo "tidy.sh: no $build/compile_commands.json; configure and build first:" >&2
  echo "  cmake --preset debug -DMOCKLOOP_BUILD_DESKTOP=ON -DMOCKLOOP_BUILD_TESTS=ON && cmake --build build/debug" >&2
  exit 2
fi

# Every core/ and app/ translation unit of the build.
mapfile -t all < <(python3 - "$build/compile_commands.json" "$root" <<'EOF'
import json, os, sys
root = sys.argv[2]
seen = set()
for entry in json.load(open(sys.argv[1])):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    rel = os.path.relpath(path, root)
    if rel.startswith(("core/", "app/")) and path not in seen:
        seen.add(path)
        print(path)
EOF
)

if $changed; then
  cd "$root"
  base=$(git merge-base HEAD main 2>/dev/null || git rev-parse HEAD)
  mapfile -t touched < <({ git diff --name-only "$base"; git ls-files --others --exclude-standard; } \
                         | grep -E '^(core|app)/.*\.(cpp|h)$' | sort -u)
  for f in "${touched[@]}"; do
    stem="$root/${f%.*}"
    for t in "${all[@]}"; do
      [[ "${t%.*}" == "$stem" ]] && files+=("$t")
    done
  done
fi
if [[ ${#files[@]} -eq 0 ]]; then
  if $changed; then
    echo "tidy.sh: no changed core/ or app/ file"
    exit 0
  fi
  files=("${all[@]}")
fi
mapfile -t files < <(printf '%s\n' "${files[@]}" | sort -u)

log="$build/clang-tidy.log"
echo "tidy.sh: clang-tidy over ${#files[@]} file(s), $jobs at a time; output in $log"
# GCC's compile commands: clang ignores the options it does not know.
printf '%s\0' "${files[@]}" \
  | xargs -0 -n 1 -P "$jobs" "$tidy" -p "$build" --quiet \
      --extra-arg=-Wno-unknown-warning-option --extra-arg=-Wno-ignored-optimization-argument \
      > "$log" 2> "$log.stderr" || true

# One finding per file:line:column and check (a header's findings come once per file that
# includes it).
summary=$(grep -E '^/.*: (warning|error): .*\[[a-z0-9.,-]+\]$' "$log" | sort -u \
          | sed -E 's/.*\[([a-z0-9.,-]+)\]$/\1/' | tr ',' '\n' | sort | uniq -c | sort -rn || true)
errors=$(grep -cE '^/.*: error: ' "$log" || true)
if [[ -z "$summary" && "$errors" -eq 0 ]]; then
  echo "tidy.sh: no findings"
  exit 0
fi
grep -E '^/.*: (warning|error): ' "$log" | sort -u | sed "s|^$root/||"
echo
echo "Findings per check:"
echo "$summary"
[[ "$errors" -gt 0 ]] && echo "($errors compiler error(s): see $log and $log.stderr)"
exit 1

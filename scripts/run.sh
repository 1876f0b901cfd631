#!/usr/bin/env bash
# Installs what is missing, builds MockLoop (Release) and opens the desktop app.
# Extra arguments are passed to the app (for example --data-dir DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
cmake --preset release -S "$root" -DMOCKLOOP_BUILD_DESKTOP=ON >/dev/null
cmake --build "$root/build/release" --parallel "$(nproc)"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "MockLoop is built ($root/build/release/app/desktop/mockloop) but there is no display to open its window on; run it from a desktop session (or under xvfb-run)." >&2
  exit 2
fi
exec "$root/build/release/app/desktop/mockloop" "$@"

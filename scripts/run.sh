#!/usr/bin/env bash
# Installs what is missing, builds MockLoop (Release) and opens the desktop app; without a
# display it starts the terminal interview (mockloop-cli run) instead.
# Extra arguments are passed on (for example --data-dir DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
cmake --preset release -S "$root" -DMOCKLOOP_BUILD_DESKTOP=ON >/dev/null
cmake --build "$root/build/release" --parallel "$(nproc)"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "No display here: starting the terminal interview instead (the desktop app is build/release/app/desktop/mockloop)." >&2
  exec "$root/build/release/app/cli/mockloop-cli" run "$@"
fi
exec "$root/build/release/app/desktop/mockloop" "$@"

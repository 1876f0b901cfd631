#!/usr/bin/env bash
# Installs the Debian 12 packages MockLoop needs to build, run and test.
# Shared by run.sh and test.sh. Usage: install-deps.sh [--with-test-tools]
set -euo pipefail

packages=(
  cmake ninja-build g++
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-speech-dev qt6-declarative-dev qt6-speech-flite-plugin
  libxkbcommon-dev libsqlite3-dev libbenchmark-dev
  pkg-config libpocketsphinx-dev libsphinxbase-dev pocketsphinx-en-us
)
if [[ "${1:-}" == "--with-test-tools" ]]; then
  packages+=(poppler-utils xvfb xauth imagemagick xdotool clang libclang-rt-14-dev optipng
    python3 clang-tidy python3-icalendar espeak-ng sox pocketsphinx)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "MockLoop needs these Debian packages and cannot install them without root. Run:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"

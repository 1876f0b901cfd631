#!/bin/sh
# Screenshots of every page (Home, Setup, Interview, paused, Grading, Round review, Report,
# Library, History, Compare, Progress, Stories, Settings, Import preview) in the light, the
# dark and the desktop's own theme, at 1366×768, with demo data, into
# docs/screenshots/themes/<theme>-<page>.png. Build first (target theme_screenshots).
# Runs on the offscreen platform; pass --xvfb to draw in a real X server (xvfb-run) instead.
# The PNGs are optimised with optipng when it is installed (Debian package optipng).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
program=$root/build/debug/tests/gui/theme_screenshots
out=$root/docs/screenshots/themes
xvfb=false
[ "${1:-}" = "--xvfb" ] && xvfb=true
mkdir -p "$out"
for theme in light dark system; do
    if $xvfb; then
        xvfb-run -a -s "-screen 0 1366x900x24" "$program" "$theme" "$out"
    else
        QT_QPA_PLATFORM=offscreen "$program" "$theme" "$out"
    fi
done
if command -v optipng >/dev/null; then
    optipng -quiet -o2 "$out"/*.png
fi

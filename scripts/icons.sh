#!/bin/sh
# Renders the SVG sources in resources/icons to the PNG sizes the program loads (Icons.cpp):
# PNGs draw without Qt's SVG plugin, which would cost start-up time (bench_window).
# Needs rsvg-convert (Debian: librsvg2-bin); optimises with optipng when installed.
set -eu
icons=$(cd "$(dirname "$0")/.." && pwd)/resources/icons
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w $size -h $size "$icons/mockloop.svg" -o "$icons/mockloop-$size.png"
done
for svg in "$icons"/actions/*.svg; do
    for size in 16 20 24 32 40 48; do
        rsvg-convert -w $size -h $size "$svg" -o "${svg%.svg}-$size.png"
    done
done
if command -v optipng >/dev/null; then
    optipng -quiet -o5 "$icons"/*.png "$icons"/actions/*.png
fi

#!/bin/sh
# Screenshots of the interview page's clock states in a real X server (Xvfb), written to
# docs/screenshots/clock-<state>.png. Needs xvfb, xauth and imagemagick; build first.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
program=${1:-$root/build/debug/tests/gui/clock_screenshot}
for state in normal amber red overtime; do
    out="$root/docs/screenshots/clock-$state.png"
    xvfb-run -a -s "-screen 0 1366x900x24" sh -c "
        '$program' $state 6 &
        pid=\$!
        sleep 4
        import -window root '$out'
        wait \$pid" 
    echo "wrote $out"
done

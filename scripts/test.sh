#!/usr/bin/env bash
# Installs what is missing, builds MockLoop (Debug with library assertions) and runs every test;
# then builds the GUI tests that run several sessions in one window under AddressSanitizer and
# UBSan (preset asan, build/asan) and runs them there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" --with-test-tools
# Warnings are errors here (MOCKLOOP_WERROR), so a change that warns does not pass CI.
cmake --preset debug -S "$root" -DMOCKLOOP_BUILD_DESKTOP=ON -DMOCKLOOP_BUILD_TESTS=ON -DMOCKLOOP_WERROR=ON >/dev/null
cmake --build "$root/build/debug" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
(cd "$root/build/debug" && ctest --output-on-failure --timeout 300 "$@")

# A panel that reads a session freed after it ended (issue 14) may pass unnoticed in a plain
# build; under ASan it fails. Only these tests' targets are built: about 10 CPU minutes from
# a cold build dir without ccache (docs/architecture.md, "Testing under the sanitizers").
asan_tests=(test_gui_sitting)
cmake --preset asan -S "$root" >/dev/null
cmake --build "$root/build/asan" --parallel "$(nproc)" --target "${asan_tests[@]}"
# The first report of either sanitizer ends the run with an error. LeakSanitizer stays on:
# these tests leak nothing today (should a Qt version's own allocations at exit make noise,
# add detect_leaks=0 here and say which).
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
regex=$(IFS='|'; echo "^(${asan_tests[*]})\$")
(cd "$root/build/asan" && ctest --output-on-failure --timeout 600 -R "$regex")

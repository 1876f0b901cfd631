#!/usr/bin/env bash
# Installs what is missing, builds MockLoop once and runs every test in that build: Debug with
# library assertions, under AddressSanitizer (leak checking on) and UndefinedBehaviorSanitizer,
# warnings as errors (preset asan, build dir build/asan). Core, GUI (offscreen), terminal,
# crash, soak, fuzz-corpus replay, translation and project-rule tests, and each benchmark once
# at a tiny size. Arguments go to ctest (for example -R test_engine).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" --with-test-tools
# Warnings are errors here (MOCKLOOP_WERROR), so a change that warns does not pass CI.
cmake --preset asan -S "$root" -DMOCKLOOP_WERROR=ON >/dev/null
cmake --build "$root/build/asan" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
# The first report of either sanitizer ends the test with an error; nothing is suppressed
# (scripts/sanitizer-suppressions.txt would hold a suppression with its reason; it is empty).
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$root/scripts/sanitizer-suppressions.txt:print_suppressions=0
(cd "$root/build/asan" && ctest --output-on-failure --timeout 600 --parallel "$(nproc)" "$@")

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh Debian 12 machine:
#   scripts/rollwise.sh run  [rollwise args…]  install what is missing, build, start the app
#   scripts/rollwise.sh test                  install what is missing, build, run every test with ctest, then
#                                             the same suite under ASan+UBSan, a bounded libFuzzer run and
#                                             valgrind on the core tests (docs/hardening.md; ROLLWISE_QUICK=1
#                                             stops after the plain ctest run, except in CI)
set -euo pipefail

cd "$(dirname "$0")/.."
mode="${1:-}"
case "$mode" in
    run | test) shift ;;
    *)
        echo "usage: $0 run [rollwise arguments…] | test" >&2
        exit 2
        ;;
esac

# Build and run-time needs, all from Debian 12's own archive (PocketSphinx and its US English model: the offline
# voice commands; Qt TextToSpeech and its engines: the spoken steps).
packages=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-svg-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libspdlog-dev libgtest-dev libgmock-dev libbenchmark-dev
    fonts-dejavu-core xvfb xauth poppler-utils sox
    libpocketsphinx-dev libsphinxbase-dev pocketsphinx-en-us
    # Spoken steps: Qt TextToSpeech with flite (in-process English) and speech-dispatcher with espeak-ng (German).
    # qt6-declarative-dev only because Debian's Qt6TextToSpeech CMake package requires Qt6QmlIntegration from it.
    qt6-speech-dev qt6-declarative-dev qt6-speech-flite-plugin qt6-speech-speechd-plugin speech-dispatcher-espeak-ng
)
# Only the tests need a PulseAudio server (a private one, with a null sink, started and stopped by the tests);
# a desktop running PipeWire should not get the daemon just to run the app.
if [ "$mode" = test ]; then
    # espeak-ng synthesises the spoken commands the voice tests feed the recogniser.
    packages+=(pulseaudio pulseaudio-utils desktop-file-utils appstream time dpkg-dev lintian espeak-ng)
fi
# The hardening sections of `test` (docs/hardening.md): clang and its sanitizer/libFuzzer runtimes,
# llvm-symbolizer for readable reports, valgrind. CI always runs them; ROLLWISE_QUICK=1 skips them locally.
quick="${ROLLWISE_QUICK:-0}"
if [ -n "${CI:-}" ] && [ "$quick" != 0 ]; then
    echo "rollwise: CI runs every section: ignoring ROLLWISE_QUICK=$quick" >&2
    quick=0
fi
if [ "$mode" = test ] && [ "$quick" = 0 ]; then
    packages+=(clang libclang-rt-14-dev llvm valgrind)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "rollwise: installing missing packages: ${missing[*]}" >&2
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "rollwise: run as root or install sudo" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

jobs="$(nproc 2>/dev/null || echo 2)"
section() { # prints a section header and starts its clock
    printf '\n======== rollwise test %s ========\n' "$*"
    section_start=$SECONDS
}
[ "$mode" = run ] || section "1/4: build and ctest (build/)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROLLWISE_WERROR=ON
cmake --build build --parallel "$jobs"

if [ "$mode" = run ]; then
    exec build/app/rollwise "$@"
fi

# ---- test: four sections, each with a header; every section runs, and any failure fails the command ----
failed=()
summary=()
run_section() { # NAME FUNCTION: errexit does not apply inside a function called as a condition, so each
    local name=$1 t0=$section_start rc=0 # function chains its own commands with &&
    "$2" || rc=$?
    if ((rc == 0)); then
        summary+=("ok      $name ($((SECONDS - t0)) s)")
    else
        summary+=("FAILED  $name ($((SECONDS - t0)) s, exit $rc)")
        failed+=("$name")
    fi
}

plain_ctest() {
    (cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$jobs")
}

# Sanitizer settings shared by the ASan+UBSan suite and the fuzzer: any UB report stops the program, leaks
# are reported, and the only leak suppressions are for system libraries (tests/fuzz/lsan.supp).
sanitizer_env() {
    export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
    export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
    export QT_QPA_PLATFORM=offscreen # also for gtest discovery at build time
}

asan_ctest() {
    (
        sanitizer_env
        cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROLLWISE_WERROR=ON -DROLLWISE_SANITIZE=ON &&
            cmake --build build-asan --parallel "$jobs" &&
            cd build-asan && ctest --output-on-failure --parallel "$jobs"
    )
}

# libFuzzer over the committed seeds for ROLLWISE_FUZZ_SECONDS (default 120); new inputs it finds stay in
# build-fuzz/corpus for the next local run, crashes go to build-fuzz/artifacts/. Full log: build-fuzz/fuzz.log.
fuzz_run() {
    (
        sanitizer_env
        local log=build-fuzz/fuzz.log rc=0
        cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DROLLWISE_FUZZ=ON \
            >/dev/null &&
            cmake --build build-fuzz --parallel "$jobs" --target routine_fuzzer &&
            mkdir -p build-fuzz/corpus build-fuzz/artifacts || return 1
        echo "routine_fuzzer: ${ROLLWISE_FUZZ_SECONDS:-120} s over tests/fuzz/corpus (log: $log)"
        build-fuzz/tests/fuzz/routine_fuzzer -dict=tests/fuzz/routine.dict \
            -max_total_time="${ROLLWISE_FUZZ_SECONDS:-120}" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
            -artifact_prefix=build-fuzz/artifacts/ build-fuzz/corpus tests/fuzz/corpus >"$log" 2>&1 || rc=$?
        grep -E '^(INFO: +[0-9]+ files found|#[0-9]+[[:space:]]+(INITED|DONE))' "$log" || true
        grep -E '^(stat::|Done [0-9]+ runs)' "$log" || true
        if ((rc != 0)); then
            # The report: the broken invariant (if any), the sanitizer's report with its stack, the saved input.
            grep -E '^(routine_fuzzer: |error: )' "$log" | head -20
            sed -n '/^==[0-9]*== *ERROR/,/^SUMMARY/p' "$log" | head -80
            grep -E 'Test unit written|^Base64' "$log" | head -5
            echo "routine_fuzzer failed (exit $rc): minimise the input with -minimize_crash=1 and add it to" \
                "tests/fuzz/crashes/ (docs/hardening.md)"
        fi
        return "$rc"
    )
}

# Uninitialised reads and leaks that ASan does not see, on the plain (uninstrumented) binaries: the core
# tests, then the fuzz seeds through the loader.
valgrind_core() {
    local vg=(valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite
        --errors-for-leak-kinds=definite --track-origins=yes --suppressions=tests/fuzz/valgrind.supp)
    "${vg[@]}" build/tests/core_tests --gtest_brief=1 &&
        "${vg[@]}" build/tests/fuzz/fuzz_replay tests/fuzz/corpus 2>&1 | sed '/^replay: tests\/fuzz\/corpus\//d'
}

run_section "build + ctest" plain_ctest
if [ "$quick" = 0 ]; then
    section "2/4: ctest under ASan+UBSan (build-asan/, gcc)"
    run_section "ctest under ASan+UBSan" asan_ctest
    section "3/4: libFuzzer on the routine loader (build-fuzz/, clang)"
    run_section "fuzz routine loader" fuzz_run
    section "4/4: valgrind: core tests and fuzz seeds (build/)"
    run_section "valgrind core_tests + seeds" valgrind_core
else
    summary+=("skipped ASan+UBSan, fuzzing and valgrind (ROLLWISE_QUICK=$quick)")
fi

section "summary"
printf '%s\n' "${summary[@]}"
sections=${#summary[@]}
[ "$quick" = 0 ] || sections=$((sections - 1))
echo "total: $SECONDS s"
echo "sections: $((sections - ${#failed[@]})) passed, ${#failed[@]} failed"
((${#failed[@]} == 0))

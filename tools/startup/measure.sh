#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up measurement: time to first frame and peak RSS of rollwise against a bare Qt Widgets window built in the
# same tree (tools/startup/startup_bare), each run N times under QT_QPA_PLATFORM=offscreen and under
# xvfb-run (platform xcb), reporting medians (and minimums) and the ratios rollwise / bare.
# Goals, on the medians: ≤ 1.5× time to first frame, ≤ 2× peak RSS.
#
#   tools/startup/measure.sh [--build DIR] [--runs N] [--platforms "offscreen xvfb"]
#                            [--app PATH] [--baseline PATH] [--check]
#
# Both programs quit right after their first frame and print "first-frame-ms N" (rollwise when
# ROLLWISE_QUIT_AFTER_FIRST_FRAME=1). The clock starts in a shell that execs the program, so dynamic loading is
# counted: ROLLWISE_STARTUP_T0_US is taken just before exec. Peak RSS is GNU time's %M (KB) of that process.
# Runs alternate between the two programs, after one unmeasured warm-up each (page cache).
# --check exits 1 when a goal is missed; by default the script only reports. Needs: /usr/bin/time, xvfb-run.
set -euo pipefail
shopt -s inherit_errexit

root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$root/build"
runs=15
platforms="offscreen xvfb"
app=""
baseline=""
check=0
inner=""

usage() {
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

while (($#)); do
    case "$1" in
        --build) build="$(cd "$2" && pwd)"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --platforms) platforms="$2"; shift 2 ;;
        --app) app="$2"; shift 2 ;;
        --baseline) baseline="$2"; shift 2 ;;
        --check) check=1; shift ;;
        --inner) inner="$2"; shift 2 ;; # internal: run one platform's series here (used under xvfb-run)
        -h | --help) usage ;;
        *) echo "measure.sh: unknown argument: $1" >&2; usage ;;
    esac
done
app="${app:-$build/app/rollwise}"
baseline="${baseline:-$build/tools/startup/startup_bare}"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "measure.sh: --runs expects a positive number, got '$runs'" >&2; exit 2; }
for exe in "$app" "$baseline"; do
    [ -x "$exe" ] || { echo "measure.sh: $exe: not built (cmake --build $build)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "measure.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

# "MEDIAN MIN" of the numbers on stdin (the median is the mean of the two middle ones for an even count).
median_min() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; m = int((NR + 1) / 2);
                                         printf "%.1f %.1f\n", (NR % 2) ? v[m] : (v[m] + v[m + 1]) / 2, v[1] }'
}

# One run of one program: prints "MS KB".
run_once() {
    local exe="$1" out rss ms rssfile errfile
    rssfile="$(mktemp)"
    errfile="$(mktemp)"
    # The shell takes T0 (microseconds, whatever the locale's decimal point) and execs the program in place.
    local rc=0
    out="$(ROLLWISE_QUIT_AFTER_FIRST_FRAME=1 timeout 30 /usr/bin/time -f %M -o "$rssfile" \
        bash -c 't="$EPOCHREALTIME"; export ROLLWISE_STARTUP_T0_US="${t//[!0-9]/}"; exec "$0"' "$exe" 2>"$errfile")" || rc=$?
    if ((rc)); then
        if ((rc == 124)); then
            echo "measure.sh: $exe did not quit within 30 s under QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-?}: does it" \
                "handle ROLLWISE_QUIT_AFTER_FIRST_FRAME=1? (docs/install.md)" >&2
        else
            echo "measure.sh: $exe exited with status $rc under QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-?}:" >&2
            sed 's/^/  /' "$errfile" >&2
        fi
        rm -f "$rssfile" "$errfile"
        return 1
    fi
    rss="$(tail -n 1 "$rssfile")"
    rm -f "$rssfile" "$errfile"
    ms="$(sed -n 's/^first-frame-ms \([0-9.]*\)$/\1/p' <<<"$out" | head -n 1)"
    if [ -z "$ms" ]; then
        echo "measure.sh: $exe quit without printing 'first-frame-ms N': does it handle" \
            "ROLLWISE_QUIT_AFTER_FIRST_FRAME=1? (docs/install.md)" >&2
        return 1
    fi
    echo "$ms $rss"
}

# One platform's series; prints "series PLATFORM WHICH MEDIAN_MS MIN_MS MEDIAN_KB MIN_KB" for both programs.
series() {
    local platform="$1" i which exe
    local -A ms=() kb=()
    run_once "$baseline" >/dev/null
    run_once "$app" >/dev/null
    for ((i = 0; i < runs; i++)); do
        # Alternate which program goes first, so neither always runs right after the other.
        local order="baseline app"
        ((i % 2)) && order="app baseline"
        for which in $order; do
            [ "$which" = app ] && exe="$app" || exe="$baseline"
            read -r m k < <(run_once "$exe")
            [ -n "${m:-}" ] || exit 1
            ms[$which]+="$m"$'\n'
            kb[$which]+="$k"$'\n'
        done
    done
    for which in baseline app; do
        echo "series $platform $which $(printf '%s' "${ms[$which]}" | median_min) $(printf '%s' "${kb[$which]}" | median_min)"
    done
}

if [ -n "$inner" ]; then
    series "$inner"
    exit 0
fi

# Start-up times grow with whatever else the machine is doing: say so next to the figures.
read -r load1 _ < /proc/loadavg
cores="$(nproc)"
busy="$(awk -v l="$load1" -v c="$cores" 'BEGIN { print (l > c / 2) ? 1 : 0 }')"

results=""
for platform in $platforms; do
    case "$platform" in
        offscreen) results+="$(QT_QPA_PLATFORM=offscreen series offscreen)"$'\n' ;;
        xvfb)
            command -v xvfb-run >/dev/null || { echo "measure.sh: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 2; }
            # One X server for the whole series; a screen large enough for rollwise's 1280×820 window.
            results+="$(QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" \
                bash "$0" --inner xvfb --runs "$runs" --app "$app" --baseline "$baseline")"$'\n'
            ;;
        *) echo "measure.sh: unknown platform '$platform' (offscreen, xvfb)" >&2; exit 2 ;;
    esac
done

echo "Start-up: $runs runs each; rollwise = $app; bare = $baseline"
echo "load average at start: $load1 on $cores cores$( ((busy)) && echo " (busy machine: times and their ratios are unreliable; measure on a quiet one)")"
printf '%-10s %-9s %24s %7s %21s %7s\n' platform program "first frame ms: median" "(min)" "peak RSS MB: median" "(min)"
missed=0
for platform in $platforms; do
    read -r _ _ _ bms bmsmin bkb bkbmin <<<"$(grep "^series $platform baseline " <<<"$results")"
    read -r _ _ _ ams amsmin akb akbmin <<<"$(grep "^series $platform app " <<<"$results")"
    awk -v p="$platform" -v bms="$bms" -v bmsmin="$bmsmin" -v bkb="$bkb" -v bkbmin="$bkbmin" \
        -v ams="$ams" -v amsmin="$amsmin" -v akb="$akb" -v akbmin="$akbmin" 'BEGIN {
        printf "%-10s %-9s %24.1f %7.1f %21.1f %7.1f\n", p, "bare", bms, bmsmin, bkb / 1024, bkbmin / 1024
        printf "%-10s %-9s %24.1f %7.1f %21.1f %7.1f\n", p, "rollwise", ams, amsmin, akb / 1024, akbmin / 1024
        printf "%-10s %-9s %23.2fx %6.2fx %20.2fx %6.2fx   (goals on the medians: <= 1.5x, <= 2x)\n",
            p, "ratio", ams / bms, amsmin / bmsmin, akb / bkb, akbmin / bkbmin
    }'
    ratios="$(awk -v bms="$bms" -v bkb="$bkb" -v ams="$ams" -v akb="$akb" \
        'BEGIN { printf "%.2f %.2f %d", ams / bms, akb / bkb, (ams / bms > 1.5 || akb / bkb > 2) }')"
    read -r tr rr miss <<<"$ratios"
    echo "result $platform first-frame-ratio $tr rss-ratio $rr"
    missed=$((missed + miss))
done
if ((check && missed)); then
    echo "measure.sh: a start-up goal was missed" >&2
    exit 1
fi

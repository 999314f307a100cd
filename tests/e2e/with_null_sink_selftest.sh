#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks tests/e2e/with_null_sink.sh itself (path given as $1): the command sees a working private
# server, its exit status comes back, the daemon and its temp dir are gone afterwards (also after SIGTERM),
# and a PulseAudio that cannot start is a loud failure that never runs the command.
set -euo pipefail

wrapper="${1:?usage: $0 path/to/with_null_sink.sh}"
work="$(mktemp -d "${TMPDIR:-/tmp}/rollwise-pulse-selftest.XXXXXXXX")"
trap 'rm -rf "$work"' EXIT
failures=0

check() { # description, then a command that must succeed
    local what="$1"
    shift
    if "$@"; then
        echo "ok   - $what"
    else
        echo "FAIL - $what"
        failures=$((failures + 1))
    fi
}

daemon_pid_from() { sed -n 's/.*private pulseaudio (pid \([0-9]*\)).*/\1/p' "$1" | head -n 1; }
gone() { ! kill -0 "$1" 2>/dev/null; }

# 1. A working server inside, exit status passed through, everything cleaned up afterwards.
status=0
bash "$wrapper" bash -c '
    set -e
    pactl info | sed -n "s/^Server String: //p" >"$1/server"
    pactl list short sinks | cut -f2 >"$1/sinks"
    exit 7' _ "$work" 2>"$work/err1" || status=$?
pid="$(daemon_pid_from "$work/err1")"
server="$(cat "$work/server" 2>/dev/null || true)"
check "command's exit status 7 is returned (got $status)" test "$status" = 7
check "the sink list inside is exactly 'null'" test "$(cat "$work/sinks" 2>/dev/null)" = null
check "the server is a private socket in a rollwise-pulse temp dir ($server)" \
    bash -c '[[ "$1" == unix:*/rollwise-pulse.*/runtime/native ]]' _ "$server"
check "the daemon (pid ${pid:-?}) is gone afterwards" bash -c '[ -n "$1" ] && ! kill -0 "$1" 2>/dev/null' _ "$pid"
dir="${server#unix:}"
dir="${dir%/runtime/native}"
check "its temp dir is removed" bash -c '[ -n "$1" ] && [ ! -e "$1" ]' _ "$dir"

status=0
bash "$wrapper" true 2>/dev/null || status=$?
check "a succeeding command gives 0 (got $status)" test "$status" = 0

# 2. SIGTERM to the whole process group (ctest timeout, Ctrl-C) still cleans up.
setsid bash "$wrapper" sleep 30 2>"$work/err2" &
group=$!
for _ in $(seq 100); do
    grep -q 'private pulseaudio' "$work/err2" && break
    sleep 0.1
done
pid="$(daemon_pid_from "$work/err2")"
server="$(sed -n 's/.* ready at \(unix:[^ ]*\) .*/\1/p' "$work/err2")"
kill -TERM -- "-$group" 2>/dev/null || true
wait "$group" 2>/dev/null || true
dir="${server#unix:}"
dir="${dir%/runtime/native}"
check "after SIGTERM the daemon (pid ${pid:-?}) is gone" bash -c '[ -n "$1" ] && ! kill -0 "$1" 2>/dev/null' _ "$pid"
check "after SIGTERM its temp dir is removed" bash -c '[ -n "$1" ] && [ ! -e "$1" ]' _ "$dir"

# 3. PulseAudio that cannot start: non-zero, a clear message, and the command never runs.
for fake in false /nonexistent/pulseaudio; do
    status=0
    ROLLWISE_PULSEAUDIO="$fake" bash "$wrapper" touch "$work/ran" 2>"$work/err3" || status=$?
    check "pulseaudio=$fake: fails with status 70 (got $status)" test "$status" = 70
    check "pulseaudio=$fake: says why on stderr" grep -q 'with_null_sink.sh: ERROR: ' "$work/err3"
    check "pulseaudio=$fake: the command did not run" test ! -e "$work/ran"
done
sed -n 's/^/    (stderr) /p' "$work/err3"

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"

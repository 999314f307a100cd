#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command against a private speech-dispatcher: its own socket in a temporary directory, started here
# (never autospawned: SPEECHD_ADDRESS points at it) inside whatever audio server the caller set up (normally
# with_null_sink.sh's), and stopped afterwards, so no daemon outlives the test or speaks into a user's session.
# A per-user daemon left over from elsewhere is never touched.
#
#   with_null_sink.sh with_speech_dispatcher.sh COMMAND [ARGS…]
set -euo pipefail
me=with_speech_dispatcher.sh
fail() {
    echo "$me: $*" >&2
    exit 1
}
daemon_bin=$(command -v speech-dispatcher) || fail "speech-dispatcher is not installed (package speech-dispatcher)"
[ -n "${PULSE_SERVER:-}" ] || fail "PULSE_SERVER is unset: run under with_null_sink.sh, not in a user's audio session"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rollwise-speechd.XXXXXXXX")
daemon_pid=""
cleanup() {
    if [ -n "$daemon_pid" ]; then
        kill "$daemon_pid" 2>/dev/null || true
        wait "$daemon_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

socket="$tmp/speechd.sock"
# -s: in the foreground, so it is this script's child and dies with it; -t 0: no idle shutdown mid-test.
"$daemon_bin" -s -t 0 -c unix_socket -S "$socket" -P "$tmp/pid" -L "$tmp" -l 2 </dev/null >"$tmp/stdout" 2>&1 &
daemon_pid=$!
for _ in $(seq 100); do
    [ -S "$socket" ] && break
    kill -0 "$daemon_pid" 2>/dev/null || fail "speech-dispatcher exited during start-up: $(tail -5 "$tmp/stdout")"
    sleep 0.1
done
[ -S "$socket" ] || fail "speech-dispatcher did not open $socket within 10 s"
export SPEECHD_ADDRESS="unix_socket:$socket"
echo "$me: private speech-dispatcher (pid $daemon_pid) at $socket" >&2

status=0
"$@" || status=$?
exit "$status"

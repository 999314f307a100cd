#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command against a private PulseAudio daemon whose only output is a null sink ("null", monitor
# "null.monitor"), so audio tests get a real output device on machines without sound (CI, containers).
#
#   tests/e2e/with_null_sink.sh COMMAND [ARGS…]
#
# The daemon lives entirely in a fresh mktemp directory (runtime, state, config, socket, cookie, log) and
# is reached only through PULSE_SERVER/PULSE_CLIENTCONFIG/PULSE_COOKIE exported to COMMAND; a user's own
# PulseAudio or PipeWire session is neither used nor touched, and nothing is autospawned. The daemon is
# always stopped and the directory removed when this script exits, however it exits.
#
# Exit status: COMMAND's, or 70 with a message on stderr if the daemon cannot be started. It never
# skips: a test that needs sound must not silently pass without it.
#
# Environment: ROLLWISE_PULSEAUDIO (default: pulseaudio) and ROLLWISE_PACTL (default: pactl) choose the
# binaries; ROLLWISE_NULL_SINK_KEEP_LOG=1 prints the daemon log even on success.
# Needs: pulseaudio, pulseaudio-utils (pactl; parec for recording the monitor).
set -euo pipefail

me="with_null_sink.sh"
if (($# == 0)); then
    echo "usage: $me COMMAND [ARGS…]" >&2
    exit 2
fi

pulseaudio_bin="${ROLLWISE_PULSEAUDIO:-pulseaudio}"
pactl_bin="${ROLLWISE_PACTL:-pactl}"
start_timeout_s=10

fail() {
    echo "$me: ERROR: $*" >&2
    if [ -n "${tmp:-}" ] && [ -s "$tmp/pulse.log" ]; then
        echo "$me: --- pulseaudio log ($tmp/pulse.log) ---" >&2
        tail -n 40 "$tmp/pulse.log" >&2 || true
        echo "$me: --- end of pulseaudio log ---" >&2
    fi
    exit 70
}

for bin in "$pulseaudio_bin" "$pactl_bin"; do
    command -v "$bin" >/dev/null 2>&1 \
        || fail "'$bin' not found: install the Debian packages pulseaudio and pulseaudio-utils (scripts/rollwise.sh does)"
done

# A Unix socket path must stay under 108 bytes: fall back to /tmp when TMPDIR is deep.
base="${TMPDIR:-/tmp}"
((${#base} <= 60)) || base=/tmp
tmp="$(mktemp -d "$base/rollwise-pulse.XXXXXXXX")"
daemon_pid=""

cleanup() {
    local status=$?
    trap - EXIT INT TERM HUP
    if [ -n "$daemon_pid" ] && kill -0 "$daemon_pid" 2>/dev/null; then
        kill -TERM "$daemon_pid" 2>/dev/null || true
        # Bounded: a daemon that ignores SIGTERM gets SIGKILL after 3 s.
        for _ in $(seq 30); do
            kill -0 "$daemon_pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$daemon_pid" 2>/dev/null; then
            echo "$me: pulseaudio (pid $daemon_pid) ignored SIGTERM; killing it" >&2
            kill -KILL "$daemon_pid" 2>/dev/null || true
        fi
        wait "$daemon_pid" 2>/dev/null || true
    fi
    if [ "${ROLLWISE_NULL_SINK_KEEP_LOG:-0}" = 1 ] && [ -s "$tmp/pulse.log" ]; then
        echo "$me: --- pulseaudio log ---" >&2
        cat "$tmp/pulse.log" >&2 || true
    fi
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

mkdir -p "$tmp/home" "$tmp/config" "$tmp/runtime" "$tmp/state"
chmod 700 "$tmp/runtime"
socket="$tmp/runtime/native"
# Client side: never autospawn a daemon, and keep the cookie out of the user's ~/.config/pulse.
printf 'autospawn = no\ndefault-server = unix:%s\n' "$socket" >"$tmp/client.conf"

# Daemon side: -n skips /etc/pulse/default.pa (no ALSA/udev/X11/D-Bus modules); only the native socket
# (anonymous auth: the socket sits in a 0700 directory) and the null sink are loaded. It exits only
# when killed.
(
    export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/runtime"
    export PULSE_RUNTIME_PATH="$tmp/runtime" PULSE_STATE_PATH="$tmp/state" PULSE_CONFIG_PATH="$tmp/config"
    unset PULSE_SERVER DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
    exec "$pulseaudio_bin" -n --daemonize=no --system=no --use-pid-file=no \
        --exit-idle-time=-1 --disallow-exit=yes --realtime=no --high-priority=no \
        --log-target="file:$tmp/pulse.log" --log-level=notice \
        --load="module-native-protocol-unix socket=$socket auth-anonymous=1" \
        --load="module-null-sink sink_name=null rate=48000 channels=2 sink_properties=device.description=Rollwise-null-sink"
) </dev/null >"$tmp/pulse.stdout" 2>&1 &
daemon_pid=$!

export PULSE_SERVER="unix:$socket"
export PULSE_CLIENTCONFIG="$tmp/client.conf"
export PULSE_COOKIE="$tmp/client-cookie"
export PULSE_SINK=null

ready=0
for _ in $(seq $((start_timeout_s * 10))); do
    if ! kill -0 "$daemon_pid" 2>/dev/null; then
        wait "$daemon_pid" 2>/dev/null && code=0 || code=$?
        daemon_pid=""
        cat "$tmp/pulse.stdout" >>"$tmp/pulse.log" 2>/dev/null || true
        fail "pulseaudio exited during start-up (status $code); cannot provide an audio device"
    fi
    if "$pactl_bin" info >/dev/null 2>&1; then
        ready=1
        break
    fi
    sleep 0.1
done
((ready)) || fail "pulseaudio did not answer 'pactl info' within ${start_timeout_s} s"

if ! "$pactl_bin" list short sinks 2>/dev/null | awk '{print $2}' | grep -qx null; then
    fail "pulseaudio is running but has no sink named 'null'"
fi
echo "$me: private pulseaudio (pid $daemon_pid) ready at $PULSE_SERVER with sink 'null'" >&2

# Not exec: the trap must stop the daemon after the command.
status=0
"$@" || status=$?
exit "$status"

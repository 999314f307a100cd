#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Verifies every WAV in resources/audio/ (or the directory given as $1).
#
#   tools/audio/check_cues.sh [DIR]
#
# Prints one row per file: duration, encoding, bits, channels, rate,
# RMS level and peak level (dBFS). Exits non-zero if any file:
#   - is not 16-bit signed-integer PCM in a plain PCM (format tag 1) RIFF WAVE
#     (QSoundEffect rejects 32-bit/float/extensible files),
#   - is not mono 44100 Hz,
#   - is >= 2 s (tones) or >= 3 s (voice-*.wav),
#   - has RMS outside -20 +/- 1.5 dBFS, or peak > -1 dBFS.
# Needs: sox/soxi, python3.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DIR="${1:-${SCRIPT_DIR}/../../resources/audio}"

TARGET_RMS=-20.0
RMS_TOL=1.5
MAX_PEAK=-1.0
MAX_BEEP_S=2
MAX_VOICE_S=3

shopt -s nullglob
files=("$DIR"/*.wav)
if ((${#files[@]} == 0)); then
    echo "check_cues.sh: no .wav files in $DIR" >&2
    exit 1
fi

# WAVE fmt chunk format tag (1 = PCM, 0xFFFE = extensible, 3 = float)
fmt_tag() {
    python3 - "$1" <<'PY'
import struct, sys
with open(sys.argv[1], "rb") as f:
    data = f.read()
if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
    print("not-riff"); sys.exit()
pos = 12
while pos + 8 <= len(data):
    cid, size = data[pos:pos+4], struct.unpack("<I", data[pos+4:pos+8])[0]
    if cid == b"fmt ":
        print(struct.unpack("<H", data[pos+8:pos+10])[0]); sys.exit()
    pos += 8 + size + (size & 1)
print("no-fmt")
PY
}

fcmp() { python3 -c "import sys; sys.exit(0 if (${1}) else 1)"; }

fail=0
printf '%-32s %8s  %-22s %4s %2s %6s %8s %8s  %s\n' \
    FILE DUR_S ENCODING BITS CH RATE RMS_dB PEAK_dB STATUS
for f in "${files[@]}"; do
    name="$(basename "$f")"
    dur="$(soxi -D "$f")"
    enc="$(soxi -e "$f")"
    bits="$(soxi -b "$f")"
    ch="$(soxi -c "$f")"
    rate="$(soxi -r "$f")"
    stats="$(sox "$f" -n stats 2>&1)"
    rms="$(awk '/^RMS lev dB/ {print $4}' <<<"$stats")"
    pk="$(awk '/^Pk lev dB/ {print $4}' <<<"$stats")"
    tag="$(fmt_tag "$f")"

    problems=()
    [[ "$enc" == "Signed Integer PCM" && "$bits" == 16 ]] || problems+=("not 16-bit signed PCM")
    [[ "$tag" == 1 ]] || problems+=("WAVE format tag $tag (want 1)")
    [[ "$ch" == 1 ]] || problems+=("not mono")
    [[ "$rate" == 44100 ]] || problems+=("rate $rate")
    limit="$MAX_BEEP_S"; [[ "$name" == voice-* ]] && limit="$MAX_VOICE_S"
    fcmp "$dur < $limit" || problems+=("duration >= ${limit}s")
    if [[ "$rms" =~ ^-?[0-9.]+$ ]]; then
        fcmp "abs($rms - ($TARGET_RMS)) <= $RMS_TOL" || problems+=("RMS outside ${TARGET_RMS}+/-${RMS_TOL}")
    else
        problems+=("RMS unmeasurable ($rms)")
    fi
    if [[ "$pk" =~ ^-?[0-9.]+$ ]]; then
        fcmp "$pk <= $MAX_PEAK" || problems+=("peak > ${MAX_PEAK} dBFS")
    else
        problems+=("peak unmeasurable ($pk)")
    fi

    status=OK
    if ((${#problems[@]})); then
        status="FAIL: $(IFS=';'; echo "${problems[*]}")"
        fail=1
    fi
    printf '%-32s %8.3f  %-22s %4s %2s %6s %8s %8s  %s\n' \
        "$name" "$dur" "$enc" "$bits" "$ch" "$rate" "$rms" "$pk" "$status"
done

if ((fail)); then
    echo "check_cues.sh: FAILED" >&2
    exit 1
fi
echo "check_cues.sh: all ${#files[@]} files OK"

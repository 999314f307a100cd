#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates every Rollwise audio cue into resources/audio/, and the German
# spoken prompts into resources/audio/de/ (same file names).
#
#   tools/audio/make_cues.sh            # from the repo root (or anywhere)
#
# Needs: sox (14.4+), espeak-ng, python3.
#   Debian/Ubuntu: apt-get install -y sox espeak-ng
#
# Everything is synthesised here (sox tones, espeak-ng speech); nothing is
# copied from elsewhere. Output format is what Qt 6 QSoundEffect accepts:
# RIFF WAVE, 16-bit signed PCM, mono, 44100 Hz. Every file is normalised to
# an RMS level of -20 dBFS with peaks at or below -1.5 dBFS.
#
# The script is idempotent: it builds everything in a temporary directory,
# checks it, then replaces the *.wav files in resources/audio/ (stale cue
# files, e.g. for a removed technique, are deleted). sox runs in repeatable
# mode (-R) so the same inputs give byte-identical output.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "${SCRIPT_DIR}/../.." && pwd)"
OUT_DIR="${REPO_ROOT}/resources/audio"
CONTENT_JSON="${REPO_ROOT}/core/content/content.json"
CONTENT_DE_JSON="${REPO_ROOT}/core/content/content.de.json"   # German technique names

RATE=44100
TARGET_RMS_DB=-20.0    # dBFS, the loudness every cue is normalised to
MAX_PEAK_DB=-1.5       # dBFS, normalisation keeps peaks at or below this
VOICE="en-us"          # espeak-ng voice (section 3 switches to "de")
SPEED=150              # espeak-ng words per minute
FALLBACK_SPEED=165     # only used if a phrase would be >= MAX_VOICE_S at SPEED
MAX_BEEP_S=2.0
MAX_VOICE_S=2.9        # hard limit is 3 s; keep a small margin

for tool in sox soxi espeak-ng python3; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "make_cues.sh: '$tool' not found (apt-get install -y sox espeak-ng python3)" >&2
        exit 1
    }
done
for f in "$CONTENT_JSON" "$CONTENT_DE_JSON"; do
    [[ -f "$f" ]] || { echo "make_cues.sh: missing $f" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
STAGE="${WORK}/stage"   # finished 16-bit files, moved to OUT_DIR at the end
mkdir -p "$STAGE" "$STAGE/de"

SOX=(sox -R -V1)                                     # repeatable, quiet
FLOAT=(-r "$RATE" -c 1 -b 32 -e floating-point)      # intermediate format
FINAL=(-r "$RATE" -c 1 -b 16 -e signed-integer)      # delivered format

# --------------------------------------------------------------------------
# Measurement helpers
# --------------------------------------------------------------------------
rms_db()  { "${SOX[@]}" "$1" -n stats 2>&1 | awk '/^RMS lev dB/ {print $4}'; }
peak_db() { "${SOX[@]}" "$1" -n stats 2>&1 | awk '/^Pk lev dB/  {print $4}'; }
duration() { soxi -D "$1"; }
# fcalc EXPR -> floating-point arithmetic
fcalc() { python3 -c "print(round(${1}, 3))"; }
# fcmp "a OP b" -> exit status
fcmp() { python3 -c "import sys; sys.exit(0 if (${1}) else 1)"; }

# --------------------------------------------------------------------------
# Tone building blocks (all written as 32-bit float, normalised later)
# --------------------------------------------------------------------------

# note OUT DUR FREQ [STYLE]
#   A sine with a little 2nd/3rd harmonic for warmth.
#   STYLE "soft"  : 8 ms fade-in, 40 ms half-sine fade-out (steady blip/tone)
#         "chime" : 4 ms fade-in, bell-like exponential decay (~40 dB) over
#                   the note, last quarter faded to silence
#         "tick"  : 3 ms fade-in, steep exponential decay (percussive)
#         "firm"  : stronger harmonics, 10 ms in / 50 ms out (safety stop)
note() {
    local out="$1" dur="$2" f="$3" style="${4:-soft}"
    local f2 f3
    f2="$(fcalc "$f*2")"; f3="$(fcalc "$f*3")"
    case "$style" in
        soft)
            "${SOX[@]}" -n "${FLOAT[@]}" "$out" synth "$dur" sine "$f" sine "$f2" sine "$f3" \
                remix 1v0.80,2v0.15,3v0.05 fade h 0.008 "$dur" 0.040 ;;
        chime)
            # Exponential (linear-in-dB) decay: sox's "l" fade drops ~85 dB
            # over its length, so fade over 2x the note and cut at the note
            # length (~40 dB of decay), then a short half-sine tail to silence.
            local dur2; dur2="$(fcalc "$dur*2")"
            "${SOX[@]}" -n "${FLOAT[@]}" "$out" synth "$dur2" sine "$f" sine "$f2" sine "$f3" \
                remix 1v0.85,2v0.12,3v0.03 fade h 0.004 \
                fade l 0 "$dur2" "$dur2" trim 0 "$dur" fade h 0 "$dur" "$(fcalc "$dur*0.25")" ;;
        tick)
            # Very short percussive note: steep exponential decay over DUR.
            "${SOX[@]}" -n "${FLOAT[@]}" "$out" synth "$dur" sine "$f" sine "$f2" sine "$f3" \
                remix 1v0.85,2v0.12,3v0.03 fade h 0.003 \
                fade l 0 "$dur" "$(fcalc "$dur-0.003")" ;;
        firm)
            "${SOX[@]}" -n "${FLOAT[@]}" "$out" synth "$dur" sine "$f" sine "$f2" sine "$f3" \
                remix 1v0.65,2v0.25,3v0.10 fade h 0.010 "$dur" 0.050 ;;
        *) echo "note: unknown style $style" >&2; return 1 ;;
    esac
}

# glide OUT DUR F_FROM F_TO : soft sine sweep
glide() {
    local out="$1" dur="$2" a="$3" b="$4"
    "${SOX[@]}" -n "${FLOAT[@]}" "$out" synth "$dur" sine "${a}:${b}" sine "$(fcalc "$a*2"):$(fcalc "$b*2")" \
        remix 1v0.85,2v0.15 fade h 0.015 "$dur" 0.060
}

# layer OUT START1 FILE1 [START2 FILE2 ...]
#   Mixes notes, each delayed by its start time (s); allows ringing overlaps.
#   A 10 ms lead-in and 20 ms tail of silence are added so players that start
#   mid-buffer never click.
layer() {
    local out="$1"; shift
    local inputs=() i=0
    while (($#)); do
        local start="$1" file="$2"; shift 2
        "${SOX[@]}" "$file" "${FLOAT[@]}" "${WORK}/layer_${i}.wav" pad "$start"
        inputs+=(-v 1 "${WORK}/layer_${i}.wav")
        i=$((i + 1))
    done
    if ((i == 1)); then
        "${SOX[@]}" "${WORK}/layer_0.wav" "${FLOAT[@]}" "$out" pad 0.010 0.020
    else
        "${SOX[@]}" -m "${inputs[@]}" "${FLOAT[@]}" "$out" pad 0.010 0.020
    fi
    rm -f "${WORK}"/layer_*.wav
}

# --------------------------------------------------------------------------
# Loudness normalisation: RMS -> TARGET_RMS_DB, peak <= MAX_PEAK_DB
# --------------------------------------------------------------------------
# normalise IN(float) OUT(final 16-bit)
#   Iterates: gain to the RMS target; if that would push the peak above
#   MAX_PEAK_DB, first tame the peaks with a look-ahead compressor/limiter
#   (compand) and measure again. Tones never need the limiter (crest factor
#   ~3-6 dB); speech usually needs one pass.
normalise() {
    local in="$1" out="$2" cur="${WORK}/norm_cur.wav" nxt="${WORK}/norm_nxt.wav"
    cp "$in" "$cur"
    local rms pk gain
    for _ in 1 2 3 4 5 6; do
        rms="$(rms_db "$cur")"; pk="$(peak_db "$cur")"
        gain="$(fcalc "$TARGET_RMS_DB - ($rms)")"
        if fcmp "$pk + $gain <= $MAX_PEAK_DB"; then
            "${SOX[@]}" "$cur" "${FINAL[@]}" "$out" gain "$gain"
            rm -f "$cur" "$nxt"
            return 0
        fi
        # Peaks too high for the RMS target: bring the peak to -6 dBFS, then
        # compress everything above -20 dBFS (about 3:1, look-ahead 5 ms).
        "${SOX[@]}" "$cur" "${FLOAT[@]}" "$nxt" gain -n -6 \
            compand 0.002,0.120 -90,-90,-20,-20,-6,-15 0 -90 0.005
        # compand's look-ahead delay shifts audio by 5 ms; drop it again.
        "${SOX[@]}" "$nxt" "${FLOAT[@]}" "$cur" trim 0.005
    done
    echo "normalise: could not reach ${TARGET_RMS_DB} dBFS RMS with peak <= ${MAX_PEAK_DB} for $out" >&2
    return 1
}

# --------------------------------------------------------------------------
# Speech
# --------------------------------------------------------------------------
# speak OUT_NAME "text" : espeak-ng -> 44.1 kHz mono, trimmed, faded, normalised
speak() {
    local name="$1" text="$2" speed="${3:-$SPEED}"
    local raw="${WORK}/speak_raw.wav" tmp="${WORK}/speak_tmp.wav"
    espeak-ng -v "$VOICE" -s "$speed" -w "$raw" "$text"
    # highpass: remove DC/rumble; silence..reverse..silence..reverse trims
    # leading and trailing silence; short fades + 20/40 ms padding avoid clicks.
    # (two sox runs: fade needs the trimmed length, which silence hides)
    "${SOX[@]}" "$raw" "${FLOAT[@]}" "${WORK}/speak_trim.wav" \
        highpass 70 \
        silence 1 0.005 -48d reverse silence 1 0.005 -48d reverse \
        rate -v "$RATE"
    "${SOX[@]}" "${WORK}/speak_trim.wav" "${FLOAT[@]}" "$tmp" \
        fade h 0.010 -0 0.030 pad 0.020 0.040
    local d; d="$(duration "$tmp")"
    if ! fcmp "$d < $MAX_VOICE_S"; then
        if [[ "$speed" == "$SPEED" ]]; then
            echo "make_cues.sh: '$text' is ${d}s at ${SPEED} wpm; retrying at ${FALLBACK_SPEED} wpm" >&2
            speak "$name" "$text" "$FALLBACK_SPEED"
            return
        fi
        echo "make_cues.sh: '$text' is ${d}s even at ${speed} wpm (limit ${MAX_VOICE_S}s); shorten it" >&2
        return 1
    fi
    normalise "$tmp" "${STAGE}/${name}"
    rm -f "$raw" "$tmp" "${WORK}/speak_trim.wav"
}

# --------------------------------------------------------------------------
# 1. Beeps / tones
# --------------------------------------------------------------------------
# Note frequencies (Hz, equal temperament)
A3=220.00; C5=523.25; D5=587.33; E5=659.25; Fs5=739.99; G5=783.99
A5=880.00; C6=1046.50; E6=1318.51; G6=1567.98

N="${WORK}/n"   # scratch prefix for notes

tone() { # tone NAME  (renders into $WORK/NAME.f.wav then normalises)
    normalise "${WORK}/$1.f.wav" "${STAGE}/$1.wav"
}

# get-ready: soft two-tone rising (E5 -> A5, a fourth up)
note "${N}1.wav" 0.20 "$E5" soft
note "${N}2.wav" 0.32 "$A5" soft
layer "${WORK}/get-ready.f.wav" 0 "${N}1.wav" 0.22 "${N}2.wav"
tone get-ready

# start-rolling: smooth upward glide C5 -> G5 ("go"), then a short G5 blip
glide "${N}1.wav" 0.28 "$C5" "$G5"
note  "${N}2.wav" 0.12 "$G5" soft
layer "${WORK}/start-rolling.f.wav" 0 "${N}1.wav" 0.30 "${N}2.wav"
tone start-rolling

# hold-start: settling two-tone falling (G5 -> C5), gentle ring on the second
note "${N}1.wav" 0.18 "$G5" soft
note "${N}2.wav" 0.55 "$C5" chime
layer "${WORK}/hold-start.f.wav" 0 "${N}1.wav" 0.20 "${N}2.wav"
tone hold-start

# countdown-tick: ~80 ms E6 tick with fast decay
note "${N}1.wav" 0.080 "$E6" tick
layer "${WORK}/countdown-tick.f.wav" 0 "${N}1.wav"
tone countdown-tick

# hold-complete: gentle chime, C6 with a quieter G6 above, long decay
note "${N}1.wav" 1.20 "$C6" chime
note "${N}2.wav" 1.00 "$G6" chime
"${SOX[@]}" "${N}2.wav" "${FLOAT[@]}" "${N}3.wav" vol 0.35
layer "${WORK}/hold-complete.f.wav" 0 "${N}1.wav" 0.015 "${N}3.wav"
tone hold-complete

# switch-side: three quick blips up-down-up the fourth (E5 A5 E5): "swap"
note "${N}1.wav" 0.12 "$E5" soft
note "${N}2.wav" 0.12 "$A5" soft
layer "${WORK}/switch-side.f.wav" 0 "${N}1.wav" 0.15 "${N}2.wav" 0.30 "${N}1.wav"
tone switch-side

# next-technique: quick rising D-major triad D5 F#5 A5, last note rings
note "${N}1.wav" 0.10 "$D5" soft
note "${N}2.wav" 0.10 "$Fs5" soft
note "${N}3.wav" 0.45 "$A5" chime
layer "${WORK}/next-technique.f.wav" 0 "${N}1.wav" 0.11 "${N}2.wav" 0.22 "${N}3.wav"
tone next-technique

# session-complete: C-major arpeggio C5 E5 G5 C6, overlapping, C6 rings out
note "${N}1.wav" 0.80 "$C5" chime
note "${N}2.wav" 0.70 "$E5" chime
note "${N}3.wav" 0.60 "$G5" chime
note "${N}4.wav" 1.00 "$C6" chime
layer "${WORK}/session-complete.f.wav" \
    0 "${N}1.wav" 0.14 "${N}2.wav" 0.28 "${N}3.wav" 0.42 "${N}4.wav"
tone session-complete

# safety-stop: two firm, low A3 tones (richer harmonics so small speakers
# still carry them) - clearly different from every other cue, not shrill
note "${N}1.wav" 0.28 "$A3" firm
layer "${WORK}/safety-stop.f.wav" 0 "${N}1.wav" 0.40 "${N}1.wav"
tone safety-stop

# --------------------------------------------------------------------------
# 2. Spoken prompts
# --------------------------------------------------------------------------
speak voice-get-ready.wav        "Get ready"
speak voice-start-rolling.wav    "Start rolling slowly"
speak voice-hold.wav             "Hold on the tender spot"
# The announced hold lengths and their words: resources/audio/spoken-holds.tsv, the one list.
while IFS=$'\t' read -r secs en _; do
    speak "voice-hold-${secs}.wav" "Hold for ${en} seconds"
done < <(grep -E '^[0-9]' "${OUT_DIR}/spoken-holds.tsv")
speak voice-release.wav          "Release, and breathe"
speak voice-switch-left.wav      "Switch to the left side"
speak voice-switch-right.wav     "Switch to the right side"
speak voice-rest.wav             "Rest"
speak voice-session-complete.wav "Session complete. Drink some water."
speak voice-safety-stop.wav      "Stop now"

# One "Next: <technique>" prompt per technique in content.json.
# Ids always come from the JSON. The spoken name is:
#   1. SPOKEN_OVERRIDE[id] if set below (short/pronounceable forms), else
#   2. the JSON name with any "(...)" part removed, e.g.
#      "Thoracic spine (mid-upper back)" -> "Thoracic spine".
# Overrides (keep this in sync with README.md):
#   hip-flexors : "Hip flexors (psoas and iliacus)" -> "hip flexors"
#                 (rule 2 gives the same; listed to document the intent)
# If a spoken form is still >= 2.9 s at 150 wpm it is retried at 165 wpm,
# and the script fails if that is still too long - add an override then.
declare -A SPOKEN_OVERRIDE=(
    [hip-flexors]="hip flexors"
)
techniques_tsv="$(python3 - "$CONTENT_JSON" <<'PY'
import json, re, sys
with open(sys.argv[1], encoding="utf-8") as fh:
    data = json.load(fh)
techs = data.get("techniques") or []
if not techs:
    sys.exit("content.json: no techniques")
for t in techs:
    tid, name = t["id"], t["name"]
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", tid):
        sys.exit(f"content.json: technique id {tid!r} is not a safe file name")
    spoken = re.sub(r"\s*\([^)]*\)", "", name).strip()
    print(f"{tid}\t{spoken}")
PY
)"
while IFS=$'\t' read -r tid spoken; do
    [[ -n "$tid" ]] || continue
    spoken="${SPOKEN_OVERRIDE[$tid]:-$spoken}"
    speak "voice-next-${tid}.wav" "Next: ${spoken}"
done <<<"$techniques_tsv"

# --------------------------------------------------------------------------
# 3. German spoken prompts (espeak-ng voice "de"), same names in de/
# --------------------------------------------------------------------------
# The app plays de/<name> instead of <name> when the texts are German
# (audio/cue_sounds.cpp) and falls back to the English prompt where a
# German one is missing. Same speed, format, loudness and length rules.
VOICE="de"
speak de/voice-get-ready.wav        "Machen Sie sich bereit"
speak de/voice-start-rolling.wav    "Langsam rollen"
speak de/voice-hold.wav             "Auf der empfindlichen Stelle halten"
while IFS=$'\t' read -r secs _ de; do
    speak "de/voice-hold-${secs}.wav" "${de} Sekunden halten"
done < <(grep -E '^[0-9]' "${OUT_DIR}/spoken-holds.tsv")
speak de/voice-release.wav          "Lösen und atmen"
speak de/voice-switch-left.wav      "Wechseln Sie zur linken Seite"
speak de/voice-switch-right.wav     "Wechseln Sie zur rechten Seite"
speak de/voice-rest.wav             "Ruhepause"
speak de/voice-session-complete.wav "Einheit beendet. Trinken Sie etwas Wasser."
speak de/voice-safety-stop.wav      "Jetzt aufhören"

# "Als Nächstes: <Technik>" per technique, the name from content.de.json by
# the same rule as in English (any "(...)" part removed), unless
# SPOKEN_OVERRIDE_DE gives a shorter form.
declare -A SPOKEN_OVERRIDE_DE=()
techniques_de_tsv="$(python3 - "$CONTENT_JSON" "$CONTENT_DE_JSON" <<'PY'
import json, re, sys
with open(sys.argv[1], encoding="utf-8") as fh:
    ids = [t["id"] for t in json.load(fh).get("techniques") or []]
with open(sys.argv[2], encoding="utf-8") as fh:
    names = {k: v.get("name") for k, v in (json.load(fh).get("techniques") or {}).items()}
for tid in ids:
    if not names.get(tid):
        sys.exit(f"content.de.json: technique {tid!r} has no German name")
    spoken = re.sub(r"\s*\([^)]*\)", "", names[tid]).strip()
    print(f"{tid}\t{spoken}")
PY
)"
while IFS=$'\t' read -r tid spoken; do
    [[ -n "$tid" ]] || continue
    spoken="${SPOKEN_OVERRIDE_DE[$tid]:-$spoken}"
    speak "de/voice-next-${tid}.wav" "Als Nächstes: ${spoken}"
done <<<"$techniques_de_tsv"

# --------------------------------------------------------------------------
# Final self-check, then install into resources/audio/ and resources/audio/de/
# --------------------------------------------------------------------------
fail=0
for f in "$STAGE"/*.wav "$STAGE"/de/*.wav; do
    name="$(basename "$f")"
    d="$(duration "$f")"; r="$(rms_db "$f")"; p="$(peak_db "$f")"
    limit="$MAX_BEEP_S"; [[ "$name" == voice-* ]] && limit="$MAX_VOICE_S"
    if ! fcmp "$d < $limit"; then echo "TOO LONG: $name ${d}s" >&2; fail=1; fi
    if ! fcmp "abs(($r) - ($TARGET_RMS_DB)) <= 0.5"; then echo "RMS OFF: $name ${r} dB" >&2; fail=1; fi
    if ! fcmp "$p <= -1.0"; then echo "PEAK HIGH: $name ${p} dB" >&2; fail=1; fi
done
((fail == 0)) || { echo "make_cues.sh: self-check failed; resources/audio/ left unchanged" >&2; exit 1; }

mkdir -p "$OUT_DIR" "$OUT_DIR/de"
find "$OUT_DIR" "$OUT_DIR/de" -maxdepth 1 -type f -name '*.wav' -delete
cp "$STAGE"/*.wav "$OUT_DIR"/
cp "$STAGE"/de/*.wav "$OUT_DIR"/de/
echo "make_cues.sh: wrote $(find "$OUT_DIR" -maxdepth 1 -name '*.wav' | wc -l) files to ${OUT_DIR}" \
     "and $(find "$OUT_DIR/de" -maxdepth 1 -name '*.wav' | wc -l) to ${OUT_DIR}/de"

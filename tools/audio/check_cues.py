#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Verifies every WAV in resources/audio/ (or the directory given): one pass, no external tools.

    tools/audio/check_cues.py [DIR]

Prints one row per file: duration, encoding, bits, channels, rate, RMS level and peak level (dBFS, as
`sox FILE -n stats` reports them). Exits non-zero if any file:
  - is not 16-bit signed-integer PCM in a plain PCM (format tag 1) RIFF WAVE
    (QSoundEffect rejects 32-bit/float/extensible files),
  - is not mono 44100 Hz,
  - is >= 2 s (tones) or >= 3 s (voice-*.wav),
  - has RMS outside -20 +/- 1.5 dBFS, or peak > -1 dBFS.
"""
import array
import math
import os
import struct
import sys

TARGET_RMS, RMS_TOL, MAX_PEAK = -20.0, 1.5, -1.0
MAX_BEEP_S, MAX_VOICE_S = 2, 3


def chunks(data):
    """The RIFF chunks of a WAVE file as {id: payload}, or None when it is not one."""
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        return None
    found, pos = {}, 12
    while pos + 8 <= len(data):
        cid, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        found.setdefault(cid, data[pos + 8:pos + 8 + size])
        pos += 8 + size + (size & 1)
    return found


def db(x):
    return 20 * math.log10(x) if x > 0 else float("-inf")


def check(path):
    """(row values, problems) for one file."""
    name = os.path.basename(path)
    with open(path, "rb") as f:
        parts = chunks(f.read())
    if parts is None or b"fmt " not in parts or b"data" not in parts:
        return (name, 0.0, "not a RIFF WAVE", "-", "-", "-", float("nan"), float("nan")), ["not a PCM RIFF WAVE"]
    tag, channels, rate, _, _, bits = struct.unpack("<HHIIHH", parts[b"fmt "][:16])
    problems = []
    if tag != 1:
        problems.append(f"WAVE format tag {tag} (want 1)")
    if bits != 16:
        problems.append("not 16-bit signed PCM")
    if channels != 1:
        problems.append("not mono")
    if rate != 44100:
        problems.append(f"rate {rate}")
    payload = parts[b"data"]
    frames = len(payload) // max(1, channels * bits // 8)
    duration = frames / rate if rate else 0.0
    limit = MAX_VOICE_S if name.startswith("voice-") else MAX_BEEP_S
    if duration >= limit:
        problems.append(f"duration >= {limit}s")
    rms = peak = float("nan")
    if tag == 1 and bits == 16 and payload:
        samples = array.array("h", payload[: len(payload) // 2 * 2])
        if sys.byteorder == "big":
            samples.byteswap()
        rms = db(math.sqrt(sum(s * s for s in samples) / len(samples)) / 32768)
        peak = db(max(abs(min(samples)), max(samples)) / 32768)
        if not abs(rms - TARGET_RMS) <= RMS_TOL:
            problems.append(f"RMS outside {TARGET_RMS:g}+/-{RMS_TOL:g}")
        if not peak <= MAX_PEAK:
            problems.append(f"peak > {MAX_PEAK:g} dBFS")
    else:
        problems.append("RMS and peak unmeasurable")
    encoding = "Signed Integer PCM" if tag == 1 and bits in (16, 24, 32) else f"format tag {tag}"
    return (name, duration, encoding, bits, channels, rate, rms, peak), problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "resources", "audio")
    files = sorted(f for f in os.listdir(folder) if f.endswith(".wav"))
    if not files:
        print(f"check_cues: no .wav files in {folder}", file=sys.stderr)
        return 1
    print(f"{'FILE':<32} {'DUR_S':>8}  {'ENCODING':<22} {'BITS':>4} {'CH':>2} {'RATE':>6} {'RMS_dB':>8} {'PEAK_dB':>8}  STATUS")
    failed = False
    for f in files:
        (name, dur, enc, bits, ch, rate, rms, peak), problems = check(os.path.join(folder, f))
        failed = failed or bool(problems)
        status = "FAIL: " + ";".join(problems) if problems else "OK"
        print(f"{name:<32} {dur:8.3f}  {enc:<22} {bits:>4} {ch:>2} {rate:>6} {rms:8.2f} {peak:8.2f}  {status}")
    if failed:
        print("check_cues: FAILED", file=sys.stderr)
        return 1
    print(f"check_cues: all {len(files)} files OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The cue checker refuses what QSoundEffect or the level rules refuse, and passes a good file.

    check_cues_selftest.py path/to/check_cues.py
"""
import math
import os
import struct
import subprocess
import sys
import tempfile
import wave


def tone(path, seconds=0.5, rate=44100, channels=1, amplitude=0.14):
    with wave.open(path, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = bytearray()
        for i in range(int(seconds * rate)):
            s = int(amplitude * 32767 * math.sin(2 * math.pi * 440 * i / rate))
            frames += struct.pack("<h", s) * channels
        w.writeframes(bytes(frames))


def run(checker, folder):
    p = subprocess.run([sys.executable, checker, folder], capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


def main():
    checker = sys.argv[1]
    failures = []
    with tempfile.TemporaryDirectory() as d:
        good = os.path.join(d, "good")
        os.mkdir(good)
        tone(os.path.join(good, "beep.wav"))  # a sine at 0.14 of full scale: about -20 dBFS RMS
        code, out = run(checker, good)
        if code != 0 or "all 1 files OK" not in out:
            failures.append("a good file was refused:\n" + out)
        cases = {
            "stereo.wav": (dict(channels=2), "not mono"),
            "rate.wav": (dict(rate=48000), "rate 48000"),
            "long.wav": (dict(seconds=2.5), "duration >= 2s"),
            "loud.wav": (dict(amplitude=0.99), "RMS outside"),
            "quiet.wav": (dict(amplitude=0.01), "RMS outside"),
        }
        for name, (args, expected) in cases.items():
            folder = os.path.join(d, name[:-4])
            os.mkdir(folder)
            tone(os.path.join(folder, name), **args)
            code, out = run(checker, folder)
            if code == 0 or expected not in out:
                failures.append(f"{name}: expected a failure naming '{expected}', got {code}:\n{out}")
        empty = os.path.join(d, "empty")
        os.mkdir(empty)
        code, out = run(checker, empty)
        if code == 0:
            failures.append("an empty folder passed")
        notwav = os.path.join(d, "notwav")
        os.mkdir(notwav)
        with open(os.path.join(notwav, "x.wav"), "wb") as f:
            f.write(b"RIFX....junk")
        code, out = run(checker, notwav)
        if code == 0 or "not a PCM RIFF WAVE" not in out:
            failures.append("a file that is not a WAVE passed:\n" + out)
    for f in failures:
        print("FAIL:", f)
    print(f"check_cues self-test: {7 - len(failures)} of 7 cases as expected")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

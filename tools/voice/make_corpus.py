#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Synthesises the voice-command measurement corpus with espeak-ng and sox.

  make_corpus.py OUT_DIR [--phrases resources/voice/commands.json | tools/voice/candidates.tsv]
                         [--article /work/shared/seed/000_154a8bfe43670579.txt]

Writes OUT_DIR/takes/<condition>/<id>.wav (every phrase x voice x rate, conditions clean, white, pink),
OUT_DIR/manifest.tsv (file, command id, phrase, voice, rate, condition) and OUT_DIR/article.wav (the
false-trigger corpus). A synthetic voice is the only speaker we can regenerate on any machine, so the figures
in README.md are comparable between runs; they say nothing about real rooms and accents.
"""
import argparse
import array
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import wave

VOICES = ["en-us", "en+m3", "en+f3"]
RATES = [130, 170, 200]
PAD_SECONDS = 0.8
RATE_HZ = 16000
SNR_DB = 10.0


def need(tool, package):
    if shutil.which(tool) is None:
        sys.exit(f"make_corpus.py: {tool} not found; install the Debian package {package}")


def read_phrases(path):
    out = []
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        for command in doc["commands"]:
            for phrase in command["phrases"]:
                out.append((command["id"], phrase["text"]))
    else:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line and not line.startswith("#"):
                    cid, text = line.split("\t")
                    out.append((cid, text))
    return out


def synthesise(text, voice, wpm, tmp):
    """16 kHz mono 16-bit samples of espeak-ng saying text, through sox's resampler."""
    raw = os.path.join(tmp, "espeak.wav")
    conv = os.path.join(tmp, "conv.wav")
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(wpm), "-w", raw, text], check=True)
    subprocess.run(["sox", raw, "-r", str(RATE_HZ), "-c", "1", "-b", "16", conv], check=True)
    return read_wav(conv)


def read_wav(path):
    with wave.open(path, "rb") as w:
        assert w.getframerate() == RATE_HZ and w.getnchannels() == 1 and w.getsampwidth() == 2, path
        data = array.array("h")
        data.frombytes(w.readframes(w.getnframes()))
    if sys.byteorder == "big":
        data.byteswap()
    return data


def write_wav(path, samples):
    data = array.array("h", samples)
    if sys.byteorder == "big":
        data.byteswap()
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE_HZ)
        w.writeframes(data.tobytes())


def rms(samples):
    return math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))


def noise_bed(kind, seconds, tmp):
    path = os.path.join(tmp, f"{kind}.wav")
    subprocess.run(["sox", "-n", "-r", str(RATE_HZ), "-c", "1", "-b", "16", path,
                    "synth", str(seconds), kind + "noise", "vol", "0.3"], check=True)
    return read_wav(path)


def mix(speech_rms, clean, bed, rng):
    # The SNR is taken against the speech alone (before the silence padding), so padding does not dilute it.
    start = rng.randrange(0, len(bed) - len(clean))
    segment = bed[start:start + len(clean)]
    gain = speech_rms / (rms(segment) * 10 ** (SNR_DB / 20.0))
    return [max(-32768, min(32767, int(round(c + gain * n)))) for c, n in zip(clean, segment)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--phrases", default=os.path.join(here, "..", "..", "resources", "voice", "commands.json"))
    ap.add_argument("--article", default="/work/shared/seed/000_154a8bfe43670579.txt")
    ap.add_argument("--no-article", action="store_true")
    args = ap.parse_args()
    need("espeak-ng", "espeak-ng")
    need("sox", "sox")

    rng = random.Random(20261207)  # fixed: the same corpus on every run
    os.makedirs(args.out, exist_ok=True)
    for cond in ("clean", "white", "pink"):
        os.makedirs(os.path.join(args.out, "takes", cond), exist_ok=True)
    pad = [0] * int(PAD_SECONDS * RATE_HZ)
    with tempfile.TemporaryDirectory() as tmp:
        beds = {kind: noise_bed(kind, 30, tmp) for kind in ("white", "pink")}
        rows = []
        for cid, text in read_phrases(args.phrases):
            for voice in VOICES:
                for wpm in RATES:
                    speech = synthesise(text, voice, wpm, tmp)
                    clean = pad + list(speech) + pad
                    level = rms(speech)
                    name = f"{cid}__{text.replace(' ', '_').replace(chr(39), '')}__{voice.replace('+', '_')}__{wpm}.wav"
                    for cond in ("clean", "white", "pink"):
                        samples = clean if cond == "clean" else mix(level, clean, beds[cond], rng)
                        rel = os.path.join("takes", cond, name)
                        write_wav(os.path.join(args.out, rel), samples)
                        rows.append((rel, cid, text, voice, str(wpm), cond))
        with open(os.path.join(args.out, "manifest.tsv"), "w", encoding="utf-8") as f:
            f.write("# file\tcommand\tphrase\tvoice\twpm\tcondition\n")
            for row in rows:
                f.write("\t".join(row) + "\n")
        print(f"{len(rows)} takes in {args.out}/takes")
        if not args.no_article:
            raw = os.path.join(tmp, "article.wav")
            subprocess.run(["espeak-ng", "-v", "en-us", "-s", "160", "-f", args.article, "-w", raw], check=True)
            subprocess.run(["sox", raw, "-r", str(RATE_HZ), "-c", "1", "-b", "16",
                            os.path.join(args.out, "article.wav")], check=True)
            print(f"article corpus in {args.out}/article.wav")


if __name__ == "__main__":
    main()

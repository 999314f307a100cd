#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Threshold sweep for choosing phrases: every candidate phrase in one keyword list, all at one threshold per
run, for each threshold given; prints hits/takes and article false actions per phrase and threshold.

  sweep.py VOICE_MEASURE CORPUS_DIR [--candidates candidates.tsv] [--thresholds 1e-10,1e-20,...]

The corpus must have been made from the same candidates (make_corpus.py --phrases candidates.tsv).
"""
import argparse
import json
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("measure")
    ap.add_argument("corpus")
    ap.add_argument("--candidates", default=os.path.join(HERE, "candidates.tsv"))
    ap.add_argument("--thresholds", default="1e-5,1e-10,1e-15,1e-20,1e-25,1e-30,1e-35,1e-40,1e-45,1e-50")
    args = ap.parse_args()
    commands = {}
    with open(args.candidates, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                cid, text = line.split("\t")
                commands.setdefault(cid, []).append({"text": text, "threshold": 1e-30})
    doc = {"format": "rollwise-voice-commands", "version": 1,
           "commands": [{"id": cid, "phrases": p} for cid, p in commands.items()]}
    table = {}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as tmp:
        json.dump(doc, tmp)
    try:
        thresholds = args.thresholds.split(",")
        for t in thresholds:
            res = subprocess.run([args.measure, args.corpus, "--commands", tmp.name, "--threshold", t, "--phrases"],
                                 capture_output=True, text=True)
            if res.returncode != 0:
                raise SystemExit(res.stderr)
            res = res.stdout
            for line in res.splitlines():
                if line.startswith("PHRASE\t"):
                    _, text, cid, hits, takes, false = line.split("\t")
                    table.setdefault((cid, text), {})[t] = f"{hits}/{takes} f{false}"
                elif line.startswith(("overall", "article:", "real-time")):
                    print(f"[{t}] {line}")
    finally:
        os.unlink(tmp.name)
    print("command\tphrase\t" + "\t".join(thresholds))
    for (cid, text), row in sorted(table.items()):
        print(f"{cid}\t{text}\t" + "\t".join(row.get(t, "") for t in thresholds))


if __name__ == "__main__":
    main()

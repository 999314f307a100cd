#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads sweep.py's table (stdin) and prints, per phrase, the threshold with the most recognised takes among
those with at most --max-false article false actions, most permissive last; ties go to the stricter threshold,
which trades nothing for fewer false actions in speech the article does not cover.

  sweep.py ... | choose_thresholds.py [--max-false 0]
"""
import argparse
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-false", type=int, default=0)
    args = ap.parse_args()
    header = None
    for line in sys.stdin:
        cols = line.rstrip("\n").split("\t")
        if cols[0] == "command":
            header = cols[2:]
            continue
        if header is None or len(cols) < 3:
            continue
        best = None
        for t, cell in zip(header, cols[2:]):
            if not cell:
                continue
            ratio, false = cell.split(" f")
            hits, takes = map(int, ratio.split("/"))
            if int(false) <= args.max_false and (best is None or hits > best[1]):
                best = (t, hits, takes, int(false))
        if best:
            print(f"{cols[0]}\t{cols[1]}\t{best[0]}\t{best[1]}/{best[2]}\tf{best[3]}")
        else:
            print(f"{cols[0]}\t{cols[1]}\t-\tno threshold within {args.max_false} false actions")


if __name__ == "__main__":
    main()

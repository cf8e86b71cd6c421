#!/usr/bin/python3
"""Checks that two hold lists agree: Palpa's palpa.holds/1 JSON and analyze_scipy.py's output.

Holds are matched by channel and index. They agree when the counts are equal, start and end
differ by at most --samples sample intervals, the means by at most --mean (in the trace's unit)
and the outcomes are the same. Prints one line per disagreement and exits 1 if there is any.

usage: check_holds.py PALPA.json SCIPY.json [--rate 200] [--samples 2] [--mean 0.01]
"""
import argparse
import json
import sys


def main():
    p = argparse.ArgumentParser()
    p.add_argument("palpa")
    p.add_argument("scipy")
    p.add_argument("--rate", type=float, default=200.0)
    p.add_argument("--samples", type=float, default=2.0)
    p.add_argument("--mean", type=float, default=0.01)
    a = p.parse_args()
    mine = {(h["channel"], h["index"]): h for h in json.load(open(a.palpa))["holds"]}
    ref = {(h["channel"], h["index"]): h for h in json.load(open(a.scipy))["holds"]}
    bad = []
    if len(mine) != len(ref):
        bad.append(f"hold count differs: palpa {len(mine)}, scipy {len(ref)}")
    slack = a.samples / a.rate + 1e-9
    worst_t, worst_m = 0.0, 0.0
    for key in sorted(set(mine) | set(ref)):
        if key not in mine or key not in ref:
            bad.append(f"channel {key[0]} hold {key[1]} found only by {'scipy' if key in ref else 'palpa'}")
            continue
        m, r = mine[key], ref[key]
        for f in ("start", "end"):
            d = abs(m[f] - r[f])
            worst_t = max(worst_t, d)
            if d > slack:
                bad.append(f"channel {key[0]} hold {key[1]}: {f} palpa {m[f]:.3f} s, scipy {r[f]:.3f} s")
        d = abs(m["mean"] - r["mean"])
        worst_m = max(worst_m, d)
        if d > a.mean:
            bad.append(f"channel {key[0]} hold {key[1]}: mean palpa {m['mean']:.4f}, scipy {r['mean']:.4f}")
        if m["outcome"] != r["outcome"]:
            bad.append(f"channel {key[0]} hold {key[1]}: outcome palpa {m['outcome']}, scipy {r['outcome']}")
    for line in bad[:20]:
        print("  " + line)
    if len(bad) > 20:
        print(f"  ... and {len(bad) - 20} more")
    print(f"holds: palpa {len(mine)}, scipy {len(ref)}; largest start/end difference {worst_t * 1e3:.3f} ms, "
          f"largest mean difference {worst_m:.2e}: {'SAME' if not bad else 'DIFFERENT'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

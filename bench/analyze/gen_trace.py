#!/usr/bin/python3
"""Writes a synthetic multi-channel pressure trace as CSV, for the analyze benchmark.

Each channel repeats a therapist's press: a ramp to a level near the 40 N target, a hold with
slow drift and 8-10 Hz tremor, a release, and a rest. Levels and durations vary so holds end
MET, TOO_SHORT, OVER and UNDER. Sensor noise and isolated one-sample spikes (which the median
removes) are added. Values are written with 3 decimals, as a gauge with 1 mN resolution would.

usage: gen_trace.py OUT.csv [--seconds 3600] [--rate 200] [--channels 5] [--seed 1]
"""
import argparse
import numpy as np

LABELS = ["thumb", "index", "middle", "ring", "little", "palm", "heel", "probe"]


def channel(n, rate, rng):
    x = np.zeros(n)
    i = int(rng.uniform(1, 5) * rate)
    while i < n:
        level = rng.choice([40.0, 40.0, 41.0, 38.5, 47.0, 30.0]) + rng.normal(0, 0.6)
        ramp = int(rng.uniform(1.5, 4.0) * rate)
        hold = int(rng.choice([25.0, 25.0, 22.0, 12.0]) * rate + rng.normal(0, rate))
        fall = int(rng.uniform(0.5, 1.5) * rate)
        seg = np.concatenate([np.linspace(0, level, ramp, endpoint=False),
                              level + np.cumsum(rng.normal(0, 0.02, hold)),
                              np.linspace(level, 0, fall)])
        end = min(n, i + len(seg))
        x[i:end] = seg[:end - i]
        i = end + int(rng.uniform(6, 14) * rate)
    t = np.arange(n) / rate
    tremor = 0.4 * np.sin(2 * np.pi * rng.uniform(8, 10) * t) * (x > 1)
    x = x + tremor + rng.normal(0, 0.08, n)
    spikes = rng.random(n) < 0.001
    x[spikes] += rng.choice([-15.0, 15.0], spikes.sum())
    return np.maximum(x, 0.0)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--seconds", type=float, default=3600)
    p.add_argument("--rate", type=float, default=200)
    p.add_argument("--channels", type=int, default=5)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    rng = np.random.default_rng(a.seed)
    n = int(a.seconds * a.rate)
    data = np.column_stack([np.arange(n) / a.rate] + [channel(n, a.rate, rng) for _ in range(a.channels)])
    header = ",".join(["time"] + LABELS[:a.channels])
    np.savetxt(a.out, data, fmt="%.3f", delimiter=",", header=header, comments="")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""The researcher's way: finds the holds in a CSV trace with pandas and scipy.

The same chain as `palpa analyze` with its defaults (docs/signal.md, docs/holds.md):
a causal running median of 5 (shorter windows at the start), then a causal 2nd-order
Butterworth low-pass at 4 Hz started in its steady state at the first value; hold times are
moved back by the chain's group delay at DC. Contact starts at 15 % of the band's lower edge and
ends below 7.5 % of it; contacts under 0.5 s are ignored; a hold runs from the first to the last
sample at or above the lower edge; more than 0.5 s above the band is OVER; a hold or contact still
running when the trace ends is CUT_OFF instead of TOO_SHORT or UNDER.

usage: analyze_scipy.py TRACE.csv [--target 40] [--tolerance 0.1] [--hold 20] > holds.json
"""
import argparse
import json
import numpy as np
import pandas as pd
from scipy import signal


def dc_delay_samples(b, a):
    k = np.arange(len(b))
    return (k @ b) / b.sum() - (k @ a) / a.sum()


def holds_of(t, x, lo, hi, hold_s, label, ch):
    on, off = 0.15 * lo, 0.075 * lo
    event = pd.Series(np.where(x >= on, 1.0, np.where(x < off, 0.0, np.nan)))
    contact = event.ffill().fillna(0.0).to_numpy() > 0
    edges = np.diff(contact.astype(np.int8), prepend=0, append=0)
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    out = []
    for s, e in zip(starts, ends):            # contact is samples s .. e-1
        if t[e - 1] - t[s] < 0.5:
            continue
        seg, ts = x[s:e], t[s:e]
        reached = np.flatnonzero(seg >= lo)
        h = {"channel": ch, "label": label, "index": len(out) + 1, "contactStart": ts[0],
             "contactEnd": ts[-1], "peak": seg.max()}
        cut_off = e == len(x)                 # still in contact when the trace ends: never given its chance
        if len(reached) == 0:
            h.update(start=ts[0], end=ts[-1], mean=seg.mean(), outcome="CUT_OFF" if cut_off else "UNDER")
        else:
            a, z = reached[0], reached[-1]
            dt = np.diff(ts[a:z + 1])
            later = seg[a + 1:z + 1]
            in_band = dt[(later >= lo) & (later <= hi)].sum()
            over = dt[later > hi].sum()
            outcome = "OVER" if over > 0.5 else ("MET" if in_band >= hold_s - 1e-9 else "TOO_SHORT")
            if cut_off and outcome == "TOO_SHORT":
                outcome = "CUT_OFF"             # as palpa judges a hold the end of the session cut short
            h.update(start=ts[a], end=ts[z], mean=seg[a:z + 1].mean(), outcome=outcome)
        out.append(h)
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("trace")
    p.add_argument("--target", type=float, default=40.0)
    p.add_argument("--tolerance", type=float, default=0.10)
    p.add_argument("--hold", type=float, default=20.0)
    a = p.parse_args()
    df = pd.read_csv(a.trace, comment="#")
    t = df.iloc[:, 0].to_numpy()
    rate = 1.0 / np.median(np.diff(t[:64]))
    b, aa = signal.butter(2, 4.0, btype="low", fs=rate)
    delay = (2.0 + dc_delay_samples(b, aa)) / rate          # median of 5: 2 samples
    t_track = (np.round(t * 1e9) - round(delay * 1e9)) / 1e9
    lo, hi = a.target * (1 - a.tolerance), a.target * (1 + a.tolerance)
    holds = []
    for ch, label in enumerate(df.columns[1:]):
        med = df[label].rolling(5, min_periods=1).median().to_numpy()
        smooth, _ = signal.lfilter(b, aa, med, zi=signal.lfilter_zi(b, aa) * med[0])
        holds += holds_of(t_track, smooth, lo, hi, a.hold, label, ch)
    holds.sort(key=lambda h: (h["contactEnd"], h["channel"]))
    json.dump({"source": a.trace, "filterDelayMs": delay * 1e3, "holds": holds}, fp=__import__("sys").stdout,
              default=float, indent=1)


if __name__ == "__main__":
    main()

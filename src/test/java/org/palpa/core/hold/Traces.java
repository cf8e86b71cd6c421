package org.palpa.core.hold;

/** Builds piecewise-linear test traces whose crossing times are known exactly. */
final class Traces {
    private Traces() {
    }

    /**
     * Values at {@code rateHz} of a trace through the given (time s, value) corners, linear between
     * them; the last corner's value holds to {@code endSeconds}.
     */
    static double[] piecewise(double rateHz, double endSeconds, double... cornersTimeValue) {
        int n = (int) Math.round(endSeconds * rateHz) + 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i / rateHz;
            out[i] = valueAt(t, cornersTimeValue);
        }
        return out;
    }

    static double valueAt(double t, double[] c) {
        if (t <= c[0]) {
            return c[1];
        }
        for (int k = 0; k + 3 < c.length; k += 2) {
            double t0 = c[k], v0 = c[k + 1], t1 = c[k + 2], v1 = c[k + 3];
            if (t <= t1) {
                return v0 + (v1 - v0) * (t - t0) / (t1 - t0);
            }
        }
        return c[c.length - 1];
    }
}

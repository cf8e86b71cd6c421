package org.palpa.core.assess;

/**
 * Compares the shapes of two force curves after aligning them in time with dynamic time
 * warping (Sakoe &amp; Chiba 1978, IEEE Trans ASSP 26:43–49). Both curves are first resampled to
 * at most {@link #POINTS} points so the cost stays small; the result is the mean absolute
 * difference along the best warping path, in the curves' units.
 */
public final class CurveAlignment {
    /** Points each curve is resampled to before warping. */
    public static final int POINTS = 200;

    private CurveAlignment() {
    }

    /** The mean absolute difference of {@code a} and {@code b} along their best time alignment. */
    public static double distance(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            throw new IllegalArgumentException("both curves need samples to be compared");
        }
        double[] x = resample(a, Math.min(POINTS, a.length));
        double[] y = resample(b, Math.min(POINTS, b.length));
        int n = x.length;
        int m = y.length;
        double[][] cost = new double[n][m];
        int[][] steps = new int[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double d = Math.abs(x[i] - y[j]);
                if (i == 0 && j == 0) {
                    cost[i][j] = d;
                    steps[i][j] = 1;
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                int len = 0;
                if (i > 0 && j > 0 && cost[i - 1][j - 1] <= best) {
                    best = cost[i - 1][j - 1];
                    len = steps[i - 1][j - 1];
                }
                if (i > 0 && cost[i - 1][j] < best) {
                    best = cost[i - 1][j];
                    len = steps[i - 1][j];
                }
                if (j > 0 && cost[i][j - 1] < best) {
                    best = cost[i][j - 1];
                    len = steps[i][j - 1];
                }
                cost[i][j] = best + d;
                steps[i][j] = len + 1;
            }
        }
        return cost[n - 1][m - 1] / steps[n - 1][m - 1];
    }

    /** {@code v} linearly resampled to {@code points} evenly spaced points over its length. */
    static double[] resample(double[] v, int points) {
        double[] out = new double[points];
        if (points == 1) {
            out[0] = v[0];
            return out;
        }
        for (int k = 0; k < points; k++) {
            double pos = (double) k * (v.length - 1) / (points - 1);
            int i = (int) Math.floor(pos);
            double f = pos - i;
            out[k] = i + 1 < v.length ? v[i] * (1 - f) + v[i + 1] * f : v[v.length - 1];
        }
        return out;
    }
}

package org.palpa.core.calibration;

import java.util.List;

/**
 * How well a curve matches the points it was fitted from, and how well the model predicts a point
 * it has not seen (leave-one-out cross-validation).
 *
 * @param rSquared               coefficient of determination on the fitted points
 * @param maxAbsErrorNewtons     largest |fitted − reference| over the points
 * @param percentFullScale       {@code maxAbsErrorNewtons} as a percentage of the largest reference force
 * @param heldOutRmsNewtons      root-mean-square error predicting each point from a fit without it
 * @param heldOutMaxNewtons      largest such held-out error
 */
public record FitQuality(double rSquared, double maxAbsErrorNewtons, double percentFullScale,
                         double heldOutRmsNewtons, double heldOutMaxNewtons) {
    public FitQuality {
        if (!Double.isFinite(rSquared) || !(maxAbsErrorNewtons >= 0) || !(percentFullScale >= 0)) {
            throw new IllegalArgumentException("fit quality must be finite and non-negative");
        }
    }

    /** Measures {@code curve} on {@code points}; {@code heldOut} are the leave-one-out predictions, or null. */
    static FitQuality of(Curve curve, List<CalibrationPoint> points, double[] heldOut) {
        double mean = points.stream().mapToDouble(CalibrationPoint::newtons).average().orElse(0);
        double ssRes = 0;
        double ssTot = 0;
        double maxAbs = 0;
        double fullScale = 0;
        double looSq = 0;
        double looMax = 0;
        for (int i = 0; i < points.size(); i++) {
            CalibrationPoint p = points.get(i);
            double err = curve.newtons(p.counts()) - p.newtons();
            ssRes += err * err;
            ssTot += (p.newtons() - mean) * (p.newtons() - mean);
            maxAbs = Math.max(maxAbs, Math.abs(err));
            fullScale = Math.max(fullScale, p.newtons());
            if (heldOut != null) {
                double e = heldOut[i] - p.newtons();
                looSq += e * e;
                looMax = Math.max(looMax, Math.abs(e));
            }
        }
        double r2 = ssTot == 0 ? 0 : 1 - ssRes / ssTot;
        double looRms = heldOut == null ? Double.NaN : Math.sqrt(looSq / points.size());
        return new FitQuality(r2, maxAbs, fullScale == 0 ? 0 : 100 * maxAbs / fullScale, looRms,
                heldOut == null ? Double.NaN : looMax);
    }
}

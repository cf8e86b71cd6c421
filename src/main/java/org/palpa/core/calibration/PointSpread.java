package org.palpa.core.calibration;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hysteresis and repeatability of a set of calibration points, read through a curve so that both
 * are in newtons.
 *
 * <p>Hysteresis is the largest difference, at one reference force, between the mean reading on
 * the way up and the mean reading on the way down. Repeatability is the largest spread (max − min)
 * of repeated readings of one reference force in one direction. Either is NaN when the points do
 * not contain what it needs (no unloading points, no repeats).
 *
 * @param hysteresisNewtons         largest loading–unloading difference
 * @param repeatabilityNewtons      largest spread of repeated points
 * @param fullScaleNewtons          the largest reference force, for percentages
 */
public record PointSpread(double hysteresisNewtons, double repeatabilityNewtons, double fullScaleNewtons) {

    /** Hysteresis as a percentage of full scale. */
    public double hysteresisPercent() {
        return 100 * hysteresisNewtons / fullScaleNewtons;
    }

    /** Repeatability as a percentage of full scale. */
    public double repeatabilityPercent() {
        return 100 * repeatabilityNewtons / fullScaleNewtons;
    }

    /** Measures the spread of {@code points} through {@code curve}. */
    public static PointSpread of(Curve curve, List<CalibrationPoint> points) {
        Map<Double, double[]> byForce = new TreeMap<>(); // sum up, n up, sum down, n down
        Map<String, double[]> byForceAndDirection = new TreeMap<>(); // min, max, n
        double fullScale = 0;
        for (CalibrationPoint p : points) {
            double n = curve.newtons(p.counts());
            fullScale = Math.max(fullScale, p.newtons());
            double[] s = byForce.computeIfAbsent(p.newtons(), k -> new double[4]);
            int o = p.direction() == Direction.LOADING ? 0 : 2;
            s[o] += n;
            s[o + 1]++;
            double[] r = byForceAndDirection.computeIfAbsent(p.newtons() + "/" + p.direction(),
                    k -> new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0});
            r[0] = Math.min(r[0], n);
            r[1] = Math.max(r[1], n);
            r[2]++;
        }
        double hysteresis = Double.NaN;
        for (double[] s : byForce.values()) {
            if (s[1] > 0 && s[3] > 0) {
                double d = Math.abs(s[0] / s[1] - s[2] / s[3]);
                hysteresis = Double.isNaN(hysteresis) ? d : Math.max(hysteresis, d);
            }
        }
        double repeatability = Double.NaN;
        for (double[] r : byForceAndDirection.values()) {
            if (r[2] > 1) {
                double d = r[1] - r[0];
                repeatability = Double.isNaN(repeatability) ? d : Math.max(repeatability, d);
            }
        }
        return new PointSpread(hysteresis, repeatability, fullScale == 0 ? 1 : fullScale);
    }
}

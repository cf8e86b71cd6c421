package org.palpa.core.calibration;

/**
 * The readings a calibration covers, and the converter's limit.
 *
 * @param minCounts        lowest net count (above the tare) among the points
 * @param maxCounts        highest net count among the points
 * @param minNewtons       the curve's force at {@code minCounts}
 * @param maxNewtons       the curve's force at {@code maxCounts}; full scale for percentages
 * @param saturationCounts the raw count at which the converter clips, or +∞ when unknown
 */
public record ValidRange(double minCounts, double maxCounts, double minNewtons, double maxNewtons,
                         double saturationCounts) {
    /** Readings this far below the lowest point, as a share of the count span, are still noise around zero. */
    public static final double LOW_NOISE_SHARE = 0.01;

    public ValidRange {
        if (!Double.isFinite(minCounts) || !Double.isFinite(maxCounts) || !(maxCounts > minCounts)) {
            throw new InvalidProfileException("range.counts", "must be two finite numbers, min below max, was "
                    + minCounts + ".." + maxCounts);
        }
        if (!Double.isFinite(minNewtons) || !Double.isFinite(maxNewtons) || !(maxNewtons > minNewtons)) {
            throw new InvalidProfileException("range.newtons", "must be two finite numbers, min below max, was "
                    + minNewtons + ".." + maxNewtons);
        }
        if (Double.isNaN(saturationCounts)) {
            throw new InvalidProfileException("range.saturationCounts", "is NaN");
        }
    }

    /** The span of forces covered, used as full scale for error percentages. */
    public double fullScaleNewtons() {
        return maxNewtons;
    }
}

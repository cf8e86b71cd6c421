package org.palpa.core.calibration;

/**
 * A profile's curve applied to live readings: subtract the tare, read the curve, and hold the
 * result at the range's edge when the reading leaves it, so nothing is ever extrapolated.
 * {@link #rangeStatus(double)} says when that happened. Allocation-free.
 */
public final class ProfileCalibration implements ChannelCalibration {
    private final FitType type;
    private final double[] coefficients;
    private final double tareCounts;
    private final double minCounts;
    private final double maxCounts;
    private final double lowNoiseCounts;
    private final double saturationCounts;
    private final CalibrationRef ref;

    /**
     * @param curve      counts above the tare to newtons
     * @param tareCounts the raw reading with no load
     * @param range      the counts the curve covers
     * @param ref        the profile this comes from
     */
    public ProfileCalibration(Curve curve, double tareCounts, ValidRange range, CalibrationRef ref) {
        this.type = curve.type();
        this.coefficients = curve.coefficients();
        this.tareCounts = tareCounts;
        this.minCounts = range.minCounts();
        this.maxCounts = range.maxCounts();
        this.lowNoiseCounts = (range.maxCounts() - range.minCounts()) * ValidRange.LOW_NOISE_SHARE;
        this.saturationCounts = range.saturationCounts();
        this.ref = ref;
    }

    @Override
    public double toNewtons(double raw) {
        double net = Math.min(maxCounts, Math.max(minCounts, raw - tareCounts));
        return type.evaluate(coefficients, net);
    }

    @Override
    public RangeStatus rangeStatus(double raw) {
        if (raw >= saturationCounts) {
            return RangeStatus.SATURATED;
        }
        double net = raw - tareCounts;
        if (net > maxCounts || net < minCounts - lowNoiseCounts) {
            return RangeStatus.BEYOND_CALIBRATION;
        }
        return RangeStatus.IN_RANGE;
    }

    @Override
    public CalibrationRef ref() {
        return ref;
    }
}

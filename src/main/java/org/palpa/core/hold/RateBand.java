package org.palpa.core.hold;

/**
 * The acceptable rate of application while ramping into a hold, in target units per second.
 * Pressure-pain threshold work asks for a steady ramp, typically 1 kgf/cm² per second
 * (Fischer 1987, Pain 30:115–126).
 *
 * @param minPerSecond lowest acceptable rate, >= 0
 * @param maxPerSecond highest acceptable rate, > min; may be infinite
 */
public record RateBand(double minPerSecond, double maxPerSecond) {
    /** Any rate is accepted. */
    public static final RateBand ANY = new RateBand(0, Double.POSITIVE_INFINITY);

    public RateBand {
        if (!(minPerSecond >= 0) || !(maxPerSecond > minPerSecond)) {
            throw new IllegalArgumentException("ramp rate band needs 0 <= min < max, was " + minPerSecond
                    + ".." + maxPerSecond);
        }
    }

    public boolean contains(double ratePerSecond) {
        return ratePerSecond >= minPerSecond && ratePerSecond <= maxPerSecond;
    }

    public boolean isAny() {
        return minPerSecond == 0 && maxPerSecond == Double.POSITIVE_INFINITY;
    }
}

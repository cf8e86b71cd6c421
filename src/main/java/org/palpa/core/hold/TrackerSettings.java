package org.palpa.core.hold;

/**
 * How the hold tracker decides that contact starts and ends, and how forgiving it is.
 *
 * <p>Contact uses hysteresis: it starts when the value rises to {@code contactOn} and ends only
 * when it falls below {@code contactOff}, so noise near one threshold cannot flicker the state.
 *
 * @param contactOn         value at which contact starts, in the target unit
 * @param contactOff        value below which contact ends; below {@code contactOn}
 * @param minContactMillis  contacts shorter than this are treated as brushes and not reported
 * @param overGraceMillis   time above the band a hold may spend before its outcome is OVER
 */
public record TrackerSettings(double contactOn, double contactOff, long minContactMillis, long overGraceMillis) {

    public TrackerSettings {
        if (!(contactOff >= 0) || !(contactOn > contactOff)) {
            throw new IllegalArgumentException("contact thresholds need 0 <= off < on, was on=" + contactOn
                    + " off=" + contactOff);
        }
        if (minContactMillis < 0 || overGraceMillis < 0) {
            throw new IllegalArgumentException("durations must not be negative");
        }
    }

    /**
     * Thresholds scaled to the target: contact starts at 15% of the band's lower edge and ends
     * below 7.5% of it; brushes under 0.5 s are ignored; 0.5 s above the band is forgiven.
     */
    public static TrackerSettings forTarget(Target target) {
        return new TrackerSettings(0.15 * target.min(), 0.075 * target.min(), 500, 500);
    }
}

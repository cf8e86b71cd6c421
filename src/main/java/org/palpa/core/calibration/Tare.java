package org.palpa.core.calibration;

/**
 * Zeroing: the reading with no load, averaged over a steady window. An unsteady window is refused
 * with its reason, because a tare taken while the sensor still settles shifts every later reading.
 */
public sealed interface Tare {
    /** The tare was taken. */
    record Taken(double offsetCounts, double stdDevCounts, int samples) implements Tare { }

    /** The tare was refused; {@code reason} says why, for the user. */
    record Refused(String reason) implements Tare { }

    /** Tares on the last {@code criterion.samples()} values of a ring buffer (see {@link Steadiness#judge(double[], int, int)}). */
    static Tare of(Steadiness criterion, double[] ring, int next, int count) {
        return switch (criterion.judge(ring, next, count)) {
            case Steadiness.Verdict.Steady s -> new Taken(s.meanCounts(), s.stdDevCounts(), s.samples());
            case Steadiness.Verdict.Unsteady u -> new Refused("tare refused: " + u.reason());
        };
    }
}

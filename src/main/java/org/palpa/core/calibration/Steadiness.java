package org.palpa.core.calibration;

import java.util.Locale;

/**
 * Whether a window of readings is steady enough to be taken as one value: a tare, or a
 * calibration point under a reference load.
 *
 * <p>A reading is steady when the standard deviation of the window is at most
 * {@code maxStdDevCounts} and the means of its first and second halves differ by at most
 * {@code maxDriftCounts}. The second test catches a slow creep, which a short window can hide in
 * a small variance (FSRs creep for tens of seconds after loading).
 *
 * @param samples          the window length
 * @param maxStdDevCounts  the largest standard deviation accepted
 * @param maxDriftCounts   the largest difference between the means of the two halves
 */
public record Steadiness(int samples, double maxStdDevCounts, double maxDriftCounts) {
    public Steadiness {
        if (samples < 4) {
            throw new IllegalArgumentException("a steadiness window needs at least 4 samples, was " + samples);
        }
        if (!(maxStdDevCounts > 0) || !(maxDriftCounts > 0)) {
            throw new IllegalArgumentException("steadiness limits must be positive");
        }
    }

    /** The verdict on one window. */
    public sealed interface Verdict {
        /** The window is steady; its mean is the value. */
        record Steady(double meanCounts, double stdDevCounts, int samples) implements Verdict { }

        /** The window is not steady; {@code reason} is written for the user. */
        record Unsteady(String reason, double meanCounts, double stdDevCounts) implements Verdict { }
    }

    /**
     * Judges the last {@link #samples()} values of a ring buffer without copying it.
     *
     * @param ring  the buffer
     * @param next  the index the next value will be written to
     * @param count how many values the buffer holds so far
     */
    public Verdict judge(double[] ring, int next, int count) {
        if (count < samples) {
            return new Verdict.Unsteady(String.format(Locale.ROOT, "only %d of %d samples so far", count, samples),
                    Double.NaN, Double.NaN);
        }
        int half = samples / 2;
        double sum = 0;
        double sumFirst = 0;
        for (int i = 0; i < samples; i++) {
            double v = ring[Math.floorMod(next - samples + i, ring.length)];
            sum += v;
            if (i < half) {
                sumFirst += v;
            }
        }
        double mean = sum / samples;
        double ss = 0;
        for (int i = 0; i < samples; i++) {
            double d = ring[Math.floorMod(next - samples + i, ring.length)] - mean;
            ss += d * d;
        }
        double sd = Math.sqrt(ss / (samples - 1));
        double drift = (sum - sumFirst) / (samples - half) - sumFirst / half;
        if (sd > maxStdDevCounts) {
            return new Verdict.Unsteady(String.format(Locale.ROOT, "the reading varies too much: standard deviation "
                    + "%.1f counts, at most %.1f allowed", sd, maxStdDevCounts), mean, sd);
        }
        if (Math.abs(drift) > maxDriftCounts) {
            return new Verdict.Unsteady(String.format(Locale.ROOT, "the reading is drifting: %+.1f counts between the "
                    + "two halves of the window, at most %.1f allowed", drift, maxDriftCounts), mean, sd);
        }
        return new Verdict.Steady(mean, sd, samples);
    }

    /** Judges a whole array of readings, oldest first. */
    public Verdict judge(double[] readings) {
        return judge(readings, 0, readings.length);
    }
}

package org.palpa.core.ppt;

/**
 * The last few seconds of smoothed pressure, kept in a fixed ring so nothing is allocated per
 * sample: it answers "what was the pressure at instant t" (interpolating between samples) and
 * "how fast is it rising now" (a least-squares slope over a recent window).
 */
public final class PressureHistory {
    private final long[] times;
    private final double[] values;
    private int next;
    private int size;

    /** @param capacity samples kept; 4096 holds 4 s at 1 kHz */
    public PressureHistory(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a pressure history needs room for at least 2 samples");
        }
        times = new long[capacity];
        values = new double[capacity];
    }

    /** Adds a sample; timestamps must not go backwards. */
    public void add(long timestampNanos, double kpa) {
        times[next] = timestampNanos;
        values[next] = kpa;
        next = (next + 1) % times.length;
        size = Math.min(size + 1, times.length);
    }

    /** Forgets every sample, as after a disconnect. */
    public void clear() {
        size = 0;
        next = 0;
    }

    private int index(int age) {
        return Math.floorMod(next - 1 - age, times.length);
    }

    /** The latest sample's timestamp, or {@link Long#MIN_VALUE} when empty. */
    public long latestNanos() {
        return size == 0 ? Long.MIN_VALUE : times[index(0)];
    }

    /** The pressure at {@code t}, interpolated linearly between the samples around it; NaN outside what is kept. */
    public double valueAt(long t) {
        for (int age = 0; age < size - 1; age++) {
            int later = index(age);
            int earlier = index(age + 1);
            if (times[earlier] <= t && t <= times[later]) {
                long span = times[later] - times[earlier];
                double f = span == 0 ? 1 : (double) (t - times[earlier]) / span;
                return values[earlier] + f * (values[later] - values[earlier]);
            }
        }
        return size == 1 && times[index(0)] == t ? values[index(0)] : Double.NaN;
    }

    /** The least-squares slope in kPa/s over the samples of the last {@code windowNanos}; NaN with fewer than 3. */
    public double recentSlope(long windowNanos) {
        if (size == 0) {
            return Double.NaN;
        }
        long end = times[index(0)];
        LineFit fit = new LineFit(end);
        for (int age = 0; age < size && end - times[index(age)] <= windowNanos; age++) {
            fit.add(times[index(age)], values[index(age)]);
        }
        return fit.count() < 3 ? Double.NaN : fit.slopePerSecond();
    }
}

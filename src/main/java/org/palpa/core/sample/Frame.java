package org.palpa.core.sample;

import java.util.Arrays;

/**
 * One immutable reading of every channel of a device at one instant.
 *
 * <p>The values are in the unit of each {@link Channel}; the array is copied in and out, so a
 * frame never changes after it is made. Use {@link #value(int)} to read without copying.
 *
 * @param timestampNanos monotonic time of the reading in nanoseconds; only differences mean anything
 * @param sequence       the device's running count of frames; a gap means frames were lost
 * @param values         one value per channel
 */
public record Frame(long timestampNanos, long sequence, double[] values) {

    public Frame {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("a frame needs at least one channel value");
        }
        values = values.clone();
    }

    /** The value of channel {@code channel}, without copying. */
    public double value(int channel) {
        return values[channel];
    }

    public int channelCount() {
        return values.length;
    }

    /** A copy of the values. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** Copies the values into {@code target}, which must hold at least {@link #channelCount()} values. */
    public void copyValuesInto(double[] target) {
        System.arraycopy(values, 0, target, 0, values.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && f.timestampNanos == timestampNanos && f.sequence == sequence
                && Arrays.equals(f.values, values);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(timestampNanos) * 31 + Long.hashCode(sequence) * 17 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Frame[t=" + timestampNanos + "ns, seq=" + sequence + ", values=" + Arrays.toString(values) + "]";
    }
}

package org.palpa.core.display;

/**
 * The most recent samples of several channels in a fixed-capacity ring, oldest first, for plotting
 * and for short look-backs such as the ramp rate. Appending copies the values and allocates
 * nothing. Not thread-safe: one thread writes, and another thread reads only through a copy
 * ({@link #copyNewFrom}) made under the owner's lock.
 */
public final class SampleWindow {
    private final int capacity;
    private final long[] times;
    private final double[][] values;
    private long written;

    /**
     * @param channels values per sample, at least 1
     * @param capacity samples kept, at least 2
     */
    public SampleWindow(int channels, int capacity) {
        if (channels < 1 || capacity < 2) {
            throw new IllegalArgumentException("a sample window needs at least 1 channel and room for 2 samples, was "
                    + channels + " channels, " + capacity + " samples");
        }
        this.capacity = capacity;
        this.times = new long[capacity];
        this.values = new double[channels][capacity];
    }

    /** Appends one sample; {@code frameValues} must hold at least {@link #channels()} values. */
    public void append(long timestampNanos, double[] frameValues) {
        int slot = (int) (written % capacity);
        times[slot] = timestampNanos;
        for (int c = 0; c < values.length; c++) {
            values[c][slot] = frameValues[c];
        }
        written++;
    }

    /**
     * Brings this window up to date with {@code source}, which must have the same shape, copying only
     * the samples written there since the last call. Returns how many samples were skipped because
     * the source had already overwritten them (the reader fell more than a whole window behind).
     */
    public long copyNewFrom(SampleWindow source) {
        if (source.capacity != capacity || source.values.length != values.length) {
            throw new IllegalArgumentException("sample windows differ in shape");
        }
        long from = Math.max(written, source.written - source.size());
        long skipped = from - written;
        for (long k = from; k < source.written; k++) {
            int slot = (int) (k % capacity);
            times[slot] = source.times[slot];
            for (int c = 0; c < values.length; c++) {
                values[c][slot] = source.values[c][slot];
            }
        }
        written = Math.max(written, source.written);
        return Math.max(0, skipped);
    }

    /** Samples held, at most the capacity. */
    public int size() {
        return (int) Math.min(written, capacity);
    }

    /** Samples ever appended. */
    public long written() {
        return written;
    }

    public int channels() {
        return values.length;
    }

    public int capacity() {
        return capacity;
    }

    /** Timestamp of the {@code i}-th held sample, 0 being the oldest. */
    public long timeAt(int i) {
        return times[slot(i)];
    }

    /** Value of {@code channel} in the {@code i}-th held sample, 0 being the oldest. */
    public double valueAt(int channel, int i) {
        return values[channel][slot(i)];
    }

    /** Timestamp of the newest sample; the window must not be empty. */
    public long newestTime() {
        return timeAt(size() - 1);
    }

    /** Index of the first held sample at or after {@code timestampNanos}, or {@link #size()} if none. */
    public int firstIndexAtOrAfter(long timestampNanos) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (timeAt(mid) < timestampNanos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Least-squares slope of {@code channel} over the newest {@code spanNanos}, in value units per
     * second; NaN when fewer than two samples fall in the span.
     */
    public double slopePerSecond(int channel, long spanNanos) {
        int n = size();
        if (n < 2) {
            return Double.NaN;
        }
        long origin = newestTime();
        int first = firstIndexAtOrAfter(origin - spanNanos);
        int count = n - first;
        if (count < 2) {
            return Double.NaN;
        }
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = first; i < n; i++) {
            double x = (timeAt(i) - origin) / 1e9;
            double y = valueAt(channel, i);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double den = count * sxx - sx * sx;
        return den == 0 ? Double.NaN : (count * sxy - sx * sy) / den;
    }

    /**
     * Writes the smallest and largest value of {@code channel} over held samples
     * [{@code fromIndex}, {@code toIndex}) into {@code out[0]} and {@code out[1]}; the range must
     * not be empty. Scans the ring's storage directly, the hot loop of chart decimation.
     */
    public void extremes(int channel, int fromIndex, int toIndex, double[] out) {
        if (fromIndex < 0 || toIndex > size() || fromIndex >= toIndex) {
            throw new IndexOutOfBoundsException("samples " + fromIndex + ".." + toIndex + " of " + size());
        }
        double[] v = values[channel];
        int a = slot(fromIndex);
        int n = toIndex - fromIndex;
        double lo = v[a];
        double hi = lo;
        int firstRun = Math.min(n, capacity - a);
        for (int i = a + 1; i < a + firstRun; i++) {
            double x = v[i];
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        for (int i = 0; i < n - firstRun; i++) {
            double x = v[i];
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        out[0] = lo;
        out[1] = hi;
    }

    private int slot(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("sample " + i + " of " + size());
        }
        return (int) ((written - size() + i) % capacity);
    }
}

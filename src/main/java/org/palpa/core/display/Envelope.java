package org.palpa.core.display;

/**
 * A dense signal reduced to one minimum and one maximum per pixel column, so that a 30 s window of
 * 1 kHz data draws as a few thousand points and a one-sample spike still reaches its full height:
 * every sample in the time range lands in exactly one column and moves that column's extremes.
 * The arrays are allocated once for the widest plot; {@link #compute} allocates nothing.
 */
public final class Envelope {
    private final double[] min;
    private final double[] max;
    private final int[] counts;
    private int columns;
    private long fromNanos;
    private long toNanos;

    /** @param maxColumns the widest plot, in pixels */
    public Envelope(int maxColumns) {
        if (maxColumns < 1) {
            throw new IllegalArgumentException("an envelope needs at least one column, was " + maxColumns);
        }
        min = new double[maxColumns];
        max = new double[maxColumns];
        counts = new int[maxColumns];
    }

    /**
     * Reduces the samples of {@code channel} with timestamps in [{@code fromNanos}, {@code toNanos}]
     * to {@code columns} columns of equal duration.
     */
    public void compute(SampleWindow window, int channel, long fromNanos, long toNanos, int columns) {
        if (columns < 1 || columns > min.length) {
            throw new IllegalArgumentException("columns must be 1.." + min.length + ", was " + columns);
        }
        if (toNanos <= fromNanos) {
            throw new IllegalArgumentException("the time range must not be empty");
        }
        this.columns = columns;
        this.fromNanos = fromNanos;
        this.toNanos = toNanos;
        java.util.Arrays.fill(counts, 0, columns, 0);
        double span = toNanos - fromNanos;
        int n = window.size();
        for (int i = window.firstIndexAtOrAfter(fromNanos); i < n; i++) {
            long t = window.timeAt(i);
            if (t > toNanos) {
                break;
            }
            int col = Math.min(columns - 1, (int) ((t - fromNanos) / span * columns));
            double v = window.valueAt(channel, i);
            if (counts[col] == 0) {
                min[col] = v;
                max[col] = v;
            } else if (v < min[col]) {
                min[col] = v;
            } else if (v > max[col]) {
                max[col] = v;
            }
            counts[col]++;
        }
    }

    /** Columns of the last computation. */
    public int columns() {
        return columns;
    }

    /** Whether any sample fell into {@code column}; empty columns have no min or max. */
    public boolean filled(int column) {
        return counts[column] > 0;
    }

    /** Samples that fell into {@code column}. */
    public int count(int column) {
        return counts[column];
    }

    public double min(int column) {
        return min[column];
    }

    public double max(int column) {
        return max[column];
    }

    /** Timestamp at the centre of {@code column}. */
    public double columnCentreNanos(int column) {
        return fromNanos + (column + 0.5) * (toNanos - fromNanos) / columns;
    }
}

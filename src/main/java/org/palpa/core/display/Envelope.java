package org.palpa.core.display;

/**
 * A dense signal reduced to one minimum and one maximum per pixel column, so that a 30 s window of
 * 1 kHz data draws as a few thousand points and a one-sample spike still reaches its full height:
 * every sample in the time range lands in exactly one column and moves that column's extremes.
 *
 * <p>{@link #prepare} finds, once per frame, which samples fall into each column (a binary search
 * per column edge); {@link #computeChannel} then scans each channel's contiguous runs. The arrays
 * are allocated once for the widest plot; neither call allocates.
 */
public final class Envelope {
    private final double[] min;
    private final double[] max;
    private final int[] counts;
    private final int[] starts;
    private final double[] extremes = new double[2];
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
        starts = new int[maxColumns + 1];
    }

    /**
     * Reduces the samples of {@code channel} with timestamps in [{@code fromNanos}, {@code toNanos}]
     * to {@code columns} columns of equal duration.
     */
    public void compute(SampleWindow window, int channel, long fromNanos, long toNanos, int columns) {
        prepare(window, fromNanos, toNanos, columns);
        computeChannel(window, channel);
    }

    /**
     * Splits [{@code fromNanos}, {@code toNanos}] into {@code columns} columns of equal duration and
     * finds the samples of {@code window} in each; valid until the window changes.
     */
    public void prepare(SampleWindow window, long fromNanos, long toNanos, int columns) {
        if (columns < 1 || columns > min.length) {
            throw new IllegalArgumentException("columns must be 1.." + min.length + ", was " + columns);
        }
        if (toNanos <= fromNanos) {
            throw new IllegalArgumentException("the time range must not be empty");
        }
        this.columns = columns;
        this.fromNanos = fromNanos;
        this.toNanos = toNanos;
        double span = toNanos - fromNanos;
        for (int c = 0; c < columns; c++) {
            // the first sample whose column, floor((t - from) / span * columns), is at least c
            long edge = fromNanos + (long) Math.ceil(c * span / columns);
            starts[c] = window.firstIndexAtOrAfter(edge);
        }
        starts[columns] = window.firstIndexAtOrAfter(toNanos + 1);
        for (int c = 0; c < columns; c++) {
            counts[c] = Math.max(0, starts[c + 1] - starts[c]);
        }
    }

    /** Fills the columns found by the last {@link #prepare} with the extremes of {@code channel}. */
    public void computeChannel(SampleWindow window, int channel) {
        for (int c = 0; c < columns; c++) {
            if (counts[c] > 0) {
                window.extremes(channel, starts[c], starts[c + 1], extremes);
                min[c] = extremes[0];
                max[c] = extremes[1];
            }
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

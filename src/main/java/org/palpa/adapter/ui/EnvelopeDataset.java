package org.palpa.adapter.ui;

import org.jfree.data.xy.AbstractXYDataset;
import org.palpa.core.display.Envelope;

/**
 * A JFreeChart dataset made of min/max envelopes: each filled pixel column gives two points, its
 * minimum then its maximum, so the drawn line sweeps every spike. The arrays are reused; refills
 * do not notify listeners, because the owner repaints the chart itself on its timer.
 */
final class EnvelopeDataset extends AbstractXYDataset {
    private final double[][] xs;
    private final double[][] ys;
    private final int[] counts;
    private final String[] keys;
    private int series;

    /** @param maxSeries most series shown at once; @param maxColumns widest plot in pixels */
    EnvelopeDataset(int maxSeries, int maxColumns) {
        xs = new double[maxSeries][2 * maxColumns];
        ys = new double[maxSeries][2 * maxColumns];
        counts = new int[maxSeries];
        keys = new String[maxSeries];
    }

    int maxSeries() {
        return keys.length;
    }

    /** Sets how many series are shown and their names. */
    void setSeries(String[] names) {
        series = Math.min(names.length, keys.length);
        System.arraycopy(names, 0, keys, 0, series);
    }

    /**
     * Refills {@code s} from {@code envelope}; x is seconds since {@code originNanos} and y is the
     * value times {@code scale} (the change from the tracked unit to the shown one).
     */
    void fill(int s, Envelope envelope, long originNanos, double scale) {
        int n = 0;
        double[] x = xs[s];
        double[] y = ys[s];
        for (int c = 0; c < envelope.columns(); c++) {
            if (envelope.filled(c)) {
                double t = (envelope.columnCentreNanos(c) - originNanos) / 1e9;
                x[n] = t;
                y[n++] = envelope.min(c) * scale;
                if (envelope.count(c) > 1) {
                    x[n] = t;
                    y[n++] = envelope.max(c) * scale;
                }
            }
        }
        counts[s] = n;
    }

    /** The largest y over all shown series, or NaN if there are no points. */
    double maxY() {
        double m = Double.NaN;
        for (int s = 0; s < series; s++) {
            for (int i = 0; i < counts[s]; i++) {
                m = Double.isNaN(m) ? ys[s][i] : Math.max(m, ys[s][i]);
            }
        }
        return m;
    }

    @Override
    public int getSeriesCount() {
        return series;
    }

    @Override
    public Comparable<String> getSeriesKey(int s) {
        return keys[s];
    }

    @Override
    public int getItemCount(int s) {
        return counts[s];
    }

    @Override
    public Number getX(int s, int item) {
        return xs[s][item];
    }

    @Override
    public Number getY(int s, int item) {
        return ys[s][item];
    }

    @Override
    public double getXValue(int s, int item) {
        return xs[s][item];
    }

    @Override
    public double getYValue(int s, int item) {
        return ys[s][item];
    }
}

package org.palpa.core.signal;

/**
 * The running median of the last {@code length} samples, which removes isolated spikes that an
 * averaging filter would smear. The length must be odd; the delay is {@code (length - 1) / 2}
 * samples. A sorted copy of the window is kept up to date by moving the new sample into the
 * place of the one that leaves, so there is no allocation and no full sort.
 */
public final class MedianFilter implements SignalFilter {
    private final double[] window;
    private final double[] sorted;
    private final double samplePeriodMillis;
    private int next;
    private int count;

    /**
     * @param length       odd window length in samples, at least 1
     * @param sampleRateHz the rate the filter runs at
     */
    public MedianFilter(int length, double sampleRateHz) {
        if (length < 1 || length % 2 == 0) {
            throw new IllegalArgumentException("median length must be an odd number >= 1, was " + length);
        }
        Filters.requirePositive(sampleRateHz, "sample rate (Hz)");
        this.window = new double[length];
        this.sorted = new double[length];
        this.samplePeriodMillis = 1000.0 / sampleRateHz;
    }

    @Override
    public double filter(double sample) {
        if (count == 5 && window.length == 5) {
            // the default window: the median of the five values by comparisons alone, no sorting
            window[next] = sample;
            if (++next == 5) {
                next = 0;
            }
            return medianOfFive(window[0], window[1], window[2], window[3], window[4]);
        }
        if (count == window.length) {
            replaceSorted(window[next], sample);
        } else {
            insertSorted(sample, count);
            count++;
        }
        window[next] = sample;
        if (++next == window.length) {
            next = 0;
        }
        if ((count & 1) == 1) {
            return sorted[count / 2];
        }
        return 0.5 * (sorted[count / 2 - 1] + sorted[count / 2]);
    }

    /**
     * The median of five values: the larger of the two pairs' minima and the smaller of their
     * maxima leave out the least and the greatest of the first four, and the median of the five
     * is the median of those two and the fifth.
     */
    static double medianOfFive(double a, double b, double c, double d, double e) {
        double low = Math.max(Math.min(a, b), Math.min(c, d));
        double high = Math.min(Math.max(a, b), Math.max(c, d));
        return Math.max(Math.min(low, e), Math.min(Math.max(low, e), high));
    }

    /** In the full sorted array, puts {@code value} in the place of one occurrence of {@code old}, keeping it sorted. */
    private void replaceSorted(double old, double value) {
        int i = 0;
        int last = sorted.length - 1;
        while (i < last && Double.compare(sorted[i], old) != 0) {
            i++;
        }
        while (i < last && sorted[i + 1] < value) {
            sorted[i] = sorted[i + 1];
            i++;
        }
        while (i > 0 && sorted[i - 1] > value) {
            sorted[i] = sorted[i - 1];
            i--;
        }
        sorted[i] = value;
    }

    /** Inserts into sorted[0..size) which currently holds {@code size} values. */
    private void insertSorted(double value, int size) {
        int i = size - 1;
        while (i >= 0 && sorted[i] > value) {
            sorted[i + 1] = sorted[i];
            i--;
        }
        sorted[i + 1] = value;
    }

    @Override
    public void reset() {
        next = 0;
        count = 0;
    }

    @Override
    public double groupDelayMillis() {
        return (window.length - 1) / 2.0 * samplePeriodMillis;
    }
}

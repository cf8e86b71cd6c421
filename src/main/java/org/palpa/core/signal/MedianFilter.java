package org.palpa.core.signal;

/**
 * The running median of the last {@code length} samples, which removes isolated spikes that an
 * averaging filter would smear. The length must be odd; the delay is {@code (length - 1) / 2}
 * samples. A sorted copy of the window is kept up to date by one shift per sample, so there is
 * no allocation and no full sort.
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
        if (count == window.length) {
            removeSorted(window[next]);
        } else {
            count++;
        }
        window[next] = sample;
        next = (next + 1) % window.length;
        insertSorted(sample, count - 1);
        if ((count & 1) == 1) {
            return sorted[count / 2];
        }
        return 0.5 * (sorted[count / 2 - 1] + sorted[count / 2]);
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

    /** Removes one occurrence of {@code value} from the full sorted array. */
    private void removeSorted(double value) {
        int i = 0;
        int n = window.length;
        while (i < n - 1 && Double.compare(sorted[i], value) != 0) {
            i++;
        }
        System.arraycopy(sorted, i + 1, sorted, i, n - 1 - i);
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

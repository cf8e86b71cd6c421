package org.palpa.core.signal;

/**
 * The mean of the last {@code length} samples: a boxcar filter with a group delay of
 * {@code (length - 1) / 2} samples. Until the window is full it averages what it has.
 */
public final class MovingAverage implements SignalFilter {
    private final double[] window;
    private final double samplePeriodMillis;
    private int next;
    private int count;
    private double sum;
    private int sinceResum;

    /**
     * @param length       window length in samples, at least 1
     * @param sampleRateHz the rate the filter runs at
     */
    public MovingAverage(int length, double sampleRateHz) {
        if (length < 1) {
            throw new IllegalArgumentException("moving average length must be >= 1, was " + length);
        }
        Filters.requirePositive(sampleRateHz, "sample rate (Hz)");
        this.window = new double[length];
        this.samplePeriodMillis = 1000.0 / sampleRateHz;
    }

    @Override
    public double filter(double sample) {
        if (count == window.length) {
            sum -= window[next];
        } else {
            count++;
        }
        window[next] = sample;
        sum += sample;
        next = (next + 1) % window.length;
        // A running sum gathers rounding error over hours; recomputing it once per window keeps it exact enough.
        if (++sinceResum >= window.length) {
            sinceResum = 0;
            double exact = 0;
            for (int i = 0; i < count; i++) {
                exact += window[i];
            }
            sum = exact;
        }
        return sum / count;
    }

    @Override
    public void reset() {
        next = 0;
        count = 0;
        sum = 0;
        sinceResum = 0;
    }

    @Override
    public double groupDelayMillis() {
        return (window.length - 1) / 2.0 * samplePeriodMillis;
    }
}

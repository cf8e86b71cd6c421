package org.palpa.core.signal;

/**
 * First-order exponential smoothing, {@code y += alpha * (x - y)}.
 *
 * <p>The smoothing factor comes from a time constant: {@code alpha = 1 - exp(-T/tau)} with
 * sample period T. Its group delay at low frequency is {@code (1 - alpha) / alpha} samples.
 */
public final class ExponentialMovingAverage implements SignalFilter {
    private final double alpha;
    private final double samplePeriodMillis;
    private double state;
    private boolean primed;

    /**
     * @param timeConstantMillis the time constant tau in milliseconds, positive
     * @param sampleRateHz       the rate the filter runs at
     */
    public ExponentialMovingAverage(double timeConstantMillis, double sampleRateHz) {
        Filters.requirePositive(timeConstantMillis, "EMA time constant (ms)");
        Filters.requirePositive(sampleRateHz, "sample rate (Hz)");
        this.samplePeriodMillis = 1000.0 / sampleRateHz;
        this.alpha = 1.0 - Math.exp(-samplePeriodMillis / timeConstantMillis);
    }

    public double alpha() {
        return alpha;
    }

    @Override
    public double filter(double sample) {
        if (!primed) {
            // Start from the first sample rather than zero, so a loaded sensor does not ramp up from nothing.
            state = sample;
            primed = true;
        } else {
            state += alpha * (sample - state);
        }
        return state;
    }

    @Override
    public void reset() {
        primed = false;
        state = 0;
    }

    @Override
    public double groupDelayMillis() {
        return (1.0 - alpha) / alpha * samplePeriodMillis;
    }
}

package org.palpa.core.signal;

import uk.me.berndporr.iirj.Biquad;
import uk.me.berndporr.iirj.Butterworth;

/**
 * A Butterworth low-pass filter designed by iirj (bilinear transform of the analogue prototype),
 * run as a cascade of biquads.
 *
 * <p>Its low-frequency group delay is computed from the designed coefficients: for a section
 * {@code B(z)/A(z)} the delay at DC is {@code sum(k*b_k)/sum(b_k) - sum(k*a_k)/sum(a_k)} samples,
 * and the delays of cascaded sections add.
 */
public final class ButterworthLowPass implements SignalFilter {
    private final Butterworth design = new Butterworth();
    private final int order;
    private final double cutoffHz;
    private final double sampleRateHz;
    private final double groupDelayMillis;
    private boolean primed;

    /**
     * @param order        filter order, 1 to 8
     * @param cutoffHz     the -3 dB frequency, below half the sample rate
     * @param sampleRateHz the rate the filter runs at
     */
    public ButterworthLowPass(int order, double cutoffHz, double sampleRateHz) {
        if (order < 1 || order > 8) {
            throw new IllegalArgumentException("Butterworth order must be 1 to 8, was " + order);
        }
        Filters.requirePositive(sampleRateHz, "sample rate (Hz)");
        Filters.requirePositive(cutoffHz, "Butterworth cutoff (Hz)");
        if (cutoffHz >= sampleRateHz / 2) {
            throw new IllegalArgumentException("Butterworth cutoff " + cutoffHz + " Hz must be below half the sample rate ("
                    + sampleRateHz / 2 + " Hz)");
        }
        this.order = order;
        this.cutoffHz = cutoffHz;
        this.sampleRateHz = sampleRateHz;
        design.lowPass(order, sampleRateHz, cutoffHz);
        this.groupDelayMillis = dcGroupDelaySamples() * 1000.0 / sampleRateHz;
    }

    private double dcGroupDelaySamples() {
        double delay = 0;
        for (int i = 0; i < design.getNumBiquads(); i++) {
            Biquad q = design.getBiquad(i);
            double bSum = q.getB0() + q.getB1() + q.getB2();
            double aSum = q.getA0() + q.getA1() + q.getA2();
            delay += (q.getB1() + 2 * q.getB2()) / bSum - (q.getA1() + 2 * q.getA2()) / aSum;
        }
        return delay;
    }

    @Override
    public double filter(double sample) {
        if (!primed) {
            // Settle the sections on the first value so a loaded sensor does not ring up from zero.
            primed = true;
            double out = sample;
            for (int i = 0; i < 20 * order * (int) Math.ceil(sampleRateHz / cutoffHz); i++) {
                out = design.filter(sample);
            }
            return out;
        }
        return design.filter(sample);
    }

    @Override
    public void reset() {
        design.reset();
        primed = false;
    }

    @Override
    public double groupDelayMillis() {
        return groupDelayMillis;
    }

    public int order() {
        return order;
    }

    public double cutoffHz() {
        return cutoffHz;
    }
}

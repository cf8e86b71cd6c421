package org.palpa.core.signal;

/**
 * A streaming filter that smooths one channel, one sample at a time.
 *
 * <p>Implementations keep their state in fields set up at construction and never allocate in
 * {@link #filter(double)}, so the live pipeline can run them on every sample.
 */
public interface SignalFilter {

    /** Takes the next input sample and returns the filtered output for it. */
    double filter(double sample);

    /** Forgets all history, as if no sample had been seen. */
    void reset();

    /**
     * The delay this filter adds to slow signals, in milliseconds, at the sample rate it was
     * built for. The pipeline subtracts it from timestamps so reported holds line up with the
     * unfiltered signal.
     */
    double groupDelayMillis();
}

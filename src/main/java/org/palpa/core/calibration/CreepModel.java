package org.palpa.core.calibration;

/**
 * First-order creep of an FSR under load: after a load step the reading rises exponentially to
 * {@code (1 + share)} times the load, with time constant {@code tauSeconds}. As a state equation,
 * the excess reading {@code s} follows {@code ds/dt = (share·F − s) / tau} and the sensor reads
 * {@code F + s}. Polymer FSRs creep by several percent over tens of seconds under constant load
 * (Hall, Desmoulin &amp; Milburn 2008, J Biomech 41:3492; Interlink FSR integration guide, "drift").
 *
 * @param share      the fraction by which a steady load is over-read once creep has settled
 * @param tauSeconds the time constant of the creep
 */
public record CreepModel(double share, double tauSeconds) {
    public CreepModel {
        if (!Double.isFinite(share) || share <= -0.5 || share >= 1) {
            throw new InvalidProfileException("drift.share", "must be a fraction between -0.5 and 1, was " + share);
        }
        if (!(tauSeconds > 0) || Double.isInfinite(tauSeconds)) {
            throw new InvalidProfileException("drift.tauSeconds", "must be a positive number of seconds, was " + tauSeconds);
        }
    }

    /** The reading {@code seconds} after a step from no load to {@code newtons}. */
    public double readingAfterStep(double newtons, double seconds) {
        return newtons * (1 + share * (1 - Math.exp(-seconds / tauSeconds)));
    }
}

package org.palpa.app.ppt;

import org.palpa.core.hold.RateBand;
import org.palpa.core.ppt.PptSession;

/**
 * A snapshot of the protocol for the rate meter, the trial counter and the rest timer.
 *
 * @param phase               where the protocol is
 * @param trial               the trial running or next, from 1
 * @param trials              trials asked for
 * @param pressureKpa         the smoothed pressure now
 * @param rateKpaPerSecond    the live ramp rate over the last half second; NaN when unknown
 * @param band                the band a valid ramp rate lies in
 * @param restRemainingMillis rest left before the next trial; 0 when not resting
 * @param ceilingKpa          the safety ceiling
 */
public record PptStatus(PptSession.Phase phase, int trial, int trials, double pressureKpa, double rateKpaPerSecond,
                        RateBand band, long restRemainingMillis, double ceilingKpa) {
    /** Whether the live rate is inside its band. */
    public boolean rateInBand() {
        return band.contains(rateKpaPerSecond);
    }

    /** {@code trial 2 of 3}, or {@code trial 4 (repeat)} for a repeat of a voided trial beyond the number asked for. */
    public String counter() {
        return trial > trials ? "trial " + trial + " (repeat)" : "trial " + trial + " of " + trials;
    }

    /** What the therapist should do now, in a few words. */
    public String instruction() {
        return switch (phase) {
            case RESTING -> "rest";
            case READY -> "place the probe and ramp";
            case RAMPING -> "ramping: patient presses at first pain";
            case READING -> "pressed";
            case RELEASE -> "lift the probe";
            case DONE -> "done";
        };
    }
}

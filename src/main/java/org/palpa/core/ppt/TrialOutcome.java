package org.palpa.core.ppt;

/** What one trial gave: a threshold (valid or flagged), no threshold below the ceiling, or nothing because it was voided. */
public sealed interface TrialOutcome {
    /** The trial's number, from 1. */
    int trial();

    /** The wording recorded when the ceiling is reached with no press. */
    String NO_THRESHOLD = "no threshold below the ceiling";
    /** The wording recorded when the link goes away during a ramp. */
    String DISCONNECTED = "device disconnected during the ramp";

    /**
     * A press during the ramp.
     *
     * @param thresholdKpa       the pressure at the press, corrected for the known delays
     * @param rateKpaPerSecond   the ramp's least-squares rate from contact to the press
     * @param invalidReason      why the trial does not count, or null when it is valid
     * @param delay              the delay correction applied, naming the path the press took
     * @param residualKpa        what the correction leaves uncertain, in kPa (the timing residual times the rate)
     * @param pressNanos         the corrected press instant on the device clock
     */
    record Measured(int trial, double thresholdKpa, double rateKpaPerSecond, String invalidReason, PressDelay delay,
                    double residualKpa, long pressNanos) implements TrialOutcome {
        public Measured {
            if (!(thresholdKpa >= 0) || Double.isInfinite(thresholdKpa) || delay == null) {
                throw new IllegalArgumentException("a measured trial needs a finite threshold and its delay correction");
            }
        }

        public boolean valid() {
            return invalidReason == null;
        }
    }

    /** The ceiling was reached with no press; there is no number, by design. */
    record NoThreshold(int trial, double rateKpaPerSecond, double ceilingKpa) implements TrialOutcome {
    }

    /** The trial cannot be used at all, for {@code reason}. */
    record Voided(int trial, String reason) implements TrialOutcome {
        public Voided {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a voided trial needs a reason");
            }
        }
    }
}

package org.palpa.core.calibration;

/** What fitting one model to a set of points gave: a curve, or the reason there is none. */
public sealed interface FitOutcome {
    /** The model was fitted. */
    record Fitted(Curve curve) implements FitOutcome { }

    /** The model could not be fitted; {@code reason} is written for the user. */
    record Refused(FitType type, String reason) implements FitOutcome { }
}

package org.palpa.core.assess;

/** The parts of a technique score, each 0 to 100; {@link #key()} is the name used in JSON and CSV. */
public enum SubScore {
    /** Share of the hold spent inside the band (strict; the total uses the partial-credit form). */
    TIME_IN_BAND("timeInBand"),
    /** Hold duration achieved against the target's. */
    DURATION("duration"),
    /** Ramp rate into the hold against the target's rate band. */
    RAMP_RATE("rampRate"),
    /** Steadiness: the coefficient of variation in the hold. */
    STEADINESS("steadiness"),
    /** Time spent above the band and how far above it the peak went. */
    OVERSHOOT("overshoot"),
    /** Release control: how gradually the pressure came off. */
    RELEASE("release"),
    /** Pain marks during the hold at or below the pain ceiling. */
    PAIN_CEILING("painCeiling");

    private final String key;

    SubScore(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}

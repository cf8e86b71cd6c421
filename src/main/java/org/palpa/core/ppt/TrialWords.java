package org.palpa.core.ppt;

import java.util.Locale;

/** A trial's outcome in words for people: the terminal, the window and the report say it the same way. */
public final class TrialWords {
    private TrialWords() {
    }

    /** One trial in words. */
    public static String describe(TrialOutcome o) {
        return switch (o) {
            case TrialOutcome.Measured m -> String.format(Locale.ROOT,
                    "trial %d: %.1f kPa (±%.1f), ramp %.1f kPa/s, %s; press by %s, corrected by %.0f ms (filter %.0f ms)",
                    m.trial(), m.thresholdKpa(), m.residualKpa(), m.rateKpaPerSecond(),
                    m.valid() ? "valid" : "INVALID: " + m.invalidReason(), m.delay().path(),
                    m.delay().pathDelayMillis(), m.delay().filterDelayMillis());
            case TrialOutcome.NoThreshold n -> String.format(Locale.ROOT, "trial %d: %s (%.0f kPa)", n.trial(),
                    TrialOutcome.NO_THRESHOLD, n.ceilingKpa());
            case TrialOutcome.Voided v -> String.format(Locale.ROOT, "trial %d: VOID, %s; it will be repeated", v.trial(),
                    v.reason());
        };
    }
}

package org.palpa.core.ppt;

import java.util.Locale;
import java.util.Optional;

/**
 * How trials are written into a session's events (readable in {@code sessions show} and the PDF
 * report) and read back for history and real-change decisions. A trial's detail starts with the
 * site and {@code trial N of M:}; a valid one says {@code , valid;}.
 */
public final class PptRecordText {
    private static final String TRIAL = " trial ";

    private PptRecordText() {
    }

    /** The detail of a trial's event, such as {@code upper-trapezius/left trial 1 of 3: 312.4 kPa, ramp 49.8 kPa/s, valid; device button: …}. */
    public static String trial(PptSite site, int of, TrialOutcome t) {
        String head = site + TRIAL + t.trial() + " of " + of + ": ";
        return head + switch (t) {
            case TrialOutcome.Measured m -> String.format(Locale.ROOT, "%.1f kPa ±%.1f, ramp %.1f kPa/s, %s; %s",
                    m.thresholdKpa(), m.residualKpa(), m.rateKpaPerSecond(),
                    m.valid() ? "valid" : "invalid: " + m.invalidReason(), m.delay().describe());
            case TrialOutcome.NoThreshold n -> String.format(Locale.ROOT, "%s (%.0f kPa), ramp %.1f kPa/s",
                    TrialOutcome.NO_THRESHOLD, n.ceilingKpa(), n.rateKpaPerSecond());
            case TrialOutcome.Voided v -> "void: " + v.reason();
        };
    }

    /** The threshold a trial's event carries as its value: the kPa of a measured trial, else null. */
    public static Double value(TrialOutcome t) {
        return t instanceof TrialOutcome.Measured m ? m.thresholdKpa() : null;
    }

    /**
     * A trial read back from a session's events.
     *
     * @param thresholdKpa the threshold, or null when the trial gave none
     * @param valid        whether it counts toward the result
     */
    public record StoredTrial(PptSite site, int trial, Double thresholdKpa, boolean valid) {
    }

    /** Reads a trial event's detail and value back; empty for text this class did not write. */
    public static Optional<StoredTrial> read(String detail, Double value) {
        int at = detail.indexOf(TRIAL);
        int colon = detail.indexOf(": ");
        if (at <= 0 || colon < at) {
            return Optional.empty();
        }
        try {
            PptSite site = PptSite.parse(detail.substring(0, at));
            int n = Integer.parseInt(detail.substring(at + TRIAL.length(), detail.indexOf(' ', at + TRIAL.length())));
            boolean valid = value != null && detail.contains(", valid; ");
            return Optional.of(new StoredTrial(site, n, value, valid));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}

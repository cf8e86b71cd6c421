package org.palpa.cli.options;

import org.palpa.core.feedback.FeedbackSchedule;
import picocli.CommandLine.Option;

/** {@code --feedback}: when a student practising sees the live feedback (docs/assessment.md). */
public final class FeedbackOptions {
    @Option(names = "--feedback", paramLabel = "SCHEDULE", defaultValue = "constant",
            description = "When the value, band state and cues show: constant, faded (100%% → 50%% → 20%% of holds), "
                    + "every:N, on-request (press f, or type f and Enter, for the next hold) or none (a retention test) "
                    + "(default: ${DEFAULT-VALUE}).")
    public String feedback;

    /** The schedule; throws a one-line {@link IllegalArgumentException} for a bad value. */
    public FeedbackSchedule schedule() {
        try {
            return FeedbackSchedule.parse(feedback);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid value for option '--feedback': " + e.getMessage());
        }
    }
}

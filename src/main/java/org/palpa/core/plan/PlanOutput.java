package org.palpa.core.plan;

import java.util.List;
import org.palpa.core.bodymap.BodyZone;

/** What the plan runner reports as it goes, in order, for recording and for feedback. */
public sealed interface PlanOutput {
    /** Device time of the output, on the frames' clock. */
    long timestampNanos();

    /** The plan began. */
    record PlanStarted(long timestampNanos, TreatmentPlan plan) implements PlanOutput {
    }

    /** A step began; {@code band} is the band of its first repetition, in the session's unit. */
    record StepStarted(long timestampNanos, int stepNumber, PlanStep step, PlanBand band) implements PlanOutput {
    }

    /** A step ended, done or skipped, with its summary. */
    record StepEnded(long timestampNanos, StepSummary summary) implements PlanOutput {
    }

    /** A cue for the therapist: hold done, release, or ease off. */
    record Cued(long timestampNanos, int stepNumber, Cue cue) implements PlanOutput {
    }

    /** A pain score was marked during a step. */
    record PainMarked(long timestampNanos, int stepNumber, int score, String source) implements PlanOutput {
    }

    /** A pain at or above the step's ceiling; the next repetitions at the site use {@code loweredBand}. */
    record CeilingReached(long timestampNanos, int stepNumber, int score, int ceiling, PlanBand loweredBand)
            implements PlanOutput {
    }

    /** Where the pain of the current point referred this time, as the therapist recorded it. */
    record Referred(long timestampNanos, int stepNumber, List<BodyZone> zones) implements PlanOutput {
        public Referred {
            zones = List.copyOf(zones);
        }
    }

    /** Every step is over. */
    record PlanFinished(long timestampNanos) implements PlanOutput {
    }

    /** The cues the runner gives. */
    enum Cue {
        /** The repetition has been in the band for its hold time: release when ready. */
        HOLD_DONE,
        /** The step's maximum hold has passed: release now. */
        RELEASE,
        /** The patient's pain reached the ceiling: lighten the pressure at once. */
        EASE_OFF
    }
}

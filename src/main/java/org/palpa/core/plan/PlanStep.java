package org.palpa.core.plan;

import org.palpa.core.bodymap.BodySite;
import org.palpa.core.bodymap.Side;

/**
 * One step of a treatment plan: a trigger point worked for a number of repetitions, each a hold in
 * a band followed by a rest. See {@code docs/plans.md}.
 *
 * @param site           the trigger point, from the body-map vocabulary
 * @param side           left, right or midline
 * @param technique      thumb, knuckle, elbow, algometer or free text
 * @param band           the pressure band of each hold
 * @param holdMillis     how long each repetition must stay in the band
 * @param reps           how many repetitions; at least 1
 * @param restMillis     the rest after each repetition
 * @param rampRate       the ramp-rate band text ({@code 5..15N/s}), or null
 * @param painCeiling    the pain (0 to 10) at or above which the therapist must ease off
 * @param maxHoldMillis  the longest a repetition may last before the cue says release; at least the hold
 * @param channel        the glove finger to follow, or null for the first channel
 * @param notes          free text, never null
 */
public record PlanStep(BodySite site, Side side, String technique, PlanBand band, long holdMillis, int reps,
                       long restMillis, String rampRate, int painCeiling, long maxHoldMillis, String channel,
                       String notes) {
    /** The pain ceiling when a step gives none: never push past 7 out of 10. */
    public static final int DEFAULT_PAIN_CEILING = 7;
    /** The longest hold when a step gives none. */
    public static final long DEFAULT_MAX_HOLD_MILLIS = 30_000;

    public PlanStep {
        if (site == null || side == null || band == null) {
            throw new IllegalArgumentException("a step needs a site, a side and a band");
        }
        if (technique == null || technique.isBlank()) {
            throw new IllegalArgumentException("a step needs a technique");
        }
        if (holdMillis <= 0) {
            throw new IllegalArgumentException("the hold must be longer than zero");
        }
        if (reps < 1) {
            throw new IllegalArgumentException("reps must be at least 1, was " + reps);
        }
        if (restMillis < 0) {
            throw new IllegalArgumentException("the rest must not be negative");
        }
        if (painCeiling < 0 || painCeiling > 10) {
            throw new IllegalArgumentException("the pain ceiling must be 0 to 10, was " + painCeiling);
        }
        if (maxHoldMillis < holdMillis) {
            throw new IllegalArgumentException("the maximum hold " + PlanText.seconds(maxHoldMillis)
                    + " is shorter than the hold " + PlanText.seconds(holdMillis));
        }
        channel = channel == null || channel.isBlank() ? null : channel.strip();
        notes = notes == null ? "" : notes.strip();
    }

    /** The site and side for people, such as {@code upper trapezius (left)}. */
    public String where() {
        return site.label() + " (" + side.key() + ")";
    }
}

package org.palpa.core.plan;

import org.palpa.core.hold.BandState;

/**
 * Where a running plan stands, for the terminal line and the window's plan panel.
 *
 * @param phase          what the runner waits for
 * @param stepNumber     1-based current step; the step count once finished
 * @param stepCount      the plan's number of steps
 * @param step           the current step
 * @param rep            1-based current repetition
 * @param band           the current repetition's band, in the session's unit
 * @param state          the band state of the step's channel
 * @param value          the step channel's smoothed value, in the session's unit
 * @param heldMillis     time in band so far in this repetition
 * @param restLeftMillis the rest still to go; 0 outside a rest
 * @param next           the next step, or null at the last one
 * @param cue            the latest cue, or null
 * @param cueAgeMillis   how long ago that cue was given
 */
public record PlanStatus(PlanRunner.Phase phase, int stepNumber, int stepCount, PlanStep step, int rep,
                         PlanBand band, BandState state, double value, double heldMillis, long restLeftMillis,
                         PlanStep next, PlanOutput.Cue cue, long cueAgeMillis) {

    /** Whether the cue is recent enough to show: within the last three seconds. */
    public boolean cueShowing() {
        return cue != null && cueAgeMillis < 3000;
    }
}

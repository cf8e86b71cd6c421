package org.palpa.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.palpa.core.bodymap.BodyZone;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;

/** The running totals of the step in progress; becomes a {@link StepSummary} when the step ends. */
final class StepTally {
    private final int stepNumber;
    private final PlanStep step;
    private final List<HoldResult> reps = new ArrayList<>();
    private final Set<BodyZone> referral = new LinkedHashSet<>();
    private int highestPain = -1;
    private int ceilings;

    StepTally(int stepNumber, PlanStep step) {
        this.stepNumber = stepNumber;
        this.step = step;
    }

    void rep(HoldResult r) {
        reps.add(r);
    }

    /** Forgets the last repetition, for a redo; false if there was none. */
    boolean dropLastRep() {
        if (reps.isEmpty()) {
            return false;
        }
        reps.remove(reps.size() - 1);
        return true;
    }

    int repsDone() {
        return reps.size();
    }

    void pain(int score) {
        highestPain = Math.max(highestPain, score);
    }

    void ceiling() {
        ceilings++;
    }

    void referral(List<BodyZone> zones) {
        referral.addAll(zones);
    }

    StepSummary summary(boolean skipped, PlanBand finalBand) {
        double meanSum = 0;
        double peak = Double.NaN;
        double inBand = 0;
        int met = 0;
        for (HoldResult r : reps) {
            meanSum += r.mean();
            peak = Double.isNaN(peak) ? r.peak() : Math.max(peak, r.peak());
            inBand += r.timeInBandSeconds();
            met += r.outcome() == HoldOutcome.MET ? 1 : 0;
        }
        double mean = reps.isEmpty() ? Double.NaN : meanSum / reps.size();
        return new StepSummary(stepNumber, step.site(), step.side(), step.reps(), reps.size(), met, mean, peak, inBand,
                highestPain, ceilings, skipped, finalBand, List.copyOf(referral));
    }
}

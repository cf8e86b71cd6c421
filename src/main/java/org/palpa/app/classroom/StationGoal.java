package org.palpa.app.classroom;

import org.palpa.core.sim.TherapistGoal;

/**
 * What a simulated station's therapist aims for: the goal of the plan the station runs now, or
 * none (the device's own pattern) while it runs no plan. The station's simulated device is given
 * this once, when it opens; each session with a plan points it at that session's runner.
 */
public final class StationGoal implements TherapistGoal {
    private volatile TherapistGoal source;

    /** Follows {@code goal} from now on; null to follow the device's own pattern. */
    void follow(TherapistGoal goal) {
        source = goal;
    }

    @Override
    public Goal current() {
        TherapistGoal s = source;
        return s == null ? null : s.current();
    }
}

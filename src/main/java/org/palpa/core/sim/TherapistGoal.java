package org.palpa.core.sim;

/**
 * What a simulated therapist aims for when someone guides them, as a plan runner does: the force
 * on one channel, how long to hold it and how long to rest. A {@link TherapistTrace} asks at the
 * start of each ramp, hold and rest; without a goal it follows its device spec.
 */
public interface TherapistGoal {
    /** The current goal, or null to follow the device spec. Called on the simulation's thread. */
    Goal current();

    /**
     * @param levelNewtons the force to hold on {@code channel}
     * @param channel      the channel that should carry that force
     * @param holdSeconds  how long to hold before releasing
     * @param restSeconds  how long to rest after releasing
     */
    record Goal(double levelNewtons, int channel, double holdSeconds, double restSeconds) {
        public Goal {
            if (!(levelNewtons > 0) || channel < 0 || !(holdSeconds > 0) || restSeconds < 0) {
                throw new IllegalArgumentException("a therapist goal needs a positive level and hold");
            }
        }
    }
}

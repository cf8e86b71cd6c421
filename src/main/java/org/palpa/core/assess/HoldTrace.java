package org.palpa.core.assess;

import java.util.List;
import org.palpa.core.hold.HoldResult;

/**
 * One hold with the smoothed samples of its contact, as the scorer needs them: the tracker's
 * summary, the samples from contact start to contact end (in the target's unit, on the
 * tracker's time axis), the pain scores marked during the contact, and whether live feedback
 * was shown during it.
 *
 * @param hold           the hold as the tracker found it
 * @param timesNanos     sample timestamps, ascending, on the same axis as the hold's times
 * @param values         sample values in the hold's unit; same length as {@code timesNanos}
 * @param painScores     pain scores (0 to 10) marked between contact start and contact end
 * @param feedbackShown  true if feedback was shown, false if hidden, null if not recorded
 */
public record HoldTrace(HoldResult hold, long[] timesNanos, double[] values, List<Double> painScores,
                        Boolean feedbackShown) {

    public HoldTrace {
        if (hold == null || timesNanos == null || values == null) {
            throw new IllegalArgumentException("a hold trace needs its hold and its samples");
        }
        if (timesNanos.length != values.length) {
            throw new IllegalArgumentException("a hold trace has " + timesNanos.length + " times but "
                    + values.length + " values");
        }
        painScores = painScores == null ? List.of() : List.copyOf(painScores);
    }

    /** The number of samples. */
    public int size() {
        return values.length;
    }
}

package org.palpa.core.hold;

import java.util.List;
import java.util.Locale;

/**
 * How many holds met their target, out of the holds that finished. A hold the end of the session
 * cut off ({@link HoldOutcome#CUT_OFF}) was never given its chance, so it counts in neither the
 * met nor the finished holds; it is reported on its own.
 *
 * @param met      finished holds that met their target
 * @param finished holds that ended before the session did
 * @param cutOff   holds still running when the session ended
 */
public record HoldTally(long met, long finished, long cutOff) {
    public HoldTally {
        if (met < 0 || finished < met || cutOff < 0) {
            throw new IllegalArgumentException("a tally needs 0 <= met <= finished and cutOff >= 0");
        }
    }

    /** Counts {@code holds}. */
    public static HoldTally of(List<HoldResult> holds) {
        long met = holds.stream().filter(h -> h.outcome() == HoldOutcome.MET).count();
        long cut = holds.stream().filter(h -> h.outcome() == HoldOutcome.CUT_OFF).count();
        return new HoldTally(met, holds.size() - cut, cut);
    }

    /** The share of finished holds that met their target, in percent; 0 when none finished. */
    public double percentMet() {
        return finished == 0 ? 0 : 100.0 * met / finished;
    }

    /** Such as {@code 3 of 4 finished holds met the target (75%); 1 cut off by the end of the session}. */
    public String describe() {
        return String.format(Locale.ROOT, "%d of %d finished hold%s met the target (%.0f%%)", met, finished,
                finished == 1 ? "" : "s", percentMet())
                + (cutOff == 0 ? "" : "; " + cutOff + " cut off by the end of the session, not judged");
    }
}

package org.palpa.core.hold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.sample.Unit;

/** A hold still running when the session ends is cut off, not too short, and is left out of the share met. */
class HoldCutOffTest {
    private static final double RATE = 100;
    private static final Target TARGET = new Target(36, 44, Unit.NEWTON, 20_000, RateBand.ANY);
    private final List<HoldResult> holds = new ArrayList<>();

    private void feedAndFinish(double[] values) {
        HoldTracker tracker = new HoldTracker(0, TARGET, TrackerSettings.forTarget(TARGET), holds::add);
        for (int i = 0; i < values.length; i++) {
            tracker.update(Math.round(i * 1e9 / RATE), values[i]);
        }
        tracker.finish();
    }

    @Test
    void givenAHoldInTheBandWhenTheSessionEnds_thenItIsCutOffNotTooShort() {
        feedAndFinish(Traces.piecewise(RATE, 12, 0, 0, 1, 0, 5, 40, 12, 40));
        assertThat(holds).singleElement().extracting(HoldResult::outcome).isEqualTo(HoldOutcome.CUT_OFF);
    }

    @Test
    void givenAHoldThatEndsBeforeTheSessionDoes_thenItIsStillTooShort() {
        feedAndFinish(Traces.piecewise(RATE, 20, 0, 0, 1, 0, 5, 40, 12, 40, 14, 0));
        assertThat(holds).singleElement().extracting(HoldResult::outcome).isEqualTo(HoldOutcome.TOO_SHORT);
    }

    @Test
    void givenAHoldThatHadMetItsTargetWhenTheSessionEnds_thenItStaysMet() {
        feedAndFinish(Traces.piecewise(RATE, 30, 0, 0, 1, 0, 5, 40, 30, 40));
        assertThat(holds).singleElement().extracting(HoldResult::outcome).isEqualTo(HoldOutcome.MET);
    }

    @Test
    void givenOneMetOneTooShortAndOneCutOff_thenPercentMetCountsTheFinishedHoldsOnly() {
        feedAndFinish(Traces.piecewise(RATE, 60, 0, 0, 1, 0, 5, 40, 30, 40, 32, 0, 34, 0, 36, 40, 40, 40, 42, 0,
                44, 0, 48, 40, 60, 40));
        assertThat(holds).extracting(HoldResult::outcome)
                .containsExactly(HoldOutcome.MET, HoldOutcome.TOO_SHORT, HoldOutcome.CUT_OFF);
        HoldTally tally = HoldTally.of(holds);
        assertThat(tally.finished()).isEqualTo(2);
        assertThat(tally.percentMet()).isEqualTo(50.0);
        assertThat(tally.describe()).contains("1 of 2 finished holds met the target (50%)").contains("1 cut off");
    }
}

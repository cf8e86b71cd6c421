package org.palpa.core.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.sample.Unit;

/** A tracker given a plan step's target judges the next contacts against it, not the one under way. */
class HoldRetargetTest {
    private static final Target FIRST = new Target(20, 30, Unit.NEWTON, 12_000, null);
    private static final Target LATER = new Target(25, 35, Unit.NEWTON, 10_000, null);

    /** Two presses to 31 N for 14 s each, 10 s apart, at 100 Hz. */
    private static final double[] PRESSES = Traces.piecewise(100, 40, 0, 0, 1, 31, 15, 31, 16, 0, 26, 0, 27, 31, 38, 31, 39, 0);

    private static void feed(HoldTracker t, int from, int to) {
        for (int i = from; i < to; i++) {
            t.update(i * 10_000_000L, PRESSES[i]);
        }
    }

    @Test
    void outOfContactTheNewTargetJudgesTheNextHold() {
        List<HoldResult> holds = new ArrayList<>();
        HoldTracker t = new HoldTracker(0, FIRST, TrackerSettings.forTarget(FIRST), holds::add);
        feed(t, 0, 2000); // the first press, and released
        t.retarget(LATER, TrackerSettings.forTarget(LATER));
        feed(t, 2000, PRESSES.length);
        t.finish();
        assertThat(holds).extracting(HoldResult::outcome).containsExactly(HoldOutcome.OVER, HoldOutcome.MET);
        assertThat(holds).extracting(HoldResult::index).containsExactly(1, 2);
        assertThat(t.target()).isEqualTo(LATER);
    }

    @Test
    void aContactUnderWayKeepsTheTargetItBeganWith() {
        List<HoldResult> holds = new ArrayList<>();
        HoldTracker t = new HoldTracker(0, FIRST, TrackerSettings.forTarget(FIRST), holds::add);
        feed(t, 0, 800); // in the middle of the first press
        t.retarget(LATER, TrackerSettings.forTarget(LATER));
        assertThat(t.target()).isEqualTo(FIRST);
        feed(t, 800, PRESSES.length);
        t.finish();
        assertThat(holds).extracting(HoldResult::outcome).containsExactly(HoldOutcome.OVER, HoldOutcome.MET);
    }

    @Test
    void aTargetInAnotherUnitIsRefused() {
        HoldTracker t = new HoldTracker(0, FIRST, TrackerSettings.forTarget(FIRST), h -> { });
        Target kpa = new Target(200, 300, Unit.KILOPASCAL, 10_000, null);
        assertThatThrownBy(() -> t.retarget(kpa, TrackerSettings.forTarget(kpa))).hasMessageContaining("cannot be given a target in");
    }
}

package org.palpa.core.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.sample.Unit;

/** The hold tracker on constructed traces whose true hold edges are known. */
class HoldTrackerTest {
    private static final double RATE = 100;
    private static final double PERIOD_S = 1 / RATE;
    private static final Target TARGET = new Target(36, 44, Unit.NEWTON, 20_000, RateBand.ANY);

    private final List<HoldResult> holds = new ArrayList<>();

    private HoldTracker feed(Target target, double[] values) {
        HoldTracker tracker = new HoldTracker(0, target, TrackerSettings.forTarget(target), holds::add);
        for (int i = 0; i < values.length; i++) {
            tracker.update(Math.round(i * 1e9 / RATE), values[i]);
        }
        return tracker;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    @Test
    void givenATrapezoid_thenTheHoldStartsAndEndsWhereTheRampsCrossTheBandWithinOneSample() {
        // Ramp 10 N/s from t=1 s to 40 N at t=5 s, hold to t=25 s, release at 20 N/s to 0 at t=27 s.
        double[] trace = Traces.piecewise(RATE, 30, 0, 0, 1, 0, 5, 40, 25, 40, 27, 0);
        feed(TARGET, trace);

        assertThat(holds).hasSize(1);
        HoldResult h = holds.get(0);
        assertThat(seconds(h.holdStartNanos())).isCloseTo(4.6, within(PERIOD_S));
        assertThat(seconds(h.holdEndNanos())).isCloseTo(25.2, within(PERIOD_S));
        assertThat(seconds(h.contactStartNanos())).isCloseTo(1 + 0.15 * 36 / 10, within(PERIOD_S));
        assertThat(seconds(h.contactEndNanos())).isCloseTo(27 - 0.075 * 36 / 20, within(PERIOD_S));
        assertThat(h.durationSeconds()).isCloseTo(20.6, within(2 * PERIOD_S));
        assertThat(h.timeInBandSeconds()).isCloseTo(20.6, within(2 * PERIOD_S));
        assertThat(h.timeOverNanos()).isZero();
        assertThat(h.rampRatePerSecond()).isCloseTo(10, within(1e-6));
        assertThat(h.peak()).isEqualTo(40);
        assertThat(h.outcome()).isEqualTo(HoldOutcome.MET);
    }

    @Test
    void givenAPlateauShorterThanTheTarget_thenTheHoldIsTooShort() {
        feed(TARGET, Traces.piecewise(RATE, 20, 0, 0, 1, 0, 5, 40, 12, 40, 14, 0));
        assertThat(holds).singleElement().extracting(HoldResult::outcome).isEqualTo(HoldOutcome.TOO_SHORT);
        assertThat(holds.get(0).timeInBandSeconds()).isCloseTo(7.6, within(2 * PERIOD_S));
    }

    @Test
    void givenPressureThatNeverReachesTheBand_thenTheHoldIsUnderAndSpansTheContact() {
        feed(TARGET, Traces.piecewise(RATE, 40, 0, 0, 1, 0, 4, 30, 30, 30, 32, 0));
        HoldResult h = holds.get(0);
        assertThat(h.outcome()).isEqualTo(HoldOutcome.UNDER);
        assertThat(h.holdStartNanos()).isEqualTo(h.contactStartNanos());
        assertThat(h.holdEndNanos()).isEqualTo(h.contactEndNanos());
        assertThat(h.peak()).isEqualTo(30);
    }

    @Test
    void givenPressureAboveTheBandForLongerThanTheGrace_thenTheHoldIsOver() {
        feed(TARGET, Traces.piecewise(RATE, 40, 0, 0, 1, 0, 6, 50, 30, 50, 33, 0));
        HoldResult h = holds.get(0);
        assertThat(h.outcome()).isEqualTo(HoldOutcome.OVER);
        assertThat(h.timeOverSeconds()).isGreaterThan(20);
    }

    @Test
    void givenABriefOvershootWithinTheGrace_thenTheHoldIsStillMet() {
        // 0.2 s at 46 N in the middle of a 25 s hold at 40 N.
        feed(TARGET, Traces.piecewise(RATE, 40, 0, 0, 1, 0, 5, 40, 15, 40, 15.01, 46, 15.2, 46, 15.21, 40, 30, 40, 32, 0));
        assertThat(holds.get(0).outcome()).isEqualTo(HoldOutcome.MET);
        assertThat(holds.get(0).timeOverSeconds()).isCloseTo(0.2, within(2 * PERIOD_S));
    }

    @Test
    void givenADipBelowTheBandMidHold_thenTheHoldContinuesButTheDipIsNotTimeInBand() {
        // Dip to 30 N for 2 s in the middle; still in contact.
        double[] trace = Traces.piecewise(RATE, 40, 0, 0, 1, 0, 5, 40, 15, 40, 15.01, 30, 17, 30, 17.01, 40, 30, 40, 32, 0);
        feed(TARGET, trace);
        assertThat(holds).hasSize(1);
        HoldResult h = holds.get(0);
        assertThat(seconds(h.holdStartNanos())).isCloseTo(4.6, within(PERIOD_S));
        assertThat(seconds(h.holdEndNanos())).isCloseTo(30.2, within(PERIOD_S));
        assertThat(h.timeInBandSeconds()).isCloseTo((15 - 4.6) + (30.2 - 17.01), within(3 * PERIOD_S));
    }

    @Test
    void givenNoiseAroundTheContactThreshold_thenHysteresisKeepsOneContact() {
        double on = 0.15 * 36;
        double off = 0.075 * 36;
        double[] trace = new double[2000];
        for (int i = 0; i < trace.length; i++) {
            // Flickers across the on threshold but never below off, after one clear start.
            trace[i] = i < 100 ? 0 : (i % 2 == 0 ? on + 0.5 : (on + off) / 2);
        }
        HoldTracker tracker = feed(TARGET, trace);
        tracker.finish();
        assertThat(holds).hasSize(1);
    }

    @Test
    void givenABrushShorterThanTheMinimumContact_thenNoHoldIsReported() {
        feed(TARGET, Traces.piecewise(RATE, 5, 0, 0, 1, 0, 1.1, 20, 1.3, 20, 1.4, 0));
        assertThat(holds).isEmpty();
    }

    @Test
    void liveStateCountsTheSecondsHeldSoFar() {
        HoldTracker tracker = feed(TARGET, Traces.piecewise(RATE, 15.6, 0, 0, 1, 0, 5, 40, 30, 40));
        assertThat(tracker.state()).isEqualTo(BandState.IN_BAND);
        assertThat(tracker.heldMillis()).isCloseTo(11_000, within(10.0));
        assertThat(tracker.holdComplete()).isFalse();
        assertThat(holds).isEmpty();
    }

    @Test
    void finishClosesAnOpenHoldAtTheLastSample() {
        HoldTracker tracker = feed(TARGET, Traces.piecewise(RATE, 30, 0, 0, 1, 0, 5, 40, 40, 40));
        tracker.finish();
        assertThat(holds).singleElement().satisfies(h -> {
            assertThat(seconds(h.holdEndNanos())).isCloseTo(30, within(PERIOD_S));
            assertThat(h.outcome()).isEqualTo(HoldOutcome.MET);
        });
    }

    @Test
    void meanAndCoefficientOfVariationCoverOnlyTheHold() {
        double[] trace = new double[3000];
        for (int i = 100; i < 2900; i++) {
            trace[i] = (i % 2 == 0) ? 38 : 42; // mean 40, sample sd ~2
        }
        feed(TARGET, trace);
        HoldResult h = holds.get(0);
        assertThat(h.mean()).isCloseTo(40, within(1e-9));
        assertThat(h.coefficientOfVariation()).isCloseTo(2.0 / 40, within(1e-3));
    }

    @Test
    void aRampRateOutsideTheTargetBandIsFlagged() {
        Target slow = TARGET.withRampRate(new RateBand(2, 5));
        feed(slow, Traces.piecewise(RATE, 40, 0, 0, 1, 0, 5, 40, 30, 40, 32, 0));
        assertThat(holds.get(0).rampRateInBand()).isFalse();
        assertThat(holds.get(0).rampRatePerSecond()).isCloseTo(10, within(1e-6));
    }

    @Test
    void consecutiveHoldsAreNumbered() {
        feed(TARGET, Traces.piecewise(RATE, 80, 0, 0, 1, 0, 5, 40, 26, 40, 28, 0, 33, 0, 37, 40, 60, 40, 62, 0));
        assertThat(holds).extracting(HoldResult::index).containsExactly(1, 2);
    }

    @Test
    void givenAGapInTheDataMidHold_thenTheMissingTimeIsNotCountedInBand() {
        // 40 N plateau from 5 s to 30 s, but the samples between 12 s and 15 s never arrived.
        double[] trace = Traces.piecewise(RATE, 40, 0, 0, 1, 0, 5, 40, 30, 40, 32, 0);
        HoldTracker tracker = new HoldTracker(0, TARGET, TrackerSettings.forTarget(TARGET), holds::add);
        for (int i = 0; i < trace.length; i++) {
            double t = i / RATE;
            if (t > 12 && t < 15) {
                continue;
            }
            tracker.update(Math.round(i * 1e9 / RATE), trace[i]);
        }
        HoldResult h = holds.get(0);
        assertThat(h.durationSeconds()).isCloseTo(30.2 - 4.6, within(PERIOD_S));
        assertThat(h.timeInBandSeconds()).isCloseTo(30.2 - 4.6 - 3.0, within(2 * PERIOD_S));
    }

    @Test
    void givenASlowGaugeAtHalfASamplePerSecond_thenItsIntervalsAreNotGaps() {
        Target target = new Target(36, 44, Unit.NEWTON, 10_000, RateBand.ANY);
        HoldTracker tracker = new HoldTracker(0, target, TrackerSettings.forTarget(target), holds::add);
        double[] values = {0, 20, 40, 40, 40, 40, 40, 40, 40, 40, 0};
        for (int i = 0; i < values.length; i++) {
            tracker.update(i * 2_000_000_000L, values[i]);
        }
        assertThat(holds.get(0).timeInBandSeconds()).isEqualTo(14.0);
        assertThat(holds.get(0).outcome()).isEqualTo(HoldOutcome.MET);
    }
}

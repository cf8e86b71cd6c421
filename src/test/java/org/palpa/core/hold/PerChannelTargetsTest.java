package org.palpa.core.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.palpa.core.pipeline.FrameProcessor;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;
import org.palpa.core.signal.FilterSpec;

/** A frame processor judging each channel of a three-finger device against its own target. */
class PerChannelTargetsTest {
    private static final double RATE = 100;
    private static final DeviceInfo HAND = new DeviceInfo("test-hand", "T1", "1",
            List.of(new Channel(0, "thumb", Unit.NEWTON), new Channel(1, "index", Unit.NEWTON),
                    new Channel(2, "middle", Unit.NEWTON)), RATE);
    private static final Target THUMB = new Target(27, 33, Unit.NEWTON, 10_000, RateBand.ANY);
    private static final Target INDEX = new Target(13.5, 16.5, Unit.NEWTON, 10_000, RateBand.ANY);

    private final List<HoldResult> holds = new ArrayList<>();

    private static Map<String, Target> targets(Object... labelTarget) {
        Map<String, Target> m = new LinkedHashMap<>();
        for (int i = 0; i < labelTarget.length; i += 2) {
            m.put((String) labelTarget[i], (Target) labelTarget[i + 1]);
        }
        return m;
    }

    private FrameProcessor run(TargetPlan plan, double[]... channels) {
        FrameProcessor p = new FrameProcessor(HAND, FrameProcessor.nativeCalibrations(HAND), FilterSpec.parse("none"),
                plan, TrackerSettings::forTarget, ProbeArea.ALGOMETER_TIP, holds::add);
        double[] v = new double[channels.length];
        for (int i = 0; i < channels[0].length; i++) {
            for (int c = 0; c < channels.length; c++) {
                v[c] = channels[c][i];
            }
            p.process(new Frame(Math.round(i * 1e9 / RATE), i, v));
        }
        p.finish();
        return p;
    }

    @Test
    void givenThumbAt30AndIndexAt15_whenEachHoldsItsOwnTarget_thenBothHoldsAreMetWithTheirOwnEdges() {
        // Thumb ramps 10 N/s from t=1 s to 30 N at t=4 s, holds to t=16 s; index ramps 5 N/s from t=2 s to 15 N at t=5 s, holds to t=17 s.
        double[] thumb = Traces.piecewise(RATE, 20, 0, 0, 1, 0, 4, 30, 16, 30, 17, 0);
        double[] index = Traces.piecewise(RATE, 20, 0, 0, 2, 0, 5, 15, 17, 15, 18, 0);
        double[] middle = Traces.piecewise(RATE, 20, 0, 0, 2, 0, 5, 8, 17, 8, 18, 0);
        FrameProcessor p = run(new TargetPlan(null, targets("thumb", THUMB, "index", INDEX), Set.of()),
                thumb, index, middle);

        assertThat(holds).extracting(HoldResult::channel).containsExactlyInAnyOrder(0, 1);
        HoldResult t = holds.stream().filter(h -> h.channel() == 0).findFirst().orElseThrow();
        HoldResult i = holds.stream().filter(h -> h.channel() == 1).findFirst().orElseThrow();
        assertThat(t.outcome()).isEqualTo(HoldOutcome.MET);
        assertThat(i.outcome()).isEqualTo(HoldOutcome.MET);
        // Thumb crosses 27 N at 1 + 27/10 s; index crosses 13.5 N at 2 + 13.5/5 s.
        assertThat(t.holdStartNanos() / 1e9).isCloseTo(3.7, within(1 / RATE));
        assertThat(i.holdStartNanos() / 1e9).isCloseTo(4.7, within(1 / RATE));
        assertThat(i.mean()).isCloseTo(15, within(0.05));
        assertThat(p.target(2)).isNull();
        assertThat(p.state(2)).isEqualTo(BandState.NO_CONTACT);
        assertThat(p.smoothed(2)).isEqualTo(0.0);
    }

    @Test
    void givenOneTargetForAllFingers_thenTheIndexAt15IsJudgedUnderAsBefore() {
        double[] thumb = Traces.piecewise(RATE, 20, 0, 0, 1, 0, 4, 30, 16, 30, 17, 0);
        double[] index = Traces.piecewise(RATE, 20, 0, 0, 2, 0, 5, 15, 17, 15, 18, 0);
        double[] middle = new double[thumb.length];
        run(TargetPlan.uniform(THUMB), thumb, index, middle);

        assertThat(holds).extracting(HoldResult::channel, HoldResult::outcome).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(0, HoldOutcome.MET),
                org.assertj.core.groups.Tuple.tuple(1, HoldOutcome.UNDER));
    }

    @Test
    void givenAFallbackAndATrackSelection_thenOnlyTheTrackedChannelsReportHolds() {
        double[] thumb = Traces.piecewise(RATE, 20, 0, 0, 1, 0, 4, 30, 16, 30, 17, 0);
        double[] index = Traces.piecewise(RATE, 20, 0, 0, 2, 0, 5, 15, 17, 15, 18, 0);
        FrameProcessor p = run(new TargetPlan(THUMB, targets("index", INDEX), Set.of("Index")), thumb, index,
                new double[thumb.length]);

        assertThat(holds).singleElement().satisfies(h -> {
            assertThat(h.channel()).isEqualTo(1);
            assertThat(h.outcome()).isEqualTo(HoldOutcome.MET);
        });
        assertThat(p.target(0)).isNull();
        assertThat(p.target(1)).isEqualTo(INDEX);
    }

    @Test
    void givenAPlanNamingAFingerTheDeviceLacks_thenTheProcessorRefusesWithTheKnownLabels() {
        TargetPlan plan = new TargetPlan(null, targets("thumb", THUMB, "pinky", INDEX), Set.of());
        assertThat(plan.unknownLabels(HAND)).containsExactly("pinky");
        assertThatThrownBy(() -> run(plan, new double[1], new double[1], new double[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the targets name unknown channel 'pinky'; test-hand has thumb, index, middle");
    }

    @Test
    void givenTargetsInTwoUnits_thenThePlanIsRejected() {
        Target kpa = new Target(100, 120, Unit.KILOPASCAL, 10_000, RateBand.ANY);
        assertThatThrownBy(() -> new TargetPlan(null, targets("thumb", THUMB, "index", kpa), Set.of()))
                .hasMessageContaining("one unit");
    }

    @Test
    void givenATrackedChannelWithoutTargetOrFallback_thenThePlanIsRejected() {
        assertThatThrownBy(() -> new TargetPlan(null, targets("thumb", THUMB), Set.of("thumb", "ring")))
                .hasMessageContaining("'ring' is tracked but has no target");
    }

    @Test
    void givenAUniformPlan_thenEveryLabelGetsTheOneTarget() {
        TargetPlan plan = TargetPlan.uniform(THUMB);
        assertThat(plan.isUniform()).isTrue();
        assertThat(plan.targetFor("anything")).contains(THUMB);
        assertThat(plan.primary()).isEqualTo(THUMB);
    }
}

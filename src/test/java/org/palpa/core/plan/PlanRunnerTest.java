package org.palpa.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palpa.core.bodymap.BodySite;
import org.palpa.core.bodymap.BodyZone;
import org.palpa.core.bodymap.Side;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;

/** The plan runner on constructed frame streams at 100 Hz: every step, repetition and rest, skip, redo, pause, ceiling. */
class PlanRunnerTest {
    private static final long TICK = 10_000_000L;
    private final List<PlanOutput> outputs = new ArrayList<>();
    private PlanRunner runner;
    private long t;

    private static PlanStep step(BodySite site, int reps, String band, int ceiling) {
        return new PlanStep(site, Side.LEFT, "thumb", PlanBand.parse(band), 2000, reps, 1000, null, ceiling, 5000,
                null, "");
    }

    private void start(PlanStep... steps) {
        TreatmentPlan plan = new TreatmentPlan("test", "Test plan", null, List.of(steps), "0".repeat(64));
        runner = new PlanRunner(plan, Unit.NEWTON, ProbeArea.ALGOMETER_TIP, List.of("probe"), outputs::add);
        runner.start(t);
    }

    @BeforeEach
    void reset() {
        outputs.clear();
        t = 0;
    }

    private void hold(double newtons, double seconds) {
        for (int i = 0; i < seconds * 100; i++) {
            t += TICK;
            runner.frame(t, new double[] {newtons});
        }
    }

    private void rep(double newtons, double seconds) {
        hold(newtons, seconds);
        hold(0, 0.2);
    }

    private List<StepSummary> summaries() {
        return outputs.stream().filter(o -> o instanceof PlanOutput.StepEnded).map(o -> ((PlanOutput.StepEnded) o).summary())
                .toList();
    }

    private long count(Class<?> kind) {
        return outputs.stream().filter(kind::isInstance).count();
    }

    @Test
    void goesThroughEveryStepRepetitionAndRestToTheEnd() {
        start(step(BodySite.UPPER_TRAPEZIUS, 2, "10..20N", 7), step(BodySite.RHOMBOIDS, 1, "20..30N", 7));
        assertThat(runner.status().stepNumber()).isEqualTo(1);
        assertThat(runner.status().next().site()).isEqualTo(BodySite.RHOMBOIDS);
        rep(15, 2.5);
        assertThat(runner.phase()).isEqualTo(PlanRunner.Phase.REST);
        assertThat(runner.status().restLeftMillis()).isBetween(700L, 1000L);
        hold(0, 1.0);
        assertThat(runner.phase()).isEqualTo(PlanRunner.Phase.READY);
        assertThat(runner.status().rep()).isEqualTo(2);
        rep(15, 2.5);
        hold(0, 1.1);
        assertThat(runner.status().stepNumber()).isEqualTo(2);
        assertThat(runner.status().next()).isNull();
        rep(25, 2.5);
        assertThat(runner.phase()).isEqualTo(PlanRunner.Phase.FINISHED);
        assertThat(outputs.get(0)).isInstanceOf(PlanOutput.PlanStarted.class);
        assertThat(outputs.get(outputs.size() - 1)).isInstanceOf(PlanOutput.PlanFinished.class);
        assertThat(count(PlanOutput.StepStarted.class)).isEqualTo(2);
        List<StepSummary> s = summaries();
        assertThat(s).extracting(StepSummary::repsDone).containsExactly(2, 1);
        assertThat(s).extracting(StepSummary::holdsMet).containsExactly(2, 1);
        assertThat(s.get(0).meanForce()).isCloseTo(15, org.assertj.core.data.Offset.offset(0.01));
        assertThat(s.get(0).timeInBandSeconds()).isBetween(4.8, 5.0);
        assertThat(s).noneMatch(StepSummary::skipped);
    }

    @Test
    void aHoldTooLightIsNotMetButStillEndsTheRepetition() {
        start(step(BodySite.MASSETER, 1, "10..20N", 7));
        rep(5, 3);
        assertThat(runner.phase()).isEqualTo(PlanRunner.Phase.FINISHED);
        assertThat(summaries().get(0).holdsMet()).isZero();
        assertThat(summaries().get(0).repsDone()).isEqualTo(1);
    }

    @Test
    void skipEndsTheStepAndMarksItSkipped() {
        start(step(BodySite.UPPER_TRAPEZIUS, 3, "10..20N", 7), step(BodySite.SOLEUS, 1, "10..20N", 7));
        rep(15, 2.5);
        runner.skip(t);
        assertThat(runner.status().stepNumber()).isEqualTo(2);
        assertThat(runner.phase()).isEqualTo(PlanRunner.Phase.READY);
        rep(15, 2.5);
        assertThat(summaries()).extracting(StepSummary::skipped).containsExactly(true, false);
        assertThat(summaries().get(0).repsDone()).isEqualTo(1);
    }

    @Test
    void redoInARestRepeatsTheRepetitionJustDone() {
        start(step(BodySite.UPPER_TRAPEZIUS, 1, "10..20N", 7), step(BodySite.SOLEUS, 1, "10..20N", 7));
        rep(25, 2.5);
        assertThat(runner.phase()).isEqualTo(PlanRunner.Phase.REST);
        runner.redo(t);
        assertThat(runner.phase()).isEqualTo(PlanRunner.Phase.READY);
        assertThat(runner.status().stepNumber()).isEqualTo(1);
        rep(15, 2.5);
        hold(0, 1.1);
        assertThat(summaries().get(0).repsDone()).isEqualTo(1);
        assertThat(summaries().get(0).holdsMet()).isEqualTo(1);
    }

    @Test
    void redoDuringAHoldStartsTheRepetitionAgain() {
        start(step(BodySite.UPPER_TRAPEZIUS, 1, "10..20N", 7));
        hold(15, 1);
        runner.redo(t);
        hold(0, 0.2);
        assertThat(runner.phase()).isEqualTo(PlanRunner.Phase.READY);
        rep(15, 2.5);
        assertThat(summaries().get(0).holdsMet()).isEqualTo(1);
    }

    @Test
    void pauseFreezesTheRestCountdownUntilResumed() {
        start(step(BodySite.UPPER_TRAPEZIUS, 2, "10..20N", 7));
        rep(15, 2.5);
        runner.pause(t);
        hold(0, 5);
        assertThat(runner.phase()).isEqualTo(PlanRunner.Phase.PAUSED);
        runner.pause(t);
        assertThat(runner.phase()).isEqualTo(PlanRunner.Phase.REST);
        hold(0, 1);
        assertThat(runner.phase()).isEqualTo(PlanRunner.Phase.READY);
    }

    @Test
    void theMaximumHoldGivesReleaseAndEndsTheRepetition() {
        start(step(BodySite.UPPER_TRAPEZIUS, 1, "10..20N", 7), step(BodySite.SOLEUS, 1, "10..20N", 7));
        hold(15, 6);
        assertThat(outputs).anyMatch(o -> o instanceof PlanOutput.Cued c && c.cue() == PlanOutput.Cue.RELEASE);
        assertThat(outputs).anyMatch(o -> o instanceof PlanOutput.Cued c && c.cue() == PlanOutput.Cue.HOLD_DONE);
        assertThat(runner.phase()).isEqualTo(PlanRunner.Phase.REST);
        hold(0, 1.2);
        assertThat(runner.status().stepNumber()).isEqualTo(2);
        assertThat(summaries().get(0).repsDone()).isEqualTo(1);
        assertThat(summaries().get(0).timeInBandSeconds()).isBetween(4.5, 5.1);
    }

    @Test
    void aPainOfEightGivesEaseOffAtOnceAndLowersTheNextBandAtThatSite() {
        start(step(BodySite.UPPER_TRAPEZIUS, 2, "20..30N", 7), step(BodySite.UPPER_TRAPEZIUS, 1, "20..30N", 7));
        hold(25, 1);
        runner.pain(t, 8, "typed");
        PlanOutput last = outputs.get(outputs.size() - 1);
        assertThat(last).isInstanceOf(PlanOutput.CeilingReached.class);
        assertThat(outputs).anyMatch(o -> o instanceof PlanOutput.Cued c && c.cue() == PlanOutput.Cue.EASE_OFF);
        assertThat(runner.status().cue()).isEqualTo(PlanOutput.Cue.EASE_OFF);
        assertThat(runner.status().band()).isEqualTo(PlanBand.parse("20..30N"));
        PlanBand lowered = ((PlanOutput.CeilingReached) last).loweredBand();
        assertThat(lowered.min()).isCloseTo(18, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(lowered.max()).isCloseTo(27, org.assertj.core.data.Offset.offset(1e-9));
        hold(25, 1.5);
        hold(0, 1.2);
        assertThat(runner.status().rep()).isEqualTo(2);
        assertThat(runner.status().band().max()).isCloseTo(27, org.assertj.core.data.Offset.offset(1e-9));
        rep(22, 2.5);
        hold(0, 1.1);
        StepSummary first = summaries().get(0);
        assertThat(first.highestPain()).isEqualTo(8);
        assertThat(first.ceilings()).isEqualTo(1);
        assertThat(first.lowered()).isTrue();
        assertThat(first.finalBand().max()).isCloseTo(27, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aPainBelowTheCeilingIsKeptWithoutACue() {
        start(step(BodySite.UPPER_TRAPEZIUS, 1, "20..30N", 7));
        hold(25, 1);
        runner.pain(t, 6, "typed");
        assertThat(count(PlanOutput.CeilingReached.class)).isZero();
        assertThat(count(PlanOutput.PainMarked.class)).isEqualTo(1);
    }

    @Test
    void aReferralIsKeptInTheStepSummary() {
        start(step(BodySite.UPPER_TRAPEZIUS, 1, "20..30N", 7));
        hold(25, 1);
        runner.referral(t, List.of(BodyZone.TEMPLE, BodyZone.NECK_BACK));
        rep(25, 2);
        assertThat(summaries().get(0).referral()).containsExactly(BodyZone.TEMPLE, BodyZone.NECK_BACK);
    }

    @Test
    void aSummaryReadsBackFromItsRecordedText() {
        StepSummary s = new StepSummary(2, BodySite.PIRIFORMIS, Side.RIGHT, 3, 2, 1, 41.5, 50.25, 33.3, 8, 1, true,
                PlanBand.parse("36..49.5N"), List.of(BodyZone.BUTTOCK));
        assertThat(StepSummary.parse(s.format())).isEqualTo(s);
    }
}

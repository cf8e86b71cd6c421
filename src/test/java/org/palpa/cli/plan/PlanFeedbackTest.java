package org.palpa.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.json.PlanReader;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.live.FeedbackGate;
import org.palpa.cli.CapturesStandardStreams;
import org.palpa.cli.Main;
import org.palpa.core.feedback.FeedbackSchedule;
import org.palpa.core.hold.BandState;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.pipeline.ProcessedFrame;
import org.palpa.core.plan.PlanEvents;
import org.palpa.core.plan.PlanOutput;
import org.palpa.core.plan.PlanRunner;
import org.palpa.core.plan.PlanStatus;
import org.palpa.core.plan.PlanStep;
import org.palpa.core.plan.StepSummary;
import org.palpa.core.plan.TreatmentPlan;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.sample.Unit;

/** {@code plan run --feedback}: the terminal hides what the schedule hides, and the record says which holds. */
class PlanFeedbackTest extends CapturesStandardStreams {
    private static final long S = 1_000_000_000L;

    @TempDir
    Path dir;

    private static ProcessedFrame frame(long t, BandState state) {
        return new ProcessedFrame(t, 0, new double[] {0}, new double[] {0}, new double[] {0}, new BandState[] {state},
                new double[] {0});
    }

    private static HoldResult hold(int index, long contactEnd) {
        return new HoldResult(0, index, contactEnd - 10 * S, contactEnd - 9 * S, contactEnd - S, contactEnd, 8 * S, 0, 25,
                26, 0.02, 10, true, HoldOutcome.MET, Unit.NEWTON);
    }

    private static PlanStatus holding(TreatmentPlan plan) {
        PlanStep step = plan.steps().get(0);
        return new PlanStatus(PlanRunner.Phase.HOLDING, 1, 2, step, 1, step.band(), BandState.IN_BAND, 25.3, 4000, 0,
                plan.steps().get(1), PlanOutput.Cue.HOLD_DONE, 100);
    }

    @Test
    void givenEveryOtherHold_thenTheStatusLineHidesTheValueBandAndTimerOnTheSecondHoldOnly() {
        TreatmentPlan plan = PlanReader.shipped("taster");
        FeedbackGate gate = new FeedbackGate(FeedbackSchedule.parse("every:2"), 0, d -> { });
        AtomicLong now = new AtomicLong(0);
        PlanTerminal terminal = new PlanTerminal(new PrintStream(new ByteArrayOutputStream()), false, "N")
                .withFeedbackGate(gate, now::get);
        gate.frame(frame(0, BandState.NO_CONTACT));

        String shown = terminal.line(holding(plan));
        gate.holdFinished(hold(1, 12 * S));
        now.set(75 * S);
        String hidden = terminal.line(holding(plan));

        assertThat(shown).contains("25.3 N", "IN BAND", "held 4.0/8 s", "HOLD DONE");
        assertThat(hidden).contains("rep 1/2", "recording 1:15", "feedback off for this hold (every:2)", "next: upper trapezius")
                .doesNotContain("25.3", "IN BAND", "held", "HOLD DONE", "20..30");
    }

    @Test
    void givenAHiddenHold_thenTheHoldDoneCueIsNotPrintedButEaseOffAlwaysIs() {
        TreatmentPlan plan = PlanReader.shipped("taster");
        FeedbackGate gate = new FeedbackGate(new FeedbackSchedule.None(), 0, d -> { });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PlanTerminal terminal = new PlanTerminal(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "N")
                .withFeedbackGate(gate, () -> 0);
        gate.frame(frame(0, BandState.NO_CONTACT));

        terminal.show(new PlanOutput.Cued(S, 1, PlanOutput.Cue.HOLD_DONE));
        terminal.show(new PlanOutput.Cued(S, 1, PlanOutput.Cue.RELEASE));
        terminal.show(new PlanOutput.CeilingReached(S, 1, 7, 7, plan.steps().get(0).band()));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("hold done", "RELEASE").contains("EASE OFF");
    }

    @Test
    void aPlanRunWithEveryOtherHoldRecordsWhichHoldsHadFeedbackAndShowsCuesOnlyOnThose() throws Exception {
        String data = dir.resolve("data").toString();
        out.reset();
        assertThat(Main.run("plan", "run", "upper-back", "--device", "sim-glove", "--speed", "50", "--data-dir", data,
                "--feedback", "every:2", "--student", "S-01", "--plain")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        List<RecordedEvent> events;
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir.resolve("data"))) {
            events = store.events(1);
        }

        List<RecordedEvent> decisions = events.stream().filter(e -> e.kind() == RecordedEvent.Kind.FEEDBACK).toList();
        assertThat(decisions).extracting(RecordedEvent::detail).startsWith("hold 1: feedback shown (every:2)",
                "hold 2: feedback hidden (every:2)", "hold 3: feedback shown (every:2)", "hold 4: feedback hidden (every:2)");
        assertThat(decisions).allMatch(e -> (e.value() == 1.0) == (Integer.parseInt(e.detail().split("[ :]")[1]) % 2 == 1));
        // six repetitions, holds 1, 3 and 5 with feedback: the hold-done cue (of a met hold) shows on those at most
        int reps = PlanEvents.summaries(events).stream().mapToInt(StepSummary::repsDone).sum();
        assertThat(reps).isEqualTo(6);
        assertThat(text.split("hold done: release when ready", -1).length - 1).isBetween(1, 3);
        assertThat(text).contains("Feedback schedule: every:2 (holds counted on thumb)",
                "step 1 done: 2/2 reps (results kept for the trainer: feedback schedule every:2)", "Plan adherence:");
        assertThat(text.lines().filter(l -> l.contains("feedback off for this hold")))
                .allMatch(l -> !l.contains(" N ") && !l.contains("held"));
    }
}

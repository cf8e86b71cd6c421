package org.palpa.app.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.app.live.FeedbackGate;
import org.palpa.core.feedback.FeedbackSchedule;
import org.palpa.core.hold.BandState;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.pipeline.ProcessedFrame;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.sample.Unit;

class FeedbackRecordTest {
    private static final long S = 1_000_000_000L;

    private static HoldResult hold(int index, long startS, long endS) {
        return new HoldResult(0, index, startS * S, startS * S + S, endS * S - S, endS * S, 5 * S, 0, 40, 41, 0.02, 10, true,
                HoldOutcome.MET, Unit.NEWTON);
    }

    private static ProcessedFrame frame(long t, BandState state) {
        return new ProcessedFrame(t, 0, new double[] {0}, new double[] {0}, new double[] {0}, new BandState[] {state},
                new double[] {0});
    }

    @Test
    void givenEveryThirdHold_thenTheGateHidesExactlyHoldsTwoThreeFiveAndSixAndTheRecordSaysSo() {
        List<RecordedEvent> events = new ArrayList<>();
        List<Boolean> showingDuringHold = new ArrayList<>();
        FeedbackGate gate = new FeedbackGate(FeedbackSchedule.parse("every:3"), 0, d -> events.add(
                new RecordedEvent(d.timestampNanos(), RecordedEvent.Kind.FEEDBACK, d.shown() ? 1.0 : 0.0, "hold " + d.holdNumber())));
        gate.frame(frame(0, BandState.NO_CONTACT));
        List<HoldResult> holds = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            HoldResult h = hold(i, i * 20L, i * 20L + 10);
            gate.frame(frame(h.contactStartNanos(), BandState.IN_BAND));
            showingDuringHold.add(gate.showing());
            gate.holdFinished(h);
            holds.add(h);
        }

        assertThat(showingDuringHold).containsExactly(true, false, false, true, false, false, true);
        List<Boolean> recorded = holds.stream().map(h -> HoldCapture.feedback(events, h)).toList();
        assertThat(recorded).containsExactlyElementsOf(showingDuringHold);
    }

    @Test
    void givenOnRequestBetweenHolds_thenTheNextHoldShowsFeedbackAndTheOneAfterDoesNot() {
        List<Boolean> decisions = new ArrayList<>();
        FeedbackGate gate = new FeedbackGate(FeedbackSchedule.parse("on-request"), 0, d -> decisions.add(d.shown()));
        gate.frame(frame(0, BandState.NO_CONTACT));
        assertThat(gate.showing()).isFalse();
        gate.request();
        assertThat(gate.showing()).isTrue();
        gate.holdFinished(hold(1, 10, 20));
        assertThat(gate.showing()).isFalse();
        assertThat(decisions).containsExactly(false, true, false);
    }
}

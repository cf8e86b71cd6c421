package org.palpa.adapter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.recording.InMemoryJournal;
import org.palpa.core.feedback.FeedbackSchedule;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;
import org.palpa.core.session.SessionMark;

/** The window under a practice schedule: the second hold of every:2 shows only that recording goes on. */
class PracticeFeedbackPanelTest {
    @Test
    void givenEveryOtherHold_thenHoldTwoHidesTheValueStateAndCuesAndTheJournalRecordsEachDecision() throws Exception {
        Target target = Target.around(Quantity.parse("40N"), "10%", 3000, ProbeArea.ALGOMETER_TIP);
        InMemoryJournal journal = new InMemoryJournal();
        LivePanelTest.RecordedCues cues = new LivePanelTest.RecordedCues();
        GuiSetup setup = new GuiSetup(List.of("sim-algometer"),
                name -> new org.palpa.adapter.sim.SimulatedTransport(org.palpa.core.sim.SimulatedDeviceSpec.algometer(), 7, 20, 0),
                SessionSettings.of(target, 0), journal, GuiSetup.DEFAULT_SITES, Double.POSITIVE_INFINITY, null, true,
                FeedbackSchedule.parse("every:2"));
        AtomicReference<LivePanel> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> ref.set(new LivePanel(setup, cues)));
        LivePanel panel = ref.get();
        LivePanelTest.connectAndWait(panel, "sim-algometer");

        List<String> badges = new ArrayList<>();
        List<Boolean> readoutVisible = new ArrayList<>();
        int[] cuesWhileHidden = {0};
        long deadline = System.nanoTime() + 40_000_000_000L;
        while (System.nanoTime() < deadline && decisions(journal).size() < 3) {
            Thread.sleep(20);
            SwingUtilities.invokeAndWait(() -> {
                int before = cues.played.size();
                panel.tick();
                String label = panel.feedback.badge.state().label();
                if (badges.isEmpty() || !badges.get(badges.size() - 1).equals(label)) {
                    badges.add(label);
                }
                readoutVisible.add(panel.feedback.readout.isVisible());
                if (label.equals("RECORDING")) {
                    cuesWhileHidden[0] += cues.played.size() - before;
                }
            });
        }
        SwingUtilities.invokeAndWait(panel::shutdown);

        assertThat(decisions(journal)).extracting(d -> d.holdNumber() + ":" + d.shown()).startsWith("1:true", "2:false", "3:true");
        assertThat(badges).containsSubsequence("IN BAND", "RECORDING");
        assertThat(readoutVisible).contains(false);
        assertThat(cuesWhileHidden[0]).isZero();
    }

    private static List<SessionMark.FeedbackChange> decisions(InMemoryJournal journal) {
        return journal.marks().stream().filter(m -> m instanceof SessionMark.FeedbackChange)
                .map(m -> (SessionMark.FeedbackChange) m).toList();
    }
}

package org.palpa.adapter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.recording.InMemoryJournal;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.port.Transport;
import org.palpa.app.recording.Recordings;
import org.palpa.app.replay.ReplayTransport;
import org.palpa.app.replay.StoredSessionSource;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;

/** A session recorded in the store plays back in the window with the same feedback, up to a completed hold. */
class StoredSessionReplayTest {
    private static final Target TARGET = Target.around(Quantity.parse("40N"), "10%", 2000, ProbeArea.ALGOMETER_TIP);

    /**
     * The store's replay transport behind the window's replay controls, as {@code palpa gui --session}
     * wires it. The origin is read once: a replay reads the store while it plays, so the event
     * thread must never wait for the store.
     */
    private record StoreReplay(JdbcSessionStore store, long id, double seconds, long origin) implements GuiSetup.Replay {
        @Override
        public String name() {
            return "session " + id;
        }

        @Override
        public double durationSeconds() {
            return seconds;
        }

        @Override
        public long firstTimestampNanos() {
            return origin;
        }

        @Override
        public Transport open(double fromSeconds, double speed) {
            return new ReplayTransport(new StoredSessionSource(store, id), speed, fromSeconds);
        }
    }

    @Test
    void aRecordedSessionReplayedAt2xInTheWindowReachesACompletedHoldAndIsNotRecordedAgain(@TempDir Path dir)
            throws Exception {
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            long id = Recordings.record(store, new PacedScriptDevice(50), 0).result().sessionId();
            InMemoryJournal journal = new InMemoryJournal();
            GuiSetup setup = new GuiSetup(List.of("session " + id), name -> null, SessionSettings.of(TARGET, 0), journal,
                    GuiSetup.DEFAULT_SITES, Double.POSITIVE_INFINITY, new StoreReplay(store, id, 7.99, store.originNanos(id)), true);
            AtomicReference<LivePanel> ref = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                LivePanel p = new LivePanel(setup, new LivePanelTest.RecordedCues());
                p.setSize(1360, 800);
                p.doLayout();
                p.replayBar.speed.setSelectedIndex(1); // 2×
                ref.set(p);
            });
            LivePanel panel = ref.get();
            LivePanelTest.connectAndWait(panel, "session " + id);
            List<String> seen = new ArrayList<>();
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (System.nanoTime() < deadline && (panel.feed() == null || panel.feed().health().endReason() == null)) {
                Thread.sleep(10);
                SwingUtilities.invokeAndWait(() -> {
                    panel.tick();
                    String s = panel.feedback.badge.state().label() + (panel.feedback.holdBar.complete() ? " + HOLD COMPLETE" : "");
                    if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(s)) {
                        seen.add(s);
                    }
                });
            }
            SwingUtilities.invokeAndWait(panel::tick);

            assertThat(seen).as("states shown; the stream ended with: %s", panel.feed().health()).containsSubsequence("UNDER", "IN BAND", "IN BAND + HOLD COMPLETE");
            assertThat(panel.feed().health().frames()).isEqualTo(PacedScriptDevice.LENGTH);
            assertThat(panel.feedback.lastHold.getText()).startsWith("last hold: OVER");
            assertThat(panel.replayBar.isVisible()).isTrue();
            assertThat(panel.controls.record.isEnabled()).isFalse();
            assertThat(panel.status.recording.getText()).startsWith("○ replay, not recorded again");
            assertThat(journal.commands()).isEmpty();
            SwingUtilities.invokeAndWait(panel::shutdown);
        }
    }
}

package org.palpa.adapter.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.record.SessionStatus;
import org.palpa.core.record.StoredSession;
import org.palpa.app.recording.IntegrityCheck;
import org.palpa.app.recording.StoreJournal;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;

/**
 * The real window on a display records into a real store: it starts recording when the device
 * connects, the Pause and Record buttons pause and resume it, the 7 key notes a pain score, and
 * the end of the stream finishes the session.
 */
@Tag("gui")
class WindowRecordingGuiTest {
    @Test
    void theWindowRecordsWithAPauseAndAPainScoreAndTheSessionIsIntact(@TempDir Path dir) throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display; run under xvfb-run");
        Target target = Target.around(Quantity.parse("40N"), "10%", 2000, ProbeArea.ALGOMETER_TIP);
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            List<String> problems = new ArrayList<>();
            StoreJournal journal = new StoreJournal(store, s -> new SessionMeta("C-0001", null, "tester", "", "",
                    System.currentTimeMillis(), "gui " + s.device().model(), s.device(), null, null, null,
                    s.settings().target(), s.settings().filter().toString(), 1.0), problems::add);
            GuiSetup setup = new GuiSetup(List.of("scripted"), name -> new PacedScriptDevice(1.0),
                    SessionSettings.of(target, 0), journal, GuiSetup.DEFAULT_SITES, Double.POSITIVE_INFINITY, null, true);
            Path png = dir.resolve("recording.png");
            AtomicReference<LiveWindow.Report> report = new AtomicReference<>();
            Thread window = new Thread(() -> {
                try {
                    report.set(LiveWindow.run(setup, new LiveWindow.Options("scripted", false, false, 9500, png)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            window.start();
            LivePanel panel = awaitPanel();
            await(() -> journal.status().text().startsWith("session "));
            awaitDeviceSeconds(panel, 1.0);
            SwingUtilities.invokeAndWait(panel.controls.pause::doClick);
            awaitDeviceSeconds(panel, 2.0);
            SwingUtilities.invokeAndWait(panel.controls.record::doClick);
            awaitDeviceSeconds(panel, 3.0);
            SwingUtilities.invokeAndWait(() -> panel.getActionMap().get("pain7").actionPerformed(null));
            // ten has its own key (t, or - beside 0)
            SwingUtilities.invokeAndWait(() -> panel.getActionMap().get("pain10").actionPerformed(null));
            window.join(20_000);
            journal.close(30, TimeUnit.SECONDS);

            assertThat(report.get().paints()).isGreaterThan(20);
            assertThat(problems).isEmpty();
            StoredSession s = store.list(org.palpa.app.port.SessionReader.Filter.ALL).get(0);
            assertThat(s.status()).isEqualTo(SessionStatus.COMPLETE);
            assertThat(s.endReason()).isEqualTo("script finished");
            List<RecordedEvent> events = store.events(s.id());
            assertThat(events).extracting(RecordedEvent::kind).containsSubsequence(RecordedEvent.Kind.RECORDING_PAUSED,
                    RecordedEvent.Kind.RECORDING_RESUMED, RecordedEvent.Kind.PAIN, RecordedEvent.Kind.SESSION_END);
            assertThat(events).filteredOn(e -> e.kind() == RecordedEvent.Kind.PAIN)
                    .extracting(RecordedEvent::value).containsExactly(7.0, 10.0);
            assertThat(events).as("nobody chose a body site, so none is recorded")
                    .noneMatch(e -> e.detail() != null && e.detail().startsWith("body site"));
            long paused = pausedFrames(events);
            assertThat(paused).isBetween(50L, 150L); // about one second at 100 Hz
            List<Long> sequences = new ArrayList<>();
            store.forEachChunk(s.id(), c -> {
                for (int i = 0; i < c.frameCount(); i++) {
                    sequences.add(c.sequence(i));
                }
            });
            long gaps = 0;
            for (int i = 1; i < sequences.size(); i++) {
                gaps += sequences.get(i) - sequences.get(i - 1) - 1;
            }
            assertThat(gaps).as("frames missing between the stored ones").isEqualTo(paused);
            assertThat(s.frameCount()).isEqualTo(sequences.size()).isLessThanOrEqualTo(PacedScriptDevice.LENGTH - paused);
            assertThat(store.holds(s.id())).isNotEmpty();
            assertThat(IntegrityCheck.verify(store, s.id())).isInstanceOf(IntegrityCheck.Intact.class);
            assertThat(png).exists();
        }
    }

    private static long pausedFrames(List<RecordedEvent> events) {
        String detail = events.stream().filter(e -> e.kind() == RecordedEvent.Kind.RECORDING_RESUMED).findFirst()
                .orElseThrow().detail();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("; (\\d+) frames and").matcher(detail);
        assertThat(m.find()).as(detail).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static LivePanel awaitPanel() throws InterruptedException {
        AtomicReference<LivePanel> found = new AtomicReference<>();
        await(() -> {
            for (Frame f : Frame.getFrames()) {
                if (f.isVisible() && f instanceof JFrame j && j.getContentPane() instanceof LivePanel p) {
                    found.set(p);
                }
            }
            return found.get() != null;
        });
        return found.get();
    }

    private static void awaitDeviceSeconds(LivePanel panel, double seconds) throws InterruptedException {
        await(() -> panel.feed() != null && panel.feed().latestTimestampNanos() >= seconds * 1e9);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for the window");
            }
            Thread.sleep(10);
        }
    }
}

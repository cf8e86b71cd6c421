package org.palpa.adapter.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.port.SessionReader;
import org.palpa.app.recording.IntegrityCheck;
import org.palpa.cli.CapturesStandardStreams;
import org.palpa.cli.Main;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionStatus;
import org.palpa.core.record.StoredSession;

/**
 * {@code palpa classroom} in its window with four stations, one of them a Mark-10 gauge on a
 * socat pty whose cable is pulled (socat killed) and plugged in again: its tile says so and comes
 * back by itself while the three simulated stations keep recording, and every session is intact.
 */
@Tag("gui")
class ClassroomOverPtyGuiTest extends CapturesStandardStreams {
    @TempDir
    Path dir;

    @Test
    void aGaugeUnpluggedAndPluggedBack_showsOnItsTile_whileTheOtherStationsKeepRecording() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display; run under xvfb-run");
        assumeTrue(PtyPair.socatInstalled(), "socat is not installed: apt-get install socat (.ci/run does)");
        Path data = dir.resolve("data");
        DeviceEmulator.Mode gauge = new DeviceEmulator.Mode.Polled("?\r",
                n -> String.format(Locale.ROOT, "%.2f N\r\n", 38 + (n % 40) / 10.0));
        PtyPair pty = new PtyPair(dir);
        DeviceEmulator first = DeviceEmulator.on(pty.device, gauge);
        AtomicInteger status = new AtomicInteger(-1);
        Thread command = new Thread(() -> status.set(Main.run("classroom", "--class", "pty-test",
                "--station", "A1=sim-algometer,student=ST-01", "--station", "G2=sim-glove,student=ST-02",
                "--station", "A3=sim-algometer,student=ST-03",
                "--station", "M4=serial:" + pty.host + ",protocol=mark10,student=ST-04",
                "--data-dir", data.toString(), "--hold", "2s", "--close-after", "16s",
                "--screenshot", dir.resolve("end.png").toString())));
        List<String> seen = new ArrayList<>();
        try {
            command.start();
            awaitTrue(() -> tileState("M4").endsWith("IN BAND"), 15);
            seen.add(tileState("M4"));
            pty.kill(); // the cable is pulled
            first.close();
            awaitTrue(() -> tileState("M4").endsWith("DEVICE LOST"), 5);
            seen.add(tileState("M4"));
            seen.add(tileState("A1"));
            snapshot(Path.of("target", "classroom-unplugged.png")); // kept to look at
            Thread.sleep(1500);
            pty.start(); // plugged in again
            try (DeviceEmulator second = DeviceEmulator.on(pty.device, gauge)) {
                awaitTrue(() -> tileState("M4").endsWith("IN BAND") || tileState("M4").endsWith("UNDER"), 8);
                seen.add(tileState("M4"));
                command.join(30_000);
            }
        } finally {
            pty.close();
        }
        String printed = out.toString();
        String errors = err.toString();
        assertThat(status.get()).as(printed + errors).isZero();
        assertThat(seen.get(0)).isEqualTo("M4 · ST-04: IN BAND");
        assertThat(seen.get(1)).isEqualTo("M4 · ST-04: DEVICE LOST");
        assertThat(seen.get(2)).doesNotContain("DEVICE LOST", "RETRYING");
        assertThat(errors).contains("M4: device lost").contains("M4: device back");
        assertThat(printed).contains("Class summary of pty-test").contains("every tile repainted at least");

        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(data)) {
            List<StoredSession> sessions = store.list(SessionReader.Filter.ALL);
            assertThat(sessions).extracting(s -> s.meta().clientCode())
                    .containsExactlyInAnyOrder("ST-01", "ST-02", "ST-03", "ST-04");
            for (StoredSession s : sessions) {
                assertThat(s.status()).as("session %d", s.id()).isEqualTo(SessionStatus.COMPLETE);
                assertThat(IntegrityCheck.verify(store, s.id())).isInstanceOf(IntegrityCheck.Intact.class);
                assertThat(s.meta().site()).isEqualTo("class pty-test");
                assertThat(store.events(s.id())).extracting(RecordedEvent::detail)
                        .anyMatch(d -> d != null && d.startsWith("class summary of pty-test: A1 (student ST-01)"));
            }
            for (StoredSession s : sessions) {
                if (!s.meta().clientCode().equals("ST-04")) {
                    // 14 s or more of a 100 or 200 Hz device, with nothing lost through the pulled cable
                    assertThat(s.frameCount()).as("frames of %s", s.meta().clientCode())
                            .isGreaterThan((long) (14 * s.meta().device().nominalRateHz()));
                    assertThat(s.lostFrames()).isZero();
                }
            }
            StoredSession gaugeSession = sessions.stream().filter(s -> s.meta().clientCode().equals("ST-04")).findFirst()
                    .orElseThrow();
            assertThat(store.events(gaugeSession.id())).extracting(RecordedEvent::kind)
                    .containsSubsequence(RecordedEvent.Kind.DISCONNECTED, RecordedEvent.Kind.RECONNECTED);
        }
        out.reset();
        assertThat(Main.run("sessions", "verify", "--all", "--data-dir", data.toString())).isZero();
    }

    /** What the tile of {@code station} says, through its accessible name; empty before the window shows it. */
    private static String tileState(String station) {
        String[] found = {""};
        try {
            SwingUtilities.invokeAndWait(() -> {
                for (Window w : Window.getWindows()) {
                    if (w.isShowing()) {
                        find(w, station + " · ", found);
                    }
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return found[0];
    }

    private static void find(Component c, String prefix, String[] found) {
        String name = c.getAccessibleContext() == null ? null : c.getAccessibleContext().getAccessibleName();
        if (name != null && name.startsWith(prefix)) {
            found[0] = name;
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                find(child, prefix, found);
            }
        }
    }

    private static void awaitTrue(BooleanSupplier condition, double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %.0f s; tiles say %s, %s", seconds, tileState("M4"), tileState("A1"))
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void snapshot(Path file) throws Exception {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        ImageIO.write(new Robot().createScreenCapture(screen), "png", file.toFile());
    }
}

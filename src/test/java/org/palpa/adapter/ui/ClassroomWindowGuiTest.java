package org.palpa.adapter.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.palpa.adapter.ui.ShowingWindows.await;
import static org.palpa.adapter.ui.ShowingWindows.find;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.event.MouseEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.adapter.ui.classroom.ClassroomWindow;
import org.palpa.app.classroom.ClassSummary;
import org.palpa.app.classroom.Classroom;
import org.palpa.app.classroom.Station;
import org.palpa.app.classroom.StationPlan;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.port.TransportException;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;
import org.palpa.core.sim.SimulatedDeviceSpec;

/**
 * The classroom window on a display: a tile per station, a click on a tile opens that station's
 * full live view fed from the station's own device, and closing the view leaves the station running.
 */
@Tag("gui")
class ClassroomWindowGuiTest {
    @TempDir
    Path dir;

    @Test
    void clickingATile_opensThatStationsLiveView_andClosingItLeavesTheStationRunning() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display; run under xvfb-run");
        SessionSettings settings = SessionSettings.of(Target.around(Quantity.parse("40N"), "10%", 3000,
                ProbeArea.ALGOMETER_TIP), 0);
        List<StationPlan> plans = List.of(
                new StationPlan("S1", "ST-01", "sim-algometer", () -> new SimulatedTransport(
                        SimulatedDeviceSpec.algometer(), 3, 1, 0), settings),
                new StationPlan("S2", "ST-02", "sim-glove", () -> new SimulatedTransport(
                        SimulatedDeviceSpec.glove(), 4, 1, 0), settings),
                new StationPlan("S3", "ST-03", "serial:/dev/gone", () -> {
                    throw new TransportException("no serial port '/dev/gone'");
                }, settings));
        Classroom classroom = new Classroom("gui-test", plans, null, (p, d, s, r) -> null, line -> { });
        classroom.startAll();
        AtomicReference<ClassroomWindow.Report> report = new AtomicReference<>();
        Thread window = new Thread(() -> {
            try {
                report.set(ClassroomWindow.run(classroom, new ClassroomWindow.Options(false, 12_000,
                        dir.resolve("classroom.png"))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        window.start();
        await(() -> named("S1 · ST-01: ") != null && !named("S1 · ST-01: ").getAccessibleContext()
                .getAccessibleName().endsWith("CONNECTING"), 10);
        await(() -> named("S3 · ST-03: ") != null && named("S3 · ST-03: ").getAccessibleContext()
                .getAccessibleName().endsWith("RETRYING"), 5);
        Component tile = named("S1 · ST-01: ");
        SwingUtilities.invokeAndWait(() -> tile.dispatchEvent(new MouseEvent(tile, MouseEvent.MOUSE_CLICKED,
                System.currentTimeMillis(), 0, 10, 10, 1, false, MouseEvent.BUTTON1)));
        await(() -> livePanel() != null && livePanel().feed() != null
                && livePanel().feed().health().frames() > 200, 10);
        LivePanel view = livePanel();
        JFrame viewFrame = (JFrame) SwingUtilities.getWindowAncestor(view);
        assertThat(viewFrame.getTitle()).isEqualTo("Palpa classroom — station S1 (ST-01)");
        assertThat(view.feed().device().model()).isEqualTo("sim-algometer");
        Path shot = Path.of("target", "classroom-station-view.png");
        Files.createDirectories(shot.getParent());
        SwingUtilities.invokeAndWait(() -> {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(viewFrame.getWidth(),
                    viewFrame.getHeight(), java.awt.image.BufferedImage.TYPE_INT_RGB);
            viewFrame.getContentPane().paint(image.getGraphics());
            try {
                ImageIO.write(image, "png", shot.toFile());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Station s1 = classroom.stations().get(0);
        SwingUtilities.invokeAndWait(viewFrame::dispose);
        long afterClose = s1.board().frames();
        Thread.sleep(1000);
        assertThat(s1.board().frames() - afterClose).as("frames after the view closed").isGreaterThan(50);
        window.join(30_000);
        ClassSummary summary = classroom.finish(null, null, 10, TimeUnit.SECONDS);

        assertThat(report.get().views()).isEqualTo(1);
        assertThat(report.get().slowestTileFps()).isGreaterThan(5);
        assertThat(Files.size(dir.resolve("classroom.png"))).isPositive();
        assertThat(summary.rows()).extracting(ClassSummary.Row::station).containsExactly("S1", "S2", "S3");
        assertThat(summary.rows().get(0).frames()).isGreaterThan(800);
        assertThat(summary.rows().get(0).lostFrames()).isZero();
    }

    private static Component named(String prefix) {
        return find(c -> c.getAccessibleContext() != null && c.getAccessibleContext().getAccessibleName() != null
                && c.getAccessibleContext().getAccessibleName().startsWith(prefix));
    }

    private static LivePanel livePanel() {
        return (LivePanel) find(c -> c instanceof LivePanel);
    }
}

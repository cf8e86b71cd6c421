package org.palpa.adapter.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.palpa.adapter.ui.ShowingWindows.await;
import static org.palpa.adapter.ui.ShowingWindows.find;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.app.classroom.Classroom;
import org.palpa.app.classroom.Station;
import org.palpa.app.classroom.StationPlan;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.feedback.FeedbackSchedule;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;
import org.palpa.core.sim.SimulatedDeviceSpec;

/**
 * A station's practice schedule in the classroom window: the student's full view is covered on a
 * hidden hold, and the instructor sets a station's schedule from the controls or the tile's menu.
 */
@Tag("gui")
class ClassroomFeedbackGuiTest {

    @Test
    void aStationWithoutFeedbackCoversItsFullView_andTheInstructorCanChangeEachStationsSchedule() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display; run under xvfb-run");
        SessionSettings settings = SessionSettings.of(Target.around(Quantity.parse("40N"), "10%", 3000,
                ProbeArea.ALGOMETER_TIP), 0);
        List<StationPlan> plans = List.of(
                new StationPlan("S1", "ST-01", "sim-algometer", () -> new SimulatedTransport(
                        SimulatedDeviceSpec.algometer(), 3, 1, 0), settings),
                new StationPlan("S2", "ST-02", "sim-algometer", () -> new SimulatedTransport(
                        SimulatedDeviceSpec.algometer(), 4, 1, 0), settings));
        Classroom classroom = new Classroom("fb-test", plans, null, (p, d, s, r) -> null, line -> { });
        Station s1 = classroom.stations().get(0);
        Station s2 = classroom.stations().get(1);
        s1.feedback(new FeedbackSchedule.None());
        classroom.startAll();
        Thread window = new Thread(() -> {
            try {
                ClassroomWindow.run(classroom, new ClassroomWindow.Options(false, 20_000, null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        window.start();
        await(() -> tile("S1 · ST-01: ") != null && tile("S1 · ST-01: ").getAccessibleContext().getAccessibleName()
                .endsWith("IN BAND") || s1.board().frames() > 400, 10);
        Component tile = tile("S1 · ST-01: ");
        SwingUtilities.invokeAndWait(() -> tile.dispatchEvent(new MouseEvent(tile, MouseEvent.MOUSE_CLICKED,
                System.currentTimeMillis(), 0, 10, 10, 1, false, MouseEvent.BUTTON1)));
        await(() -> view("S1") != null && view("S1").getGlassPane().isVisible(), 10);
        JFrame view = view("S1");
        assertThat(view.getGlassPane().getName()).isEqualTo("practice-cover");
        Thread.sleep(500); // the cover's text is set on its next check
        shoot(view, Path.of("target", "classroom-station-feedback-off.png"));
        assertThat(s1.practice().showing()).isFalse();

        ClassroomControls controls = (ClassroomControls) find(c -> c instanceof ClassroomControls);
        SwingUtilities.invokeAndWait(() -> {
            controls.which.setSelectedItem("S2");
            controls.feedback.setSelectedItem("every:2");
        });
        assertThat(s2.practice().schedule().text()).isEqualTo("every:2");
        assertThat(s1.practice().schedule().text()).as("only the chosen station").isEqualTo("none");
        assertThat(controls.message.getText()).isEqualTo("feedback every:2 for S2; 1 new session started");

        SwingUtilities.invokeAndWait(() -> {
            JPopupMenu menu = FeedbackMenu.of(s1);
            for (Component c : menu.getComponents()) {
                if (c instanceof JMenuItem item && "feedback-constant".equals(item.getName())) {
                    item.doClick();
                }
            }
        });
        assertThat(s1.practice().schedule().text()).isEqualTo("constant");
        await(() -> !view.getGlassPane().isVisible(), 10);
        SwingUtilities.invokeAndWait(view::dispose);
        window.join(30_000);
        classroom.finish(null, null, 10, TimeUnit.SECONDS);
    }

    private static void shoot(JFrame frame, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        SwingUtilities.invokeAndWait(() -> {
            BufferedImage image = new BufferedImage(frame.getRootPane().getWidth(), frame.getRootPane().getHeight(),
                    BufferedImage.TYPE_INT_RGB);
            frame.getRootPane().paint(image.getGraphics());
            try {
                ImageIO.write(image, "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Component tile(String prefix) {
        return find(c -> c instanceof StationTile && c.getAccessibleContext().getAccessibleName().startsWith(prefix));
    }

    private static JFrame view(String station) {
        return (JFrame) find(c -> c instanceof JFrame f && f.getTitle().startsWith("Palpa classroom — station " + station));
    }
}

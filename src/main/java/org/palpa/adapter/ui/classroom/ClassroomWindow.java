package org.palpa.adapter.ui.classroom;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.BorderLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import org.palpa.adapter.ui.WindowCapture;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.palpa.app.classroom.Classroom;
import org.palpa.app.classroom.Station;
import org.palpa.app.classroom.StationPhase;
import org.palpa.core.PalpaException;

/** The classroom window: the controls, a tile per station, and a status line; runs until closed. */
public final class ClassroomWindow {
    /**
     * How to open the window.
     *
     * @param dark             FlatLaf's dark theme
     * @param closeAfterMillis close by itself after this long; 0 never
     * @param screenshot       save a PNG of the window just before closing by itself, or null
     * @param plans            reads and checks a treatment plan file for the "Plan…" button; null for no button
     */
    public record Options(boolean dark, long closeAfterMillis, Path screenshot,
                          java.util.function.Function<Path, org.palpa.core.plan.TreatmentPlan> plans) {
        /** A window without the "Plan…" button. */
        public Options(boolean dark, long closeAfterMillis, Path screenshot) {
            this(dark, closeAfterMillis, screenshot, null);
        }
    }

    /**
     * How the window kept up.
     *
     * @param seconds        how long it was open
     * @param slowestTileFps repaints per second, over the whole run, of the tile repainted least often
     * @param worstSecondFps the fewest repaints any tile had in one second (after the first 5 s), NaN in a short run
     * @param secondsMeasured seconds whose repaints were counted (all but the first 5)
     * @param secondsBelow20 of those, seconds in which some tile was repainted fewer than 20 times
     * @param views          full live views opened
     */
    public record Report(double seconds, double slowestTileFps, double worstSecondFps, int secondsMeasured,
                         int secondsBelow20, int views) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "open %.0f s; every tile repainted at least %.1f times a second; "
                    + "worst second %.0f, %d of %d seconds below 20; %d station view(s) opened", seconds,
                    slowestTileFps, worstSecondFps, secondsBelow20, secondsMeasured, views);
        }
    }

    private ClassroomWindow() {
    }

    /** Opens the window and blocks until it is closed. Must not be called on the event thread. */
    public static Report run(Classroom classroom, Options options) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Report> report = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long opened = System.nanoTime();
        int[] views = new int[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                if (options.dark()) {
                    FlatDarkLaf.setup();
                } else {
                    FlatLightLaf.setup();
                }
                JFrame frame = new JFrame("Palpa classroom" + (classroom.className().isEmpty() ? ""
                        : " — " + classroom.className()));
                List<JFrame> open = new java.util.ArrayList<>();
                TileBoard board = new TileBoard(classroom.stations(), s -> {
                    views[0]++;
                    open.add(StationViewer.open(s, options.dark()));
                });
                JLabel status = new JLabel(" ");
                JPanel content = new JPanel(new BorderLayout());
                ClassroomControls controls = new ClassroomControls(classroom);
                if (options.plans() != null) {
                    controls.add(new PlanButton(classroom, controls, options.plans()),
                            controls.getComponentZOrder(controls.apply) + 1);
                }
                content.add(controls, BorderLayout.NORTH);
                content.add(board, BorderLayout.CENTER);
                content.add(status, BorderLayout.SOUTH);
                frame.setContentPane(content);
                frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
                frame.setSize(1280, 800);
                frame.setLocationRelativeTo(null);
                Timer statusTimer = new Timer(1000, e -> {
                    board.sampleSecond();
                    status.setText(statusLine(classroom.stations(), board));
                });
                frame.addWindowListener(new WindowAdapter() {
                    @Override
                    public void windowClosed(WindowEvent e) {
                        statusTimer.stop();
                        board.stop();
                        report.set(new Report((System.nanoTime() - opened) / 1e9, board.slowestTileFps(),
                                board.worstSecondFps(), board.secondsMeasured(), board.secondsBelow20(), views[0]));
                        open.forEach(JFrame::dispose);
                        closed.countDown();
                    }
                });
                frame.setVisible(true);
                board.start();
                statusTimer.start();
                WindowCapture.closeAfter(frame, options.closeAfterMillis(), options.screenshot(), failure);
            });
            closed.await();
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new PalpaException("the classroom window could not open: " + e.getCause().getMessage());
        } catch (java.awt.AWTError e) {
            throw new PalpaException("the classroom window could not open: " + e.getMessage());
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return report.get();
    }

    private static String statusLine(List<Station> stations, TileBoard board) {
        int live = 0;
        int lost = 0;
        long frames = 0;
        long lostFrames = 0;
        for (Station s : stations) {
            StationPhase p = s.board().phase();
            live += p == StationPhase.LIVE ? 1 : 0;
            lost += p == StationPhase.DEVICE_LOST || p == StationPhase.RETRYING ? 1 : 0;
            frames += s.board().frames();
            lostFrames += s.board().lostFrames() + s.board().droppedFrames();
        }
        return String.format(Locale.ROOT, "  %d stations: %d live, %d reconnecting  ·  %,d frames, %d lost or dropped  ·  "
                + "tiles at %.0f fps  ·  click a tile for its full live view", stations.size(), live, lost, frames,
                lostFrames, board.slowestTileFps());
    }

}

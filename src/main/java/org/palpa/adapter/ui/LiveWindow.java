package org.palpa.adapter.ui;

import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.palpa.adapter.ui.sound.CuePlayer;
import org.palpa.app.live.LinkHealth;
import org.palpa.core.PalpaException;

/** Opens the Palpa window with FlatLaf, runs it until it is closed, and reports how it kept up. */
public final class LiveWindow {
    /**
     * How to open the window.
     *
     * @param device          the device to connect at once, or null to open unconnected
     * @param glove           whether to start on the glove view
     * @param dark            FlatLaf's dark theme instead of the light one
     * @param closeAfterMillis close by itself after this long (for demonstrations and soak runs); 0 never
     * @param screenshot      save a PNG of the window just before closing by itself, or null
     * @param theme           light, dark or high-contrast for this window; null for the one chosen last
     *                        time in the window (dark if {@code dark})
     */
    public record Options(String device, boolean glove, boolean dark, long closeAfterMillis, Path screenshot,
                          String theme) {
        /** Options with the theme chosen last time in the window (or dark). */
        public Options(String device, boolean glove, boolean dark, long closeAfterMillis, Path screenshot) {
            this(device, glove, dark, closeAfterMillis, screenshot, null);
        }

        /** Checks the theme's name. */
        public Options {
            if (theme != null && Theme.byId(theme).isEmpty()) {
                throw new IllegalArgumentException("unknown theme '" + theme + "' (known: " + String.join(", ", THEMES) + ")");
            }
        }
    }

    /** The themes the window offers, by the names {@link Options#theme()} takes. */
    public static final java.util.List<String> THEMES = java.util.Arrays.stream(Theme.values()).map(Theme::id).toList();

    /** The window's size when the screen has room: wide enough for the chart beside the feedback column. */
    static final java.awt.Dimension PREFERRED_SIZE = new java.awt.Dimension(1360, 860);

    /**
     * How the window kept up, measured while it ran.
     *
     * @param paints       chart frames painted
     * @param paintsPerSecond chart frames painted per second
     * @param delayEarlyP50Millis median delay over the first 512 painted frames, NaN in a short run
     * @param delayP50Millis median delay from a sample leaving the device to its pixel, over the last 512 frames
     * @param delayP95Millis 95th percentile of that delay
     * @param delayMaxMillis largest recent delay
     * @param health       the link at the end, or null if no device was connected
     */
    public record Report(long paints, double paintsPerSecond, double delayEarlyP50Millis, double delayP50Millis, double delayP95Millis,
                         double delayMaxMillis, LinkHealth health) {
        @Override
        public String toString() {
            if (health == null) {
                return paints + " chart frames; no device was connected";
            }
            return String.format(Locale.ROOT, "%d chart frames at %.1f fps; sample-to-pixel delay: first 512 frames "
                    + "median %.1f ms; last 512 frames median %.1f ms, p95 %.1f ms, max %.1f ms", paints, paintsPerSecond,
                    delayEarlyP50Millis, delayP50Millis, delayP95Millis, delayMaxMillis)
                    + String.format(Locale.ROOT, "; %d frames, %d lost, %d dropped, %d display overflow",
                    health.frames(), health.lostFrames(), health.droppedFrames(), health.displayOverflow());
        }
    }

    private LiveWindow() {
    }

    /** Opens the window and blocks until it is closed. Must not be called on the event thread. */
    public static Report run(GuiSetup setup, Options options) throws InterruptedException {
        return run(setup, options, null);
    }

    /**
     * Opens the window with a panel beside the live view, such as a treatment plan's, made from
     * the window's current feed (null while unconnected); blocks until the window is closed.
     */
    public static Report run(GuiSetup setup, Options options,
                             java.util.function.Function<java.util.function.Supplier<org.palpa.app.live.LiveFeed>,
                                     javax.swing.JComponent> side) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Report> report = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try (CuePlayer sound = new CuePlayer()) {
            SwingUtilities.invokeAndWait(() -> {
                (options.theme() != null ? Theme.byId(options.theme()).orElseThrow()
                        : options.dark() ? Theme.DARK : Theme.remembered()).install();
                JFrame frame = new JFrame("Palpa — live pressure feedback");
                LivePanel panel = new LivePanel(setup, sound);
                new LabMarks(setup.lab(), setup.journal(), panel);
                if (side == null) {
                    frame.setContentPane(panel);
                } else {
                    javax.swing.JPanel root = new javax.swing.JPanel(new java.awt.BorderLayout());
                    root.add(panel, java.awt.BorderLayout.CENTER);
                    root.add(side.apply(panel::feed), java.awt.BorderLayout.EAST);
                    frame.setContentPane(root);
                }
                frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
                frame.setBounds(fitted(frame.getGraphicsConfiguration()));
                frame.addWindowListener(new WindowAdapter() {
                    @Override
                    public void windowClosed(WindowEvent e) {
                        report.set(reportOf(panel));
                        panel.shutdown();
                        closed.countDown();
                    }
                });
                frame.setVisible(true);
                panel.start();
                if (options.device() != null) {
                    panel.connect(options.device());
                }
                if (options.glove()) {
                    panel.tabs.setSelectedComponent(panel.glove);
                }
                WindowCapture.closeAfter(frame, options.closeAfterMillis(), options.screenshot(), failure);
            });
            closed.await();
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new PalpaException("the window could not open: " + e.getCause().getMessage());
        } catch (java.awt.AWTError e) {
            throw new PalpaException("the window could not open: " + e.getMessage());
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return report.get();
    }

    private static Report reportOf(LivePanel panel) {
        LatencyMeter m = panel.latency;
        return new Report(m.paints(), m.paintsPerSecond(), m.earlyMedianMillis(), m.quantileMillis(0.5), m.quantileMillis(0.95),
                m.quantileMillis(1.0), panel.feed() == null ? null : panel.feed().health());
    }

    /**
     * The window's bounds on a screen: its preferred size, or the screen's usable area (without
     * panels and docks) where that is smaller, as on a 1280×800 or 1366×768 laptop; centred.
     */
    static Rectangle fitted(java.awt.GraphicsConfiguration screen) {
        Rectangle usable = screen.getBounds();
        java.awt.Insets insets = java.awt.Toolkit.getDefaultToolkit().getScreenInsets(screen);
        usable = new Rectangle(usable.x + insets.left, usable.y + insets.top,
                usable.width - insets.left - insets.right, usable.height - insets.top - insets.bottom);
        int w = Math.min(PREFERRED_SIZE.width, usable.width);
        int h = Math.min(PREFERRED_SIZE.height, usable.height);
        return new Rectangle(usable.x + (usable.width - w) / 2, usable.y + (usable.height - h) / 2, w, h);
    }

}

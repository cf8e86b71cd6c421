package org.palpa.adapter.ui.ppt;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.palpa.app.ppt.PptListener;
import org.palpa.app.ppt.PptStatus;
import org.palpa.core.PalpaException;
import org.palpa.core.ppt.PptResult;
import org.palpa.core.ppt.TrialOutcome;

/**
 * The window's PPT mode: the pressure in large digits, the rate meter against its band, the trial
 * counter, the rest timer, and the trials so far. The space bar is the patient's key.
 */
public final class PptWindow implements PptListener {
    private final AtomicReference<PptStatus> latest = new AtomicReference<>();
    private final JFrame frame = new JFrame("Palpa PPT");
    private final JLabel pressure = big(48);
    private final JLabel counter = big(28);
    private final JLabel phase = big(22);
    private final RateMeter meter = new RateMeter();
    private final DefaultListModel<String> trials = new DefaultListModel<>();
    private final JLabel result = new JLabel(" ");
    private final long closeAfterMillis;
    private final Path screenshot;
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    private PptWindow(String site, String protocol, Runnable key, Runnable onClose, long closeAfterMillis, Path screenshot) {
        this.closeAfterMillis = closeAfterMillis;
        this.screenshot = screenshot;
        JPanel top = new JPanel(new GridLayout(1, 3, 12, 0));
        top.add(counter);
        top.add(pressure);
        top.add(phase);
        JPanel centre = new JPanel(new BorderLayout(0, 8));
        centre.add(meter, BorderLayout.NORTH);
        JList<String> list = new JList<>(trials);
        list.setFont(list.getFont().deriveFont(15f));
        centre.add(new JScrollPane(list), BorderLayout.CENTER);
        result.setFont(result.getFont().deriveFont(Font.BOLD, 18f));
        JLabel head = new JLabel("<html><b>" + site + "</b> — " + protocol + "<br>Patient: press the device's button or "
                + "the space bar at the first pain.</html>");
        head.setFont(head.getFont().deriveFont(15f));
        JPanel root = new JPanel(new BorderLayout(0, 12));
        root.setBorder(BorderFactory.createEmptyBorder(14, 16, 14, 16));
        JPanel north = new JPanel(new BorderLayout(0, 10));
        north.add(head, BorderLayout.NORTH);
        north.add(top, BorderLayout.CENTER);
        root.add(north, BorderLayout.NORTH);
        root.add(centre, BorderLayout.CENTER);
        root.add(result, BorderLayout.SOUTH);
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), "press");
        root.getActionMap().put("press", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                key.run();
            }
        });
        frame.setContentPane(root);
        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                onClose.run();
                closed.countDown();
            }
        });
        frame.setSize(1280, 800);
        new Timer(40, e -> paintStatus()).start();
    }

    /** Opens the window on the event thread and returns it as the protocol's listener; {@code onClose} runs when it closes. */
    public static PptWindow open(String site, String protocol, Runnable key, Runnable onClose, long closeAfterMillis,
                                 Path screenshot) {
        AtomicReference<PptWindow> w = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                com.formdev.flatlaf.FlatLightLaf.setup();
                w.set(new PptWindow(site, protocol, key, onClose, closeAfterMillis, screenshot));
                w.get().frame.setVisible(true);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PalpaException("the window could not open: interrupted");
        } catch (java.lang.reflect.InvocationTargetException | java.awt.AWTError e) {
            throw new PalpaException("the window could not open: " + e.getMessage());
        }
        return w.get();
    }

    /** What the window's labels say now, for tests and screen readers. */
    String shownText() {
        return counter.getText() + " | " + pressure.getText() + " | " + phase.getText() + " | " + meter.words() + " | "
                + result.getText();
    }

    /** Presses the space bar in the window, as the patient would; on the event thread. */
    void pressSpaceForTest() {
        JComponent root = (JComponent) frame.getContentPane();
        root.getActionMap().get("press").actionPerformed(new java.awt.event.ActionEvent(root, 0, "press"));
    }

    /** Waits until the window is closed, by the user or by --close-after. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Whether the user closed the window (before the protocol ended, this stops it). */
    public boolean isClosed() {
        return closed.getCount() == 0;
    }

    private static JLabel big(float size) {
        JLabel l = new JLabel("--");
        l.setFont(l.getFont().deriveFont(Font.BOLD, size));
        return l;
    }

    private void paintStatus() {
        PptStatus s = latest.get();
        if (s == null) {
            return;
        }
        pressure.setText(String.format(Locale.ROOT, "%.0f kPa", Double.isNaN(s.pressureKpa()) ? 0 : s.pressureKpa()));
        counter.setText("T" + s.counter().substring(1));
        phase.setText(s.phase() == org.palpa.core.ppt.PptSession.Phase.RESTING
                ? "REST " + (s.restRemainingMillis() + 999) / 1000 + " s" : s.instruction());
        meter.show(s);
    }

    @Override
    public void status(PptStatus status) {
        latest.set(status);
    }

    @Override
    public void trial(TrialOutcome outcome) {
        SwingUtilities.invokeLater(() -> trials.addElement(org.palpa.core.ppt.TrialWords.describe(outcome)));
    }

    @Override
    public void finished(PptResult r, String reason) {
        SwingUtilities.invokeLater(() -> {
            result.setText("Result " + r.text() + " — " + reason);
            if (closeAfterMillis > 0) {
                Timer t = new Timer((int) closeAfterMillis, e -> {
                    if (screenshot != null) {
                        save();
                    }
                    frame.dispose();
                });
                t.setRepeats(false);
                t.start();
            }
        });
    }

    private void save() {
        try {
            Rectangle r = frame.getBounds();
            ImageIO.write(new Robot().createScreenCapture(r), "png", screenshot.toFile());
        } catch (java.awt.AWTException | IOException | SecurityException e) {
            System.err.println("palpa: could not save the screenshot " + screenshot + ": " + e.getMessage());
        }
    }
}

package org.palpa.adapter.ui;

import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.Locale;
import java.util.function.LongSupplier;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;
import org.palpa.app.recording.RecordingControl;
import org.palpa.core.session.SessionMark;

/**
 * The therapist's marks: keys 0–9 note a pain score from 0 to 9, {@code t} or {@code -} (the key
 * after 0 on most keyboards) a pain score of 10, the space bar an event, and choosing a site
 * notes the site; each goes to the session journal with the device timestamp of the newest frame.
 * The keys work anywhere in the window except while typing in a text field.
 */
final class MarkKeys {
    private final ControlBar controls;
    private final FeedbackColumn feedback;
    private final StatusBar status;
    private final RecordingControl recording;
    private final LongSupplier deviceNanos;
    private final LongSupplier originNanos;

    /**
     * @param root        the component whose window gets the key bindings
     * @param deviceNanos the device timestamp of the newest frame, 0 before any
     * @param originNanos time zero of the chart, {@link Long#MIN_VALUE} before any frame
     */
    MarkKeys(JComponent root, ControlBar controls, FeedbackColumn feedback, StatusBar status,
             RecordingControl recording, LongSupplier deviceNanos, LongSupplier originNanos) {
        this.controls = controls;
        this.feedback = feedback;
        this.status = status;
        this.recording = recording;
        this.deviceNanos = deviceNanos;
        this.originNanos = originNanos;
        for (int d = 0; d <= 9; d++) {
            int score = d;
            bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_0 + d, 0), "pain" + d, () -> mark(score));
            bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0 + d, 0), "pain" + d, () -> mark(score));
        }
        // ten has no digit key of its own: "t" (for ten) or "-" (next to 0), and the keypad's minus
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_T, 0), "pain10", () -> mark(10));
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, 0), "pain10", () -> mark(10));
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_SUBTRACT, 0), "pain10", () -> mark(10));
        bind(root, KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), "event", () -> mark(-1));
        controls.site.addActionListener(e -> chooseSite());
    }

    private static void bind(JComponent root, KeyStroke key, String name, Runnable action) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(key, name);
        root.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                if (!(KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() instanceof JTextComponent)) {
                    action.run();
                }
            }
        });
    }

    private void chooseSite() {
        String site = controls.siteText();
        if (!site.isEmpty()) {
            controls.rememberSite(site);
            recording.mark(new SessionMark.SiteChosen(deviceNanos.getAsLong(), site));
        }
    }

    /** Records a pain score 0–10, or an event for a negative score. */
    void mark(int score) {
        long t = deviceNanos.getAsLong();
        long origin = originNanos.getAsLong();
        String at = origin == Long.MIN_VALUE ? "" : String.format(Locale.ROOT, " at %.1f s", (t - origin) / 1e9);
        if (score >= 0) {
            recording.mark(new SessionMark.PainScore(t, score));
            feedback.lastMark.setText("pain " + score + "/10 noted" + at);
        } else {
            recording.mark(new SessionMark.EventMarker(t, "marked with the space bar"));
            feedback.lastMark.setText("event marked" + at);
        }
        status.showRecording(recording.state(), recording.marks(), recording.journalStatus(), false);
    }
}

package org.palpa.adapter.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.palpa.app.live.LinkHealth;
import org.palpa.app.recording.RecordingControl;
import org.palpa.app.port.SessionJournal;
import org.palpa.core.sample.DeviceInfo;

/** The bottom line: device, sample rate, link health, recording state, display delay and sound. */
final class StatusBar extends JPanel {
    final JLabel device = new JLabel("no device");
    final JLabel rate = new JLabel("— Hz");
    final JLabel link = new JLabel("link —");
    final JLabel recording = new JLabel("not recording");
    final JLabel delay = new JLabel("delay —");
    final JLabel sound = new JLabel("sound on");

    /** A recording problem in full, above the line, so that what is NOT recorded cannot be missed. */
    final JLabel banner = new JLabel();

    StatusBar() {
        super(new BorderLayout());
        JPanel line = new JPanel(new FlowLayout(FlowLayout.LEFT, 18, 4));
        line.setOpaque(false);
        setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, new Color(0xCCCCCC)));
        for (JLabel l : new JLabel[] {device, rate, link, recording, delay, sound}) {
            line.add(l);
        }
        banner.setOpaque(true);
        banner.setBackground(new Color(0xB71C1C));
        banner.setForeground(Color.WHITE);
        banner.setFont(banner.getFont().deriveFont(java.awt.Font.BOLD));
        banner.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));
        banner.setVisible(false);
        add(banner, BorderLayout.NORTH);
        add(line, BorderLayout.CENTER);
    }

    void showDevice(DeviceInfo info) {
        device.setText(info == null ? "no device" : String.format(Locale.ROOT, "%s %s · %d channel%s",
                info.model(), info.serialNumber(), info.channelCount(), info.channelCount() == 1 ? "" : "s"));
    }

    void showHealth(LinkHealth h, double nominalHz) {
        rate.setText(String.format(Locale.ROOT, "%.0f Hz (nominal %.0f)", h.rateHz(), nominalHz));
        String text = h.clean() && h.reconnects() == 0 ? "link OK"
                : String.format(Locale.ROOT, "link: %d lost · %d dropped · %d display overflow · %d errors · %d reconnects",
                h.lostFrames(), h.droppedFrames(), h.displayOverflow(), h.deviceErrors(), h.reconnects());
        if (h.endReason() != null) {
            text = "stream ended: " + h.endReason();
        }
        link.setText(text);
        link.setForeground(Fonts.onBackground(h.clean() && h.endReason() == null ? DisplayState.IN_BAND.colour()
                : new Color(0xD06000)));
    }

    /**
     * A recording problem short enough for the status bar: what happened and the root cause, such
     * as "recording stopped: the disk is full"; the full line is the label's tooltip and is printed.
     */
    static String brief(String problem) {
        String head = problem.split(";", 2)[0];
        int what = head.indexOf(": ");
        int cause = head.lastIndexOf(": ");
        return what < 0 || cause == what ? head : head.substring(0, what) + ": " + head.substring(cause + 2);
    }

    void showRecording(RecordingControl.State state, long marks, SessionJournal.Status journal, boolean replay) {
        String s = switch (state) {
            case IDLE -> replay ? "○ replay, not recorded again" : "○ not recording";
            case RECORDING -> "● RECORDING";
            case PAUSED -> "❚❚ recording paused";
        };
        String text = journal.problem() ? "⚠ " + brief(journal.text())
                : s + (journal.text().isEmpty() ? "" : " · " + journal.text())
                + (marks > 0 ? " · " + marks + " mark" + (marks == 1 ? "" : "s") : "");
        recording.setText(text);
        recording.setToolTipText(journal.text().isEmpty() ? null : journal.text());
        String full = journal.problem() ? "⚠ " + journal.text() : "";
        if (!full.equals(banner.getText())) {
            banner.setText(full);
            banner.setToolTipText(journal.problem() ? journal.text() : null);
            banner.setVisible(journal.problem());
        }
        recording.setForeground(journal.problem() ? new Color(0xD06000)
                : state == RecordingControl.State.RECORDING ? new Color(0xC62828) : Fonts.text());
    }
}

package org.palpa.adapter.ui;

import javax.swing.SwingUtilities;
import org.palpa.app.live.LiveFeed;
import org.palpa.app.port.SessionJournal;
import org.palpa.app.stream.WindowLab;
import org.palpa.core.session.SessionMark;

/**
 * Markers from other lab instruments in the live window: each marker the {@link WindowLab} keeps
 * is stamped with the device time of the newest frame, sent to the session journal (which records
 * it into the session being recorded and streams it out again), flagged on both charts at its
 * time, and named under the readout. Everything but the listening runs on the event thread.
 */
final class LabMarks {
    private final SessionJournal journal;
    private final LivePanel panel;
    private long received;

    LabMarks(WindowLab lab, SessionJournal journal, LivePanel panel) {
        this.journal = journal;
        this.panel = panel;
        lab.onMarker(text -> SwingUtilities.invokeLater(() -> arrived(text)));
        // another device's clock starts elsewhere: the last session's flags would stand at wrong times
        lab.onSessionChange(() -> {
            panel.chart.flags.clear();
            panel.glove.chart.flags.clear();
        });
    }

    /** A marker arrived; on the event thread. */
    void arrived(String text) {
        LiveFeed feed = panel.feed();
        long t = feed == null ? 0 : feed.latestTimestampNanos();
        journal.mark(new SessionMark.LabMarker(t, text));
        received++;
        if (feed != null) {
            panel.chart.flags.add(t, text);
            panel.glove.chart.flags.add(t, text);
        }
        panel.feedback.lastMark.setText("marker " + received + ": " + text);
    }
}

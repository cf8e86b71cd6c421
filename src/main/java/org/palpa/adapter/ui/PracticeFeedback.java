package org.palpa.adapter.ui;

import java.util.Locale;
import org.palpa.app.live.FeedbackGate;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.recording.RecordingControl;
import org.palpa.core.feedback.FeedbackSchedule;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.pipeline.ProcessedFrame;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.session.SessionMark;

/**
 * The window's side of a practice schedule: a {@link FeedbackGate} per connection, fed from the
 * display timer, whose decisions go to the recording as marks; while feedback is off it replaces
 * the value, the band state, the chart and the cues with "recording" and the elapsed time.
 * Runs on the event thread.
 */
final class PracticeFeedback {
    private final FeedbackSchedule schedule;
    private final RecordingControl recording;
    private FeedbackGate gate;
    private int channel;

    PracticeFeedback(FeedbackSchedule schedule, RecordingControl recording) {
        this.schedule = schedule;
        this.recording = recording;
    }

    /** A device connected: a new gate follows its first tracked channel (constant feedback needs none). */
    void connected(DeviceInfo device, SessionSettings settings) {
        gate = null;
        if (schedule instanceof FeedbackSchedule.Constant) {
            return;
        }
        channel = 0;
        for (int c = 0; c < device.channelCount(); c++) {
            if (settings.targets().targetFor(device.channels().get(c).label()).isPresent()) {
                channel = c;
                break;
            }
        }
        gate = new FeedbackGate(schedule, channel, d -> {
            if (recording.state() != RecordingControl.State.IDLE) {
                recording.mark(new SessionMark.FeedbackChange(d.timestampNanos(), d.holdNumber(), d.shown(), d.schedule()));
            }
        });
    }

    /** F in the window asks for feedback on the next hold. */
    void bindRequestKey(javax.swing.JComponent root) {
        root.getInputMap(javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_F, 0), "feedback");
        root.getActionMap().put("feedback", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                request();
            }
        });
    }

    void frame(ProcessedFrame f) {
        if (gate != null) {
            gate.frame(f);
        }
    }

    void holdFinished(HoldResult h) {
        if (gate != null) {
            gate.holdFinished(h);
        }
    }

    /** The student pressed F: feedback for the next hold (the on-request schedule). */
    void request() {
        if (gate != null) {
            gate.request();
        }
    }

    /**
     * Takes the frame shown now; if feedback is off, covers the column and charts and returns true,
     * else brings them back and returns false.
     */
    boolean covers(ProcessedFrame f, FeedbackColumn column, ChartView chart, ChartView gloveChart, long originNanos) {
        frame(f);
        if (hidden()) {
            showHidden(column, chart, gloveChart, (f.timestampNanos() - originNanos) / 1e9);
            return true;
        }
        restore(column);
        return false;
    }

    /** Whether feedback is off now. */
    boolean hidden() {
        return gate != null && !gate.showing();
    }

    /** Whether the result of hold {@code h} may be shown: it was a hold with feedback. */
    boolean resultShown(HoldResult h) {
        return gate == null || h.channel() != channel || gate.shownFor(h.index());
    }

    /** Shows only that recording goes on, with the elapsed time, on the column and the charts. */
    void showHidden(FeedbackColumn column, ChartView chart, ChartView gloveChart, double elapsedSeconds) {
        String time = String.format(Locale.ROOT, "%d:%02d", (long) elapsedSeconds / 60, (long) elapsedSeconds % 60);
        column.badge.show(DisplayState.FEEDBACK_OFF, "feedback off for this hold");
        column.readout.setVisible(false);
        column.holdBar.setVisible(false);
        column.rate.setText("ramp —");
        column.guidance.setText("Recording goes on · " + time);
        column.guidance.setForeground(DisplayState.FEEDBACK_OFF.colour());
        String message = "Recording · " + time + " · feedback off for this hold (" + schedule.text() + ")"
                + (schedule instanceof FeedbackSchedule.OnRequest ? " · press F for the next" : "");
        chart.showMessage(message);
        gloveChart.showMessage(message);
    }

    /** Brings back the value and the hold timer after a hold without feedback. */
    void restore(FeedbackColumn column) {
        if (!column.readout.isVisible()) {
            column.readout.setVisible(true);
            column.holdBar.setVisible(true);
        }
    }
}

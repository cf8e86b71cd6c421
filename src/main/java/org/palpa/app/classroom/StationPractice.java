package org.palpa.app.classroom;

import org.palpa.app.live.FeedbackGate;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.recording.Recorder;
import org.palpa.core.feedback.FeedbackSchedule;
import org.palpa.core.record.RecordedEvent;

/**
 * A station's practice schedule: for each session a {@link FeedbackGate} that decides hold by
 * hold whether the student sees feedback, with every decision recorded in the station's session
 * as a {@link RecordedEvent.Kind#FEEDBACK} event, as {@code palpa live --feedback} records it.
 * The station's own displays ask {@link #showing()}; the instructor's tile shows the value
 * whatever the schedule, and says when the student's feedback is off.
 */
public final class StationPractice {
    private volatile FeedbackSchedule schedule = new FeedbackSchedule.Constant();
    private volatile FeedbackGate gate;

    /** The schedule the station's sessions use. */
    public FeedbackSchedule schedule() {
        return schedule;
    }

    /** Uses {@code s} from the next session on. */
    void schedule(FeedbackSchedule s) {
        schedule = s == null ? new FeedbackSchedule.Constant() : s;
    }

    /** Subscribes a gate for a new session; call before the pipeline starts. {@code recorder} may be null. */
    void attach(LivePipeline pipeline, Recorder recorder) {
        FeedbackSchedule s = schedule;
        gate = s instanceof FeedbackSchedule.Constant ? null : FeedbackGate.subscribe(pipeline, s, d -> {
            if (recorder != null) {
                recorder.note(event(d));
            }
        });
    }

    /** Starts the gate on the channel the station judges, once its session is recorded. */
    void start(int channel) {
        FeedbackGate g = gate;
        if (g != null) {
            g.start(channel);
        }
    }

    /** The session ended. */
    void detach() {
        gate = null;
    }

    /** Whether the student sees feedback now: always without a schedule or between sessions. */
    public boolean showing() {
        FeedbackGate g = gate;
        return g == null || g.showing();
    }

    /** Whether a schedule other than constant feedback is in force. */
    public boolean scheduled() {
        return !(schedule instanceof FeedbackSchedule.Constant);
    }

    /** The student (or the instructor for them) asks for feedback on the next hold: the on-request schedule. */
    public void request() {
        FeedbackGate g = gate;
        if (g != null) {
            g.request();
        }
    }

    /** A decision as the session records it: value 1 for shown, 0 for hidden. */
    static RecordedEvent event(FeedbackGate.Decision d) {
        return new RecordedEvent(d.timestampNanos(), RecordedEvent.Kind.FEEDBACK, d.shown() ? 1.0 : 0.0,
                "hold " + d.holdNumber() + ": feedback " + (d.shown() ? "shown" : "hidden") + " (" + d.schedule() + ")");
    }
}

package org.palpa.app.live;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.palpa.core.feedback.FeedbackSchedule;
import org.palpa.core.hold.BandState;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.pipeline.ProcessedFrame;

/**
 * Applies a {@link FeedbackSchedule} to a live session: follows the holds of one channel, decides
 * before each hold whether feedback shows during it, and tells a listener (the recorder) each
 * decision. The terminal and the window ask {@link #showing()} before they draw the value, the
 * band state or a cue. Thread-safe: decisions are made on the gate's own thread, read anywhere.
 */
public final class FeedbackGate {
    /**
     * One decision, for the record.
     *
     * @param holdNumber     the hold it is for (1-based, on the followed channel)
     * @param shown          whether feedback shows during that hold
     * @param timestampNanos when it took effect, on the device clock
     * @param schedule       the schedule, as {@code --feedback} writes it
     */
    public record Decision(int holdNumber, boolean shown, long timestampNanos, String schedule) {
    }

    private final FeedbackSchedule schedule;
    private volatile int channel;
    private final Consumer<Decision> onDecision;
    private final Map<Integer, Boolean> decided = new HashMap<>();
    private volatile boolean showing = true;
    private int nextHold = 1;
    private boolean requested;
    private boolean inContact;
    private boolean started;
    private long lastTimestampNanos;

    /**
     * @param schedule   which holds get feedback
     * @param channel    the channel whose holds are counted
     * @param onDecision receives every decision, on the gate's thread
     */
    public FeedbackGate(FeedbackSchedule schedule, int channel, Consumer<Decision> onDecision) {
        this.schedule = schedule;
        this.channel = channel;
        this.onDecision = onDecision;
    }

    private Subscription subscription;

    /**
     * Subscribes a gate to {@code pipeline}; call before the pipeline starts, so that it sees the
     * first frame, and {@link #start(int)} once the followed channel is known. The subscription is
     * lossless, so a simulated or replayed source at full speed waits for the gate.
     */
    public static FeedbackGate subscribe(LivePipeline pipeline, FeedbackSchedule schedule, Consumer<Decision> onDecision) {
        FeedbackGate gate = new FeedbackGate(schedule, -1, onDecision);
        gate.subscription = pipeline.subscribe("feedback", 4096, true);
        return gate;
    }

    /** Starts following the holds of {@code followedChannel} on a daemon thread, until the session ends. */
    public FeedbackGate start(int followedChannel) {
        this.channel = followedChannel;
        Subscription s = subscription;
        Thread t = new Thread(() -> run(s), "palpa-feedback");
        t.setDaemon(true);
        t.start();
        return this;
    }

    private void run(Subscription s) {
        try {
            while (true) {
                // frames first: a hold's notice is published after its frames, so the first frame
                // (which decides hold 1) is always taken before the first hold ends
                for (PipelineEvent.Processed p = s.pollFrame(50, TimeUnit.MILLISECONDS); p != null; p = s.pollFrame()) {
                    frame(p.frame());
                }
                PipelineEvent n;
                while ((n = s.pollNotice()) != null) {
                    if (n instanceof PipelineEvent.Ended) {
                        return;
                    }
                    if (n instanceof PipelineEvent.HoldFinished h) {
                        holdFinished(h.hold());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes a frame: the first one decides for hold 1; every one says whether the channel is in contact. */
    public synchronized void frame(ProcessedFrame f) {
        lastTimestampNanos = f.timestampNanos();
        inContact = f.states()[channel] != BandState.NO_CONTACT;
        if (!started) {
            started = true;
            decide(f.timestampNanos());
        }
    }

    /** Takes a finished hold: after one on the followed channel, decides for the next. */
    public synchronized void holdFinished(HoldResult h) {
        if (h.channel() != channel) {
            return;
        }
        nextHold = h.index() + 1;
        inContact = false;
        // stamped at the end of the contact, which is before the next one begins however far ahead the frames are
        decide(h.contactEndNanos());
    }

    /**
     * The student asks for feedback (the on-request schedule): for the coming hold if none is
     * under way, else for the one after the current hold.
     */
    public synchronized void request() {
        requested = true;
        if (!inContact && started && !showing) {
            decide(lastTimestampNanos);
        }
    }

    private void decide(long timestampNanos) {
        boolean show = schedule.shows(nextHold, requested);
        requested = false;
        decided.put(nextHold, show);
        showing = show;
        onDecision.accept(new Decision(nextHold, show, timestampNanos, schedule.text()));
    }

    /** Whether feedback shows now. */
    public boolean showing() {
        return showing;
    }

    /** Whether feedback was shown during hold {@code holdNumber} of the followed channel; true for a hold not decided. */
    public synchronized boolean shownFor(int holdNumber) {
        return decided.getOrDefault(holdNumber, true);
    }

    /** The schedule. */
    public FeedbackSchedule schedule() {
        return schedule;
    }
}

package org.palpa.app.ppt;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.PipelineEvent;
import org.palpa.app.live.Subscription;
import org.palpa.core.pipeline.ProcessedFrame;
import org.palpa.core.ppt.PptProtocol;
import org.palpa.core.ppt.PptRecordText;
import org.palpa.core.ppt.PptResult;
import org.palpa.core.ppt.PptSession;
import org.palpa.core.ppt.PptSite;
import org.palpa.core.ppt.TrialOutcome;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.sample.DeviceEvent;

/**
 * Runs the protocol at one site on a live pipeline: a thread of its own follows a lossless
 * subscription, feeds the smoothed pressure, the device's button and disconnects, and the keys
 * pressed on the host into a {@link PptSession}, tells a {@link PptListener}, notes each trial and
 * the result into the recording, and stops the pipeline when the site is done.
 */
public final class PptRun {
    private static final long STATUS_NANOS = 50_000_000L;

    private final LivePipeline pipeline;
    private final Subscription subscription;
    private final PptSession session;
    private final PptSite site;
    private final PptListener listener;
    private final Consumer<RecordedEvent> notes;
    private final ConcurrentLinkedQueue<Long> keys = new ConcurrentLinkedQueue<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile PptResult result;
    private volatile String endReason = "";
    private PressPaths paths;
    private int channel;
    private double streamPerWall = 1;
    private long lastFrameNanos = Long.MIN_VALUE;
    private long lastArrivalWall;
    private long lastStatus = Long.MIN_VALUE / 2; // far in the past, without overflowing t - lastStatus

    private PptRun(LivePipeline pipeline, PptProtocol protocol, PptSite site, PptListener listener,
                   Consumer<RecordedEvent> notes) {
        this.pipeline = pipeline;
        this.subscription = pipeline.subscribe("ppt", 8192, true);
        this.session = new PptSession(protocol);
        this.site = site;
        this.listener = listener;
        this.notes = notes == null ? e -> { } : notes;
    }

    /** Subscribes to {@code pipeline}; call before the pipeline starts, then {@link #begin}. */
    public static PptRun attach(LivePipeline pipeline, PptProtocol protocol, PptSite site, PptListener listener,
                                Consumer<RecordedEvent> notes) {
        return new PptRun(pipeline, protocol, site, listener, notes);
    }

    /**
     * Starts following the pipeline, once it has started.
     *
     * @param paths         the delay corrections of the device's press paths
     * @param channel       the channel carrying the probe's pressure, in kPa after smoothing
     * @param streamPerWall device-clock nanoseconds per host nanosecond (a simulation's speed; 1 for a device)
     */
    public void begin(PressPaths paths, int channel, double streamPerWall) {
        this.paths = paths;
        this.channel = channel;
        this.streamPerWall = streamPerWall;
        Thread t = new Thread(this::follow, "palpa-ppt");
        t.setDaemon(true);
        t.start();
    }

    /** The patient pressed the key: Enter in the terminal, the space bar in the window. Any thread. */
    public void keyPressed() {
        keys.add(System.nanoTime());
    }

    private void follow() {
        try {
            while (!session.done()) {
                PipelineEvent notice = subscription.pollNotice();
                if (notice != null) {
                    if (notice instanceof PipelineEvent.Ended ended) {
                        endReason = ended.summary().endReason();
                        break;
                    }
                    if (notice instanceof PipelineEvent.Device d) {
                        device(d.event());
                    }
                    continue;
                }
                Long key = keys.poll();
                if (key != null) {
                    // frames already waiting arrived before the key: take them first, so the latest frame's arrival is now
                    for (PipelineEvent.Processed q = subscription.pollFrame(); q != null; q = subscription.pollFrame()) {
                        frame(q.frame());
                    }
                }
                if (key != null && lastFrameNanos != Long.MIN_VALUE) {
                    long observed = lastFrameNanos + Math.round((key - lastArrivalWall) * streamPerWall);
                    outcome(session.press(observed, paths.key()));
                }
                PipelineEvent.Processed p = subscription.pollFrame(10, TimeUnit.MILLISECONDS);
                if (p != null) {
                    frame(p.frame());
                }
            }
            if (session.done()) {
                endReason = "protocol complete";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            endReason = "interrupted";
        } finally {
            result = PptResult.of(site, session.outcomes());
            notes.accept(new RecordedEvent(Math.max(0, lastFrameNanos), RecordedEvent.Kind.PPT_RESULT,
                    result.hasMean() ? result.meanKpa() : null, result.text()));
            listener.finished(result, endReason);
            finished.countDown();
            pipeline.stop(endReason);
        }
    }

    private void device(DeviceEvent e) {
        switch (e.kind()) {
            case STOP_BUTTON -> {
                if (paths.button() != null) {
                    outcome(session.press(e.timestampNanos(), paths.button()));
                }
            }
            case DISCONNECTED -> {
                int before = session.outcomes().size();
                session.disconnected(e.timestampNanos());
                report(before);
            }
            default -> { }
        }
    }

    private void outcome(boolean pressed) {
        if (pressed) {
            report(session.outcomes().size());
        }
    }

    private void frame(ProcessedFrame f) {
        lastFrameNanos = f.timestampNanos();
        lastArrivalWall = System.nanoTime();
        int before = session.outcomes().size();
        session.sample(f.timestampNanos(), f.smoothed()[channel]);
        report(before);
        if (f.timestampNanos() - lastStatus >= STATUS_NANOS || session.done()) {
            lastStatus = f.timestampNanos();
            listener.status(status());
        }
    }

    private void report(int before) {
        var all = session.outcomes();
        for (int i = before; i < all.size(); i++) {
            TrialOutcome o = all.get(i);
            long at = o instanceof TrialOutcome.Measured m ? m.pressNanos() : Math.max(0, lastFrameNanos);
            notes.accept(new RecordedEvent(at, RecordedEvent.Kind.PPT_TRIAL, PptRecordText.value(o),
                    PptRecordText.trial(site, session.protocol().trials(), o)));
            listener.trial(o);
        }
    }

    private PptStatus status() {
        PptProtocol p = session.protocol();
        return new PptStatus(session.phase(), session.currentTrial(), p.trials(), session.pressureKpa(),
                session.liveRateKpaPerSecond(), p.rateBand(), session.restRemainingMillis(), p.ceilingKpa());
    }

    /** Stops the protocol early, with {@code reason}; the trials so far are kept. */
    public void stop(String reason) {
        pipeline.stop(reason);
    }

    /** Waits for the protocol to end and returns its result, or null if it has not ended in time. */
    public PptResult await(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit) ? result : null;
    }

    /** Why the protocol ended: {@code protocol complete}, or why the stream stopped first. */
    public String endReason() {
        return endReason;
    }
}

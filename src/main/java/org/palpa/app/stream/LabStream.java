package org.palpa.app.stream;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.PipelineEvent;
import org.palpa.app.live.Subscription;
import org.palpa.app.port.LabOutlet;
import org.palpa.core.hold.BandState;
import org.palpa.core.pipeline.ProcessedFrame;
import org.palpa.core.sample.DeviceInfo;

/**
 * Streams a live session out to the lab: a thread of its own drains a subscription to the
 * pipeline and hands every frame, band-state change, hold and event to the outlets (OSC, LSL).
 * The subscription is not lossless, so a slow network never slows acquisition or recording; a
 * frame that does not fit is counted and reported, never dropped silently.
 */
public final class LabStream {
    /** Frames the stream's subscription holds: 8 s at 2 kHz. */
    public static final int SUBSCRIPTION_FRAMES = 16_384;

    private final Subscription subscription;
    private final List<LabOutlet> outlets;
    private final BlockingQueue<String[]> marks = new ArrayBlockingQueue<>(1024);
    private Thread thread;
    private DeviceInfo device;
    private String[] labels;
    private BandState[] states;
    private long wallMinusDevice;
    private long frames;
    private long lostMarks;
    private volatile boolean ended;
    private volatile boolean finishing;

    private LabStream(Subscription subscription, List<LabOutlet> outlets) {
        this.subscription = subscription;
        this.outlets = List.copyOf(outlets);
    }

    /** Subscribes to {@code pipeline} before it starts. */
    public static LabStream subscribe(LivePipeline pipeline, List<LabOutlet> outlets) {
        return new LabStream(pipeline.subscribe("lab-stream", SUBSCRIPTION_FRAMES, false), outlets);
    }

    /** Subscribes to a session that is already running, such as one the live window opened, from now on. */
    public static LabStream subscribe(org.palpa.app.port.RecordableSession session, List<LabOutlet> outlets) {
        return new LabStream(session.subscribe("lab-stream", SUBSCRIPTION_FRAMES, false), outlets);
    }

    /** Starts streaming once the device is known; values are in {@code unitSymbol}. */
    public synchronized void start(DeviceInfo device, String unitSymbol) {
        this.device = device;
        this.labels = device.channelNames().toArray(String[]::new);
        this.states = new BandState[device.channelCount()];
        for (LabOutlet o : outlets) {
            o.start(device, unitSymbol);
        }
        thread = new Thread(this::run, "palpa-lab-stream");
        thread.setDaemon(true);
        thread.start();
    }

    /** Sends an event that did not come from the device (a pain mark, a marker, a plan step); never waits. */
    public void event(String kind, String detail) {
        if (!marks.offer(new String[] {kind, detail})) {
            lostMarks++;
        }
    }

    private void run() {
        try {
            while (!ended) {
                PipelineEvent.Processed p = subscription.pollFrame(20, TimeUnit.MILLISECONDS);
                while (p != null) {
                    frame(p.frame());
                    p = subscription.pollFrame();
                }
                notices();
                for (String[] m = marks.poll(); m != null; m = marks.poll()) {
                    long now = wallNanos();
                    for (LabOutlet o : outlets) {
                        o.event(now, m[0], m[1]);
                    }
                }
                if (subscription.cancelled() && !ended && !finishing) {
                    // the pipeline was closed (the window disconnected) before its end reached this stream
                    ended = true;
                    outlets.forEach(o -> o.end("the session was closed"));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void frame(ProcessedFrame f) {
        if (frames++ == 0) {
            wallMinusDevice = wallNanos() - f.timestampNanos();
        }
        long t = f.timestampNanos() + wallMinusDevice;
        for (LabOutlet o : outlets) {
            o.frame(t, f);
        }
        for (int c = 0; c < states.length; c++) {
            if (f.states()[c] != states[c]) {
                states[c] = f.states()[c];
                for (LabOutlet o : outlets) {
                    o.state(t, c, labels[c], states[c]);
                }
            }
        }
    }

    private void notices() {
        for (PipelineEvent n = subscription.pollNotice(); n != null; n = subscription.pollNotice()) {
            switch (n) {
                case PipelineEvent.HoldFinished h -> outlets.forEach(o -> o.hold(h.hold().holdEndNanos() + wallMinusDevice,
                        labels[h.hold().channel()], h.hold()));
                case PipelineEvent.Device d -> outlets.forEach(o -> o.event(d.event().timestampNanos() + wallMinusDevice,
                        d.event().kind().name().toLowerCase(Locale.ROOT), d.event().detail() == null ? "" : d.event().detail()));
                case PipelineEvent.Ended e -> {
                    ended = true;
                    outlets.forEach(o -> o.end(e.summary().endReason()));
                }
                case PipelineEvent.Processed p -> throw new IllegalStateException("frames never arrive as notices");
            }
        }
    }

    /** The host's wall clock in Unix nanoseconds, to the microsecond where the system clock has it. */
    public static long wallNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /**
     * Ends the stream now, whether or not its pipeline has ended (the window moved on to another
     * session): the outlets are told the session was closed, then closed; says what was sent.
     */
    public List<String> finishNow(long timeoutMillis) throws InterruptedException {
        subscription.cancel();
        return finish(timeoutMillis);
    }

    /**
     * Waits for the stream to end with the pipeline, closes the outlets, and says per outlet what
     * was sent; frames the stream could not keep up with are named.
     */
    public List<String> finish(long timeoutMillis) throws InterruptedException {
        if (thread != null) {
            thread.join(timeoutMillis);
        }
        finishing = true;
        subscription.cancel();
        outlets.forEach(LabOutlet::close);
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        for (LabOutlet o : outlets) {
            lines.add(o.summary());
        }
        long overflow = subscription.overflowCount();
        if (overflow > 0 || lostMarks > 0) {
            lines.add(String.format(Locale.ROOT, "lab stream: %d frames and %d marks were not streamed: the network "
                    + "fell behind the device (the recording keeps them)", overflow, lostMarks));
        }
        return lines;
    }

    /** Frames handed to the outlets so far. */
    public long frames() {
        return frames;
    }

    /** Frames that arrived faster than the outlets took them. */
    public long overflow() {
        return subscription.overflowCount();
    }

    /** The device being streamed, or null before {@link #start}. */
    public DeviceInfo device() {
        return device;
    }
}

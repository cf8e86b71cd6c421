package org.palpa.app.live;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.palpa.app.port.Transport;
import org.palpa.core.display.SampleWindow;
import org.palpa.core.pipeline.ProcessedFrame;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;

/**
 * Feeds a display from a live session without letting the display slow the session. A feeder
 * thread drains a lossy {@link Subscription} into a ring of smoothed values; the display, on its
 * own timer, copies only what is new ({@link #copyInto}) and polls the notices. The display thread
 * never waits for the device, and a display that falls behind loses drawn frames, never holds.
 */
public final class LiveFeed implements AutoCloseable, org.palpa.app.port.RecordableSession {
    private final LivePipeline pipeline;
    private final StampingTransport transport;
    private final Subscription subscription;
    private final SampleWindow ring;
    private final BlockingQueue<PipelineEvent> notices = new ArrayBlockingQueue<>(1024);
    private final AtomicLong noticeOverflow = new AtomicLong();
    private final DeviceInfo device;
    private final SessionSettings settings;
    private final Thread feeder;
    private volatile ProcessedFrame latest;
    private volatile String endReason;
    private volatile double rateHz;
    private long newestSequence = -1;
    private long frames;
    private long lostFrames;
    private long deviceErrors;
    private long reconnects;

    private LiveFeed(Transport device, SessionSettings settings, double windowSeconds) {
        this.settings = settings;
        this.transport = new StampingTransport(device);
        this.pipeline = new LivePipeline(transport, settings);
        this.subscription = pipeline.subscribe("display", 8192, false);
        this.device = pipeline.start();
        int capacity = (int) Math.ceil(this.device.nominalRateHz() * windowSeconds * 1.1) + 16;
        this.ring = new SampleWindow(this.device.channelCount(), capacity);
        this.feeder = new Thread(this::run, "palpa-display-feed");
        feeder.setDaemon(true);
        feeder.start();
    }

    /**
     * Connects {@code device}, starts its pipeline and the feeder.
     *
     * @param windowSeconds the longest span the display will show
     */
    public static LiveFeed start(Transport device, SessionSettings settings, double windowSeconds) {
        return new LiveFeed(device, settings, windowSeconds);
    }

    private void run() {
        long rateWall = System.nanoTime();
        long rateFrames = 0;
        try {
            while (true) {
                PipelineEvent n;
                while ((n = subscription.pollNotice()) != null) {
                    if (n instanceof PipelineEvent.Ended) {
                        // Frames published before the end may still be queued: take them before saying it ended.
                        for (PipelineEvent.Processed p = subscription.pollFrame(); p != null; p = subscription.pollFrame()) {
                            append(p.frame());
                        }
                    }
                    if (!notice(n)) {
                        // frames published before the end may still wait behind it
                        for (PipelineEvent.Processed p = subscription.pollFrame(); p != null; p = subscription.pollFrame()) {
                            append(p.frame());
                        }
                        return;
                    }
                }
                PipelineEvent.Processed p = subscription.pollFrame(20, TimeUnit.MILLISECONDS);
                while (p != null) {
                    append(p.frame());
                    p = subscription.pollFrame();
                }
                long now = System.nanoTime();
                if (now - rateWall >= 1_000_000_000L) {
                    long f = framesSoFar();
                    rateHz = (f - rateFrames) * 1e9 / (now - rateWall);
                    rateFrames = f;
                    rateWall = now;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void append(ProcessedFrame f) {
        if (newestSequence >= 0 && f.sequence() > newestSequence + 1) {
            lostFrames += f.sequence() - newestSequence - 1;
        }
        ring.append(f.timestampNanos(), f.smoothed());
        newestSequence = f.sequence();
        frames++;
        latest = f;
    }

    private synchronized long framesSoFar() {
        return frames;
    }

    private boolean notice(PipelineEvent n) {
        if (n instanceof PipelineEvent.Device d) {
            synchronized (this) {
                if (d.event().kind() == DeviceEvent.Kind.DEVICE_ERROR) {
                    deviceErrors++;
                } else if (d.event().kind() == DeviceEvent.Kind.RECONNECTED) {
                    reconnects++;
                }
            }
        }
        if (!notices.offer(n)) {
            noticeOverflow.incrementAndGet();
        }
        if (n instanceof PipelineEvent.Ended e) {
            endReason = e.summary().endReason();
            return false;
        }
        return true;
    }

    /**
     * Copies the samples that arrived since the last call into {@code display}, a window of the
     * same shape made with {@link #newDisplayWindow()}. Returns the sequence number of the newest
     * sample now in it, or -1 if none came yet.
     */
    public synchronized long copyInto(SampleWindow display) {
        display.copyNewFrom(ring);
        return newestSequence;
    }

    /** A window shaped like the feed's ring, for the display thread to copy into. */
    public SampleWindow newDisplayWindow() {
        return new SampleWindow(ring.channels(), ring.capacity());
    }

    /** The newest processed frame, or null before the first. */
    public ProcessedFrame latest() {
        return latest;
    }

    /** The next hold, device event or end notice, or null. */
    public PipelineEvent pollNotice() {
        return notices.poll();
    }

    /** Nanoseconds from the moment frame {@code sequence} left the device until now; -1 if unknown. */
    public long ageNanos(long sequence) {
        long t = transport.emittedNanos(sequence);
        return t < 0 ? -1 : System.nanoTime() - t;
    }

    public synchronized LinkHealth health() {
        return new LinkHealth(frames, lostFrames, pipeline.droppedFrames(),
                subscription.overflowCount() + noticeOverflow.get(), deviceErrors, reconnects, rateHz, endReason);
    }

    @Override
    public DeviceInfo device() {
        return device;
    }

    /** Judges the session's tracked channels against {@code target} from now on ({@link LivePipeline#retarget}). */
    public void retarget(org.palpa.core.hold.Target target) {
        pipeline.retarget(target);
    }

    @Override
    public SessionSettings settings() {
        return settings;
    }

    @Override
    public java.util.List<org.palpa.core.calibration.CalibrationRef> calibrationRefs() {
        return pipeline.calibrationRefs();
    }

    @Override
    public long latestTimestampNanos() {
        ProcessedFrame f = latest;
        return f == null ? 0 : f.timestampNanos();
    }

    @Override
    public Subscription subscribe(String name, int capacity, boolean lossless) {
        return pipeline.subscribe(name, capacity, lossless);
    }

    /** Stops the device and the feeder. */
    @Override
    public void close() {
        pipeline.close();
        feeder.interrupt();
    }
}

package org.palpa.app;

import java.util.concurrent.locks.LockSupport;
import org.palpa.app.analysis.TraceAnalysis;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.core.PalpaException;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;

/**
 * Plays a recorded trace back as if it were a device, paced by the frames' own timestamps at
 * {@code speed} times real time, so the window gives the same feedback as it did live. Bad data
 * in the recording ends the replay with a device error that says what and where.
 */
public final class ReplayTransport implements Transport {
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final DeviceInfo device;
    private final TraceAnalysis.FrameSource source;
    private final AutoCloseable resource;
    private final double speed;
    private final long startOffsetNanos;
    private volatile boolean closed;
    private Thread thread;

    /**
     * @param device   what the recording says about its device
     * @param source   the recorded frames, in time order
     * @param resource closed when the replay ends (the open file), or null
     * @param speed    1 for real time, 2 or 10 for faster; must be positive
     */
    public ReplayTransport(DeviceInfo device, TraceAnalysis.FrameSource source, AutoCloseable resource, double speed) {
        this(device, source, resource, speed, 0);
    }

    /**
     * A replay that starts {@code startSeconds} into the recording: earlier frames are read and
     * skipped at once, and the rest are numbered afresh so that the skip is not taken for loss.
     */
    public ReplayTransport(DeviceInfo device, TraceAnalysis.FrameSource source, AutoCloseable resource, double speed,
                           double startSeconds) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("replay speed must be a positive number, was " + speed);
        }
        if (!(startSeconds >= 0) || Double.isInfinite(startSeconds)) {
            throw new IllegalArgumentException("replay start must be 0 s or later, was " + startSeconds);
        }
        this.startOffsetNanos = Math.round(startSeconds * 1e9);
        this.device = device;
        this.source = source;
        this.resource = resource;
        this.speed = speed;
    }

    @Override
    public DeviceInfo connect() {
        return device;
    }

    @Override
    public synchronized void start(FrameSink sink) {
        if (thread != null) {
            throw new IllegalStateException("replay of " + device.model() + " already started");
        }
        thread = new Thread(() -> run(sink), "palpa-replay");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(FrameSink sink) {
        long[] first = {Long.MIN_VALUE};
        long[] paceFrom = {Long.MIN_VALUE, 0};
        long[] sequence = {0};
        String reason = "replay finished";
        try {
            source.forEach(frame -> {
                if (closed) {
                    throw new Stopped();
                }
                if (first[0] == Long.MIN_VALUE) {
                    first[0] = frame.timestampNanos();
                }
                if (frame.timestampNanos() - first[0] < startOffsetNanos) {
                    return;
                }
                if (paceFrom[0] == Long.MIN_VALUE) {
                    paceFrom[0] = frame.timestampNanos();
                    paceFrom[1] = System.nanoTime();
                }
                long wait = paceFrom[1] + Math.round((frame.timestampNanos() - paceFrom[0]) / speed) - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                sink.frame(startOffsetNanos == 0 ? frame
                        : new Frame(frame.timestampNanos(), sequence[0], frame.values()));
                sequence[0]++;
            });
        } catch (Stopped e) {
            reason = "replay stopped";
        } catch (PalpaException | IllegalArgumentException e) {
            sink.event(new DeviceEvent(0, DeviceEvent.Kind.DEVICE_ERROR, e.getMessage()));
            reason = "replay stopped: " + e.getMessage();
        } finally {
            closeResource();
        }
        sink.ended(reason);
    }

    private void closeResource() {
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception e) {
                // the file was only read; nothing is lost by a failed close
            }
        }
    }

    /** A recording can wait for a slow consumer: nothing is dropped. */
    @Override
    public boolean waitsForConsumer() {
        return true;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (thread == null) {
            closeResource();
        }
    }
}

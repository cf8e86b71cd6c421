package org.palpa.app.replay;

import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;

/**
 * Plays a recording back as if it were a device, so it runs through the same pipeline and gives
 * the same feedback as it did live. Frames are paced by their own timestamps at {@code speed}
 * times real time, or as fast as the consumer takes them; a slow consumer always makes the replay
 * wait. Bad data in the recording ends the replay with a device error that says what and where.
 */
public final class ReplayTransport implements Transport {
    /** A speed that plays without pacing, as fast as the consumer takes the frames. */
    public static final double AS_FAST_AS_POSSIBLE = 0;

    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final ReplaySource source;
    private final double speed;
    private final long startOffsetNanos;
    private volatile boolean closed;
    private Thread thread;
    private DeviceInfo device;
    private List<org.palpa.core.plan.PlanEvents.StepTarget> steps = List.of();

    /**
     * Has the pipeline that plays this replay judge its holds by each of {@code steps} from its time
     * on, as the recorded plan session was judged ({@link Transport#recordedSteps}).
     */
    public ReplayTransport judgingSteps(List<org.palpa.core.plan.PlanEvents.StepTarget> steps) {
        this.steps = List.copyOf(steps);
        return this;
    }

    @Override
    public List<org.palpa.core.plan.PlanEvents.StepTarget> recordedSteps() {
        return steps;
    }

    /**
     * @param speed 1 for real time, 2 or 10 for faster, {@link #AS_FAST_AS_POSSIBLE} for no pacing
     */
    public ReplayTransport(ReplaySource source, double speed) {
        this(source, speed, 0);
    }

    /**
     * A replay from {@code startSeconds} after the recording's origin: earlier frames and events
     * are skipped at once, and the sequence numbers count afresh from the first frame played, so
     * the skip is not taken for loss while a real gap after it still is.
     */
    public ReplayTransport(ReplaySource source, double speed, double startSeconds) {
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("replay speed must be a positive number, was " + speed);
        }
        if (!(startSeconds >= 0) || Double.isInfinite(startSeconds)) {
            throw new IllegalArgumentException("replay start must be 0 s or later, was " + startSeconds);
        }
        this.source = source;
        this.speed = speed;
        this.startOffsetNanos = Math.round(startSeconds * 1e9);
    }

    @Override
    public DeviceInfo connect() {
        device = source.open();
        return device;
    }

    @Override
    public synchronized void start(FrameSink sink) {
        if (device == null) {
            throw new IllegalStateException("connect() the replay of " + source.name() + " first");
        }
        if (thread != null) {
            throw new IllegalStateException("replay of " + source.name() + " already started");
        }
        thread = new Thread(() -> run(sink), "palpa-replay");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(FrameSink sink) {
        Pacer pacer = new Pacer(sink, source.originNanos());
        String reason;
        try {
            source.play(pacer);
            reason = "replay of " + source.name() + " finished after " + pacer.played + " frames";
        } catch (Stopped e) {
            reason = "replay stopped";
        } catch (RuntimeException e) {
            sink.event(new DeviceEvent(0, DeviceEvent.Kind.DEVICE_ERROR, e.getMessage()));
            reason = "replay of " + source.name() + " stopped: " + e.getMessage();
        } finally {
            source.close();
        }
        sink.ended(reason);
    }

    /** Skips to the start offset, paces each frame by its timestamp, and renumbers after a skip. */
    private final class Pacer implements ReplaySource.Playback {
        private final FrameSink sink;
        private long fromNanos;
        private long paceDeviceNanos = Long.MIN_VALUE;
        private long paceWallNanos;
        private long firstSequence = -1;
        private boolean resumed;
        private long played;

        Pacer(FrameSink sink, long originNanos) {
            this.sink = sink;
            this.fromNanos = originNanos == Long.MIN_VALUE ? Long.MIN_VALUE : originNanos + startOffsetNanos;
        }

        @Override
        public void frame(Frame frame) {
            if (closed) {
                throw new Stopped();
            }
            if (fromNanos == Long.MIN_VALUE) {
                fromNanos = frame.timestampNanos() + startOffsetNanos;
            }
            if (frame.timestampNanos() < fromNanos) {
                return;
            }
            if (paceDeviceNanos == Long.MIN_VALUE || resumed) {
                paceDeviceNanos = frame.timestampNanos();
                paceWallNanos = System.nanoTime();
                resumed = false;
            }
            if (speed > 0) {
                long wait = paceWallNanos + Math.round((frame.timestampNanos() - paceDeviceNanos) / speed)
                        - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            if (firstSequence < 0) {
                firstSequence = frame.sequence();
            }
            sink.frame(startOffsetNanos == 0 ? frame
                    : new Frame(frame.timestampNanos(), frame.sequence() - firstSequence, frame.values()));
            played++;
        }

        @Override
        public void event(DeviceEvent event) {
            if (fromNanos == Long.MIN_VALUE || event.timestampNanos() >= fromNanos) {
                sink.event(event);
            }
        }

        @Override
        public void resumed() {
            resumed = true;
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
            source.close();
        }
    }
}

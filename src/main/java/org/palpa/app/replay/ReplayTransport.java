package org.palpa.app.replay;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.LockSupport;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.SessionReader;
import org.palpa.app.port.TransportException;
import org.palpa.app.port.Transport;
import org.palpa.app.record.RecordedEvent;
import org.palpa.app.record.StoredSession;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;

/**
 * Plays a recorded session back as a {@link Transport}, so it runs through the same pipeline as a
 * live device: the same frames with their own timestamps and sequence numbers, and the device's
 * events (stop button, gaps, reconnects) at their times. It plays in real time, faster, or as
 * fast as the consumer takes it, and it always lets a slow consumer make it wait.
 */
public final class ReplayTransport implements Transport {
    private final SessionReader reader;
    private final long sessionId;
    private final double speed;
    private final long startOffsetNanos;
    private volatile boolean closed;
    private Thread thread;
    private StoredSession session;

    /**
     * @param speed 1 for real time, 2 or 10 for faster, 0 or less for as fast as possible
     */
    public ReplayTransport(SessionReader reader, long sessionId, double speed) {
        this(reader, sessionId, speed, 0);
    }

    /**
     * A replay from {@code startSeconds} after the session's first frame: earlier frames and
     * events are skipped at once. The stretch of a recording pause is not waited through.
     *
     * @param speed 1 for real time, 2 or 10 for faster, 0 or less for as fast as possible
     */
    public ReplayTransport(SessionReader reader, long sessionId, double speed, double startSeconds) {
        if (!(startSeconds >= 0) || Double.isInfinite(startSeconds)) {
            throw new IllegalArgumentException("replay start must be 0 s or later, was " + startSeconds);
        }
        this.reader = reader;
        this.sessionId = sessionId;
        this.speed = speed;
        this.startOffsetNanos = Math.round(startSeconds * 1e9);
    }

    @Override
    public DeviceInfo connect() {
        session = reader.find(sessionId).orElseThrow(() -> new TransportException("no recorded session " + sessionId));
        return session.meta().device();
    }

    @Override
    public synchronized void start(FrameSink sink) {
        if (session == null) {
            throw new IllegalStateException("connect() the replay of session " + sessionId + " first");
        }
        thread = new Thread(() -> run(sink), "palpa-replay-" + sessionId);
        thread.setDaemon(true);
        thread.start();
    }

    private static final class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }

    private void run(FrameSink sink) {
        long origin = reader.originNanos(sessionId);
        long from = origin + startOffsetNanos;
        Deque<DeviceEvent> events = new ArrayDeque<>();
        Deque<Long> resumes = new ArrayDeque<>();
        for (RecordedEvent e : reader.events(sessionId)) {
            if (isDeviceKind(e.kind()) && e.timestampNanos() >= from) {
                events.add(new DeviceEvent(e.timestampNanos(), DeviceEvent.Kind.valueOf(e.kind().name()), e.detail()));
            } else if (e.kind() == RecordedEvent.Kind.RECORDING_RESUMED) {
                resumes.add(e.timestampNanos());
            }
        }
        long[] pace = {Long.MIN_VALUE, 0}; // device time and wall time the pacing counts from
        long[] frames = {0};
        try {
            reader.forEachChunk(sessionId, chunk -> SessionFrames.emit(chunk, frame -> {
                if (closed) {
                    throw new Closed();
                }
                while (!events.isEmpty() && events.peek().timestampNanos() <= frame.timestampNanos()) {
                    sink.event(events.poll());
                }
                if (frame.timestampNanos() < from) {
                    return;
                }
                boolean resumed = false;
                while (!resumes.isEmpty() && resumes.peek() <= frame.timestampNanos()) {
                    resumes.poll();
                    resumed = true;
                }
                if (pace[0] == Long.MIN_VALUE || resumed) {
                    pace[0] = frame.timestampNanos();
                    pace[1] = System.nanoTime();
                }
                if (speed > 0) {
                    long wait = pace[1] + Math.round((frame.timestampNanos() - pace[0]) / speed) - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                sink.frame(frame);
                frames[0]++;
            }));
            events.forEach(sink::event);
            sink.ended("replay of session " + sessionId + " finished after " + frames[0] + " frames");
        } catch (Closed e) {
            sink.ended("replay closed");
        } catch (RuntimeException e) {
            sink.ended("replay of session " + sessionId + " failed: " + e.getMessage());
        }
    }

    private static boolean isDeviceKind(RecordedEvent.Kind kind) {
        for (DeviceEvent.Kind k : DeviceEvent.Kind.values()) {
            if (k.name().equals(kind.name())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean waitsForConsumer() {
        return true;
    }

    @Override
    public void close() {
        closed = true;
    }
}

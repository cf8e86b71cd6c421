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
    private volatile boolean closed;
    private Thread thread;
    private StoredSession session;

    /**
     * @param speed 1 for real time, 2 or 10 for faster, 0 or less for as fast as possible
     */
    public ReplayTransport(SessionReader reader, long sessionId, double speed) {
        this.reader = reader;
        this.sessionId = sessionId;
        this.speed = speed;
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
        Deque<DeviceEvent> events = new ArrayDeque<>();
        for (RecordedEvent e : reader.events(sessionId)) {
            if (isDeviceKind(e.kind())) {
                events.add(new DeviceEvent(e.timestampNanos(), DeviceEvent.Kind.valueOf(e.kind().name()), e.detail()));
            }
        }
        long origin = reader.originNanos(sessionId);
        long wallStart = System.nanoTime();
        long[] frames = {0};
        try {
            reader.forEachChunk(sessionId, chunk -> SessionFrames.emit(chunk, frame -> {
                if (closed) {
                    throw new Closed();
                }
                while (!events.isEmpty() && events.peek().timestampNanos() <= frame.timestampNanos()) {
                    sink.event(events.poll());
                }
                if (speed > 0) {
                    long wait = wallStart + Math.round((frame.timestampNanos() - origin) / speed) - System.nanoTime();
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

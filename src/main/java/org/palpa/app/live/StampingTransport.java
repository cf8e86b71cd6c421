package org.palpa.app.live;

import java.util.concurrent.atomic.AtomicLongArray;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;

/**
 * Wraps a transport and notes the host clock when each frame leaves it, so a display can measure
 * the delay from a sample's arrival to its pixel. The notes live in a fixed ring indexed by
 * sequence number; nothing is allocated per frame.
 */
public final class StampingTransport implements Transport {
    private static final int SLOTS = 1 << 14;

    private final Transport inner;
    private final AtomicLongArray emitted = new AtomicLongArray(SLOTS);
    private final AtomicLongArray sequences = new AtomicLongArray(SLOTS);

    public StampingTransport(Transport inner) {
        this.inner = inner;
    }

    @Override
    public DeviceInfo connect() {
        return inner.connect();
    }

    @Override
    public void start(FrameSink sink) {
        inner.start(new FrameSink() {
            @Override
            public void frame(Frame frame) {
                int slot = (int) (frame.sequence() & (SLOTS - 1));
                emitted.set(slot, System.nanoTime());
                sequences.set(slot, frame.sequence());
                sink.frame(frame);
            }

            @Override
            public void event(DeviceEvent event) {
                sink.event(event);
            }

            @Override
            public void ended(String reason) {
                sink.ended(reason);
            }
        });
    }

    /** Host time ({@link System#nanoTime()}) at which frame {@code sequence} left the device, or -1 if no longer known. */
    public long emittedNanos(long sequence) {
        int slot = (int) (sequence & (SLOTS - 1));
        long t = emitted.get(slot);
        return sequences.get(slot) == sequence ? t : -1;
    }

    @Override
    public boolean waitsForConsumer() {
        return inner.waitsForConsumer();
    }

    @Override
    public void close() {
        inner.close();
    }
}

package org.palpa.app.classroom;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.Unit;

/**
 * A one-channel device at 200 Hz that presses 40 N from its 50th frame on; it can go away for a
 * while after {@code lostAfter} frames (a DISCONNECTED event, then RECONNECTED), as a serial
 * transport reports a pulled cable, and it counts how often it was opened.
 */
final class PacedDevice implements Transport {
    static final AtomicInteger OPENED = new AtomicInteger();
    private final long lostAfter;
    private volatile boolean closed;

    PacedDevice(long lostAfter) {
        this.lostAfter = lostAfter;
        OPENED.incrementAndGet();
    }

    @Override
    public DeviceInfo connect() {
        return new DeviceInfo("paced", "P1", "1", List.of(new Channel(0, "probe", Unit.NEWTON)), 200);
    }

    @Override
    public void start(FrameSink sink) {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            for (long seq = 0; !closed; seq++) {
                long due = start + seq * 5_000_000L;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (seq == lostAfter) {
                    sink.event(new DeviceEvent(due, DeviceEvent.Kind.DISCONNECTED, "cable pulled"));
                    sleep(600);
                    sink.event(new DeviceEvent(System.nanoTime(), DeviceEvent.Kind.RECONNECTED, "back"));
                    start = System.nanoTime() - seq * 5_000_000L;
                }
                sink.frame(new Frame(due, seq, new double[] {seq < 50 ? 0 : 40}));
            }
            sink.ended("closed");
        }, "paced-device");
        t.setDaemon(true);
        t.start();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean waitsForConsumer() {
        return false;
    }

    @Override
    public void close() {
        closed = true;
    }
}

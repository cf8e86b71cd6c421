package org.palpa.adapter.ui;

import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.Unit;

/**
 * A fake one-channel algometer at 100 Hz that plays a hold: rest, ramp to 40 N, hold, press over
 * to 60 N, release. Frames are paced {@code speed} times faster than real time, like a device.
 */
final class PacedScriptDevice implements Transport {
    private final double speed;
    private volatile boolean closed;

    PacedScriptDevice(double speed) {
        this.speed = speed;
    }

    /** Newtons at sample {@code i} (10 ms apart). */
    static double script(int i) {
        if (i < 50) {
            return 0;
        }
        if (i < 250) {
            return (i - 50) * 0.2;
        }
        if (i < 550) {
            return 40;
        }
        if (i < 650) {
            return 60;
        }
        return 0;
    }

    static final int LENGTH = 800;

    @Override
    public DeviceInfo connect() {
        return new DeviceInfo("scripted-algometer", "T1", "1", List.of(new Channel(0, "probe", Unit.NEWTON)), 100);
    }

    @Override
    public void start(FrameSink sink) {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            for (int i = 0; i < LENGTH && !closed; i++) {
                long due = start + Math.round(i * 10_000_000L / speed);
                LockSupport.parkNanos(due - System.nanoTime());
                sink.frame(new Frame(i * 10_000_000L, i, new double[] {script(i)}));
            }
            sink.ended("script finished");
        }, "scripted-device");
        t.setDaemon(true);
        t.start();
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

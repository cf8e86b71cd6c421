package org.palpa.adapter.serial;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.palpa.app.port.FrameSink;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.Frame;

/** A sink that keeps everything it is given, with the host time each frame arrived. */
final class RecordingSink implements FrameSink {
    final List<Frame> frames = new CopyOnWriteArrayList<>();
    final List<Long> frameArrivalNanos = new CopyOnWriteArrayList<>();
    final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
    final List<Long> eventArrivalNanos = new CopyOnWriteArrayList<>();
    final CountDownLatch ended = new CountDownLatch(1);

    @Override
    public void frame(Frame frame) {
        frameArrivalNanos.add(System.nanoTime());
        frames.add(frame);
    }

    @Override
    public void event(DeviceEvent event) {
        eventArrivalNanos.add(System.nanoTime());
        events.add(event);
    }

    @Override
    public void ended(String reason) {
        ended.countDown();
    }

    List<DeviceEvent.Kind> eventKinds() {
        return events.stream().map(DeviceEvent::kind).toList();
    }

    /** Waits up to {@code seconds} for {@code condition}; returns whether it came true. */
    static boolean await(double seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
        return true;
    }
}

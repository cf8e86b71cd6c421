package org.palpa.adapter.gpio;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.palpa.app.port.FrameSink;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.Frame;

/** A sink that keeps everything a transport delivers, for tests to wait on and inspect. */
final class RecordingSink implements FrameSink {
    private final List<Frame> frames = new ArrayList<>();
    private final List<DeviceEvent> events = new ArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile String endReason;

    @Override
    public synchronized void frame(Frame frame) {
        frames.add(frame);
        notifyAll();
    }

    @Override
    public synchronized void event(DeviceEvent event) {
        events.add(event);
        notifyAll();
    }

    @Override
    public void ended(String reason) {
        endReason = reason;
        ended.countDown();
    }

    synchronized List<Frame> frames() {
        return List.copyOf(frames);
    }

    synchronized List<DeviceEvent> events() {
        return List.copyOf(events);
    }

    /** Waits until {@code done} holds for this sink, or fails after {@code millis}. */
    synchronized void await(Predicate<RecordingSink> done, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!done.test(this)) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("timed out; frames=" + frames.size() + " events=" + events);
            }
            wait(left);
        }
    }

    boolean hasEvent(DeviceEvent.Kind kind) {
        return events().stream().anyMatch(e -> e.kind() == kind);
    }

    String awaitEnd(long millis) throws InterruptedException {
        return ended.await(millis, TimeUnit.MILLISECONDS) ? endReason : null;
    }
}

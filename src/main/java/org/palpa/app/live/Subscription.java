package org.palpa.app.live;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One listener's bounded view of the pipeline. Frames and notices (holds, device events, the end)
 * travel in separate queues so that a slow display that misses frames never misses a hold. Every
 * event that does not fit is counted, never dropped silently.
 */
public final class Subscription {
    private final String name;
    private final BlockingQueue<PipelineEvent.Processed> frames;
    private final BlockingQueue<PipelineEvent> notices;
    private final boolean lossless;
    private final AtomicLong overflow = new AtomicLong();
    private volatile boolean cancelled;

    Subscription(String name, int frameCapacity, boolean lossless) {
        if (frameCapacity < 1) {
            throw new IllegalArgumentException("subscription " + name + " needs a capacity of at least 1");
        }
        this.name = name;
        this.frames = new ArrayBlockingQueue<>(frameCapacity);
        this.notices = new ArrayBlockingQueue<>(4096);
        this.lossless = lossless;
    }

    /**
     * Delivers an event. When the source can wait and this subscription is lossless, a full queue
     * makes the pipeline wait; otherwise a full queue counts an overflow.
     */
    void deliver(PipelineEvent event, boolean sourceCanWait) throws InterruptedException {
        if (cancelled) {
            return;
        }
        boolean ok;
        if (event instanceof PipelineEvent.Processed p) {
            ok = lossless && sourceCanWait ? putWhileActive(frames, p) : frames.offer(p);
        } else {
            ok = lossless || event instanceof PipelineEvent.Ended ? putWhileActive(notices, event) : notices.offer(event);
        }
        if (!ok) {
            overflow.incrementAndGet();
        }
    }

    /** Delivers the end to a listener that joined after it was published; never waits. */
    void deliverEnd(PipelineEvent.Ended end) {
        if (!notices.offer(end)) {
            overflow.incrementAndGet();
        }
    }

    private <T> boolean putWhileActive(BlockingQueue<T> queue, T item) throws InterruptedException {
        while (!cancelled) {
            if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    /** The next frame, waiting up to {@code timeout}; null if none came. */
    public PipelineEvent.Processed pollFrame(long timeout, TimeUnit unit) throws InterruptedException {
        return frames.poll(timeout, unit);
    }

    /** The next frame if one is waiting, else null. */
    public PipelineEvent.Processed pollFrame() {
        return frames.poll();
    }

    /** The next notice (a hold, a device event or the end) if one is waiting, else null. */
    public PipelineEvent pollNotice() {
        return notices.poll();
    }

    /** The next notice, waiting up to {@code timeout}; null if none came. */
    public PipelineEvent pollNotice(long timeout, TimeUnit unit) throws InterruptedException {
        return notices.poll(timeout, unit);
    }

    /** Events this subscriber had no room for. */
    public long overflowCount() {
        return overflow.get();
    }

    /** Whether the subscription was cancelled, by its listener or by the pipeline closing; nothing more will come. */
    public boolean cancelled() {
        return cancelled;
    }

    /** Stops delivery to this subscriber; a pipeline blocked on it goes on. */
    public void cancel() {
        cancelled = true;
    }

    public String name() {
        return name;
    }
}

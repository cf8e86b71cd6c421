package org.palpa.app.recording;

import java.util.ArrayDeque;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.palpa.core.record.RecordedEvent;

/**
 * The bounded hand-over from the recorder's drain thread to its writer thread, with the books
 * of what could not be handed over. At most {@link Recorder#PENDING_LIMIT} items wait in the
 * queue; events and holds that do not fit wait in a backlog of {@link Recorder#BACKLOG_LIMIT}
 * more; chunks that cannot be handed over become a pending loss, written as a
 * {@link RecordedEvent.Kind#LOSS} event once the writer has room. Used by the drain thread only.
 */
final class WriterHandoff {
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(Recorder.PENDING_LIMIT);
    private final ArrayDeque<Pending> backlog = new ArrayDeque<>();
    private final Runnable whileWaiting;
    private RecordWriter writer;
    private Thread writerThread;
    private long lostFrames;
    private long lostNotices;
    private long pendingLoss;
    private long lossFromNanos;
    private long lossToNanos;

    /** @param whileWaiting run between tries while the queue is full, so the pipeline's notices keep flowing */
    WriterHandoff(Runnable whileWaiting) {
        this.whileWaiting = whileWaiting;
    }

    /** The queue that the writer takes from. */
    BlockingQueue<Pending> queue() {
        return queue;
    }

    /** Connects the writer once it runs. */
    void writer(RecordWriter writer, Thread writerThread) {
        this.writer = writer;
        this.writerThread = writerThread;
    }

    /** Frames that reached the recorder but could not be handed to the writer. */
    long lostFrames() {
        return lostFrames;
    }

    /** Hands an event or a hold over, or keeps it in the backlog; never waits. */
    void enqueue(Pending p) {
        if (backlog.isEmpty() && writer.failure() == null && queue.offer(p)) {
            return;
        }
        if (backlog.size() < Recorder.BACKLOG_LIMIT) {
            backlog.add(p); // events and holds are few; they wait here rather than being lost
        } else {
            lostNotices++;
        }
    }

    /** Moves what the backlog holds into the queue, as far as there is room. */
    void retryBacklog() {
        while (!backlog.isEmpty() && writer.failure() == null && queue.offer(backlog.peek())) {
            backlog.poll();
        }
    }

    /** Hands a chunk over, or counts its frames as lost when the writer has failed. */
    void chunk(Pending.Chunk chunk, long toNanos) throws InterruptedException {
        flushLoss();
        if (!offerWhileWriterWorks(chunk)) {
            loss(chunk.chunk().frameCount(), chunk.chunk().timestampNanos(0), toNanos);
        }
    }

    /** Counts frames that were not recorded, between two device times. */
    void loss(long frames, long fromNanos, long toNanos) {
        if (pendingLoss == 0) {
            lossFromNanos = fromNanos;
        }
        pendingLoss += frames;
        lossToNanos = toNanos;
        lostFrames += frames;
    }

    /** Writes the pending loss, if any, as one loss event. */
    void flushLoss() throws InterruptedException {
        if (pendingLoss == 0 || writer.failure() != null) {
            return;
        }
        String detail = String.format(Locale.ROOT, "%d frames between %.3f s and %.3f s on the device clock were not "
                + "recorded: the recorder fell behind the device", pendingLoss, lossFromNanos / 1e9, lossToNanos / 1e9)
                + (lostNotices > 0 ? "; " + lostNotices + " events or holds were not recorded either" : "");
        if (offerWhileWriterWorks(new Pending.Event(new RecordedEvent(lossFromNanos, RecordedEvent.Kind.LOSS, null, detail),
                pendingLoss))) {
            pendingLoss = 0;
        }
    }

    /** Hands the last item over after everything in the backlog, waiting as long as the writer works. */
    void putAtEnd(Pending p) throws InterruptedException {
        while (writer.failure() == null && writerThread.isAlive()) {
            retryBacklog();
            if (backlog.isEmpty() && queue.offer(p, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /**
     * Waits for room in the queue while the writer works. Waiting here stops the drain thread,
     * never acquisition: the pipeline keeps publishing, and a real-time device's frames that no
     * longer fit the subscription are counted as overflow and recorded as a loss.
     */
    private boolean offerWhileWriterWorks(Pending p) throws InterruptedException {
        while (writer.failure() == null && writerThread.isAlive()) {
            if (queue.offer(p, 20, TimeUnit.MILLISECONDS)) {
                return true;
            }
            whileWaiting.run();
        }
        return false;
    }
}

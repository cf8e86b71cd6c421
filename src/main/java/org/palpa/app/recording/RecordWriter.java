package org.palpa.app.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.palpa.app.port.SessionWriter;
import org.palpa.core.record.ChainEntry;
import org.palpa.core.record.IntegrityChain;
import org.palpa.core.PalpaException;

/**
 * The recorder's writer thread: takes whatever is pending, links it into the session's hash
 * chain and appends it to the store in one transaction. The drain thread hands over about twice
 * a second, so each commit covers at most about a second of samples. The chain only moves on
 * once the store has committed, so the record on disk is consistent after any failure.
 */
public final class RecordWriter implements Runnable {
    private final SessionWriter store;
    private final long sessionId;
    private final BlockingQueue<Pending> queue;
    private final Consumer<String> problems;
    private final double rateHz;
    private volatile boolean inputDone;
    private volatile String failure;
    private String head;
    private long chainLength;
    private long framesWritten;
    private long lostWritten;
    private long discardedFrames;

    RecordWriter(SessionWriter store, long sessionId, String genesis, BlockingQueue<Pending> queue, Consumer<String> problems,
                 double rateHz) {
        this.rateHz = rateHz;
        this.store = store;
        this.sessionId = sessionId;
        this.head = genesis;
        this.queue = queue;
        this.problems = problems;
    }

    @Override
    public void run() {
        List<Pending> batch = new ArrayList<>();
        try {
            while (true) {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (inputDone && queue.isEmpty()) {
                        return;
                    }
                    continue;
                }
                batch.clear();
                batch.add(first);
                queue.drainTo(batch);
                if (failure == null) {
                    write(batch);
                } else {
                    discard(batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(List<Pending> batch) {
        List<ChainEntry> entries = new ArrayList<>(batch.size());
        String h = head;
        long seq = chainLength;
        long frames = 0;
        long lost = 0;
        for (Pending p : batch) {
            ChainEntry.Item item = switch (p) {
                case Pending.Chunk c -> {
                    frames += c.chunk().frameCount();
                    yield new ChainEntry.Chunk(c.chunk());
                }
                case Pending.Event e -> {
                    lost += e.lostFrames();
                    yield new ChainEntry.Event(e.event());
                }
                case Pending.Hold hold -> new ChainEntry.Hold(hold.hold());
            };
            h = IntegrityChain.link(h, item);
            entries.add(new ChainEntry(++seq, h, item));
        }
        try {
            store.append(sessionId, entries, frames, lost);
        } catch (PalpaException e) {
            discard(batch);
            failure = e.getMessage();
            problems.accept(RecordingResult.stoppedLine(sessionId, framesWritten, rateHz, e.getMessage()));
            return;
        }
        head = h;
        chainLength = seq;
        framesWritten += frames;
        lostWritten += lost;
    }

    /** Counts the frames of a batch that cannot be written; they are reported as lost. */
    private void discard(List<Pending> batch) {
        for (Pending p : batch) {
            if (p instanceof Pending.Chunk c) {
                discardedFrames += c.chunk().frameCount();
            }
        }
    }

    /** Frames that reached the writer but could not be committed. */
    long discardedFrames() {
        return discardedFrames;
    }

    /** Tells the writer that nothing more will be queued; it exits once the queue is empty. */
    void inputDone() {
        inputDone = true;
    }

    /** Why writing stopped, or null while it works. */
    String failure() {
        return failure;
    }

    String head() {
        return head;
    }

    long framesWritten() {
        return framesWritten;
    }

    long lostWritten() {
        return lostWritten;
    }
}

package org.palpa.app.analysis;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.palpa.core.sample.Frame;

/**
 * Reads a {@link TraceAnalysis.FrameSource} on its own thread and hands its frames over in
 * batches through a bounded queue, so the reader can run ahead of the consumer by a few batches
 * and no further. The end of the source, or its failure, travels through the same queue.
 */
final class FrameHandoff implements AutoCloseable {
    private static final int BATCH = 2048;
    private static final int BATCHES_IN_FLIGHT = 8;

    /** A batch of frames; {@code count == -1} ends the stream, with {@code error} set if the source failed. */
    private record Batch(Frame[] frames, int count, RuntimeException error) {
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    private final Thread reader;

    FrameHandoff(TraceAnalysis.FrameSource source) {
        reader = new Thread(() -> read(source), "palpa-trace-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(TraceAnalysis.FrameSource source) {
        Frame[][] batch = {new Frame[BATCH]};
        int[] count = {0};
        try {
            source.forEach(frame -> {
                batch[0][count[0]++] = frame;
                if (count[0] == BATCH) {
                    put(new Batch(batch[0], BATCH, null));
                    batch[0] = new Frame[BATCH];
                    count[0] = 0;
                }
            });
            put(new Batch(batch[0], count[0], null));
            put(new Batch(null, -1, null));
        } catch (Stopped e) {
            // closed by the consumer: nobody is waiting for the rest
        } catch (RuntimeException e) {
            try {
                put(new Batch(null, -1, e));
            } catch (Stopped stopped) {
                // closed by the consumer while the failure was being handed over
            }
        }
    }

    private void put(Batch b) {
        try {
            queue.put(b);
        } catch (InterruptedException e) {
            // the consumer gave up (close): stop reading
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** Thrown on the reader thread to unwind the source when the consumer has closed. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Gives every frame to {@code sink} in order, on the caller's thread; rethrows the source's failure. */
    void drainTo(Consumer<Frame> sink) {
        while (true) {
            Batch b;
            try {
                b = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading a trace", e);
            }
            if (b.count() < 0) {
                if (b.error() != null && !(b.error() instanceof Stopped)) {
                    throw b.error();
                }
                return;
            }
            for (int i = 0; i < b.count(); i++) {
                sink.accept(b.frames()[i]);
            }
        }
    }

    @Override
    public void close() {
        reader.interrupt();
    }
}

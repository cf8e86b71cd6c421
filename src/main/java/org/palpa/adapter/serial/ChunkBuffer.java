package org.palpa.adapter.serial;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The bounded hand-off between the reader thread and the decoding thread: a fixed set of
 * preallocated chunks that cycle between a free queue and a full queue, so reading allocates
 * nothing. When every chunk is full the reader counts the bytes it had to drop as an overrun.
 */
final class ChunkBuffer {
    /** What a chunk carries. */
    enum Kind { BYTES, DISCONNECTED, RECONNECTED }

    /** One block of bytes and the host time they arrived, or a link event. */
    static final class Chunk {
        final byte[] data;
        int length;
        long arrivalNanos;
        Kind kind = Kind.BYTES;
        String detail = "";

        Chunk(int size) {
            data = new byte[size];
        }
    }

    private final BlockingQueue<Chunk> free;
    private final BlockingQueue<Chunk> full;
    private final int chunkSize;

    ChunkBuffer(int chunks, int chunkSize) {
        this.chunkSize = chunkSize;
        this.free = new ArrayBlockingQueue<>(chunks);
        this.full = new ArrayBlockingQueue<>(chunks + 16);
        for (int i = 0; i < chunks; i++) {
            free.add(new Chunk(chunkSize));
        }
    }

    /** A free chunk to fill, or null when the decoder has fallen behind. */
    Chunk borrow() {
        return free.poll();
    }

    /** Hands a filled chunk to the decoder. */
    void publish(Chunk c) {
        if (!full.offer(c)) {
            free.offer(c); // cannot happen: full has room for every chunk plus markers
        }
    }

    /** Puts a link event in the stream, in order with the bytes. */
    void mark(Kind kind, long nanos, String detail) {
        Chunk c = new Chunk(0);
        c.kind = kind;
        c.arrivalNanos = nanos;
        c.detail = detail;
        try {
            full.put(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next chunk for the decoder, or null after {@code millis} without one. */
    Chunk take(long millis) throws InterruptedException {
        return full.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** Returns a chunk the decoder has finished with. */
    void release(Chunk c) {
        if (c.data.length == chunkSize) {
            c.kind = Kind.BYTES;
            c.length = 0;
            free.offer(c);
        }
    }
}

package org.palpa.core.record;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Packs frames into {@link SampleChunk}s. The buffer is allocated once; adding a frame allocates
 * nothing, so it can run for every sample.
 */
public final class ChunkBuilder {
    private final int channels;
    private final int maxFrames;
    private final ByteBuffer buffer;
    private int frames;
    private long firstTimestampNanos;
    private int nextIndex;

    /** A builder for frames of {@code channels} channels, holding at most {@code maxFrames} per chunk. */
    public ChunkBuilder(int channels, int maxFrames) {
        if (channels < 1 || maxFrames < 1) {
            throw new IllegalArgumentException("chunks need at least one channel and one frame");
        }
        this.channels = channels;
        this.maxFrames = maxFrames;
        this.buffer = ByteBuffer.allocate(maxFrames * SampleChunk.bytesPerFrame(channels)).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Adds one frame: raw values as received, calibrated forces in newtons. */
    public void add(long timestampNanos, long sequence, double[] raw, double[] calibratedNewtons) {
        if (frames == maxFrames) {
            throw new IllegalStateException("chunk is full; call take() first");
        }
        if (frames == 0) {
            firstTimestampNanos = timestampNanos;
        }
        buffer.putLong(timestampNanos).putLong(sequence);
        for (int c = 0; c < channels; c++) {
            buffer.putDouble(raw[c]);
        }
        for (int c = 0; c < channels; c++) {
            buffer.putFloat((float) calibratedNewtons[c]);
        }
        frames++;
    }

    public int frames() {
        return frames;
    }

    public boolean isFull() {
        return frames == maxFrames;
    }

    /** Timestamp of the chunk's first frame; meaningful only when it holds frames. */
    public long firstTimestampNanos() {
        return firstTimestampNanos;
    }

    /** Returns the frames so far as a chunk and starts the next one; null if there are none. */
    public SampleChunk take() {
        if (frames == 0) {
            return null;
        }
        byte[] data = new byte[buffer.position()];
        buffer.flip().get(data);
        buffer.clear();
        SampleChunk chunk = new SampleChunk(nextIndex++, firstTimestampNanos, frames, channels, data);
        frames = 0;
        return chunk;
    }
}

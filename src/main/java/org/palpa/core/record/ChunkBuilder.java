package org.palpa.core.record;

/**
 * Packs frames into {@link SampleChunk}s in the compact encoding ({@link ChunkCodec}). The arrays
 * are allocated once; adding a frame allocates nothing, so it can run for every sample, and only
 * {@link #take()} encodes.
 */
public final class ChunkBuilder {
    private final int channels;
    private final int maxFrames;
    private final long[] timestamps;
    private final long[] sequences;
    private final double[] raw;
    private final float[] calibrated;
    private final ChunkCodec codec = new ChunkCodec();
    private int frames;
    private int nextIndex;

    /** A builder for frames of {@code channels} channels, holding at most {@code maxFrames} per chunk. */
    public ChunkBuilder(int channels, int maxFrames) {
        if (channels < 1 || maxFrames < 1) {
            throw new IllegalArgumentException("chunks need at least one channel and one frame");
        }
        this.channels = channels;
        this.maxFrames = maxFrames;
        this.timestamps = new long[maxFrames];
        this.sequences = new long[maxFrames];
        this.raw = new double[maxFrames * channels];
        this.calibrated = new float[maxFrames * channels];
    }

    /** Adds one frame: raw values as received, calibrated forces in newtons (kept as floats). */
    public void add(long timestampNanos, long sequence, double[] raw, double[] calibratedNewtons) {
        if (frames == maxFrames) {
            throw new IllegalStateException("chunk is full; call take() first");
        }
        timestamps[frames] = timestampNanos;
        sequences[frames] = sequence;
        int at = frames * channels;
        for (int c = 0; c < channels; c++) {
            this.raw[at + c] = raw[c];
            this.calibrated[at + c] = (float) calibratedNewtons[c];
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
        return timestamps[0];
    }

    /** Returns the frames so far as an encoded chunk and starts the next one; null if there are none. */
    public SampleChunk take() {
        if (frames == 0) {
            return null;
        }
        byte[] data = codec.encode(new ChunkCodec.Frames(frames, channels, timestamps, sequences, raw, calibrated));
        SampleChunk chunk = new SampleChunk(nextIndex++, timestamps[0], frames, channels, data);
        frames = 0;
        return chunk;
    }
}

package org.palpa.core.record;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * About one second of frames of one session, stored as one binary blob whose exact bytes the
 * integrity chain covers. docs/records.md shows how to read both encodings.
 *
 * <p>Version 2 (what Palpa writes now) is {@link ChunkCodec}'s compact lossless encoding, which
 * starts with the byte {@code 2}. Version 1, written before, is frame after frame, little-endian:
 * the timestamp (int64 ns, device clock), the sequence number (int64), one raw value per channel
 * (IEEE float64) and one calibrated force per channel (IEEE float32, newtons), so exactly
 * {@code 16 + 12 × channels} bytes per frame; a blob of exactly that length is version 1. Both read
 * back the same values: the raw double as the device sent it and the calibrated float.
 *
 * <p>A version-2 blob is decoded the first time a value is asked for, so checking a chain, which
 * only hashes the bytes, never decodes.
 */
public final class SampleChunk {
    private final int index;
    private final long firstTimestampNanos;
    private final int frameCount;
    private final int channelCount;
    private final byte[] data;
    private volatile ChunkCodec.Frames decoded;

    /**
     * A chunk as stored.
     *
     * @param index               0-based number of the chunk in its session
     * @param firstTimestampNanos timestamp of the chunk's first frame
     * @param frameCount          frames in the chunk, at least 1
     * @param channelCount        channels per frame, at least 1
     * @param data                the blob in either encoding; not copied, so callers must not change it
     */
    public SampleChunk(int index, long firstTimestampNanos, int frameCount, int channelCount, byte[] data) {
        if (index < 0 || frameCount < 1 || channelCount < 1) {
            throw new IllegalArgumentException("chunk " + index + " needs frames and channels, had "
                    + frameCount + " and " + channelCount);
        }
        if (data == null || (data.length != legacyLength(frameCount, channelCount)
                && (data.length < 2 || data[0] != ChunkCodec.VERSION))) {
            throw new IllegalArgumentException("chunk " + index + " should hold " + frameCount + " frames of "
                    + channelCount + " channels, either in " + legacyLength(frameCount, channelCount)
                    + " bytes or in encoding " + ChunkCodec.VERSION + ", but has " + (data == null ? 0 : data.length)
                    + " bytes" + (data == null || data.length == 0 ? "" : " starting with " + (data[0] & 0xFF)));
        }
        this.index = index;
        this.firstTimestampNanos = firstTimestampNanos;
        this.frameCount = frameCount;
        this.channelCount = channelCount;
        this.data = data;
    }

    /** The length of a version-1 blob of {@code frames} frames of {@code channels} channels. */
    public static long legacyLength(int frames, int channels) {
        return (long) frames * bytesPerFrame(channels);
    }

    /** Bytes one frame takes in a version-1 chunk. */
    public static int bytesPerFrame(int channels) {
        return 16 + 12 * channels;
    }

    public int index() {
        return index;
    }

    public long firstTimestampNanos() {
        return firstTimestampNanos;
    }

    public int frameCount() {
        return frameCount;
    }

    public int channelCount() {
        return channelCount;
    }

    /** The stored blob; not a copy, so callers must not change it. */
    public byte[] data() {
        return data;
    }

    /** 1 for the frame-by-frame layout written before, {@link ChunkCodec#VERSION} for the compact one. */
    public int encoding() {
        return data.length == legacyLength(frameCount, channelCount) ? 1 : ChunkCodec.VERSION;
    }

    /** The same frames in the compact encoding, with the same index; this chunk itself if it already is. */
    public SampleChunk compacted(ChunkCodec codec) {
        return encoding() == ChunkCodec.VERSION ? this
                : new SampleChunk(index, firstTimestampNanos, frameCount, channelCount, codec.encode(frames()));
    }

    /**
     * Every value of the chunk, decoded.
     *
     * @throws IllegalArgumentException when a compact blob cannot be decoded
     */
    public ChunkCodec.Frames frames() {
        ChunkCodec.Frames f = decoded;
        if (f == null) {
            try {
                f = encoding() == 1 ? legacy() : ChunkCodec.decode(data, frameCount, channelCount);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("chunk " + index + " cannot be decoded: " + e.getMessage(), e);
            }
            decoded = f;
        }
        return f;
    }

    private ChunkCodec.Frames legacy() {
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        long[] ts = new long[frameCount];
        long[] seq = new long[frameCount];
        double[] raw = new double[frameCount * channelCount];
        float[] cal = new float[frameCount * channelCount];
        for (int i = 0; i < frameCount; i++) {
            ts[i] = b.getLong();
            seq[i] = b.getLong();
            for (int c = 0; c < channelCount; c++) {
                raw[i * channelCount + c] = b.getDouble();
            }
            for (int c = 0; c < channelCount; c++) {
                cal[i * channelCount + c] = b.getFloat();
            }
        }
        return new ChunkCodec.Frames(frameCount, channelCount, ts, seq, raw, cal);
    }

    /** Timestamp of frame {@code frame}, in device nanoseconds. */
    public long timestampNanos(int frame) {
        return frames().timestamps()[frame];
    }

    /** Sequence number of frame {@code frame}. */
    public long sequence(int frame) {
        return frames().sequences()[frame];
    }

    /** Raw value of channel {@code channel} in frame {@code frame}, exactly as the device sent it. */
    public double raw(int frame, int channel) {
        return frames().raw()[frame * channelCount + channel];
    }

    /** Calibrated force in newtons of channel {@code channel} in frame {@code frame}, as recorded (a float). */
    public double calibratedNewtons(int frame, int channel) {
        return frames().calibrated()[frame * channelCount + channel];
    }

    /** Copies frame {@code frame}'s raw values into {@code target}. */
    public void rawInto(int frame, double[] target) {
        System.arraycopy(frames().raw(), frame * channelCount, target, 0, channelCount);
    }

    /** Timestamp of the last frame. */
    public long lastTimestampNanos() {
        return timestampNanos(frameCount - 1);
    }

    @Override
    public String toString() {
        return "SampleChunk[index=" + index + ", frames=" + frameCount + ", channels=" + channelCount + ", encoding="
                + encoding() + ", bytes=" + data.length + "]";
    }
}

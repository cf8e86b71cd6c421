package org.palpa.core.record;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * About one second of frames of one session, stored as one compact binary blob.
 *
 * <p>The blob is frame after frame, little-endian: the timestamp (int64 ns, device clock), the
 * sequence number (int64), then one raw value per channel (IEEE float64, exactly as the device
 * sent it) and one calibrated force per channel (IEEE float32, newtons). That is
 * {@code 16 + 12 × channels} bytes per frame. docs/records.md shows how to read it.
 *
 * @param index               0-based number of the chunk in its session
 * @param firstTimestampNanos timestamp of the chunk's first frame
 * @param frameCount          frames in the chunk, at least 1
 * @param channelCount        channels per frame, at least 1
 * @param data                the blob; not copied, so callers must not change it
 */
public record SampleChunk(int index, long firstTimestampNanos, int frameCount, int channelCount, byte[] data) {

    public SampleChunk {
        if (index < 0 || frameCount < 1 || channelCount < 1) {
            throw new IllegalArgumentException("chunk " + index + " needs frames and channels, had "
                    + frameCount + " and " + channelCount);
        }
        if (data == null || data.length != (long) frameCount * bytesPerFrame(channelCount)) {
            throw new IllegalArgumentException("chunk " + index + " should hold " + frameCount + " frames of "
                    + channelCount + " channels in " + (long) frameCount * bytesPerFrame(channelCount)
                    + " bytes, but has " + (data == null ? 0 : data.length));
        }
    }

    /** Bytes one frame takes in a chunk. */
    public static int bytesPerFrame(int channels) {
        return 16 + 12 * channels;
    }

    private ByteBuffer buffer() {
        return ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    }

    private int offset(int frame) {
        return frame * bytesPerFrame(channelCount);
    }

    /** Timestamp of frame {@code frame}, in device nanoseconds. */
    public long timestampNanos(int frame) {
        return buffer().getLong(offset(frame));
    }

    /** Sequence number of frame {@code frame}. */
    public long sequence(int frame) {
        return buffer().getLong(offset(frame) + 8);
    }

    /** Raw value of channel {@code channel} in frame {@code frame}. */
    public double raw(int frame, int channel) {
        return buffer().getDouble(offset(frame) + 16 + 8 * channel);
    }

    /** Calibrated force in newtons of channel {@code channel} in frame {@code frame}. */
    public double calibratedNewtons(int frame, int channel) {
        return buffer().getFloat(offset(frame) + 16 + 8 * channelCount + 4 * channel);
    }

    /** Copies frame {@code frame}'s raw values into {@code target}. */
    public void rawInto(int frame, double[] target) {
        ByteBuffer b = buffer();
        int at = offset(frame) + 16;
        for (int c = 0; c < channelCount; c++) {
            target[c] = b.getDouble(at + 8 * c);
        }
    }

    /** Timestamp of the last frame. */
    public long lastTimestampNanos() {
        return timestampNanos(frameCount - 1);
    }
}

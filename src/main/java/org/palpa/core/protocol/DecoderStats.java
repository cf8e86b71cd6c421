package org.palpa.core.protocol;

/**
 * Running counts kept by one {@link StreamDecoder}. Not thread-safe: it belongs to the thread that
 * feeds the decoder; take a {@link #snapshot()} to hand the figures elsewhere.
 */
public final class DecoderStats {
    long bytes;
    long frames;
    long checksumErrors;
    long lengthErrors;
    long contentErrors;
    long resyncs;
    long skippedBytes;
    long lostFrames;

    /** An immutable copy of the counts. */
    public Snapshot snapshot() {
        return new Snapshot(bytes, frames, checksumErrors, lengthErrors, contentErrors, resyncs, skippedBytes,
                lostFrames);
    }

    void count(Decoded.Problem problem) {
        switch (problem) {
            case BAD_CHECKSUM -> checksumErrors++;
            case BAD_LENGTH, LINE_TOO_LONG -> lengthErrors++;
            case BAD_CONTENT -> contentErrors++;
        }
    }

    /**
     * Counts at one moment.
     *
     * @param bytes          bytes fed
     * @param frames         valid frames or lines decoded, of any type
     * @param checksumErrors frames or lines with a wrong CRC or checksum
     * @param lengthErrors   absurd lengths and overlong lines
     * @param contentErrors  frames or lines that were well framed but unreadable
     * @param resyncs        times the decoder had to hunt for the start of the next frame
     * @param skippedBytes   bytes thrown away while hunting
     * @param lostFrames     frames missing from the device's sequence numbers
     */
    public record Snapshot(long bytes, long frames, long checksumErrors, long lengthErrors, long contentErrors,
                           long resyncs, long skippedBytes, long lostFrames) {
        /** Every error counted, of any kind. */
        public long errors() {
            return checksumErrors + lengthErrors + contentErrors;
        }
    }
}

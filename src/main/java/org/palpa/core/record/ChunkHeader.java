package org.palpa.core.record;

import java.nio.charset.StandardCharsets;

/**
 * The canonical text of a chunk's header in the integrity chain, {@code chunk|I:index|T:first|F:frames|C:channels}
 * (each number in decimal, after its length in characters), written straight into ASCII bytes. It is
 * hashed once for every second of every session, when recording and when verifying, so it skips the
 * strings that {@link IntegrityChain}'s other items are built from; {@code IntegrityChainTest} checks
 * that both read the same.
 */
final class ChunkHeader {
    private static final byte[] WORD = {'c', 'h', 'u', 'n', 'k'};
    /** "chunk", then four fields of at most '|', 2 length digits, ':' and 20 characters. */
    private static final int MOST = WORD.length + 4 * 24;

    private ChunkHeader() {
    }

    static byte[] bytes(SampleChunk k) {
        byte[] b = new byte[MOST];
        System.arraycopy(WORD, 0, b, 0, WORD.length);
        int p = field(b, WORD.length, k.index());
        p = field(b, p, k.firstTimestampNanos());
        p = field(b, p, k.frameCount());
        p = field(b, p, k.channelCount());
        return java.util.Arrays.copyOf(b, p);
    }

    private static int field(byte[] b, int p, long v) {
        byte[] digits = Long.toString(v).getBytes(StandardCharsets.US_ASCII);
        b[p++] = '|';
        if (digits.length >= 10) {
            b[p++] = (byte) ('0' + digits.length / 10);
        }
        b[p++] = (byte) ('0' + digits.length % 10);
        b[p++] = ':';
        System.arraycopy(digits, 0, b, p, digits.length);
        return p + digits.length;
    }
}

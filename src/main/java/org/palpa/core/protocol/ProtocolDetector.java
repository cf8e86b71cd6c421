package org.palpa.core.protocol;

import java.util.Optional;

/**
 * Guesses the protocol of a device from the first bytes it sent. Every decoder reads the bytes;
 * the one that finds the most valid frames for the fewest errors wins, needing at least
 * {@link #MIN_FRAMES} frames and no more errors than a quarter of its frames. On a tie the
 * more specific protocol wins (declaration order of {@link Protocol}).
 */
public final class ProtocolDetector {
    /** Valid frames or lines a protocol must show before it is believed. */
    public static final int MIN_FRAMES = 2;

    private ProtocolDetector() {
    }

    /** The protocol that reads {@code bytes[0, length)} best, or empty when none reads it well. */
    public static Optional<Protocol> detect(byte[] bytes, int length) {
        return detect(bytes, length, Protocol.values());
    }

    /** Like {@link #detect(byte[], int)}, choosing only among {@code candidates}, in order of preference. */
    public static Optional<Protocol> detect(byte[] bytes, int length, Protocol... candidates) {
        Protocol best = null;
        long bestScore = Long.MIN_VALUE;
        for (Protocol p : candidates) {
            StreamDecoder d = p.newDecoder();
            d.feed(bytes, 0, length, x -> { });
            DecoderStats.Snapshot s = d.stats().snapshot();
            long score = s.frames() - 4 * s.errors();
            if (s.frames() >= MIN_FRAMES && s.errors() * 4 <= s.frames() && score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}

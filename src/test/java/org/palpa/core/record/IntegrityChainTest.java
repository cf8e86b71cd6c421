package org.palpa.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** A chunk's link in the chain, recomputed here from the canonical text written out by hand. */
class IntegrityChainTest {
    private static final String BEFORE = "ddb325f64cb2c29edbfb909d0c4841e726cc8de335f23126df331519dbb81cb3";

    @Test
    void givenAChunk_thenItsLinkIsSha256OfThePreviousHashItsHeaderTextAndItsBytes() throws Exception {
        byte[] data = {2, 7, 1, 8, 2, 8};
        for (long first : new long[] {0, 1_234_567_890_123_456_789L, -5_000_000_000L, Long.MIN_VALUE, Long.MAX_VALUE}) {
            SampleChunk chunk = new SampleChunk(12, first, 200, 16, data);
            String digits = Long.toString(first);
            String text = "chunk|2:12|" + digits.length() + ":" + digits + "|3:200|2:16";
            assertThat(IntegrityChain.link(BEFORE, new ChainEntry.Chunk(chunk))).as("first timestamp %d", first)
                    .isEqualTo(sha256(BEFORE.getBytes(StandardCharsets.US_ASCII), text.getBytes(StandardCharsets.US_ASCII), data));
        }
    }

    @Test
    void givenTwoChunksThatDifferOnlyInWhereTheirDigitsSplit_thenTheirLinksDiffer() {
        byte[] data = {2, 0};
        String a = IntegrityChain.link(BEFORE, new ChainEntry.Chunk(new SampleChunk(1, 23, 1, 1, data)));
        String b = IntegrityChain.link(BEFORE, new ChainEntry.Chunk(new SampleChunk(12, 3, 1, 1, data)));
        assertThat(a).isNotEqualTo(b);
    }

    private static String sha256(byte[]... parts) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        for (byte[] p : parts) {
            d.update(p);
        }
        return HexFormat.of().formatHex(d.digest());
    }
}

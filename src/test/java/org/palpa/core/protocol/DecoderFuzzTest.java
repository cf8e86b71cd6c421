package org.palpa.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Throws random and mutated bytes at every decoder: nothing may escape, every error must be
 * counted, and a valid frame after the damage must come out intact. 150,000 inputs per decoder,
 * seven decoders: 1.05 million inputs, from a fixed seed so a failure can be replayed. A quarter
 * are random bytes; the rest are the shared test vectors with bit flips, cuts, splices, absurd
 * lengths and odd text ({@code nan}, {@code inf}, stray separators) mixed in.
 */
class DecoderFuzzTest {
    private static final int INPUTS_PER_DECODER = 150_000;
    private static final AtomicLong INPUTS = new AtomicLong();
    private static final List<VectorFile> FILES = load();

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void anyBytes_neverThrow_countEveryError_andResyncAtTheNextValidFrame(Protocol protocol) {
        SplittableRandom random = new SplittableRandom(20261126L + protocol.ordinal());
        List<byte[]> corpus = corpus(protocol);
        byte[] good = goodFrame(protocol);
        for (int i = 0; i < INPUTS_PER_DECODER; i++) {
            byte[] noise = random.nextInt(4) == 0 ? randomBytes(random) : mutate(random, corpus);
            checkOne(protocol, random, noise, good);
        }
        INPUTS.addAndGet(INPUTS_PER_DECODER);
    }

    private static void checkOne(Protocol protocol, SplittableRandom random, byte[] noise, byte[] good) {
        StreamDecoder decoder = protocol.newDecoder();
        List<Decoded> out = new ArrayList<>();
        feedInRandomChunks(decoder, random, noise, out);
        int before = out.size();
        // a line protocol needs the damaged line ended; a binary decoder needs any false frame to run out
        byte[] separator = protocol == Protocol.PALPA ? new byte[PalpaFrames.OVERHEAD + PalpaFrames.MAX_PAYLOAD]
                : new byte[] {'\r', '\n'};
        feedInRandomChunks(decoder, random, separator, out);
        if (decoder instanceof CsvLineDecoder csv && csv.channels() > 1) {
            // a CSV stream keeps the channel count of its first line
            good = String.join(",", java.util.Collections.nCopies(csv.channels(), "1.5"))
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        feedInRandomChunks(decoder, random, good, out);
        feedInRandomChunks(decoder, random, separator, out);

        DecoderStats.Snapshot s = decoder.stats().snapshot();
        long corrupt = out.stream().filter(d -> d instanceof Decoded.Corrupt).count();
        assertThat(s.errors()).as("every corrupt item is counted").isEqualTo(corrupt);
        assertThat(s.frames()).as("every good item is counted").isEqualTo(out.size() - corrupt);
        assertThat(s.bytes()).isEqualTo(noise.length + 2L * separator.length + good.length);
        List<Decoded> after = out.subList(before, out.size());
        if (after.stream().noneMatch(d -> d instanceof Decoded.Sample)) {
            throw new AssertionError(protocol.id() + ": no sample from the valid frame after " + Arrays.toString(noise)
                    + "; decoded " + after);
        }
    }

    private static void feedInRandomChunks(StreamDecoder d, SplittableRandom random, byte[] bytes, List<Decoded> out) {
        int i = 0;
        while (i < bytes.length) {
            int n = Math.min(bytes.length - i, 1 + random.nextInt(64));
            d.feed(bytes, i, n, out::add);
            i += n;
        }
    }

    private static byte[] randomBytes(SplittableRandom random) {
        byte[] b = new byte[random.nextInt(200)];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return b;
    }

    /** A valid input with damage: bit flips, cuts, duplicated or spliced runs, absurd lengths, odd bytes. */
    private static byte[] mutate(SplittableRandom random, List<byte[]> corpus) {
        byte[] b = corpus.get(random.nextInt(corpus.size())).clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(7)) {
                case 0 -> b[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> b = Arrays.copyOf(b, at);
                case 2 -> b = splice(b, at, Arrays.copyOfRange(b, random.nextInt(b.length), b.length));
                case 3 -> b = splice(b, at, corpus.get(random.nextInt(corpus.size())));
                case 4 -> b = splice(b, at, new byte[] {(byte) 0xAA, 0x55, (byte) 0xFF, (byte) 0xFF});
                case 5 -> b = splice(b, at, special(random));
                default -> b[at] = (byte) random.nextInt(256);
            }
        }
        return b;
    }

    private static byte[] special(SplittableRandom random) {
        String[] words = {"nan", "inf", "-", "+", ".", "1e999", "  ", ",", "*", "$", "\r", "\n", "HELP", "lbF",
            "99999999999999999999", "\0", "\u00ff"};
        return words[random.nextInt(words.length)].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static byte[] splice(byte[] b, int at, byte[] insert) {
        byte[] r = new byte[b.length + insert.length];
        System.arraycopy(b, 0, r, 0, at);
        System.arraycopy(insert, 0, r, at, insert.length);
        System.arraycopy(b, at, r, at + insert.length, b.length - at);
        return r;
    }

    private static List<byte[]> corpus(Protocol protocol) {
        List<byte[]> all = new ArrayList<>();
        for (VectorFile f : FILES) {
            if (f.protocol() == protocol) {
                f.vectors().forEach(v -> all.add(v.bytes()));
            }
        }
        return all;
    }

    private static byte[] goodFrame(Protocol protocol) {
        String line = switch (protocol) {
            case PALPA -> null;
            case PALPA_ASCII -> "$D,1,1000,512,300*71";
            case MARK10 -> "4.285 N";
            case WAGNER -> " 23.02 lbf";
            case IMADA -> "+012.34NTO";
            case SHIMPO -> "+0012.3N";
            case CSV -> "1.5";
        };
        return line == null ? PalpaFrames.data(7, 1234, 42)
                : line.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static List<VectorFile> load() {
        try {
            return VectorFile.all();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void atLeastAMillionInputs() {
        assertThat(INPUTS.get()).isGreaterThanOrEqualTo(1_000_000);
    }
}

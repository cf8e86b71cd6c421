package org.palpa.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A HELLO is a restart only when the device clock went backwards (it booted): a HELLO that answers
 * the host's IDENTIFY mid-stream carries a clock continuing the previous one, and must leave the
 * device time, the sequence and the host-clock mapping continuous.
 */
class HelloContinuityTest {
    private static final long PERIOD_MICROS = 1_000; // a 1 kHz glove

    private static byte[] hello(int sequence, long micros) {
        return PalpaFrames.hello(sequence, micros, "glove", "G-1", "1.0", 24, 1000, List.of("thumb"));
    }

    /** DATA frames {@code from}..{@code to}-1, sample i at device time i ms, sequence {@code i + seqShift}. */
    private static void data(ByteArrayOutputStream out, int from, int to, int seqShift, long microsShift) {
        for (int i = from; i < to; i++) {
            out.writeBytes(PalpaFrames.data(i + seqShift, i * PERIOD_MICROS + microsShift, 100 + i));
        }
    }

    private static List<Decoded.Sample> samples(byte[] stream, PalpaBinaryDecoder decoder) {
        List<Decoded.Sample> out = new ArrayList<>();
        decoder.feed(stream, 0, stream.length, d -> {
            if (d instanceof Decoded.Sample s) {
                out.add(s);
            }
        });
        return out;
    }

    @Test
    void givenAHelloAnsweringIdentifyMidStream_thenDeviceTimeAndSequenceGoOnUnbroken() {
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        s.writeBytes(hello(0, 0));
        data(s, 1, 500, 0, 0);
        s.writeBytes(hello(500, 499 * PERIOD_MICROS + 600)); // the reply, 0.6 ms after sample 499
        data(s, 500, 1000, 1, 0);
        PalpaBinaryDecoder decoder = new PalpaBinaryDecoder();

        List<Decoded.Sample> got = samples(s.toByteArray(), decoder);

        assertThat(got).hasSize(999);
        for (Decoded.Sample x : got) {
            int i = (int) (x.values()[0] - 100);
            assertThat(x.deviceMicros()).as("device time of sample %d", i).isEqualTo(i * PERIOD_MICROS);
        }
        assertThat(got.get(499).sequence() - got.get(498).sequence()).as("the HELLO took one sequence number")
                .isEqualTo(2);
        assertThat(decoder.stats().snapshot().lostFrames()).isZero();
    }

    @Test
    void givenAHelloWhoseClockWentBackwards_thenTheDeviceBootedAndNoLossIsCountedAcrossIt() {
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        data(s, 1, 5000, 0, 0);                 // 5 s of data, sequence 1..4999
        s.writeBytes(hello(0, 200));            // rebooted: sequence and clock begin afresh
        data(s, 1, 100, 0, 300);
        PalpaBinaryDecoder decoder = new PalpaBinaryDecoder();

        List<Decoded.Sample> got = samples(s.toByteArray(), decoder);

        assertThat(got).hasSize(4999 + 99);
        for (int k = 1; k < got.size(); k++) {
            assertThat(got.get(k).deviceMicros()).isGreaterThan(got.get(k - 1).deviceMicros());
            assertThat(got.get(k).sequence()).isGreaterThan(got.get(k - 1).sequence());
        }
        assertThat(decoder.stats().snapshot().lostFrames()).as("a restart is not a loss").isZero();
    }

    @Test
    void givenIdentifyRepliesEveryFewSeconds_thenTheClockMappingStaysOnTheTrueTimes() {
        SplittableRandom random = new SplittableRandom(7);
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        int seq = 0;
        for (int i = 0; i < 20_000; i++) { // 20 s at 1 kHz, a HELLO reply every 2 s
            if (i > 0 && i % 2000 == 0) {
                s.writeBytes(hello(seq++, i * PERIOD_MICROS - 1 - random.nextInt(900)));
            }
            s.writeBytes(PalpaFrames.data(seq++, i * PERIOD_MICROS, i));
        }
        List<Decoded.Sample> got = samples(s.toByteArray(), new PalpaBinaryDecoder());
        DeviceClock clock = new DeviceClock();
        long hostStart = 7_000_000_000L;
        long worstNanos = 0;
        for (Decoded.Sample x : got) {
            long i = (long) x.values()[0];
            long trueHost = hostStart + i * PERIOD_MICROS * 1000;
            long aligned = clock.toHostNanos(x.deviceMicros(), trueHost + 2_000_000 + random.nextLong(0, 2_000_000));
            if (i >= 3000) {
                worstNanos = Math.max(worstNanos, Math.abs(aligned - (trueHost + 3_000_000)));
            }
        }
        assertThat(got).hasSize(20_000);
        assertThat(worstNanos).as("the host time of every sample after the fit settled, against the truth")
                .isLessThan(500_000);
    }
}

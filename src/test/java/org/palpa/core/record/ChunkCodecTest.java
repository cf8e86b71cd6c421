package org.palpa.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class ChunkCodecTest {
    private final ChunkCodec codec = new ChunkCodec();

    /** Frames at {@code rateHz} with a little clock jitter, raw values from {@code value}, calibrated by {@code gain}. */
    private static ChunkCodec.Frames frames(int n, int channels, double rateHz, IntToDoubleFunction value, double gain) {
        SplittableRandom r = new SplittableRandom(7);
        long[] ts = new long[n];
        long[] seq = new long[n];
        double[] raw = new double[n * channels];
        float[] cal = new float[n * channels];
        for (int i = 0; i < n; i++) {
            ts[i] = 5_000_000_000L + Math.round(i * 1e9 / rateHz) + r.nextInt(-2000, 2000);
            seq[i] = 1000 + i + (i > n / 2 ? 3 : 0);
            for (int c = 0; c < channels; c++) {
                raw[i * channels + c] = value.applyAsDouble(i * channels + c);
                cal[i * channels + c] = (float) ((raw[i * channels + c] - 812.25) * gain);
            }
        }
        return new ChunkCodec.Frames(n, channels, ts, seq, raw, cal);
    }

    private static void assertSame(ChunkCodec.Frames expected, ChunkCodec.Frames actual) {
        int values = expected.frames() * expected.channels();
        assertThat(actual.timestamps()).containsExactly(java.util.Arrays.copyOf(expected.timestamps(), expected.frames()));
        assertThat(actual.sequences()).containsExactly(java.util.Arrays.copyOf(expected.sequences(), expected.frames()));
        for (int i = 0; i < values; i++) {
            assertThat(Double.doubleToRawLongBits(actual.raw()[i])).as("raw %d", i)
                    .isEqualTo(Double.doubleToRawLongBits(expected.raw()[i]));
            assertThat(Float.floatToRawIntBits(actual.calibrated()[i])).as("calibrated %d", i)
                    .isEqualTo(Float.floatToRawIntBits(expected.calibrated()[i]));
        }
    }

    @Test
    void noisyTwelveBitCountsComeBackBitForBitInUnderTwoBytesASample() {
        SplittableRandom r = new SplittableRandom(3);
        ChunkCodec.Frames f = frames(200, 5, 200, i -> Math.rint(Math.min(4095, 900 + 400 * Math.sin(i / 300.0)
                + 1.5 * r.nextGaussian())), 0.0123);
        byte[] data = codec.encode(f);
        assertThat(data[0]).isEqualTo((byte) ChunkCodec.VERSION);
        assertSame(f, ChunkCodec.decode(data, 200, 5));
        assertThat(data.length / 1000.0).isLessThan(2.0);
    }

    @Test
    void gaugeValuesWithTwoDecimalsAreKeptAsHundredths() {
        SplittableRandom r = new SplittableRandom(4);
        ChunkCodec.Frames f = frames(100, 1, 100, i -> Math.round((40 + r.nextGaussian() * 0.05) * 100) / 100.0, 1.0);
        byte[] data = codec.encode(f);
        assertSame(f, ChunkCodec.decode(data, 100, 1));
        assertThat(data.length).as("100 frames, which took 2800 bytes before").isLessThan(400);
    }

    @Test
    void valuesOfNoScaleAndOddBitPatternsFallBackWithoutLoss() {
        SplittableRandom r = new SplittableRandom(5);
        double[] odd = {Double.NaN, -0.0, Double.POSITIVE_INFINITY, Double.MIN_VALUE, -1e300, 0.1 + 0.2};
        ChunkCodec.Frames f = frames(50, 3, 100, i -> i < odd.length ? odd[i] : r.nextDouble() * 30, -2.5);
        assertSame(f, ChunkCodec.decode(codec.encode(f), 50, 3));
    }

    @Test
    void aCalibrationFarFromLinearStillComesBackExactly() {
        ChunkCodec.Frames f = frames(200, 2, 200, i -> i % 4000, 1.0);
        for (int i = 0; i < f.calibrated().length; i++) {
            f.calibrated()[i] = (float) (0.003 * Math.pow(f.raw()[i], 1.4));
        }
        assertSame(f, ChunkCodec.decode(codec.encode(f), 200, 2));
    }

    @Test
    void aLegacyChunkReadsTheSameAsItsCompactForm() {
        ChunkCodec.Frames f = frames(40, 4, 200, i -> i * 3 % 17, 0.5);
        SampleChunk old = LegacyChunks.of(7, f);
        SampleChunk compact = old.compacted(codec);
        assertThat(old.encoding()).isEqualTo(1);
        assertThat(compact.encoding()).isEqualTo(2);
        assertThat(compact.index()).isEqualTo(7);
        assertThat(compact.data().length).isLessThan(old.data().length / 4);
        assertSame(old.frames(), compact.frames());
        assertThat(compact.calibratedNewtons(3, 2)).isEqualTo(old.calibratedNewtons(3, 2));
        assertThat(compact.lastTimestampNanos()).isEqualTo(old.lastTimestampNanos());
    }

    @Test
    void aSingleFrameChunkIsNeverMistakenForTheOldLayout() {
        for (int ch = 1; ch <= 16; ch++) {
            final int channels = ch;
            ChunkCodec.Frames f = frames(1, channels, 1, i -> i * 1e-7 + 0.123456789, 1);
            SampleChunk k = new SampleChunk(0, 0, 1, channels, codec.encode(f));
            assertThat(k.encoding()).isEqualTo(2);
            assertSame(f, k.frames());
        }
    }

    @Test
    void aDamagedCompactChunkIsReportedNotMisread() {
        ChunkCodec.Frames f = frames(200, 5, 200, i -> i % 97, 1);
        byte[] data = codec.encode(f);
        data[data.length / 2] ^= 0x10;
        SampleChunk k = new SampleChunk(3, 0, 200, 5, data);
        assertThatThrownBy(() -> k.raw(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chunk 3 cannot be decoded");
    }

    @Test
    void aBlobOfNeitherEncodingIsRefused() {
        assertThatThrownBy(() -> new SampleChunk(0, 0, 2, 1, new byte[] {9, 1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starting with 9");
    }
}

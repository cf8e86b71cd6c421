package org.palpa.core.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SampleWindowTest {
    private static void fill(SampleWindow w, int from, int to) {
        double[] v = new double[w.channels()];
        for (int i = from; i < to; i++) {
            v[0] = i;
            if (v.length > 1) {
                v[1] = -i;
            }
            w.append(i * 1_000_000L, v);
        }
    }

    @Test
    void givenMoreSamplesThanCapacity_thenOnlyTheNewestAreKeptOldestFirst() {
        SampleWindow w = new SampleWindow(2, 5);
        fill(w, 0, 12);
        assertThat(w.size()).isEqualTo(5);
        assertThat(w.written()).isEqualTo(12);
        assertThat(w.valueAt(0, 0)).isEqualTo(7.0);
        assertThat(w.valueAt(1, 4)).isEqualTo(-11.0);
        assertThat(w.newestTime()).isEqualTo(11_000_000L);
        assertThat(w.firstIndexAtOrAfter(9_500_000L)).isEqualTo(3);
        assertThat(w.firstIndexAtOrAfter(99_000_000L)).isEqualTo(5);
    }

    @Test
    void givenAReaderCopy_whenTheWriterAddsSamples_thenOnlyTheNewOnesAreCopied() {
        SampleWindow writer = new SampleWindow(1, 8);
        SampleWindow reader = new SampleWindow(1, 8);
        fill(writer, 0, 3);
        assertThat(reader.copyNewFrom(writer)).isZero();
        fill(writer, 3, 6);
        assertThat(reader.copyNewFrom(writer)).isZero();
        assertThat(reader.size()).isEqualTo(6);
        assertThat(reader.valueAt(0, 5)).isEqualTo(5.0);
    }

    @Test
    void givenAReaderMoreThanAWindowBehind_thenTheSkippedSamplesAreCounted() {
        SampleWindow writer = new SampleWindow(1, 8);
        SampleWindow reader = new SampleWindow(1, 8);
        fill(writer, 0, 2);
        reader.copyNewFrom(writer);
        fill(writer, 2, 30);
        assertThat(reader.copyNewFrom(writer)).isEqualTo(20);
        for (int i = 0; i < 8; i++) {
            assertThat(reader.valueAt(0, i)).isEqualTo(22.0 + i);
        }
    }

    @Test
    void theSlopeOfARampIsItsRatePerSecond() {
        SampleWindow w = new SampleWindow(1, 1000);
        double[] v = new double[1];
        for (int i = 0; i < 1000; i++) {
            v[0] = 3 + 12.5 * (i / 100.0);
            w.append(i * 10_000_000L, v);
        }
        assertThat(w.slopePerSecond(0, 500_000_000L)).isCloseTo(12.5, within(1e-9));
        assertThat(new SampleWindow(1, 4).slopePerSecond(0, 1)).isNaN();
    }
}

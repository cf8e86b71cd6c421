package org.palpa.core.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
    private static final long MS = 1_000_000L;

    private static SampleWindow window(double[] signal, long periodNanos) {
        SampleWindow w = new SampleWindow(1, signal.length);
        double[] v = new double[1];
        for (int i = 0; i < signal.length; i++) {
            v[0] = signal[i];
            w.append(i * periodNanos, v);
        }
        return w;
    }

    @Test
    void aOneSampleSpikeInThirtySecondsAtOneKilohertzReachesFullHeightIn1280Columns() {
        double[] signal = new double[30_000];
        Random rnd = new Random(3);
        for (int i = 0; i < signal.length; i++) {
            signal[i] = 20 + rnd.nextGaussian();
        }
        signal[17_321] = 95.0;
        signal[4_002] = -40.0;
        Envelope e = new Envelope(2000);
        e.compute(window(signal, MS), 0, 0, 29_999 * MS, 1280);

        double top = Double.NEGATIVE_INFINITY;
        double bottom = Double.POSITIVE_INFINITY;
        for (int c = 0; c < e.columns(); c++) {
            if (e.filled(c)) {
                top = Math.max(top, e.max(c));
                bottom = Math.min(bottom, e.min(c));
            }
        }
        assertThat(top).isEqualTo(95.0);
        assertThat(bottom).isEqualTo(-40.0);
        int spikeColumn = (int) (17_321.0 / 29_999 * 1280);
        assertThat(e.max(spikeColumn)).isEqualTo(95.0);
    }

    @Test
    void everyColumnHoldsExactlyTheExtremesOfItsOwnSamples() {
        Random rnd = new Random(11);
        double[] signal = new double[5_003];
        for (int i = 0; i < signal.length; i++) {
            signal[i] = rnd.nextDouble() * 100 - 50;
        }
        Envelope e = new Envelope(640);
        long to = (signal.length - 1) * 2 * MS;
        e.compute(window(signal, 2 * MS), 0, 0, to, 611);

        int total = 0;
        for (int c = 0; c < 611; c++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int n = 0;
            for (int i = 0; i < signal.length; i++) {
                int col = Math.min(610, (int) ((double) (i * 2 * MS) / to * 611));
                if (col == c) {
                    lo = Math.min(lo, signal[i]);
                    hi = Math.max(hi, signal[i]);
                    n++;
                }
            }
            assertThat(e.count(c)).as("column %d", c).isEqualTo(n);
            if (n > 0) {
                assertThat(e.min(c)).isEqualTo(lo);
                assertThat(e.max(c)).isEqualTo(hi);
            }
            total += n;
        }
        assertThat(total).isEqualTo(signal.length);
    }

    @Test
    void givenARingThatHasWrapped_thenColumnsStillHoldTheExtremesOfTheNewestSamples() {
        Random rnd = new Random(5);
        SampleWindow w = new SampleWindow(2, 1000);
        double[] v = new double[2];
        double[] kept = new double[1000];
        for (int i = 0; i < 2500; i++) {
            v[1] = rnd.nextGaussian();
            w.append(i * MS, v);
            if (i >= 1500) {
                kept[i - 1500] = v[1];
            }
        }
        Envelope e = new Envelope(64);
        e.compute(w, 1, 1500 * MS, 2499 * MS, 7);
        for (int c = 0; c < 7; c++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < 1000; i++) {
                if (Math.min(6, (int) (i / 999.0 * 7)) == c) {
                    lo = Math.min(lo, kept[i]);
                    hi = Math.max(hi, kept[i]);
                }
            }
            assertThat(e.min(c)).as("column %d", c).isEqualTo(lo);
            assertThat(e.max(c)).as("column %d", c).isEqualTo(hi);
        }
    }

    @Test
    void samplesOutsideTheRangeAreLeftOut() {
        double[] signal = {1, 2, 300, 4, 5, 6, 700, 8};
        Envelope e = new Envelope(10);
        e.compute(window(signal, MS), 0, 3 * MS, 5 * MS, 2);
        assertThat(e.count(0) + e.count(1)).isEqualTo(3);
        assertThat(Math.max(e.max(0), e.max(1))).isEqualTo(6.0);
        assertThat(e.columnCentreNanos(0)).isEqualTo(3.5 * MS);
    }

    @Test
    void sparseDataLeavesColumnsEmptyRatherThanInventingValues() {
        Envelope e = new Envelope(100);
        e.compute(window(new double[] {1, 2, 3}, 10 * MS), 0, 0, 20 * MS, 100);
        int filled = 0;
        for (int c = 0; c < 100; c++) {
            filled += e.filled(c) ? 1 : 0;
        }
        assertThat(filled).isEqualTo(3);
    }

    @Test
    void tooManyColumnsOrAnEmptyRangeIsRefused() {
        Envelope e = new Envelope(10);
        SampleWindow w = window(new double[] {1, 2}, MS);
        assertThatThrownBy(() -> e.compute(w, 0, 0, MS, 11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> e.compute(w, 0, MS, MS, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}

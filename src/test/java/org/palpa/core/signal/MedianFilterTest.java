package org.palpa.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MedianFilterTest {

    /** The median of the last {@code length} samples (fewer at the start), by sorting a copy. */
    private static double bySorting(double[] x, int upTo, int length) {
        int from = Math.max(0, upTo - length + 1);
        double[] w = Arrays.copyOfRange(x, from, upTo + 1);
        Arrays.sort(w);
        return w.length % 2 == 1 ? w[w.length / 2] : 0.5 * (w[w.length / 2 - 1] + w[w.length / 2]);
    }

    @Test
    void givesTheMedianOfTheLastSamplesWithRepeatsAndSteps() {
        Random random = new Random(7);
        for (int length : new int[] {1, 3, 5, 9}) {
            double[] x = new double[5000];
            for (int i = 0; i < x.length; i++) {
                // quantized like a gauge's display, so equal values are common, with steps and spikes
                x[i] = Math.round((i / 700 % 2 == 0 ? 0 : 40) * 100 + random.nextGaussian() * 30) / 100.0
                        + (random.nextInt(50) == 0 ? 25 : 0);
            }
            MedianFilter f = new MedianFilter(length, 200);
            for (int i = 0; i < x.length; i++) {
                assertThat(f.filter(x[i])).as("length %d, sample %d", length, i).isEqualTo(bySorting(x, i, length));
            }
        }
    }

    @Test
    void theMedianOfFiveIsTheMiddleValueForEveryOrderAndEveryTie() {
        int[] v = new int[5];
        for (int code = 0; code < 4 * 4 * 4 * 4 * 4; code++) {
            for (int i = 0, c = code; i < 5; i++, c /= 4) {
                v[i] = c % 4; // values 0..3 in every arrangement, so every pattern of ties and orders
            }
            double[] sorted = java.util.Arrays.stream(v).asDoubleStream().sorted().toArray();
            assertThat(MedianFilter.medianOfFive(v[0], v[1], v[2], v[3], v[4])).as(java.util.Arrays.toString(v))
                    .isEqualTo(sorted[2]);
        }
    }

    @Test
    void startsAgainAfterReset() {
        MedianFilter f = new MedianFilter(5, 100);
        for (double v : new double[] {9, 9, 9, 9, 9, 9}) {
            f.filter(v);
        }
        f.reset();
        assertThat(f.filter(1)).isEqualTo(1);
        assertThat(f.filter(3)).isEqualTo(2);
        assertThat(f.filter(2)).isEqualTo(2);
    }
}

package org.palpa.core.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks each filter's step response, its gain at several frequencies against the textbook
 * formula for that filter (computed here, not by the filter), and its group delay against the
 * lag measured on a slow ramp.
 */
class FilterResponseTest {
    private static final double FS = 200.0;

    /** Steady-state gain of a filter for a sine at {@code hz}, measured by least-squares fit of the output. */
    static double measuredGain(SignalFilter f, double hz, double fs) {
        int settle = (int) (fs * 5);
        int measure = (int) (fs * Math.max(4, 40 / hz));
        double sc = 0, cc = 0, ss = 0, ys = 0, yc = 0;
        for (int i = 0; i < settle + measure; i++) {
            double w = 2 * Math.PI * hz * i / fs;
            double y = f.filter(Math.sin(w));
            if (i >= settle) {
                double s = Math.sin(w), c = Math.cos(w);
                ss += s * s; cc += c * c; sc += s * c; ys += y * s; yc += y * c;
            }
        }
        // Solve [ss sc; sc cc] [a b] = [ys yc] for y ≈ a sin + b cos.
        double det = ss * cc - sc * sc;
        double a = (ys * cc - yc * sc) / det;
        double b = (yc * ss - ys * sc) / det;
        return Math.hypot(a, b);
    }

    @ParameterizedTest(name = "Butterworth order 2 at 4 Hz has the bilinear-transform gain at {0} Hz")
    @ValueSource(doubles = {0.5, 2, 4, 8, 12, 30})
    void butterworthGainMatchesTheBilinearTransformFormula(double hz) {
        int order = 2;
        double fc = 4;
        double expected = 1 / Math.sqrt(1 + Math.pow(Math.tan(Math.PI * hz / FS) / Math.tan(Math.PI * fc / FS), 2 * order));
        assertThat(measuredGain(new ButterworthLowPass(order, fc, FS), hz, FS)).isCloseTo(expected, within(0.003));
    }

    @Test
    void butterworthIsThreeDecibelsDownAtItsCutoffForEveryOrder() {
        for (int order = 1; order <= 6; order++) {
            assertThat(measuredGain(new ButterworthLowPass(order, 10, FS), 10, FS))
                    .as("order %d", order).isCloseTo(Math.sqrt(0.5), within(0.003));
        }
    }

    @ParameterizedTest(name = "moving average of 9 has the Dirichlet-kernel gain at {0} Hz")
    @ValueSource(doubles = {1, 5, 10, 15, 40})
    void movingAverageGainMatchesTheDirichletKernel(double hz) {
        int n = 9;
        double x = Math.PI * hz / FS;
        double expected = Math.abs(Math.sin(n * x) / (n * Math.sin(x)));
        assertThat(measuredGain(new MovingAverage(n, FS), hz, FS)).isCloseTo(expected, within(0.002));
    }

    @ParameterizedTest(name = "EMA of 50 ms has the first-order gain at {0} Hz")
    @ValueSource(doubles = {0.5, 3, 10, 25})
    void emaGainMatchesTheFirstOrderFormula(double hz) {
        ExponentialMovingAverage f = new ExponentialMovingAverage(50, FS);
        double a = f.alpha();
        double w = 2 * Math.PI * hz / FS;
        double re = 1 - (1 - a) * Math.cos(w);
        double im = (1 - a) * Math.sin(w);
        double expected = a / Math.hypot(re, im);
        assertThat(measuredGain(f, hz, FS)).isCloseTo(expected, within(0.002));
    }

    @Test
    void everyFilterSettlesOnAStepToTheStepHeight() {
        for (Supplier<SignalFilter> s : filters()) {
            SignalFilter f = s.get();
            f.filter(0);
            double y = 0;
            for (int i = 0; i < 2000; i++) {
                y = f.filter(10);
            }
            assertThat(y).as(f.getClass().getSimpleName()).isCloseTo(10, within(1e-6));
        }
    }

    @Test
    void movingAverageReachesTheStepExactlyAfterItsLength() {
        MovingAverage f = new MovingAverage(5, FS);
        for (int i = 0; i < 10; i++) {
            f.filter(0);
        }
        double[] out = new double[6];
        for (int i = 0; i < 6; i++) {
            out[i] = f.filter(1);
        }
        assertThat(out).containsExactly(new double[] {0.2, 0.4, 0.6, 0.8, 1.0, 1.0}, within(1e-12));
    }

    @Test
    void medianRemovesAnIsolatedSpikeThatAnAverageWouldSmear() {
        MedianFilter median = new MedianFilter(5, FS);
        double[] in = {10, 10, 10, 10, 90, 10, 10, 10, 10};
        for (double x : in) {
            assertThat(median.filter(x)).isEqualTo(10);
        }
    }

    @Test
    void medianOfAnOddWindowIsTheMiddleValue() {
        MedianFilter median = new MedianFilter(3, FS);
        median.filter(5);
        median.filter(1);
        assertThat(median.filter(3)).isEqualTo(3);
        assertThat(median.filter(9)).isEqualTo(3);
        assertThat(median.filter(7)).isEqualTo(7);
    }

    @Test
    void reportedGroupDelayEqualsTheLagMeasuredOnASlowRamp() {
        for (Supplier<SignalFilter> s : filters()) {
            SignalFilter f = s.get();
            double slopePerSample = 0.01;
            double y = 0;
            int n = 4000;
            for (int i = 0; i < n; i++) {
                y = f.filter(slopePerSample * i);
            }
            double lagSamples = (slopePerSample * (n - 1) - y) / slopePerSample;
            double lagMillis = lagSamples * 1000 / FS;
            assertThat(lagMillis).as(f.getClass().getSimpleName()).isCloseTo(f.groupDelayMillis(), within(0.05));
        }
    }

    @Test
    void aChainsDelayIsTheSumOfItsStages() {
        FilterChain chain = FilterSpec.parse("median:5,ma:9,ema:50ms,butter:2:4Hz").build(FS);
        double expected = new MedianFilter(5, FS).groupDelayMillis() + new MovingAverage(9, FS).groupDelayMillis()
                + new ExponentialMovingAverage(50, FS).groupDelayMillis()
                + new ButterworthLowPass(2, 4, FS).groupDelayMillis();
        assertThat(chain.groupDelayMillis()).isCloseTo(expected, within(1e-9));
        assertThat(new MedianFilter(5, FS).groupDelayMillis()).isEqualTo(10.0);
        assertThat(new MovingAverage(9, FS).groupDelayMillis()).isEqualTo(20.0);
    }

    @Test
    void butterworthDelayAgreesWithTheAnalogPrototype() {
        // A 2nd-order analogue Butterworth has DC group delay sqrt(2)/(2*pi*fc); at fc << fs the digital one matches.
        double fc = 2;
        double analogMillis = Math.sqrt(2) / (2 * Math.PI * fc) * 1000;
        assertThat(new ButterworthLowPass(2, fc, 1000).groupDelayMillis()).isCloseTo(analogMillis, within(0.5));
    }

    @Test
    void resetForgetsHistory() {
        for (Supplier<SignalFilter> s : filters()) {
            SignalFilter f = s.get();
            for (int i = 0; i < 100; i++) {
                f.filter(50);
            }
            f.reset();
            double y = 0;
            for (int i = 0; i < 2000; i++) {
                y = f.filter(-3);
            }
            assertThat(y).as(f.getClass().getSimpleName()).isCloseTo(-3, within(1e-6));
        }
    }

    private static java.util.List<Supplier<SignalFilter>> filters() {
        return java.util.List.of(
                () -> new ExponentialMovingAverage(50, FS),
                () -> new MovingAverage(9, FS),
                () -> new MedianFilter(5, FS),
                () -> new ButterworthLowPass(2, 4, FS),
                () -> new ButterworthLowPass(4, 10, FS));
    }
}

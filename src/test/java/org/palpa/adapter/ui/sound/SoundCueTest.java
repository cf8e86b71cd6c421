package org.palpa.adapter.ui.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;
import org.junit.jupiter.api.Test;

class SoundCueTest {
    private static final double RATE = SoundCue.SAMPLE_RATE;

    private static double[] samples(byte[] pcm) {
        double[] s = new double[pcm.length / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) ((pcm[2 * i] & 0xFF) | (pcm[2 * i + 1] << 8)) / (double) Short.MAX_VALUE;
        }
        return s;
    }

    /** Frequency from rising zero crossings between {@code from} and {@code to} seconds. */
    private static double zeroCrossingHz(double[] s, double from, double to) {
        int a = (int) (from * RATE);
        int b = (int) (to * RATE);
        int first = -1;
        int last = -1;
        int crossings = 0;
        for (int i = a + 1; i < b; i++) {
            if (s[i - 1] < 0 && s[i] >= 0) {
                if (first < 0) {
                    first = i;
                } else {
                    crossings++;
                }
                last = i;
            }
        }
        return crossings * RATE / (last - first);
    }

    /** The strongest frequency of a 4096-sample stretch starting at {@code from} seconds. */
    private static double peakHz(double[] s, double from) {
        double[] x = new double[4096];
        int a = (int) (from * RATE);
        System.arraycopy(s, a, x, 0, Math.min(x.length, s.length - a));
        Complex[] f = new FastFourierTransformer(DftNormalization.STANDARD).transform(x, TransformType.FORWARD);
        int best = 1;
        for (int k = 1; k < f.length / 2; k++) {
            if (f[k].abs() > f[best].abs()) {
                best = k;
            }
        }
        return best * RATE / x.length;
    }

    private static double peak(double[] s, double from, double to) {
        double m = 0;
        for (int i = (int) (from * RATE); i < (int) (to * RATE); i++) {
            m = Math.max(m, Math.abs(s[i]));
        }
        return m;
    }

    @Test
    void enteringTheBandIsA150MillisecondToneAt880Hertz() {
        double[] s = samples(SoundCue.ENTER_BAND.render(Volume.MEDIUM));
        assertThat(s.length / RATE).isCloseTo(0.150, within(0.001));
        assertThat(zeroCrossingHz(s, 0.0, 0.150)).isCloseTo(880, within(5.0));
    }

    @Test
    void holdCompleteIsAChimeRisingFromC6ToE6OverHalfASecond() {
        double[] s = samples(SoundCue.HOLD_COMPLETE.render(Volume.HIGH));
        assertThat(s.length / RATE).isCloseTo(0.500, within(0.001));
        double bin = RATE / 4096;
        assertThat(peakHz(s, 0.0)).isCloseTo(1046.5, within(bin));
        assertThat(peakHz(s, 0.190)).isCloseTo(1318.5, within(bin));
    }

    @Test
    void overMaxIsThreeLow400HertzBurstsWithSilenceBetween() {
        double[] s = samples(SoundCue.OVER_MAX.render(Volume.MEDIUM));
        assertThat(s.length / RATE).isCloseTo(0.420, within(0.001));
        assertThat(zeroCrossingHz(s, 0.0, 0.100)).isCloseTo(400, within(4.0));
        assertThat(zeroCrossingHz(s, 0.320, 0.420)).isCloseTo(400, within(4.0));
        assertThat(peak(s, 0.101, 0.159)).isZero();
        assertThat(peak(s, 0.261, 0.319)).isZero();
        assertThat(peak(s, 0.160, 0.260)).isGreaterThan(0.25);
    }

    @Test
    void louderVolumesGiveLargerPeaksAndMuteIsSilent() {
        double low = peak(samples(SoundCue.ENTER_BAND.render(Volume.LOW)), 0, 0.15);
        double medium = peak(samples(SoundCue.ENTER_BAND.render(Volume.MEDIUM)), 0, 0.15);
        double high = peak(samples(SoundCue.ENTER_BAND.render(Volume.HIGH)), 0, 0.15);
        assertThat(low).isCloseTo(Volume.LOW.gain(), within(0.01));
        assertThat(medium).isGreaterThan(low);
        assertThat(high).isCloseTo(Volume.HIGH.gain(), within(0.01));
        assertThat(peak(samples(SoundCue.HOLD_COMPLETE.render(Volume.MUTE)), 0, 0.5)).isZero();
    }
}

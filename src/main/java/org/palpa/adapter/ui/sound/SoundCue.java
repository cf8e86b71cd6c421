package org.palpa.adapter.ui.sound;

/**
 * The three sounds the window makes, each easy to tell apart without looking: a short high tone
 * when the pressure enters the band, a rising two-note chime when the hold is complete, and a
 * low pulsed buzz when the pressure goes above the band's maximum. Rendered as 16-bit mono PCM so
 * that they need nothing beyond {@code javax.sound.sampled} and can be checked without a speaker.
 */
public enum SoundCue {
    /** 880 Hz (A5) sine for 150 ms. */
    ENTER_BAND,
    /** C6 (1046.5 Hz) for 180 ms, then E6 (1318.5 Hz) for 320 ms, each decaying like a bell. */
    HOLD_COMPLETE,
    /** Three 100 ms bursts of a 400 Hz square wave, 60 ms apart. */
    OVER_MAX;

    /** Samples per second of every rendered cue. */
    public static final float SAMPLE_RATE = 44_100f;

    /** The cue as signed 16-bit little-endian mono PCM at {@link #SAMPLE_RATE}, at {@code volume}. */
    public byte[] render(Volume volume) {
        double[] wave = switch (this) {
            case ENTER_BAND -> sine(880, 0.150, false);
            case HOLD_COMPLETE -> concat(sine(1046.5, 0.180, true), sine(1318.5, 0.320, true));
            case OVER_MAX -> concat(square(400, 0.100), silence(0.060), square(400, 0.100), silence(0.060),
                    square(400, 0.100));
        };
        byte[] pcm = new byte[wave.length * 2];
        double gain = volume.gain() * Short.MAX_VALUE;
        for (int i = 0; i < wave.length; i++) {
            int s = (int) Math.round(wave[i] * gain);
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        return pcm;
    }

    private static double[] sine(double hz, double seconds, boolean bell) {
        int n = (int) Math.round(seconds * SAMPLE_RATE);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double env = bell ? Math.exp(-3.0 * i / n) : 1.0;
            w[i] = Math.sin(2 * Math.PI * hz * i / SAMPLE_RATE) * env * fade(i, n);
        }
        return w;
    }

    private static double[] square(double hz, double seconds) {
        int n = (int) Math.round(seconds * SAMPLE_RATE);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            // a softened square: loud and harsh enough to be a warning, with no clicks at the edges
            w[i] = Math.tanh(4 * Math.sin(2 * Math.PI * hz * i / SAMPLE_RATE)) * fade(i, n);
        }
        return w;
    }

    private static double[] silence(double seconds) {
        return new double[(int) Math.round(seconds * SAMPLE_RATE)];
    }

    /** A 5 ms ramp at each end, so that a cue starts and stops without a click. */
    private static double fade(int i, int n) {
        int ramp = (int) (0.005 * SAMPLE_RATE);
        return Math.min(1.0, Math.min(i, n - 1 - i) / (double) ramp);
    }

    private static double[] concat(double[]... parts) {
        int n = 0;
        for (double[] p : parts) {
            n += p.length;
        }
        double[] out = new double[n];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}

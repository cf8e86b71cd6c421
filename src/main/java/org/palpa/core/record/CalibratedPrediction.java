package org.palpa.core.record;

/**
 * How the compact encoding predicts a channel's calibrated floats from its raw values, for
 * encoding and decoding alike. A raw value seen before in the chunk predicts the float stored
 * for it then (exact for any calibration that depends only on the raw value). Otherwise an affine
 * map fitted to the chunk predicts the value itself ({@link #DIRECT}: exact or nearly so for a
 * linear calibration), or the value is predicted by its step from the frame before, along the
 * map's slope ({@link #STEP}) or along the secant through the two frames before ({@link #SECANT}:
 * close for a curved calibration, whose slope changes little between neighbouring frames). The
 * encoder tries all three and keeps the one that writes fewer bytes; only the distance from the
 * prediction, in float steps, is stored.
 */
final class CalibratedPrediction {
    static final int DIRECT = 0;
    static final int STEP = 1;
    static final int SECANT = 2;

    private CalibratedPrediction() {
    }

    /**
     * The predicted float bits of frame {@code i} of channel {@code c}, from the raw values and
     * the floats of the frames before it (the decoder has filled {@code cal} up to {@code i - 1}).
     */
    static int predict(int mode, RepeatTable repeats, double[] raw, float[] cal, int i, int channels, int c,
                       double slope, double offset) {
        double r = raw[i * channels + c];
        double model = slope * r + offset;
        if (mode != DIRECT && i > 0) {
            double r1 = raw[(i - 1) * channels + c];
            double c1 = cal[(i - 1) * channels + c];
            double s = slope;
            if (mode == SECANT && i > 1 && raw[(i - 2) * channels + c] != r1) {
                s = (c1 - cal[(i - 2) * channels + c]) / (r1 - raw[(i - 2) * channels + c]);
            }
            model = c1 + s * (r - r1);
        }
        return repeats.get(r, Float.floatToRawIntBits((float) model));
    }

    /** Writes channel {@code c}'s calibrated floats: the mode, the affine map, then one residual a frame. */
    static void encode(VarintBytes body, RepeatTable repeats, ChunkCodec.Frames f, int c) {
        double[] map = fit(f, c);
        int mode = DIRECT;
        long best = cost(DIRECT, repeats, f, c, map);
        for (int m = STEP; m <= SECANT; m++) {
            long cost = cost(m, repeats, f, c, map);
            if (cost < best) {
                best = cost;
                mode = m;
            }
        }
        body.put(mode);
        body.putLong(Double.doubleToRawLongBits(map[0]));
        body.putLong(Double.doubleToRawLongBits(map[1]));
        repeats.reset(f.frames());
        int ch = f.channels();
        for (int i = 0; i < f.frames(); i++) {
            int bits = Float.floatToRawIntBits(f.calibrated()[i * ch + c]);
            int p = predict(mode, repeats, f.raw(), f.calibrated(), i, ch, c, map[0], map[1]);
            body.putSigned((long) ordered(bits) - ordered(p));
            repeats.put(f.raw()[i * ch + c], bits);
        }
    }

    /** Reads channel {@code c}'s calibrated floats into {@code cal}; its raw values must be decoded already. */
    static void decode(VarintBytes in, RepeatTable repeats, double[] raw, float[] cal, int frames, int channels, int c) {
        int mode = in.get();
        if (mode < DIRECT || mode > SECANT) {
            throw new IllegalArgumentException("channel " + c + " has an unknown prediction mode " + mode);
        }
        double slope = Double.longBitsToDouble(in.getLong());
        double offset = Double.longBitsToDouble(in.getLong());
        repeats.reset(frames);
        for (int i = 0; i < frames; i++) {
            int p = predict(mode, repeats, raw, cal, i, channels, c, slope, offset);
            int bits = ordered((int) (ordered(p) + in.getSigned()));
            cal[i * channels + c] = Float.intBitsToFloat(bits);
            repeats.put(raw[i * channels + c], bits);
        }
    }

    private static long cost(int mode, RepeatTable repeats, ChunkCodec.Frames f, int c, double[] map) {
        repeats.reset(f.frames());
        int ch = f.channels();
        long bytes = 0;
        for (int i = 0; i < f.frames(); i++) {
            int bits = Float.floatToRawIntBits(f.calibrated()[i * ch + c]);
            long d = (long) ordered(bits) - ordered(predict(mode, repeats, f.raw(), f.calibrated(), i, ch, c, map[0], map[1]));
            bytes += (64 - Long.numberOfLeadingZeros(((d << 1) ^ (d >> 63)) | 1) + 6) / 7;
            repeats.put(f.raw()[i * ch + c], bits);
        }
        return bytes;
    }

    /** The affine map through the chunk's lowest and highest raw values: {slope, offset}. */
    private static double[] fit(ChunkCodec.Frames f, int c) {
        int ch = f.channels();
        int lo = -1;
        int hi = -1;
        for (int i = 0; i < f.frames(); i++) {
            double r = f.raw()[i * ch + c];
            if (Double.isFinite(r) && Float.isFinite(f.calibrated()[i * ch + c])) {
                lo = lo < 0 || r < f.raw()[lo * ch + c] ? i : lo;
                hi = hi < 0 || r > f.raw()[hi * ch + c] ? i : hi;
            }
        }
        double slope = 0;
        double offset = lo < 0 ? 0 : f.calibrated()[lo * ch + c];
        if (lo >= 0 && f.raw()[hi * ch + c] > f.raw()[lo * ch + c]) {
            slope = ((double) f.calibrated()[hi * ch + c] - f.calibrated()[lo * ch + c])
                    / (f.raw()[hi * ch + c] - f.raw()[lo * ch + c]);
            offset = f.calibrated()[lo * ch + c] - slope * f.raw()[lo * ch + c];
        }
        return Double.isFinite(slope) && Double.isFinite(offset) ? new double[] {slope, offset} : new double[] {0, 0};
    }

    /** A float's bits as an int that orders like the float, so nearby floats are nearby ints. It is its own inverse. */
    static int ordered(int bits) {
        return bits < 0 ? bits ^ 0x7FFFFFFF : bits;
    }
}

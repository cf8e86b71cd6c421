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
    private static final int MODES = 3;
    /** Set in the mode byte when repeated raw values are not looked up (a linear calibration needs no table). */
    static final int WITHOUT_REPEATS = 4;

    private CalibratedPrediction() {
    }

    /**
     * The predicted float bits of frame {@code i} of channel {@code c}, from the raw values and
     * the floats of the frames before it (the decoder has filled {@code cal} up to {@code i - 1}).
     */
    static int predict(int mode, RepeatTable repeats, double[] raw, float[] cal, int i, int channels, int c,
                       double slope, double offset) {
        int model = model(mode, raw, cal, i, channels, c, slope, offset);
        return repeats == null ? model : repeats.get(raw[i * channels + c], model);
    }

    /** The prediction of {@link #predict} without the repeated raw values. */
    private static int model(int mode, double[] raw, float[] cal, int i, int channels, int c, double slope, double offset) {
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
        return Float.floatToRawIntBits((float) model);
    }

    /** Writes channel {@code c}'s calibrated floats: the mode, the affine map, then one residual a frame. */
    static void encode(VarintBytes body, RepeatTable repeats, ChunkCodec.Frames f, int c) {
        double[] map = fit(f, c);
        double[] plain = {plain(map[0]), plain(map[1])};
        long plainCost = directCost(f, c, plain);
        long fittedCost = directCost(f, c, map);
        map = plainCost <= fittedCost ? plain : map;
        int mode = DIRECT | WITHOUT_REPEATS;
        if (Math.min(plainCost, fittedCost) > f.frames()) {
            // not linear to within 64 float steps: a curved calibration, worth the table
            mode = cheapest(repeats, f, c, map);
        }
        RepeatTable table = (mode & WITHOUT_REPEATS) != 0 ? null : repeats;
        body.put(mode);
        body.putLong(Double.doubleToRawLongBits(map[0]));
        body.putLong(Double.doubleToRawLongBits(map[1]));
        if (table != null) {
            table.reset(f.frames());
        }
        int ch = f.channels();
        for (int i = 0; i < f.frames(); i++) {
            int bits = Float.floatToRawIntBits(f.calibrated()[i * ch + c]);
            int p = predict(mode & MODES, table, f.raw(), f.calibrated(), i, ch, c, map[0], map[1]);
            body.putSigned((long) ordered(bits) - ordered(p));
            if (table != null) {
                table.put(f.raw()[i * ch + c], bits);
            }
        }
    }

    /**
     * {@code v} to 24 significant bits, and 0 when it is that close to 0: a fitted map of a
     * calibration by a whole or simple factor (1 for a device that reports newtons) carries the
     * floats' rounding in its last bits, and the plain factor then predicts the floats exactly or
     * within a step.
     */
    private static double plain(double v) {
        if (!(Math.abs(v) > 0x1p-20)) {
            return 0;
        }
        double unit = Math.scalb(1.0, Math.getExponent(v) - 23);
        return Math.rint(v / unit) * unit;
    }

    /** The bytes the residuals of {@link #DIRECT} without the table take; one a frame when all are within 64 steps. */
    private static long directCost(ChunkCodec.Frames f, int c, double[] map) {
        int ch = f.channels();
        long bytes = 0;
        for (int i = 0; i < f.frames(); i++) {
            long d = (long) ordered(Float.floatToRawIntBits(f.calibrated()[i * ch + c]))
                    - ordered(model(DIRECT, f.raw(), f.calibrated(), i, ch, c, map[0], map[1]));
            bytes += varintBytes(d);
        }
        return bytes;
    }

    private static int varintBytes(long d) {
        return (64 - Long.numberOfLeadingZeros(((d << 1) ^ (d >> 63)) | 1) + 6) / 7;
    }

    /** Reads channel {@code c}'s calibrated floats into {@code cal}; its raw values must be decoded already. */
    static void decode(VarintBytes in, RepeatTable repeats, double[] raw, float[] cal, int frames, int channels, int c) {
        int flags = in.get();
        int mode = flags & MODES;
        if (mode > SECANT || (flags & ~(MODES | WITHOUT_REPEATS)) != 0) {
            throw new IllegalArgumentException("channel " + c + " has an unknown prediction mode " + flags);
        }
        RepeatTable table = (flags & WITHOUT_REPEATS) != 0 ? null : repeats;
        double slope = Double.longBitsToDouble(in.getLong());
        double offset = Double.longBitsToDouble(in.getLong());
        if (table != null) {
            table.reset(frames);
        }
        for (int i = 0; i < frames; i++) {
            int p = predict(mode, table, raw, cal, i, channels, c, slope, offset);
            int bits = ordered((int) (ordered(p) + in.getSigned()));
            cal[i * channels + c] = Float.intBitsToFloat(bits);
            if (table != null) {
                table.put(raw[i * channels + c], bits);
            }
        }
    }

    /** The mode that writes the fewest bytes, all three measured in one pass over the table. */
    private static int cheapest(RepeatTable repeats, ChunkCodec.Frames f, int c, double[] map) {
        repeats.reset(f.frames());
        int ch = f.channels();
        long[] bytes = new long[SECANT + 1];
        for (int i = 0; i < f.frames(); i++) {
            int bits = Float.floatToRawIntBits(f.calibrated()[i * ch + c]);
            int none = 0x7FC00001; // a NaN payload no calibration makes; at worst a float with these bits is miscounted
            int seen = repeats.get(f.raw()[i * ch + c], none);
            for (int m = DIRECT; m <= SECANT; m++) {
                int p = seen != none ? seen : model(m, f.raw(), f.calibrated(), i, ch, c, map[0], map[1]);
                long d = (long) ordered(bits) - ordered(p);
                bytes[m] += varintBytes(d);
            }
            repeats.put(f.raw()[i * ch + c], bits);
        }
        int best = DIRECT;
        for (int m = STEP; m <= SECANT; m++) {
            best = bytes[m] < bytes[best] ? m : best;
        }
        return best;
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

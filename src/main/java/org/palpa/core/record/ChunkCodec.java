package org.palpa.core.record;

import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The compact, lossless encoding of a chunk's frames (version 2; docs/records.md gives it byte by
 * byte). Timestamps and sequence numbers are nearly regular, so they are kept as delta-of-deltas.
 * A device's raw values are quantized (a converter's integer counts, a gauge's fixed decimals):
 * each channel's values are stored as integers {@code n} with {@code value = n / 10^k}, delta
 * encoded, and only a channel whose values fit no such scale falls back to the XOR of consecutive
 * IEEE bit patterns. The calibrated float of each value is stored as its distance, in float
 * steps, from a prediction out of the raw value ({@link CalibratedPrediction}). Everything after the version byte is one zlib stream, so nothing is ever rounded
 * and what comes back is bit for bit what went in.
 *
 * <p>An encoder keeps its buffers between chunks, so one per recording is enough; it is not
 * thread-safe. Decoding is a static function.
 */
public final class ChunkCodec {
    /** The first byte of every chunk in this encoding. */
    public static final int VERSION = 2;
    private static final int DECIMAL = 0;
    private static final int IEEE = 1;
    private static final int MAX_DECIMALS = 9;
    private static final double TWO_TO_53 = 9007199254740992.0;
    private static final double[] POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    private final VarintBytes body = new VarintBytes(4096);
    private final RepeatTable repeats = new RepeatTable();
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private byte[] out = new byte[4096];

    /** The frames of one chunk, frame after frame: {@code raw[f * channels + c]}. */
    public record Frames(int frames, int channels, long[] timestamps, long[] sequences, double[] raw,
                         float[] calibrated) {
        public Frames {
            if (frames < 1 || channels < 1 || timestamps.length < frames || sequences.length < frames
                    || raw.length < frames * channels || calibrated.length < frames * channels) {
                throw new IllegalArgumentException("a chunk needs frames and channels and room for their values");
            }
        }
    }

    /** Encodes {@code f} into a new array that starts with {@link #VERSION}. */
    public byte[] encode(Frames f) {
        body.clear();
        body.putSigned(f.frames());
        body.putSigned(f.channels());
        regular(f.timestamps(), f.frames());
        regular(f.sequences(), f.frames());
        for (int c = 0; c < f.channels(); c++) {
            raw(f, c);
        }
        for (int c = 0; c < f.channels(); c++) {
            CalibratedPrediction.encode(body, repeats, f, c);
        }
        deflater.reset();
        deflater.setInput(body.array(), 0, body.length());
        deflater.finish();
        int n = 1;
        while (!deflater.finished()) {
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            n += deflater.deflate(out, n, out.length - n);
        }
        out[0] = VERSION;
        // a chunk exactly as long as a version-1 chunk would read as one; a trailing pad byte tells them apart
        int length = n == SampleChunk.legacyLength(f.frames(), f.channels()) ? n + 1 : n;
        byte[] data = java.util.Arrays.copyOf(out, length);
        return data;
    }

    private void regular(long[] v, int frames) {
        body.putSigned(v[0]);
        if (frames > 1) {
            body.putSigned(v[1] - v[0]);
        }
        for (int i = 2; i < frames; i++) {
            body.putSigned((v[i] - v[i - 1]) - (v[i - 1] - v[i - 2]));
        }
    }

    private void raw(Frames f, int c) {
        int k = decimals(f, c);
        if (k < 0) {
            body.put(IEEE);
            long previous = 0;
            for (int i = 0; i < f.frames(); i++) {
                long bits = Double.doubleToRawLongBits(f.raw()[i * f.channels() + c]);
                body.putLong(bits ^ previous);
                previous = bits;
            }
            return;
        }
        body.put(DECIMAL);
        body.put(k);
        long previous = 0;
        for (int i = 0; i < f.frames(); i++) {
            long n = Math.round(f.raw()[i * f.channels() + c] * POWERS[k]);
            body.putSigned(n - previous);
            previous = n;
        }
    }

    /** The fewest decimals {@code k} with every value of channel {@code c} exactly {@code n / 10^k}; -1 if none. */
    private static int decimals(Frames f, int c) {
        for (int k = 0; k <= MAX_DECIMALS; k++) {
            if (fits(f, c, POWERS[k])) {
                return k;
            }
        }
        return -1;
    }

    private static boolean fits(Frames f, int c, double scale) {
        for (int i = 0; i < f.frames(); i++) {
            double v = f.raw()[i * f.channels() + c];
            double scaled = v * scale;
            if (!(Math.abs(scaled) < TWO_TO_53)) {
                return false;
            }
            double back = Math.round(scaled) / scale;
            if (Double.doubleToRawLongBits(back) != Double.doubleToRawLongBits(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes a chunk of this encoding.
     *
     * @throws IllegalArgumentException when the bytes are not a whole, well-formed chunk of
     *                                  {@code frames} frames of {@code channels} channels
     */
    public static Frames decode(byte[] data, int frames, int channels) {
        if (data.length < 2 || (data[0] & 0xFF) != VERSION) {
            throw new IllegalArgumentException("its encoding byte is " + (data.length == 0 ? "missing" : data[0] & 0xFF)
                    + ", not " + VERSION);
        }
        VarintBytes in = inflate(data);
        if (in.getSigned() != frames || in.getSigned() != channels) {
            throw new IllegalArgumentException("its frame or channel count differs from the chunk's row");
        }
        long[] ts = new long[frames];
        long[] seq = new long[frames];
        double[] raw = new double[frames * channels];
        float[] cal = new float[frames * channels];
        regular(in, ts);
        regular(in, seq);
        for (int c = 0; c < channels; c++) {
            raw(in, raw, frames, channels, c);
        }
        RepeatTable repeats = new RepeatTable();
        for (int c = 0; c < channels; c++) {
            CalibratedPrediction.decode(in, repeats, raw, cal, frames, channels, c);
        }
        if (in.hasMore()) {
            throw new IllegalArgumentException("it has bytes after its last value");
        }
        return new Frames(frames, channels, ts, seq, raw, cal);
    }

    private static VarintBytes inflate(byte[] data) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, 1, data.length - 1);
            byte[] buf = new byte[Math.max(64, data.length * 4)];
            int n = 0;
            while (!inflater.finished()) {
                if (n == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
                int got = inflater.inflate(buf, n, buf.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("its compressed data ends early");
                }
                n += got;
            }
            if (inflater.getRemaining() > 1) {
                throw new IllegalArgumentException("it has bytes after its compressed data");
            }
            return new VarintBytes(buf, n);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("its compressed data is damaged (" + e.getMessage() + ")", e);
        } finally {
            inflater.end();
        }
    }

    private static void regular(VarintBytes in, long[] v) {
        v[0] = in.getSigned();
        if (v.length > 1) {
            v[1] = v[0] + in.getSigned();
        }
        for (int i = 2; i < v.length; i++) {
            v[i] = v[i - 1] + (v[i - 1] - v[i - 2]) + in.getSigned();
        }
    }

    private static void raw(VarintBytes in, double[] raw, int frames, int channels, int c) {
        int mode = in.get();
        if (mode == IEEE) {
            long previous = 0;
            for (int i = 0; i < frames; i++) {
                previous ^= in.getLong();
                raw[i * channels + c] = Double.longBitsToDouble(previous);
            }
            return;
        }
        int k = in.get();
        if (mode != DECIMAL || k > MAX_DECIMALS) {
            throw new IllegalArgumentException("channel " + c + " has an unknown value mode " + mode + "/" + k);
        }
        long n = 0;
        for (int i = 0; i < frames; i++) {
            n += in.getSigned();
            raw[i * channels + c] = n / POWERS[k];
        }
    }
}

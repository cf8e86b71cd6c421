package org.palpa.bench.store;

import java.util.Locale;
import org.palpa.core.record.ChunkBuilder;
import org.palpa.core.record.SampleChunk;
import org.palpa.core.sim.SensorBank;
import org.palpa.core.sim.SimulatedDeviceSpec;
import org.palpa.core.sim.TherapistTrace;

/**
 * Bytes per sample of the compact chunk encoding on simulated traces, next to the frame-by-frame
 * layout it replaced and EDF+'s 2 bytes a sample. A sample is one channel's value in one frame;
 * timestamps and sequence numbers are counted in the average. Each trace is encoded in one-second
 * chunks, as the recorder cuts them, with its calibrated forces as the pipeline would compute
 * them, and every chunk is decoded again and compared bit for bit.
 *
 * <p>Run: {@code mvn -Pbench -DskipTests package && java -cp target/benchmarks.jar
 * org.palpa.bench.store.ChunkSizes 600}
 */
public final class ChunkSizes {
    private ChunkSizes() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 600;
        System.out.printf(Locale.ROOT, "%-44s %9s %10s %9s %9s%n", "trace (" + (int) seconds + " s)", "samples",
                "bytes/smp", "vs EDF+", "vs old");
        run("sim-glove: 5 ch x 200 Hz, 0.01 N", SimulatedDeviceSpec.glove(), false, seconds);
        run("sim-algometer: 1 ch x 100 Hz, 0.01 N", SimulatedDeviceSpec.algometer(), false, seconds);
        run("sim-glove-16: 16 ch x 2 kHz, 0.01 N", SimulatedDeviceSpec.denseGlove(16, 2000), false, seconds);
        run("sim-glove-raw: noisy 12-bit FSR counts, creep", SimulatedDeviceSpec.glove(), true, seconds);
        run("noisy 12-bit FSR, 16 ch x 2 kHz, creep", SimulatedDeviceSpec.denseGlove(16, 2000), true, seconds);
    }

    private static void run(String name, SimulatedDeviceSpec spec, boolean fsr, double seconds) {
        int ch = spec.channelCount();
        int perChunk = (int) Math.ceil(spec.rateHz());
        long frames = Math.round(seconds * spec.rateHz());
        TherapistTrace trace = new TherapistTrace(spec, 1);
        SensorBank bank = fsr ? SensorBank.forDevice(spec, 1, spec.model() + "-creep-raw", 0.06, 8) : null;
        ChunkBuilder builder = new ChunkBuilder(ch, perChunk);
        double[] newtons = new double[ch];
        double[] raw = new double[ch];
        double[] calibrated = new double[ch];
        double[] expectedRaw = new double[perChunk * ch];
        float[] expectedCal = new float[perChunk * ch];
        long bytes = 0;
        double periodNanos = 1e9 / spec.rateHz();
        for (long i = 0; i < frames; i++) {
            trace.next(newtons);
            if (bank != null) {
                bank.toCounts(newtons, raw);
            }
            for (int c = 0; c < ch; c++) {
                if (bank == null) {
                    raw[c] = SimulatedDeviceSpec.atResolution(newtons[c]);
                    calibrated[c] = raw[c];
                } else {
                    // what a fitted power-law profile gives: the sensor's own curve, far from linear
                    calibrated[c] = bank.sensor(c).newtonsAt(raw[c]);
                }
            }
            for (int c = 0; c < ch; c++) {
                expectedRaw[builder.frames() * ch + c] = raw[c];
                expectedCal[builder.frames() * ch + c] = (float) calibrated[c];
            }
            builder.add(Math.round(i * periodNanos), i, raw, calibrated);
            if (builder.isFull() || i == frames - 1) {
                bytes += check(builder.take(), expectedRaw, expectedCal).data().length;
            }
        }
        double samples = (double) frames * ch;
        double perSample = bytes / samples;
        System.out.printf(Locale.ROOT, "%-44s %9.0f %10.3f %8.2fx %8.1fx%n", name, samples, perSample, 2 / perSample,
                SampleChunk.bytesPerFrame(ch) / (double) ch / perSample);
    }

    private static SampleChunk check(SampleChunk k, double[] raw, float[] calibrated) {
        for (int i = 0; i < k.frameCount() * k.channelCount(); i++) {
            int f = i / k.channelCount();
            int c = i % k.channelCount();
            if (Double.doubleToRawLongBits(k.raw(f, c)) != Double.doubleToRawLongBits(raw[i])
                    || Float.floatToRawIntBits((float) k.calibratedNewtons(f, c)) != Float.floatToRawIntBits(calibrated[i])) {
                throw new IllegalStateException("chunk " + k.index() + " did not decode to what was encoded");
            }
        }
        return k;
    }
}

package org.palpa.core.sim;

import java.util.List;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

/**
 * The shape of a simulated device: its channels, its rate, and the therapist it imitates.
 *
 * @param model              the device name users pick, such as {@code sim-algometer}
 * @param labels             one label per channel
 * @param shares             each channel's share of the hand's force, the pressing finger being 1
 * @param rateHz             samples per second
 * @param levelNewtons       the force the simulated therapist aims to hold with the main channel
 * @param rampNewtonsPerSec  how fast the therapist ramps up
 * @param noiseNewtons       standard deviation of sensor noise
 */
public record SimulatedDeviceSpec(String model, List<String> labels, double[] shares, double rateHz,
                                  double levelNewtons, double rampNewtonsPerSec, double noiseNewtons) {

    public SimulatedDeviceSpec {
        labels = List.copyOf(labels);
        shares = shares.clone();
        if (labels.isEmpty() || labels.size() != shares.length) {
            throw new IllegalArgumentException("simulated device needs one share per channel label");
        }
        if (!(rateHz > 0) || !(levelNewtons > 0) || !(rampNewtonsPerSec > 0) || !(noiseNewtons >= 0)) {
            throw new IllegalArgumentException("simulated device parameters must be positive");
        }
    }

    /**
     * A handheld algometer with a 1 cm² tip, sampled at 100 Hz; the therapist holds about 40 N
     * (≈ 4 kgf/cm²) reached at 10 N/s, close to the 1 kgf/cm²/s ramp used in algometry.
     */
    public static SimulatedDeviceSpec algometer() {
        return new SimulatedDeviceSpec("sim-algometer", List.of("probe"), new double[] {1.0}, 100, 40, 10, 0.05);
    }

    /** A five-finger glove at 200 Hz; the thumb presses at about 30 N and the other fingers share less. */
    public static SimulatedDeviceSpec glove() {
        return new SimulatedDeviceSpec("sim-glove", List.of("thumb", "index", "middle", "ring", "little"),
                new double[] {1.0, 0.55, 0.35, 0.2, 0.1}, 200, 30, 15, 0.15);
    }

    /** A glove with {@code channels} sensors at {@code rateHz}, for load and rendering tests. */
    public static SimulatedDeviceSpec denseGlove(int channels, double rateHz) {
        String[] labels = new String[channels];
        double[] shares = new double[channels];
        for (int i = 0; i < channels; i++) {
            labels[i] = "s" + (i + 1);
            shares[i] = 1.0 - 0.8 * i / Math.max(1, channels - 1);
        }
        return new SimulatedDeviceSpec("sim-glove-" + channels, List.of(labels), shares, rateHz, 30, 15, 0.15);
    }

    /**
     * The resolution of every simulated device that reports newtons: 0.01 N, what a digital force
     * gauge of 50 N capacity shows (Mark-10 Series 5 model M5-10: 50 N x 0.01 N). Devices that
     * report counts are quantized by their converters instead (see {@link SensorBank}).
     */
    public static final double RESOLUTION_NEWTONS = 0.01;

    /** {@code newtons} as the device delivers it: the nearest multiple of {@link #RESOLUTION_NEWTONS}. */
    public static double atResolution(double newtons) {
        return Math.round(newtons * 100) / 100.0;
    }

    /** The device info a transport reports for this spec. */
    public DeviceInfo deviceInfo(long seed) {
        List<Channel> channels = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            channels.add(new Channel(i, labels.get(i), Unit.NEWTON));
        }
        return new DeviceInfo(model, "SIM-" + Long.toHexString(seed).toUpperCase(java.util.Locale.ROOT),
                "sim-1", channels, rateHz);
    }

    public int channelCount() {
        return labels.size();
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }

    double share(int channel) {
        return shares[channel];
    }
}

package org.palpa.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

/**
 * The sensors of a simulated device that reports raw counts, one per channel. Their parameters
 * follow from the device's serial number (its seed), as a real device's follow from its parts:
 * the same serial always has the same sensors, so a profile made for it stays right, and another
 * serial needs its own profile. Their values are whole converter counts: 16-bit (0 to 65 535)
 * for the load cell, as from an HX711-style bridge converter read at 16 bits, and 12-bit (0 to
 * 4 095) for each FSR, as from a microcontroller's 12-bit ADC.
 */
public final class SensorBank {
    /** The model name suffix of a simulated device that reports counts. */
    public static final String RAW_SUFFIX = "-raw";

    private final SensorModel[] sensors;
    private final DeviceInfo device;

    private SensorBank(SensorModel[] sensors, DeviceInfo device) {
        this.sensors = sensors;
        this.device = device;
    }

    /**
     * Sensors for {@code spec}: a load cell for a single-channel device (the algometer), an FSR per
     * finger otherwise; full scale is about twice the force the simulated therapist aims for.
     */
    public static SensorBank forDevice(SimulatedDeviceSpec spec, long seed) {
        return forDevice(spec, seed, spec.model() + RAW_SUFFIX, 0, 1);
    }

    /**
     * As {@link #forDevice(SimulatedDeviceSpec, long)}, under another model name, with FSRs that
     * creep by {@code creepShare} with time constant {@code creepSeconds} (0 for none).
     */
    public static SensorBank forDevice(SimulatedDeviceSpec spec, long seed, String model, double creepShare,
                                       double creepSeconds) {
        SplittableRandom parts = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
        SensorModel[] sensors = new SensorModel[spec.channelCount()];
        double fullScale = 2.5 * spec.levelNewtons();
        for (int c = 0; c < sensors.length; c++) {
            SplittableRandom noise = new SplittableRandom(seed * 31 + c);
            if (spec.channelCount() == 1) {
                double span = 60_000 / fullScale * (0.97 + 0.06 * parts.nextDouble());
                sensors[c] = new LoadCellSensor(1500 + 1000 * parts.nextDouble(), span, 2.0, 65_535, noise);
            } else {
                double exponent = 1.3 + 0.2 * parts.nextDouble();
                double countsAtFullScale = 3500 + 400 * parts.nextDouble();
                double scale = fullScale / Math.pow(countsAtFullScale, exponent);
                sensors[c] = new FsrSensor(scale, exponent, 0.004, 1.5, 4095, noise, creepShare,
                        creepSeconds * spec.rateHz());
            }
        }
        List<Channel> channels = new ArrayList<>();
        DeviceInfo base = spec.deviceInfo(seed);
        for (Channel ch : base.channels()) {
            channels.add(new Channel(ch.id(), ch.label(), Unit.COUNTS));
        }
        DeviceInfo device = new DeviceInfo(model, base.serialNumber(), base.firmwareVersion(),
                channels, base.nominalRateHz());
        return new SensorBank(sensors, device);
    }

    /** What the device says about itself: the spec's channels, in counts, under the {@code -raw} model name. */
    public DeviceInfo deviceInfo() {
        return device;
    }

    /** Converts one frame of forces into counts, in place into {@code counts}. */
    public void toCounts(double[] newtons, double[] counts) {
        for (int c = 0; c < sensors.length; c++) {
            counts[c] = sensors[c].counts(newtons[c]);
        }
    }

    /** The sensor of one channel. */
    public SensorModel sensor(int channel) {
        return sensors[channel];
    }
}

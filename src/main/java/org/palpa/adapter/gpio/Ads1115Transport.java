package org.palpa.adapter.gpio;

import com.pi4j.context.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.palpa.core.hardware.Ads1115Config;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

/**
 * The {@code gpio-ads1115} device: force-sensing resistors on one or more ADS1115 converters,
 * each input converted in turn. Values are raw signed 16-bit codes ({@link Unit#COUNTS}); a
 * calibration turns them into newtons.
 */
final class Ads1115Transport extends PiTransport {
    private final PiConfig.Ads1115Section section;
    private final DeviceInfo info;
    private final List<Ads1115Driver> drivers = new ArrayList<>();
    /** Per channel: which chip (index into drivers), its start bytes, its conversion time. */
    private final int[] chipOf;
    private final byte[][] startBytes;
    private final long[] conversionNanos;
    private final boolean[] continuous;

    Ads1115Transport(PiConfig config, Supplier<Context> contexts, LongSupplier clock) {
        super(config, contexts, clock);
        this.section = config.ads1115();
        List<Channel> channels = new ArrayList<>();
        List<Integer> chips = new ArrayList<>();
        List<Ads1115Config> configs = new ArrayList<>();
        for (int c = 0; c < section.chips().size(); c++) {
            PiConfig.Ads1115Chip chip = section.chips().get(c);
            for (PiConfig.Ads1115Input in : chip.inputs()) {
                channels.add(new Channel(channels.size(), in.label(), Unit.COUNTS));
                chips.add(c);
                configs.add(chip.config(in));
            }
        }
        int n = channels.size();
        chipOf = new int[n];
        startBytes = new byte[n][];
        conversionNanos = new long[n];
        continuous = new boolean[n];
        double slowestFrameSeconds = 0;
        for (int i = 0; i < n; i++) {
            Ads1115Config cfg = configs.get(i);
            chipOf[i] = chips.get(i);
            continuous[i] = cfg.mode() == Ads1115Config.Mode.CONTINUOUS;
            startBytes[i] = cfg.configBytes(!continuous[i]);
            conversionNanos[i] = cfg.rate().conversionNanos();
            slowestFrameSeconds += continuous[i] ? 0 : conversionNanos[i] / 1e9;
        }
        double rate = slowestFrameSeconds > 0 ? 1 / slowestFrameSeconds : configs.get(0).rate().samplesPerSecond();
        this.info = new DeviceInfo("gpio-ads1115", "unknown", n + " inputs on " + section.chips().size() + " ADS1115",
                channels, rate);
    }

    @Override
    void openSensors(PiIo io) {
        for (PiConfig.Ads1115Chip chip : section.chips()) {
            String name = Ads1115Driver.describe(section.bus(), chip.addressValue());
            Ads1115Driver d = new Ads1115Driver(name, io.i2c(section.bus(), chip.addressValue(), name), clock);
            d.readConfig();
            drivers.add(d);
        }
        for (int i = 0; i < chipOf.length; i++) {
            if (continuous[i]) {
                drivers.get(chipOf[i]).startContinuous(startBytes[i]);
            }
        }
    }

    @Override
    void readFrame(double[] values) {
        for (int i = 0; i < values.length; i++) {
            Ads1115Driver d = drivers.get(chipOf[i]);
            if (continuous[i]) {
                LockSupport.parkNanos(conversionNanos[i]);
                values[i] = d.readConversion();
            } else {
                values[i] = d.convert(startBytes[i], conversionNanos[i]);
            }
        }
    }

    @Override
    void forgetSensors() {
        drivers.clear();
    }

    @Override
    DeviceInfo deviceInfo() {
        return info;
    }

    @Override
    boolean needsI2c() {
        return true;
    }

    @Override
    public boolean waitsForConsumer() {
        return false;
    }
}

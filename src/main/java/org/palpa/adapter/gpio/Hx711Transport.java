package org.palpa.adapter.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.palpa.app.port.TransportException;
import org.palpa.core.hardware.Hx711Protocol;
import org.palpa.core.hardware.Hx711Reading;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

/**
 * The {@code gpio-hx711} device: one or more load cells, each on its own HX711, read in turn.
 * Values are raw signed counts ({@link Unit#COUNTS}); a calibration turns them into newtons.
 * A read that a long clock pulse corrupted is discarded and read again (see {@link Hx711Driver}).
 */
final class Hx711Transport extends PiTransport {
    /** Tries per frame before a chip that keeps giving discarded readings counts as a fault. */
    private static final int ATTEMPTS = 5;

    private final PiConfig.Hx711Section section;
    private final DeviceInfo info;
    private final long timeoutMillis;
    private final List<Hx711Driver> drivers = new ArrayList<>();
    private final long[] discards = {0};
    private boolean[] saturated;
    private String overload;

    Hx711Transport(PiConfig config, Supplier<Context> contexts, LongSupplier clock) {
        super(config, contexts, clock);
        this.section = config.hx711();
        List<Channel> channels = new ArrayList<>();
        for (PiConfig.Hx711Cell c : section.cells()) {
            channels.add(new Channel(channels.size(), c.label(), Unit.COUNTS));
        }
        this.info = new DeviceInfo("gpio-hx711", "unknown", "HX711 " + section.rate() + " SPS", channels, section.rate());
        this.timeoutMillis = Hx711Protocol.readyTimeoutMillis(section.rate());
    }

    static String describe(PiConfig.Hx711Cell c) {
        return "HX711 '" + c.label() + "' (DOUT BCM " + c.dout() + ", PD_SCK BCM " + c.sck() + ")";
    }

    @Override
    void openSensors(PiIo io) {
        if (section.ratePin() != null) {
            io.output(section.ratePin(), "HX711 RATE", section.rate() == 80 ? DigitalState.HIGH : DigitalState.LOW);
        }
        for (PiConfig.Hx711Cell c : section.cells()) {
            DigitalInput dout = io.input(c.dout(), "HX711 '" + c.label() + "' DOUT", PullResistance.OFF);
            DigitalOutput sck = io.output(c.sck(), "HX711 '" + c.label() + "' PD_SCK", DigitalState.LOW);
            Hx711Driver d = new Hx711Driver(describe(c), dout, sck, c.hx711Gain(), clock);
            d.powerDown();
            d.powerUp();
            drivers.add(d);
        }
        for (Hx711Driver d : drivers) {
            value(d);
        }
    }

    @Override
    void readFrame(double[] values) {
        if (saturated == null) {
            saturated = new boolean[drivers.size()];
        }
        overload = null;
        for (int i = 0; i < drivers.size(); i++) {
            values[i] = value(drivers.get(i), i);
        }
    }

    @Override
    String newOverload() {
        return overload;
    }

    private int value(Hx711Driver d) {
        return value(d, -1);
    }

    private int value(Hx711Driver d, int channel) {
        Hx711Reading r = d.readValue(timeoutMillis, ATTEMPTS, discards);
        if (channel >= 0) {
            boolean now = r instanceof Hx711Reading.Saturated;
            if (now && !saturated[channel]) {
                overload = d.name() + " is at the end of its range (" + ((Hx711Reading.Saturated) r).counts()
                        + " counts): the load is beyond what gain " + d.gain() + " can measure";
            }
            saturated[channel] = now;
        }
        return switch (r) {
            case Hx711Reading.Valid v -> v.counts();
            case Hx711Reading.Saturated s -> s.counts();
            case Hx711Reading.NotReady n -> throw new TransportException(d.name() + " never became ready (DOUT stayed high for "
                    + n.waitedMillis() + " ms): check its power and wiring");
            case Hx711Reading.Discarded x -> throw new TransportException(d.name() + " gave " + ATTEMPTS
                    + " unusable readings in a row; last: " + x.detail());
        };
    }

    /** Readings thrown away so far because a pulse ran long or the gain was settling. */
    long discardedReadings() {
        return discards[0];
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
        return false;
    }

    @Override
    public boolean waitsForConsumer() {
        return false;
    }
}

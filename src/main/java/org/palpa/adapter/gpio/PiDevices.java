package org.palpa.adapter.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.palpa.app.port.BandIndicator;
import org.palpa.app.port.Transport;
import org.palpa.core.sample.InputFormatException;

/** Builds the Raspberry Pi devices, {@code gpio-hx711} and {@code gpio-ads1115}, from their config file. */
public final class PiDevices {
    /** The device names this factory knows. */
    public static final List<String> NAMES = List.of("gpio-hx711", "gpio-ads1115");

    private PiDevices() {
    }

    /**
     * A Pi device ready to connect.
     *
     * @param transport its frames and events
     * @param indicator the buzzer or LED to feed with band states, or null when the config has none
     */
    public record PiDevice(Transport transport, BandIndicator indicator) {
        public PiDevice {
            if (transport == null) {
                throw new IllegalArgumentException("a Pi device needs a transport");
            }
        }
    }

    /**
     * Reads {@code configFile} and builds device {@code name} on Pi4J's auto-detected providers.
     *
     * @throws InputFormatException naming the file and field when the config does not fit the device
     */
    public static PiDevice open(String name, Path configFile) {
        return open(name, PiConfigReader.read(configFile), configFile.toString(), Pi4J::newAutoContext, System::nanoTime);
    }

    /**
     * Like {@link #open(String, Path)}, but the stop button is reported without ending the stream,
     * so that it can stop a pressure-pain-threshold ramp and the next trial can follow.
     */
    public static PiDevice openKeepingStream(String name, Path configFile) {
        PiDevice d = open(name, configFile);
        ((PiTransport) d.transport()).keepStreamingOnStopButton();
        return d;
    }

    /** Builds device {@code name} from a read config; tests pass mock contexts and a fake clock. */
    public static PiDevice open(String name, PiConfig config, String source, Supplier<Context> contexts,
                                LongSupplier clock) {
        PiTransport t = switch (name) {
            case "gpio-hx711" -> {
                if (config.hx711() == null) {
                    throw new InputFormatException(source, 0, "hx711", "device gpio-hx711 needs an 'hx711' section");
                }
                yield new Hx711Transport(config, contexts, clock);
            }
            case "gpio-ads1115" -> {
                if (config.ads1115() == null) {
                    throw new InputFormatException(source, 0, "ads1115", "device gpio-ads1115 needs an 'ads1115' section");
                }
                yield new Ads1115Transport(config, contexts, clock);
            }
            default -> throw new IllegalArgumentException("unknown Pi device '" + name + "' (known: "
                    + String.join(", ", NAMES) + ")");
        };
        if (config.buzzer() != null && config.buzzer().channel() != null
                && !t.deviceInfo().channelNames().contains(config.buzzer().channel())) {
            throw new InputFormatException(source, 0, "buzzer.channel", "no channel '" + config.buzzer().channel()
                    + "' on " + name + " (channels: " + String.join(", ", t.deviceInfo().channelNames()) + ")");
        }
        return new PiDevice(t, t.hasBuzzer() ? t : null);
    }
}

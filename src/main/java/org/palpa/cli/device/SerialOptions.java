package org.palpa.cli.device;

import org.palpa.cli.options.Durations;
import org.palpa.adapter.serial.SerialSettings;
import org.palpa.adapter.serial.SerialTransport;
import org.palpa.core.protocol.Protocol;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The options that choose a real device on a serial port instead of a simulated one. */
public final class SerialOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT",
            description = "Read a device on a serial port: a path or name (/dev/ttyUSB0, COM3) or a USB serial number (see palpa ports); overrides --device.")
    String port;

    @Option(names = "--protocol", paramLabel = "NAME", defaultValue = "auto",
            description = "What the device speaks: palpa, palpa-ascii, mark10, wagner, imada, shimpo, csv, or auto to recognise it (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--baud", paramLabel = "N", defaultValue = "0",
            description = "Baud rate; 0 uses the protocol's usual rate, 115200 for palpa (default: ${DEFAULT-VALUE}).")
    int baud;

    @Option(names = "--watchdog", paramLabel = "DURATION", defaultValue = "2s", converter = Durations.class,
            description = "Warn when the device sends nothing for this long (default: ${DEFAULT-VALUE}).")
    long watchdogMillis;

    /** Whether a serial device was asked for. */
    public boolean chosen() {
        return port != null;
    }

    /** Whether the chosen protocol is the Palpa firmware's, whose EVENT carries the patient's button. */
    public boolean isPalpaFirmware() {
        return protocol.toLowerCase(java.util.Locale.ROOT).startsWith("palpa");
    }

    /** The transport for the chosen port; bad option values become usage errors naming the option. */
    public SerialTransport transport() {
        return transportFor(port);
    }

    /** The transport for {@code path} with this command's protocol, baud rate and watchdog. */
    SerialTransport transportFor(String path) {
        Protocol p;
        try {
            p = protocol.equalsIgnoreCase("auto") ? null : Protocol.fromId(protocol);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--protocol': "
                    + e.getMessage().replace(")", "|auto)"));
        }
        try {
            return SerialTransport.of(new SerialSettings(path, p, baud, watchdogMillis));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}

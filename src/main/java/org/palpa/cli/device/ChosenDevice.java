package org.palpa.cli.device;

import java.nio.file.Path;
import org.palpa.adapter.gpio.PiDevices;
import org.palpa.app.port.BandIndicator;
import org.palpa.app.port.Transport;

/**
 * The device a live command's options name: a serial port ({@code --port}), a Raspberry Pi device
 * with its {@code --config}, or a simulated one; with the Pi's buzzer as a band indicator.
 *
 * @param transport what to read
 * @param indicator the Pi's buzzer, or null for any other device
 */
public record ChosenDevice(Transport transport, BandIndicator indicator) {
    /**
     * Opens what the options name.
     *
     * @throws IllegalArgumentException naming the mismatch, such as {@code --config} with a serial port
     */
    public static ChosenDevice open(SerialOptions serial, String device, Path config, long seed, double speed) {
        if (serial.chosen()) {
            if (config != null) {
                throw new IllegalArgumentException("--config is for the Raspberry Pi devices, not a serial port");
            }
            return new ChosenDevice(serial.transport(), null);
        }
        if (config != null && !DeviceCatalog.isPiDevice(device)) {
            throw new IllegalArgumentException("--config is for the Raspberry Pi devices (gpio-hx711, gpio-ads1115), not "
                    + device);
        }
        if (DeviceCatalog.isPiDevice(device) && config != null) {
            PiDevices.PiDevice pi = DeviceCatalog.openPi(device, config);
            return new ChosenDevice(pi.transport(), pi.indicator());
        }
        return new ChosenDevice(DeviceCatalog.open(device, seed, speed, 0), null);
    }
}

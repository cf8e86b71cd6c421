package org.palpa.adapter.serial;

import org.palpa.core.protocol.Protocol;

/**
 * How to open and watch a serial device.
 *
 * @param port           a port path or name ({@code /dev/ttyUSB0}, {@code COM3}) or a USB serial number
 * @param protocol       the wire protocol, or null to detect it from the first bytes
 * @param baud           the baud rate, or 0 for the protocol's default
 * @param watchdogMillis warn when no data has come for this long
 */
public record SerialSettings(String port, Protocol protocol, int baud, long watchdogMillis) {
    /** How often a lost device is looked for again; it is back within this after it reappears. */
    public static final long RECONNECT_POLL_MILLIS = 100;

    public SerialSettings {
        if (port == null || port.isBlank()) {
            throw new IllegalArgumentException("a serial port or USB serial number is needed");
        }
        if (baud < 0 || baud > 12_000_000) {
            throw new IllegalArgumentException("baud rate " + baud + " is out of range");
        }
        if (watchdogMillis < 100) {
            throw new IllegalArgumentException("watchdog period must be at least 100 ms, was " + watchdogMillis);
        }
    }

    /** The baud rate to use with {@code p}. */
    public int baudFor(Protocol p) {
        return baud > 0 ? baud : p == null ? 115_200 : p.defaultBaud();
    }
}

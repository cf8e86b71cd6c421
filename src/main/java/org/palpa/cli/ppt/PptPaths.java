package org.palpa.cli.ppt;

import org.palpa.adapter.sim.SimulatedPptTransport;
import org.palpa.app.ppt.PressPaths;
import org.palpa.core.ppt.PressDelay;

/**
 * The delay corrections of each device's press paths, from its actual settings (see docs/ppt.md
 * for each figure's source).
 */
final class PptPaths {
    /**
     * A key on a USB keyboard: the host polls it every 8 ms (USB HID at 125 Hz), 4 ms on average,
     * plus about 1 ms for the terminal to hand the line to the reader.
     */
    static final double KEYBOARD_MILLIS = 5;
    /** The Palpa firmware sends EVENT on the first edge and then locks out for 20 ms (algometer.c), so no debounce wait. */
    static final double FIRMWARE_DEBOUNCE_MILLIS = 0;
    /** Its main loop polls the button far faster than once a millisecond. */
    static final double FIRMWARE_POLL_MILLIS = 1;
    /** An FTDI adapter holds bytes up to its 16 ms latency timer: 8 ms on average, ±8 ms. */
    static final double FTDI_MILLIS = 8;
    /** The Raspberry Pi polls its stop button every 2 ms (PiTransport). */
    static final double PI_POLL_MILLIS = 2;

    private PptPaths() {
    }

    /** The simulated algometer: a debounced button polled once a frame, and a key pressed on time. */
    static PressPaths simulated(boolean button, double filterMillis) {
        return new PressPaths(button ? PressDelay.button(SimulatedPptTransport.DEBOUNCE_MILLIS,
                1000 / SimulatedPptTransport.RATE_HZ, filterMillis) : null, PressDelay.key(0, 0, 0, filterMillis));
    }

    /** A simulated device without a patient model: no button, a person at the keyboard. */
    static PressPaths keyboardOnly(double filterMillis) {
        return new PressPaths(null, PressDelay.key(KEYBOARD_MILLIS, 0, 0, filterMillis));
    }

    /** A serial device: the Palpa firmware's EVENT button when the protocol is palpa, else only the key. */
    static PressPaths serial(boolean palpaFirmware, double filterMillis) {
        return new PressPaths(palpaFirmware ? PressDelay.button(FIRMWARE_DEBOUNCE_MILLIS, FIRMWARE_POLL_MILLIS,
                filterMillis) : null, PressDelay.key(KEYBOARD_MILLIS, FTDI_MILLIS, FTDI_MILLIS, filterMillis));
    }

    /** A Raspberry Pi device with a stop button of {@code debounceMillis}, or none (null). */
    static PressPaths pi(Integer debounceMillis, double filterMillis) {
        return new PressPaths(debounceMillis == null ? null
                : PressDelay.button(debounceMillis, PI_POLL_MILLIS, filterMillis),
                PressDelay.key(KEYBOARD_MILLIS, 0, 0, filterMillis));
    }
}

package org.palpa.adapter.gpio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.palpa.core.hardware.Ads1115Config;
import org.palpa.core.hardware.Ads1115Range;
import org.palpa.core.hardware.Ads1115Rate;
import org.palpa.core.hardware.Hx711Gain;
import org.palpa.core.hardware.Hx711Protocol;

/**
 * What a Raspberry Pi device file says: which sensors hang on which pins and addresses, and the
 * optional stop button and buzzer. Read from JSON by {@link PiConfigReader}; every record checks
 * its own fields. Pins are BCM GPIO numbers, 0 to 27 on the 40-pin header.
 *
 * @param hx711      load cells on HX711 amplifiers, or null
 * @param ads1115    FSRs on ADS1115 converters, or null
 * @param stopButton the patient's stop button, or null
 * @param buzzer     a buzzer or LED driven by the band state, or null
 * @param providers  the Pi4J providers to use; null for GpioD and LinuxFS
 */
public record PiConfig(Hx711Section hx711, Ads1115Section ads1115, StopButton stopButton, Buzzer buzzer,
                       Providers providers) {

    public PiConfig {
        providers = providers == null ? new Providers(null, null, null) : providers;
        Map<Integer, String> used = new HashMap<>();
        if (hx711 != null) {
            for (Hx711Cell c : hx711.cells()) {
                claim(used, c.dout(), "HX711 '" + c.label() + "' DOUT");
                claim(used, c.sck(), "HX711 '" + c.label() + "' PD_SCK");
            }
            if (hx711.ratePin() != null) {
                claim(used, hx711.ratePin(), "HX711 RATE");
            }
        }
        if (stopButton != null) {
            claim(used, stopButton.pin(), "stop button");
        }
        if (buzzer != null) {
            claim(used, buzzer.pin(), "buzzer");
        }
    }

    private static void claim(Map<Integer, String> used, int pin, String role) {
        String before = used.putIfAbsent(pin, role);
        if (before != null) {
            throw new IllegalArgumentException("BCM pin " + pin + " is given to both " + before + " and " + role);
        }
    }

    static int checkPin(Integer pin, String role) {
        if (pin == null) {
            throw new IllegalArgumentException(role + " is missing: give a BCM GPIO number 0 to 27");
        }
        if (pin < 0 || pin > 27) {
            throw new IllegalArgumentException(role + " must be a BCM GPIO number 0 to 27, was " + pin);
        }
        return pin;
    }

    /**
     * HX711 load-cell amplifiers.
     *
     * @param rate    10 or 80 samples/s, as the RATE pin is wired or driven
     * @param ratePin a pin that drives RATE (high for 80), or null when RATE is wired
     * @param cells   one per load cell, in channel order
     */
    public record Hx711Section(Integer rate, Integer ratePin, List<Hx711Cell> cells) {
        public Hx711Section {
            rate = rate == null ? 10 : rate;
            Hx711Protocol.readyTimeoutMillis(rate);
            if (ratePin != null) {
                checkPin(ratePin, "HX711 ratePin");
            }
            if (cells == null || cells.isEmpty()) {
                throw new IllegalArgumentException("hx711 needs at least one entry in 'cells'");
            }
            cells = List.copyOf(cells);
        }
    }

    /**
     * One HX711.
     *
     * @param label the channel's name, such as {@code probe}
     * @param dout  the BCM pin wired to DOUT
     * @param sck   the BCM pin wired to PD_SCK
     * @param gain  {@code A128} (default), {@code A64} or {@code B32}
     */
    public record Hx711Cell(String label, Integer dout, Integer sck, String gain) {
        public Hx711Cell {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("every HX711 cell needs a 'label'");
            }
            checkPin(dout, "HX711 '" + label + "' dout");
            checkPin(sck, "HX711 '" + label + "' sck");
            gain = gain == null ? "A128" : gain;
            Hx711Gain.parse(gain);
        }

        public Hx711Gain hx711Gain() {
            return Hx711Gain.parse(gain);
        }
    }

    /**
     * ADS1115 converters on one I2C bus.
     *
     * @param bus   the I2C bus number: 1 on the header's pins 3 and 5
     * @param chips one per converter; their inputs become channels in order
     */
    public record Ads1115Section(Integer bus, List<Ads1115Chip> chips) {
        public Ads1115Section {
            bus = bus == null ? 1 : bus;
            if (chips == null || chips.isEmpty()) {
                throw new IllegalArgumentException("ads1115 needs at least one entry in 'chips'");
            }
            chips = List.copyOf(chips);
            List<Integer> addresses = new ArrayList<>();
            for (Ads1115Chip c : chips) {
                if (addresses.contains(c.addressValue())) {
                    throw new IllegalArgumentException("two ADS1115 chips share address " + c.address());
                }
                addresses.add(c.addressValue());
            }
        }
    }

    /**
     * One ADS1115.
     *
     * @param address {@code 0x48} to {@code 0x4B}, as the ADDR pin is tied
     * @param range   full-scale volts: 6.144, 4.096 (default), 2.048, 1.024, 0.512 or 0.256
     * @param rate    samples/s: 8 to 860 (default 860)
     * @param mode    {@code single} (default) or {@code continuous}, which allows one input only
     * @param inputs  the inputs in use, each with its channel label
     */
    public record Ads1115Chip(String address, Double range, Integer rate, String mode, List<Ads1115Input> inputs) {
        public Ads1115Chip {
            if (address == null) {
                throw new IllegalArgumentException("every ADS1115 chip needs an 'address', 0x48 to 0x4B");
            }
            Ads1115Config.checkAddress(parseAddress(address));
            range = range == null ? 4.096 : range;
            Ads1115Range.ofVolts(range);
            rate = rate == null ? 860 : rate;
            Ads1115Rate.of(rate);
            mode = mode == null ? "single" : mode.toLowerCase(Locale.ROOT);
            if (!mode.equals("single") && !mode.equals("continuous")) {
                throw new IllegalArgumentException("ADS1115 mode must be single or continuous, was '" + mode + "'");
            }
            if (inputs == null || inputs.isEmpty()) {
                throw new IllegalArgumentException("ADS1115 " + address + " needs at least one entry in 'inputs'");
            }
            if (mode.equals("continuous") && inputs.size() > 1) {
                throw new IllegalArgumentException("ADS1115 " + address
                        + ": continuous mode converts one input only; use single for " + inputs.size());
            }
            inputs = List.copyOf(inputs);
        }

        private static int parseAddress(String a) {
            try {
                String t = a.trim().toLowerCase(Locale.ROOT);
                return t.startsWith("0x") ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("ADS1115 address must be 0x48 to 0x4B, was '" + a + "'");
            }
        }

        public int addressValue() {
            return parseAddress(address);
        }

        /** The conversion setup of input {@code i} of this chip. */
        public Ads1115Config config(Ads1115Input in) {
            return new Ads1115Config(in.input(), Ads1115Range.ofVolts(range), Ads1115Rate.of(rate),
                    mode.equals("single") ? Ads1115Config.Mode.SINGLE_SHOT : Ads1115Config.Mode.CONTINUOUS);
        }
    }

    /**
     * One ADS1115 input in use.
     *
     * @param input 0 to 3 (AIN0 to AIN3)
     * @param label the channel's name, such as {@code thumb}
     */
    public record Ads1115Input(Integer input, String label) {
        public Ads1115Input {
            if (input == null || input < 0 || input > 3) {
                throw new IllegalArgumentException("ADS1115 'input' must be 0 to 3, was " + input);
            }
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("ADS1115 input " + input + " needs a 'label'");
            }
        }
    }

    /**
     * The patient's stop button, between the pin and ground by default (the pin's pull-up holds it high).
     *
     * @param pin            BCM pin
     * @param activeLow      true (default) when pressing pulls the pin low
     * @param debounceMillis how long a press must hold, default 20 ms
     */
    public record StopButton(Integer pin, Boolean activeLow, Integer debounceMillis) {
        public StopButton {
            checkPin(pin, "stopButton pin");
            activeLow = activeLow == null || activeLow;
            debounceMillis = debounceMillis == null ? 20 : debounceMillis;
            if (debounceMillis < 1 || debounceMillis > 1000) {
                throw new IllegalArgumentException("stopButton debounceMillis must be 1 to 1000, was " + debounceMillis);
            }
        }
    }

    /**
     * A buzzer or LED that follows the band state of one channel.
     *
     * @param pin        BCM pin
     * @param activeHigh true (default) when a high pin sounds the buzzer
     * @param channel    the channel label it follows; null for the first channel
     */
    public record Buzzer(Integer pin, Boolean activeHigh, String channel) {
        public Buzzer {
            checkPin(pin, "buzzer pin");
            activeHigh = activeHigh == null || activeHigh;
        }
    }

    /**
     * Pi4J provider ids. Defaults: {@code gpiod-digital-input}, {@code gpiod-digital-output}, {@code linuxfs-i2c}.
     */
    public record Providers(String digitalInput, String digitalOutput, String i2c) {
        public Providers {
            digitalInput = digitalInput == null ? "gpiod-digital-input" : digitalInput;
            digitalOutput = digitalOutput == null ? "gpiod-digital-output" : digitalOutput;
            i2c = i2c == null ? "linuxfs-i2c" : i2c;
        }
    }
}

package org.palpa.core.protocol;

import java.util.Arrays;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;

/**
 * What a {@link StreamDecoder} makes of the bytes it is fed: samples, what the device says about
 * itself, events, faults, acknowledgements, and the damage it had to skip. A decoder never throws
 * on any input; corrupt bytes become {@link Corrupt} values.
 */
public sealed interface Decoded {

    /** A value meaning "the device did not say". */
    long NONE = -1;

    /**
     * One reading of every channel.
     *
     * @param sequence     the device's frame counter, unwrapped so it only grows; {@link #NONE} for gauges that have none
     * @param deviceMicros the device clock in microseconds, unwrapped; {@link #NONE} when the device sends no time
     * @param values       one value per channel: raw counts for Palpa devices, newtons for force gauges
     */
    record Sample(long sequence, long deviceMicros, double[] values) implements Decoded {
        public Sample {
            if (values == null || values.length == 0) {
                throw new IllegalArgumentException("a sample needs at least one value");
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sample s && s.sequence == sequence && s.deviceMicros == deviceMicros
                    && Arrays.equals(s.values, values);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(sequence) * 31 + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Sample[seq=" + sequence + ", us=" + deviceMicros + ", values=" + Arrays.toString(values) + "]";
        }
    }

    /**
     * The device introduced itself (Palpa HELLO).
     *
     * @param device          model, serial number, firmware, channels (raw counts) and nominal rate
     * @param protocolVersion the Palpa protocol version the firmware speaks
     * @param adcBits         resolution of the converter behind the counts
     */
    record Hello(DeviceInfo device, int protocolVersion, int adcBits) implements Decoded {
        public Hello {
            if (device == null) {
                throw new IllegalArgumentException("hello needs a device");
            }
        }
    }

    /**
     * Something happened on the device: stop button, tare done, overload, or a gauge's error reply.
     *
     * @param sequence     device frame counter or {@link #NONE}
     * @param deviceMicros device clock or {@link #NONE}
     * @param kind         what happened
     * @param channel      the channel concerned, or -1 for the whole device
     * @param detail       the device's words, for the user
     */
    record Event(long sequence, long deviceMicros, DeviceEvent.Kind kind, int channel, String detail)
            implements Decoded {
        public Event {
            if (kind == null) {
                throw new IllegalArgumentException("event needs a kind");
            }
            detail = detail == null ? "" : detail;
        }
    }

    /**
     * The device reported a fault of its own (Palpa ERROR).
     *
     * @param code    the firmware's error code, see PROTOCOL.md
     * @param message the firmware's text
     */
    record Fault(int code, String message) implements Decoded {
        public Fault {
            message = message == null ? "" : message;
        }
    }

    /**
     * The device acknowledged a command.
     *
     * @param command         the command type acknowledged, see {@link PalpaFrames}
     * @param commandSequence the sequence number the host gave the command
     * @param status          0 for done; see PROTOCOL.md for the others
     */
    record Ack(int command, int commandSequence, int status) implements Decoded {
        /** Whether the device carried out the command. */
        public boolean ok() {
            return status == 0;
        }
    }

    /**
     * Bytes the decoder could not use. The decoder has already skipped them and resynchronised.
     *
     * @param byteOffset offset in the stream, counted from the first byte fed, where the bad data began
     * @param problem    what kind of damage
     * @param detail     a one-line explanation for logs
     */
    record Corrupt(long byteOffset, Problem problem, String detail) implements Decoded {
        public Corrupt {
            if (problem == null) {
                throw new IllegalArgumentException("corrupt data needs a problem");
            }
            detail = detail == null ? "" : detail;
        }
    }

    /** The kinds of damage a decoder counts. */
    enum Problem {
        /** A binary frame whose CRC did not match. */
        BAD_CHECKSUM,
        /** A length field beyond what protocol v1 allows, or a payload of the wrong size. */
        BAD_LENGTH,
        /** A frame or line whose content could not be read (bad number, unknown unit, bad field). */
        BAD_CONTENT,
        /** A line longer than any valid line. */
        LINE_TOO_LONG
    }
}

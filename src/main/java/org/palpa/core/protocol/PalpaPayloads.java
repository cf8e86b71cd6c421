package org.palpa.core.protocol;

import java.util.ArrayList;
import java.util.List;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

/** Reads the payload of a Palpa binary frame whose CRC has already been checked. */
final class PalpaPayloads {
    private int at;

    Decoded decode(int type, long seq, long us, byte[] b, int from, int n) {
        return switch (type) {
            case PalpaFrames.DATA -> data(seq, us, b, from, n);
            case PalpaFrames.HELLO -> hello(b, from, n);
            case PalpaFrames.EVENT -> event(seq, us, b, from, n);
            case PalpaFrames.ERROR -> fault(b, from, n);
            case PalpaFrames.ACK -> n == 4
                    ? new Decoded.Ack(b[from] & 0xFF, PalpaFrames.u16(b, from + 1), b[from + 3] & 0xFF)
                    : bad(Decoded.Problem.BAD_LENGTH, "ACK payload of " + n + " bytes, expected 4");
            default -> bad(Decoded.Problem.BAD_CONTENT, String.format(java.util.Locale.ROOT,
                    "unknown frame type 0x%02X", type));
        };
    }

    private static Decoded data(long seq, long us, byte[] b, int from, int n) {
        if (n == 0 || n % 4 != 0 || n / 4 > PalpaFrames.MAX_CHANNELS) {
            return bad(Decoded.Problem.BAD_LENGTH, "DATA payload of " + n + " bytes is not 1.."
                    + PalpaFrames.MAX_CHANNELS + " int32 values");
        }
        double[] values = new double[n / 4];
        for (int i = 0; i < values.length; i++) {
            values[i] = (int) PalpaFrames.u32(b, from + 4 * i);
        }
        return new Decoded.Sample(seq, us, values);
    }

    private Decoded hello(byte[] b, int from, int n) {
        if (n < 5) {
            return bad(Decoded.Problem.BAD_LENGTH, "HELLO payload of " + n + " bytes is too short");
        }
        int version = b[from] & 0xFF;
        int adcBits = b[from + 1] & 0xFF;
        int rate = PalpaFrames.u16(b, from + 2);
        int count = b[from + 4] & 0xFF;
        if (count < 1 || count > PalpaFrames.MAX_CHANNELS || rate == 0) {
            return bad(Decoded.Problem.BAD_CONTENT, "HELLO declares " + count + " channels at " + rate + " Hz");
        }
        at = from + 5;
        int end = from + n;
        String model = text(b, end);
        String serial = text(b, end);
        String firmware = text(b, end);
        List<Channel> channels = new ArrayList<>(count);
        for (int i = 0; i < count && model != null; i++) {
            String name = text(b, end);
            if (name == null || name.isBlank()) {
                return bad(Decoded.Problem.BAD_CONTENT, "HELLO channel " + i + " has no readable name");
            }
            channels.add(new Channel(i, name, Unit.COUNTS));
        }
        if (model == null || model.isBlank() || serial == null || firmware == null || at != end) {
            return bad(Decoded.Problem.BAD_CONTENT, "HELLO texts are malformed");
        }
        return new Decoded.Hello(new DeviceInfo(model, serial, firmware, channels, rate), version, adcBits);
    }

    private static Decoded event(long seq, long us, byte[] b, int from, int n) {
        if (n != 2) {
            return bad(Decoded.Problem.BAD_LENGTH, "EVENT payload of " + n + " bytes, expected 2");
        }
        DeviceEvent.Kind kind = switch (b[from]) {
            case PalpaFrames.EVENT_STOP_BUTTON -> DeviceEvent.Kind.STOP_BUTTON;
            case PalpaFrames.EVENT_TARE_DONE -> DeviceEvent.Kind.TARE_DONE;
            case PalpaFrames.EVENT_OVERLOAD -> DeviceEvent.Kind.OVERLOAD;
            default -> null;
        };
        if (kind == null) {
            return bad(Decoded.Problem.BAD_CONTENT, "unknown event kind " + (b[from] & 0xFF));
        }
        int channel = b[from + 1] & 0xFF;
        return new Decoded.Event(seq, us, kind, channel == 0xFF ? -1 : channel, "");
    }

    private Decoded fault(byte[] b, int from, int n) {
        if (n < 2) {
            return bad(Decoded.Problem.BAD_LENGTH, "ERROR payload of " + n + " bytes is too short");
        }
        at = from + 1;
        String message = text(b, from + n);
        if (message == null || at != from + n) {
            return bad(Decoded.Problem.BAD_CONTENT, "ERROR message is malformed");
        }
        return new Decoded.Fault(b[from] & 0xFF, message);
    }

    /** Reads a length-prefixed printable ASCII text at {@link #at}, or null when it is malformed. */
    private String text(byte[] b, int end) {
        if (at >= end) {
            return null;
        }
        int len = b[at] & 0xFF;
        if (at + 1 + len > end) {
            return null;
        }
        for (int i = at + 1; i <= at + len; i++) {
            if (b[i] < 0x20 || b[i] > 0x7E) {
                return null;
            }
        }
        String s = Ascii.text(b, at + 1, len);
        at += 1 + len;
        return s;
    }

    private static Decoded bad(Decoded.Problem problem, String detail) {
        return new Decoded.Corrupt(0, problem, detail);
    }
}

package org.palpa.core.protocol;

import java.util.List;

/**
 * The byte layout of the Palpa serial protocol, version 1 (firmware-interface/PROTOCOL.md), and
 * an encoder for its frames. Multi-byte fields are little-endian.
 *
 * <pre>
 * offset  size  field
 * 0       2     sync 0xAA 0x55
 * 2       2     payload length N (0..MAX_PAYLOAD)
 * 4       1     type
 * 5       2     sequence (wraps at 65536)
 * 7       4     device time in microseconds (wraps at 2^32)
 * 11      N     payload
 * 11+N    2     CRC-16/CCITT-FALSE over offsets 2 .. 10+N
 * </pre>
 */
public final class PalpaFrames {
    /** First sync byte. */
    public static final int SYNC0 = 0xAA;
    /** Second sync byte. */
    public static final int SYNC1 = 0x55;
    /** Bytes before the payload. */
    public static final int HEADER = 11;
    /** Bytes around the payload: header and CRC. */
    public static final int OVERHEAD = HEADER + 2;
    /** Largest payload protocol v1 allows; longer length fields are rejected as corrupt. */
    public static final int MAX_PAYLOAD = 1024;
    /** The protocol version this code speaks. */
    public static final int VERSION = 1;
    /** Most channels a device may declare. */
    public static final int MAX_CHANNELS = 64;

    /** Device to host: who the device is. */
    public static final int HELLO = 0x01;
    /** Device to host: one sample of every channel, int32 counts. */
    public static final int DATA = 0x02;
    /** Device to host: stop button, tare done, overload. */
    public static final int EVENT = 0x03;
    /** Device to host: a fault of the device. */
    public static final int ERROR = 0x04;
    /** Device to host: a command was received. */
    public static final int ACK = 0x05;
    /** Host to device: send HELLO. */
    public static final int IDENTIFY = 0x10;
    /** Host to device: start streaming DATA. */
    public static final int START = 0x11;
    /** Host to device: stop streaming. */
    public static final int STOP = 0x12;
    /** Host to device: zero every channel. */
    public static final int TARE = 0x13;
    /** Host to device: set the sample rate, payload u16 hertz. */
    public static final int SET_RATE = 0x14;

    /** EVENT kind codes. */
    public static final int EVENT_STOP_BUTTON = 1;
    public static final int EVENT_TARE_DONE = 2;
    public static final int EVENT_OVERLOAD = 3;

    private PalpaFrames() {
    }

    /** Encodes one frame of any type. */
    public static byte[] frame(int type, int sequence, long deviceMicros, byte[] payload) {
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD);
        }
        byte[] f = new byte[OVERHEAD + payload.length];
        f[0] = (byte) SYNC0;
        f[1] = (byte) SYNC1;
        putU16(f, 2, payload.length);
        f[4] = (byte) type;
        putU16(f, 5, sequence);
        putU32(f, 7, deviceMicros);
        System.arraycopy(payload, 0, f, HEADER, payload.length);
        putU16(f, HEADER + payload.length, Crc16.of(f, 2, HEADER - 2 + payload.length));
        return f;
    }

    /** A DATA frame carrying {@code counts}, one int32 per channel. */
    public static byte[] data(int sequence, long deviceMicros, int... counts) {
        byte[] p = new byte[counts.length * 4];
        for (int i = 0; i < counts.length; i++) {
            putU32(p, i * 4, counts[i]);
        }
        return frame(DATA, sequence, deviceMicros, p);
    }

    /** A HELLO frame. */
    public static byte[] hello(int sequence, long deviceMicros, String model, String serial, String firmware,
                               int adcBits, int rateHz, List<String> channels) {
        List<String> texts = concat(model, serial, firmware, channels);
        int size = 5;
        for (String s : texts) {
            size += 1 + s.length();
        }
        byte[] p = new byte[size];
        p[0] = (byte) VERSION;
        p[1] = (byte) adcBits;
        putU16(p, 2, rateHz);
        p[4] = (byte) channels.size();
        int at = 5;
        for (String s : texts) {
            byte[] b = Ascii.bytes(s);
            p[at++] = (byte) b.length;
            System.arraycopy(b, 0, p, at, b.length);
            at += b.length;
        }
        return frame(HELLO, sequence, deviceMicros, p);
    }

    /** An EVENT frame; {@code channel} -1 means the whole device. */
    public static byte[] event(int sequence, long deviceMicros, int kind, int channel) {
        return frame(EVENT, sequence, deviceMicros, new byte[] {(byte) kind, (byte) (channel < 0 ? 0xFF : channel)});
    }

    /** An ERROR frame. */
    public static byte[] error(int sequence, long deviceMicros, int code, String message) {
        byte[] m = Ascii.bytes(message);
        byte[] p = new byte[2 + m.length];
        p[0] = (byte) code;
        p[1] = (byte) m.length;
        System.arraycopy(m, 0, p, 2, m.length);
        return frame(ERROR, sequence, deviceMicros, p);
    }

    /** An ACK frame for command {@code command} that had sequence {@code commandSequence}. */
    public static byte[] ack(int sequence, long deviceMicros, int command, int commandSequence, int status) {
        return frame(ACK, sequence, deviceMicros, new byte[] {(byte) command, (byte) commandSequence,
                (byte) (commandSequence >>> 8), (byte) status});
    }

    /** A host command with no argument: IDENTIFY, START, STOP or TARE. */
    public static byte[] command(int type, int sequence) {
        return frame(type, sequence, 0, new byte[0]);
    }

    /** The SET_RATE command. */
    public static byte[] setRate(int sequence, int rateHz) {
        return frame(SET_RATE, sequence, 0, new byte[] {(byte) rateHz, (byte) (rateHz >>> 8)});
    }

    static void putU16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
    }

    static void putU32(byte[] b, int at, long v) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }

    static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static List<String> concat(String a, String b, String c, List<String> rest) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(List.of(a, b, c));
        all.addAll(rest);
        return all;
    }
}

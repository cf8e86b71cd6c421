package org.palpa.core.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

/**
 * The Palpa ASCII line mode (PROTOCOL.md §4): {@code $T,field,...*hh} where {@code hh} is the XOR
 * of every byte between {@code $} and {@code *}, in hex, as in NMEA 0183. Line types: {@code D}
 * data, {@code H} hello, {@code E} event, {@code X} error, {@code A} acknowledgement.
 */
public final class PalpaAsciiDecoder extends LineDecoder {
    private static final int MAX_FIELDS = PalpaFrames.MAX_CHANNELS + 8;
    private final int[] starts = new int[MAX_FIELDS];
    private final int[] ends = new int[MAX_FIELDS];
    private final WrapCounter sequence = new WrapCounter(16);
    private final WrapCounter micros = new WrapCounter(32);

    @Override
    protected void line(int length, long lineOffset, Consumer<? super Decoded> out) {
        int end = ReadingParser.trimEnd(line, length);
        int start = ReadingParser.skipSpaces(line, 0, end);
        if (start == end) {
            return;
        }
        int star = end - 3;
        if (line[start] != '$' || star <= start + 1 || line[star] != '*') {
            unreadable(out, lineOffset, length, "not a $...*hh line");
            return;
        }
        int given = hex(line[star + 1]) << 4 | hex(line[star + 2]);
        int sum = 0;
        for (int i = start + 1; i < star; i++) {
            sum ^= line[i] & 0xFF;
        }
        if (given < 0) {
            unreadable(out, lineOffset, length, "checksum is not two hex digits");
            return;
        }
        if (given != sum) {
            corrupt(out, lineOffset, Decoded.Problem.BAD_CHECKSUM, String.format(java.util.Locale.ROOT,
                    "checksum %02X, line says %02X", sum, given));
            return;
        }
        int n = split(start + 1, star);
        Decoded d = n < 1 || ends[0] - starts[0] != 1 ? null : switch (line[starts[0]]) {
            case 'D' -> data(n);
            case 'H' -> hello(n);
            case 'E' -> event(n);
            case 'X' -> n == 3 && integer(1, 0, 255) >= 0 ? new Decoded.Fault((int) integer(1, 0, 255), field(2)) : null;
            case 'A' -> ack(n);
            default -> null;
        };
        if (d == null) {
            unreadable(out, lineOffset, length, "fields do not fit the line type");
            return;
        }
        emit(out, d);
    }

    private Decoded data(int n) {
        if (n < 4 || n - 3 > PalpaFrames.MAX_CHANNELS) {
            return null;
        }
        long seq = integer(1, 0, 0xFFFF);
        long us = integer(2, 0, 0xFFFFFFFFL);
        if (seq < 0 || us < 0) {
            return null;
        }
        double[] values = new double[n - 3];
        for (int f = 3; f < n; f++) {
            double v = Ascii.decimal(line, starts[f], ends[f]);
            if (Double.isNaN(v)) {
                return null;
            }
            values[f - 3] = v;
        }
        long step = sequence.stepTo(seq);
        if (step > 1) {
            stats.lostFrames += step - 1;
        }
        return new Decoded.Sample(sequence.unwrap(seq), micros.unwrap(us), values);
    }

    private Decoded hello(int n) {
        long version = integer(1, 0, 255);
        long adcBits = integer(5, 0, 64);
        long rate = integer(6, 1, 0xFFFF);
        if (n < 8 || n - 7 > PalpaFrames.MAX_CHANNELS || version < 0 || adcBits < 0 || rate < 0
                || field(2).isBlank()) {
            return null;
        }
        List<Channel> channels = new ArrayList<>();
        for (int f = 7; f < n; f++) {
            if (field(f).isBlank()) {
                return null;
            }
            channels.add(new Channel(f - 7, field(f), Unit.COUNTS));
        }
        sequence.reset();
        micros.reset();
        return new Decoded.Hello(new DeviceInfo(field(2), field(3), field(4), channels, rate), (int) version,
                (int) adcBits);
    }

    private Decoded event(int n) {
        long seq = integer(1, 0, 0xFFFF);
        long us = integer(2, 0, 0xFFFFFFFFL);
        if (n != 5 || seq < 0 || us < 0) {
            return null;
        }
        DeviceEvent.Kind kind = word(3, "STOP") ? DeviceEvent.Kind.STOP_BUTTON
                : word(3, "TARE") ? DeviceEvent.Kind.TARE_DONE : word(3, "OVER") ? DeviceEvent.Kind.OVERLOAD : null;
        long channel = ends[4] == starts[4] ? -1 : integer(4, 0, PalpaFrames.MAX_CHANNELS - 1);
        if (kind == null || (channel < 0 && ends[4] != starts[4])) {
            return null;
        }
        return new Decoded.Event(sequence.unwrap(seq), micros.unwrap(us), kind, (int) channel, "");
    }

    private Decoded ack(int n) {
        if (n != 3) {
            return null;
        }
        int command = word(1, "IDENTIFY") ? PalpaFrames.IDENTIFY : word(1, "START") ? PalpaFrames.START
                : word(1, "STOP") ? PalpaFrames.STOP : word(1, "TARE") ? PalpaFrames.TARE
                : word(1, "RATE") ? PalpaFrames.SET_RATE : -1;
        int status = word(2, "OK") ? 0 : word(2, "BAD_ARG") ? 1 : word(2, "UNKNOWN") ? 2 : word(2, "BUSY") ? 3 : -1;
        return command < 0 || status < 0 ? null : new Decoded.Ack(command, 0, status);
    }

    private int split(int from, int to) {
        int n = 0;
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || line[i] == ',') {
                if (n == MAX_FIELDS) {
                    return -1;
                }
                starts[n] = s;
                ends[n++] = i;
                s = i + 1;
            }
        }
        return n;
    }

    /** Field {@code f} as a whole number within [min, max], or -1. */
    private long integer(int f, long min, long max) {
        double v = Ascii.decimal(line, starts[f], ends[f]);
        if (Double.isNaN(v) || v != Math.rint(v) || v < min || v > max) {
            return -1;
        }
        return (long) v;
    }

    private String field(int f) {
        return Ascii.text(line, starts[f], ends[f] - starts[f]);
    }

    private boolean word(int f, String w) {
        return Ascii.equalsIgnoreCase(line, starts[f], ends[f], w);
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int l = c | 0x20;
        return l >= 'a' && l <= 'f' ? l - 'a' + 10 : -1 << 8;
    }

    @Override
    public void reset() {
        super.reset();
        sequence.reset();
        micros.reset();
    }
}

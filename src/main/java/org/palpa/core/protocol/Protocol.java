package org.palpa.core.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

/**
 * The wire protocols Palpa reads, with what a transport needs to drive each: its decoder, the
 * default baud rate, and the commands that start, poll and stop a gauge. Default baud rates are
 * the gauges' factory settings as far as their manuals say; docs/devices.md lists the sources.
 */
public enum Protocol {
    /** Palpa binary frames (PROTOCOL.md §2); the device introduces itself with HELLO. */
    PALPA("palpa", 115_200, PalpaBinaryDecoder::new, 0, null, null, null),
    /** Palpa ASCII lines (PROTOCOL.md §4). */
    PALPA_ASCII("palpa-ascii", 115_200, PalpaAsciiDecoder::new, 0, null, null, null),
    /** Imada DST/DS2, polled with {@code D}. */
    IMADA("imada", 19_200, ImadaDecoder::new, 10, "D\r", null, null),
    /** Wagner FDX/FDIX, streaming at 10 samples/s after {@code C10} and {@code CB}; {@code CE} stops it. */
    WAGNER("wagner", 9_600, WagnerDecoder::new, 0, null, "C10\rCB\r", "CE\r"),
    /** Mark-10 Series 4/5, polled with {@code ?}. */
    MARK10("mark10", 115_200, Mark10Decoder::new, 20, "?\r", null, null),
    /** Shimpo FGV-X, polled with {@code BA}. */
    SHIMPO("shimpo", 19_200, ShimpoDecoder::new, 10, "BA\r", null, null),
    /** Lines of comma-separated numbers, in newtons. */
    CSV("csv", 115_200, CsvLineDecoder::new, 0, null, null, null);

    private final String id;
    private final int defaultBaud;
    private final Supplier<StreamDecoder> decoder;
    private final double pollHz;
    private final String poll;
    private final String start;
    private final String stop;

    Protocol(String id, int defaultBaud, Supplier<StreamDecoder> decoder, double pollHz, String poll, String start,
             String stop) {
        this.id = id;
        this.defaultBaud = defaultBaud;
        this.decoder = decoder;
        this.pollHz = pollHz;
        this.poll = poll;
        this.start = start;
        this.stop = stop;
    }

    /** The name users type, such as {@code mark10}. */
    public String id() {
        return id;
    }

    /** The baud rate used when the user gives none. */
    public int defaultBaud() {
        return defaultBaud;
    }

    /** A fresh decoder for this protocol. */
    public StreamDecoder newDecoder() {
        return decoder.get();
    }

    /** Whether the device sends HELLO and takes Palpa commands. */
    public boolean isPalpa() {
        return this == PALPA || this == PALPA_ASCII;
    }

    /** Whether the gauge answers only when asked; then {@link #pollCommand()} is sent {@link #pollHz()} times a second. */
    public boolean isPolled() {
        return poll != null;
    }

    public double pollHz() {
        return pollHz;
    }

    /** The request for one reading, or an empty array for a streaming device. */
    public byte[] pollCommand() {
        return poll == null ? new byte[0] : Ascii.bytes(poll);
    }

    /** What to send once the port is open, or an empty array. */
    public byte[] startCommand() {
        return start == null ? new byte[0] : Ascii.bytes(start);
    }

    /** What to send before closing the port, or an empty array. */
    public byte[] stopCommand() {
        return stop == null ? new byte[0] : Ascii.bytes(stop);
    }

    /**
     * What Palpa knows of a device that does not introduce itself: a gauge gives one force channel
     * in newtons; a CSV stream gives the channels of its first line, named by its header if it had one.
     *
     * @param channelCount channels seen in the first sample
     * @param header       channel names from a CSV header, or an empty list
     * @param rateHz       the measured or configured sample rate
     */
    public DeviceInfo describe(String port, int channelCount, List<String> header, double rateHz) {
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < channelCount; i++) {
            String label = this == CSV ? (header.size() == channelCount && !header.get(i).isBlank()
                    ? header.get(i) : "ch" + (i + 1)) : "force";
            channels.add(new Channel(i, label, Unit.NEWTON));
        }
        return new DeviceInfo(id + " on " + port, "unknown", "unknown", channels, rateHz);
    }

    /**
     * Finds a protocol by its id, ignoring case.
     *
     * @throws IllegalArgumentException listing the ids when {@code text} is none of them
     */
    public static Protocol fromId(String text) {
        for (Protocol p : values()) {
            if (p.id.equalsIgnoreCase(text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown protocol '" + text + "' (use " + ids() + ")");
    }

    /** Every id, separated by {@code |}. */
    public static String ids() {
        StringBuilder s = new StringBuilder();
        for (Protocol p : values()) {
            s.append(s.isEmpty() ? "" : "|").append(p.id);
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }
}

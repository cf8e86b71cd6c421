package org.palpa.core.stream;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes OSC 1.0 packets (messages and bundles) into one reusable buffer, without allocating per
 * packet. Strings are NUL-terminated and padded to four bytes, numbers are big-endian, and a
 * bundle element is preceded by its size, as the OSC 1.0 specification (opensoundcontrol.org,
 * 2002) defines them. Typical use: {@link #beginBundle}, several {@link #beginMessage} with their
 * arguments, then {@link #length()} bytes of {@link #bytes()} are one datagram.
 */
public final class OscWriter {
    /** Seconds from the NTP epoch (1900) to the Unix epoch (1970), for OSC time tags. */
    public static final long NTP_UNIX_OFFSET_SECONDS = 2_208_988_800L;

    private final ByteBuffer buffer;
    private int bundleDepth;
    private int messageStart = -1;
    private int tagsAt;
    private int tagCount;
    private int tagCapacity;

    /** @param capacityBytes the largest packet; a UDP datagram on loopback may hold up to 65 507 bytes */
    public OscWriter(int capacityBytes) {
        this.buffer = ByteBuffer.allocate(capacityBytes).order(ByteOrder.BIG_ENDIAN);
    }

    /** Forgets what was written; the next packet starts at byte 0. */
    public OscWriter reset() {
        buffer.clear();
        bundleDepth = 0;
        messageStart = -1;
        return this;
    }

    /** Starts a bundle whose time tag is {@code unixNanos} after 1970, as an NTP 32.32 fixed-point time. */
    public OscWriter beginBundle(long unixNanos) {
        closeMessage();
        putPadded(BUNDLE);
        long seconds = Math.floorDiv(unixNanos, 1_000_000_000L);
        long fraction = ((Math.floorMod(unixNanos, 1_000_000_000L)) << 32) / 1_000_000_000L;
        buffer.putInt((int) (seconds + NTP_UNIX_OFFSET_SECONDS));
        buffer.putInt((int) fraction);
        bundleDepth++;
        return this;
    }

    /**
     * Starts a message to {@code address} (pre-encoded, see {@link #address}) with {@code argumentCount}
     * arguments to follow; inside a bundle it becomes one size-prefixed element.
     */
    public OscWriter beginMessage(byte[] address, int argumentCount) {
        closeMessage();
        if (bundleDepth > 0) {
            messageStart = buffer.position();
            buffer.putInt(0); // element size, filled in by closeMessage
        } else {
            messageStart = -2;
        }
        putPadded(address);
        tagsAt = buffer.position();
        tagCount = 0;
        tagCapacity = argumentCount;
        int tagBytes = padded(argumentCount + 1);
        for (int i = 0; i < tagBytes; i++) {
            buffer.put((byte) 0);
        }
        buffer.put(tagsAt, (byte) ',');
        return this;
    }

    /** A 32-bit integer argument. */
    public OscWriter putInt(int value) {
        tag('i');
        buffer.putInt(value);
        return this;
    }

    /** A 32-bit float argument. */
    public OscWriter putFloat(float value) {
        tag('f');
        buffer.putFloat(value);
        return this;
    }

    /** A string argument, UTF-8. */
    public OscWriter putString(String value) {
        tag('s');
        putPadded(value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Ends the packet and returns its length in bytes. */
    public int length() {
        closeMessage();
        return buffer.position();
    }

    /** The buffer the packet is in: its first {@link #length()} bytes. */
    public byte[] bytes() {
        return buffer.array();
    }

    /** An address or string, NUL-terminated, ready for {@link #beginMessage}. */
    public static byte[] address(String address) {
        if (!address.startsWith("/")) {
            throw new IllegalArgumentException("an OSC address starts with '/', was '" + address + "'");
        }
        return address.getBytes(StandardCharsets.UTF_8);
    }

    private static final byte[] BUNDLE = "#bundle".getBytes(StandardCharsets.US_ASCII);

    private void tag(char type) {
        if (tagCount >= tagCapacity) {
            throw new IllegalStateException("more OSC arguments than the " + tagCapacity + " announced");
        }
        tagCount++;
        buffer.put(tagsAt + tagCount, (byte) type);
    }

    private void closeMessage() {
        if (messageStart == -1) {
            return;
        }
        if (tagCount != tagCapacity) {
            throw new IllegalStateException("an OSC message announced " + tagCapacity + " arguments but got " + tagCount);
        }
        if (messageStart >= 0) {
            buffer.putInt(messageStart, buffer.position() - messageStart - 4);
        }
        messageStart = -1;
    }

    private void putPadded(byte[] text) {
        if (buffer.remaining() < padded(text.length)) {
            throw new BufferOverflowException();
        }
        buffer.put(text);
        for (int i = text.length; i < padded(text.length); i++) {
            buffer.put((byte) 0);
        }
    }

    /** Bytes a string of {@code length} takes with its NUL and padding to a multiple of four. */
    static int padded(int length) {
        return (length + 4) & ~3;
    }
}

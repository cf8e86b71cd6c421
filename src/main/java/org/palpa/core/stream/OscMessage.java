package org.palpa.core.stream;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An OSC 1.0 message as read from a datagram: its address and its arguments (Integer, Float or
 * String; other types are refused). Reading is an expected outcome, not an exception: a datagram
 * that is not a well-formed message gives a {@link Parsed.Malformed} saying why and where.
 *
 * @param address   such as {@code /palpa/mark}
 * @param arguments the arguments in order
 */
public record OscMessage(String address, List<Object> arguments) {
    public OscMessage {
        arguments = List.copyOf(arguments);
    }

    /** What a datagram turned out to be. */
    public sealed interface Parsed {
        /** A well-formed message. */
        record Message(OscMessage message) implements Parsed {
        }

        /** Not an OSC message we read; {@code reason} says what and at which byte. */
        record Malformed(String reason) implements Parsed {
        }
    }

    /** Reads the first {@code length} bytes of {@code data} as one OSC message. */
    public static Parsed parse(byte[] data, int length) {
        ByteBuffer b = ByteBuffer.wrap(data, 0, length);
        try {
            String address = string(b);
            if (!address.startsWith("/")) {
                return new Parsed.Malformed("the OSC address does not start with '/'");
            }
            if (!b.hasRemaining()) {
                return new Parsed.Message(new OscMessage(address, List.of()));
            }
            int tagsAt = b.position();
            String tags = string(b);
            if (!tags.startsWith(",")) {
                return new Parsed.Malformed("no type tags at byte " + tagsAt);
            }
            List<Object> args = new ArrayList<>();
            for (int i = 1; i < tags.length(); i++) {
                switch (tags.charAt(i)) {
                    case 'i' -> args.add(b.getInt());
                    case 'f' -> args.add(b.getFloat());
                    case 's' -> args.add(string(b));
                    default -> {
                        return new Parsed.Malformed("type tag '" + tags.charAt(i) + "' is not read (only i, f, s)");
                    }
                }
            }
            if (b.hasRemaining()) {
                return new Parsed.Malformed((b.remaining()) + " bytes after the last argument");
            }
            return new Parsed.Message(new OscMessage(address, args));
        } catch (java.nio.BufferUnderflowException e) {
            return new Parsed.Malformed("the datagram ends inside an argument (" + length + " bytes)");
        } catch (IllegalArgumentException e) {
            return new Parsed.Malformed(e.getMessage());
        }
    }

    private static String string(ByteBuffer b) {
        int start = b.position();
        int end = start;
        while (end < b.limit() && b.get(end) != 0) {
            end++;
        }
        if (end >= b.limit()) {
            throw new IllegalArgumentException("a string at byte " + start + " has no terminating NUL");
        }
        int padded = OscWriter.padded(end - start);
        if (start + padded > b.limit()) {
            throw new IllegalArgumentException("a string at byte " + start + " is not padded to four bytes");
        }
        ByteBuffer slice = b.duplicate().position(start).limit(end);
        b.position(start + padded);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(slice).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a string at byte " + start + " is not UTF-8");
        }
    }
}

package org.palpa.core.protocol;

import java.util.function.Consumer;

/**
 * The common part of every line-based decoder: collects bytes up to a CR or LF into one fixed
 * buffer, drops overlong lines with a count (made as soon as the line is too long), and hands each complete non-empty line to
 * {@link #line}. Empty lines (the LF of a CR LF pair) are ignored.
 */
abstract class LineDecoder implements StreamDecoder {
    /** Longer than any valid line of any supported protocol. */
    static final int MAX_LINE = 512;

    protected final DecoderStats stats = new DecoderStats();
    protected final byte[] line = new byte[MAX_LINE];
    private int length;
    private boolean overlong;
    private long offset;
    private long lineStart;

    @Override
    public final void feed(byte[] bytes, int from, int count, Consumer<? super Decoded> out) {
        stats.bytes += count;
        for (int i = from, end = from + count; i < end; i++) {
            byte b = bytes[i];
            offset++;
            if (b == '\n' || b == '\r') {
                if (!overlong && length > 0) {
                    line(length, lineStart, out);
                }
                length = 0;
                overlong = false;
                lineStart = offset;
            } else if (length < MAX_LINE) {
                line[length++] = b;
            } else if (!overlong) {
                // reported at once, not at the line's end: a wrong baud rate may never produce one
                overlong = true;
                corrupt(out, lineStart, Decoded.Problem.LINE_TOO_LONG, "line longer than " + MAX_LINE + " bytes");
            }
        }
    }

    /** Decodes one line held in {@code line[0, length)} that began at {@code lineOffset} in the stream. */
    protected abstract void line(int length, long lineOffset, Consumer<? super Decoded> out);

    /** Counts and reports a bad line. */
    protected final void corrupt(Consumer<? super Decoded> out, long lineOffset, Decoded.Problem problem, String why) {
        stats.count(problem);
        out.accept(new Decoded.Corrupt(lineOffset, problem, why));
    }

    /** Counts and reports a line that could not be read, quoting it. */
    protected final void unreadable(Consumer<? super Decoded> out, long lineOffset, int length, String why) {
        corrupt(out, lineOffset, Decoded.Problem.BAD_CONTENT, why + ": '" + Ascii.printable(line, 0, length) + "'");
    }

    /** Counts a good line and passes on what it decoded to. */
    protected final void emit(Consumer<? super Decoded> out, Decoded d) {
        stats.frames++;
        out.accept(d);
    }

    @Override
    public final DecoderStats stats() {
        return stats;
    }

    @Override
    public void reset() {
        length = 0;
        overlong = false;
    }
}

package org.palpa.core.sample;

import org.palpa.core.PalpaException;

/**
 * Input that cannot be read, with where it went wrong: the source (a file name or a port),
 * the line, and the column or field.
 */
public class InputFormatException extends PalpaException {
    private final String source;
    private final long line;
    private final String column;

    public InputFormatException(String source, long line, String column, String problem) {
        super(source + (line > 0 ? ":" + line : "") + (column == null ? "" : ": " + column) + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    public String source() {
        return source;
    }

    /** 1-based line number, or 0 when the problem is not on one line. */
    public long line() {
        return line;
    }

    /** The column or field, or null. */
    public String column() {
        return column;
    }
}

package org.palpa.adapter.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import org.palpa.app.analysis.TraceBlock;

/**
 * Parses a piece of a CSV trace, whole lines of it as bytes, into columns: the work that
 * {@link CsvBlockReader} hands to other threads. The numbers are read by FastDoubleParser straight
 * from the bytes, which gives the same double as {@link Double#parseDouble} for the same text.
 * Lines are numbered within the piece; the reader, which knows how many lines came before,
 * turns them into the file's line numbers. A line with a double quote in it is split by Commons
 * CSV, as {@link CsvLines} does; the rules for blank lines, comments and bad cells are
 * {@link CsvTraceReader}'s.
 */
final class CsvPiece {
    /** Where a piece went wrong: its first bad line, counted from 1 within the piece. */
    record Failure(int line, String column, String message) {
    }

    /**
     * A parsed piece.
     *
     * @param block        its rows, in columns
     * @param lines        how many lines the piece has
     * @param firstRowLine the line of its first row (0 when it has no rows)
     * @param firstTime    the time of its first row, in seconds
     * @param lastTime     the time of its last row, in seconds
     * @param failure      the first bad line, or null; rows before it are in {@code block}
     */
    record Parsed(TraceBlock block, int lines, int firstRowLine, double firstTime, double lastTime, Failure failure) {
    }

    private final byte[] bytes;
    private final int length;
    private final List<String> labels;
    private final int cells;
    private byte[] src;
    private final int[] starts;
    private final int[] ends;
    private int count;
    private boolean quoted;

    private CsvPiece(byte[] bytes, int length, List<String> labels) {
        this.bytes = bytes;
        this.length = length;
        this.labels = labels;
        this.cells = labels.size() + 1;
        this.starts = new int[cells];
        this.ends = new int[cells];
    }

    /**
     * Parses {@code bytes[0, length)}, whole lines, skipping the first {@code skipLines} of them
     * (the header).
     *
     * @param reuse  a block whose arrays may be filled instead of new ones, or null
     * @param labels the channels' labels, which also give how many cells a row has
     */
    static Parsed parse(byte[] bytes, int length, int skipLines, List<String> labels, TraceBlock reuse) {
        return new CsvPiece(bytes, length, labels).parse(skipLines, reuse);
    }

    /** Parses into the arrays of {@code reuse} when given (they grow as needed), else into new ones. */
    private Parsed parse(int skipLines, TraceBlock reuse) {
        int channels = labels.size();
        long[] nanos;
        double[][] columns;
        if (reuse != null && reuse.columns().length == channels) {
            nanos = reuse.timestampNanos();
            columns = reuse.columns();
        } else {
            int estimate = Math.max(16, length / (4 * cells));
            nanos = new long[estimate];
            columns = new double[channels][estimate];
        }
        int capacity = nanos.length;
        double[] row = new double[cells];
        int rows = 0;
        int line = 0;
        int firstRowLine = 0;
        double first = Double.NaN;
        double last = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < length; ) {
            line++;
            int eol = scan(p);
            int end = eol > p && bytes[eol - 1] == '\r' ? eol - 1 : eol;
            int from = p;
            p = eol + 1;
            while (from < end && (bytes[from] == ' ' || bytes[from] == '\t')) {
                from++;
            }
            if (line <= skipLines || from == end || bytes[from] == '#') {
                continue;
            }
            if (count <= cells && ends[count - 1] > end) {
                ends[count - 1] = end; // the last cell stops before a carriage return
            }
            Failure failure = row(from, end, line, row);
            if (failure == null && rows > 0 && !(row[0] > last)) {
                failure = new Failure(line, CsvTraceReader.column(0, labels), CsvTraceReader.timeGoesBack(row[0], last));
            }
            if (failure != null) {
                return new Parsed(new TraceBlock(nanos, columns, rows), line, firstRowLine, first, last, failure);
            }
            if (rows == capacity) {
                capacity *= 2;
                nanos = Arrays.copyOf(nanos, capacity);
                for (int c = 0; c < channels; c++) {
                    columns[c] = Arrays.copyOf(columns[c], capacity);
                }
            }
            if (rows == 0) {
                firstRowLine = line;
                first = row[0];
            }
            last = row[0];
            nanos[rows] = Math.round(row[0] * 1e9);
            for (int c = 0; c < channels; c++) {
                columns[c][rows] = row[c + 1];
            }
            rows++;
        }
        return new Parsed(new TraceBlock(nanos, columns, rows), line, firstRowLine, first, last, null);
    }

    /** Reads the row in {@code bytes[from, end)} into {@code row}; the failure, or null. */
    private Failure row(int from, int end, int line, double[] row) {
        if (quoted) {
            try {
                splitQuoted(new String(bytes, from, end - from, StandardCharsets.UTF_8));
            } catch (IOException | IllegalStateException e) {
                return new Failure(line, null, CsvTraceReader.unreadable(e));
            }
        }
        if (count != cells) {
            return new Failure(line, null, CsvTraceReader.wrongCellCount(count, labels.size()));
        }
        for (int c = 0; c < cells; c++) {
            int s = starts[c];
            int e = ends[c];
            while (s < e && (src[s] == ' ' || src[s] == '\t')) {
                s++;
            }
            while (e > s && (src[e - 1] == ' ' || src[e - 1] == '\t')) {
                e--;
            }
            if (s == e) {
                return new Failure(line, CsvTraceReader.column(c, labels), CsvTraceReader.EMPTY_CELL);
            }
            double v;
            try {
                v = JavaDoubleParser.parseDouble(src, s, e - s);
            } catch (NumberFormatException ex) {
                return new Failure(line, CsvTraceReader.column(c, labels), CsvTraceReader.notANumber(text(s, e)));
            }
            if (!Double.isFinite(v)) {
                return new Failure(line, CsvTraceReader.column(c, labels), CsvTraceReader.notFinite(text(s, e)));
            }
            row[c] = v;
        }
        return null;
    }

    private String text(int s, int e) {
        return new String(src, s, e - s, StandardCharsets.UTF_8);
    }

    /**
     * Finds the end of the line that starts at {@code p} and, in the same pass, its cells and
     * whether it has a double quote (then {@link #splitQuoted} splits it instead).
     */
    private int scan(int p) {
        src = bytes;
        count = 0;
        quoted = false;
        int start = p;
        int i = p;
        for (; i < length; i++) {
            byte b = bytes[i];
            if (b == ',') {
                cell(start, i);
                start = i + 1;
            } else if (b == '\n') {
                break;
            } else if (b == '"') {
                quoted = true;
            }
        }
        cell(start, i);
        return i;
    }

    private void cell(int start, int end) {
        if (count < cells) {
            starts[count] = start;
            ends[count] = end;
        }
        count++;
    }

    private void splitQuoted(String line) throws IOException {
        List<String> values = CsvLines.quotedCells(line);
        src = String.join("", values).getBytes(StandardCharsets.UTF_8);
        count = 0;
        int at = 0;
        for (String v : values) {
            int n = v.getBytes(StandardCharsets.UTF_8).length;
            cell(at, at + n);
            at += n;
        }
    }
}

package org.palpa.adapter.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits CSV text into rows of cells without making a string per cell: each cell is a range of a
 * reused character buffer. Blank lines and lines starting with {@code #} are skipped, and spaces
 * around a cell are dropped. A line with a double quote in it is handed to Commons CSV, so quoted
 * cells keep their full CSV meaning; plain numeric lines, nearly all of a trace, never are.
 */
final class CsvLines {
    private static final CSVFormat QUOTED = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();

    private final Reader in;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private long line;
    private long rowLine;

    private char[] cells;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;

    CsvLines(Reader in) {
        this.in = in;
    }

    /** Moves to the next row with cells; false at the end of the text. */
    boolean next() throws IOException {
        while (true) {
            int end = lineEnd();
            if (end < 0) {
                return false;
            }
            int from = pos;
            int to = end > from && buf[end - 1] == '\r' ? end - 1 : end;
            pos = end + 1;
            line++;
            from = skipSpaces(from, to);
            if (from < to && buf[from] != '#') {
                rowLine = line;
                split(from, to);
                return true;
            }
        }
    }

    /** Index of the newline ending the current line (or of the text's end), refilling as needed; -1 at the end. */
    private int lineEnd() throws IOException {
        int scan = pos;
        while (true) {
            for (int i = scan; i < lim; i++) {
                if (buf[i] == '\n') {
                    return i;
                }
            }
            if (eof) {
                return pos < lim ? lim : -1;
            }
            scan = lim - pos;
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, lim - pos);
                lim -= pos;
                pos = 0;
            } else if (lim == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                eof = true;
            } else {
                lim += n;
            }
        }
    }

    private int skipSpaces(int from, int to) {
        while (from < to && (buf[from] == ' ' || buf[from] == '\t')) {
            from++;
        }
        return from;
    }

    private void split(int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            if (buf[i] == '"') {
                splitQuoted(new String(buf, from, to - from));
                return;
            }
        }
        cells = buf;
        count = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || buf[i] == ',') {
                add(start, i);
                start = i + 1;
            }
        }
    }

    /** The cells of one line with quotes in it, with their full CSV meaning. */
    static List<String> quotedCells(String text) throws IOException {
        List<CSVRecord> records;
        try {
            records = QUOTED.parse(new StringReader(text)).getRecords();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IOException("a quoted cell has text after its closing quote, or no closing quote");
        }
        return records.isEmpty() ? List.of("") : records.get(0).toList();
    }

    private void splitQuoted(String text) throws IOException {
        List<String> values = quotedCells(text);
        cells = String.join("", values).toCharArray();
        count = 0;
        int at = 0;
        for (String v : values) {
            add(at, at + v.length());
            at += v.length();
        }
    }

    private void add(int start, int end) {
        while (start < end && (cells[start] == ' ' || cells[start] == '\t')) {
            start++;
        }
        while (end > start && (cells[end - 1] == ' ' || cells[end - 1] == '\t')) {
            end--;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    /** The 1-based line number of the current row in the text. */
    long line() {
        return rowLine;
    }

    int size() {
        return count;
    }

    /** The buffer holding the current row's cells; valid until the next call to {@link #next()}. */
    char[] chars() {
        return cells;
    }

    int start(int cell) {
        return starts[cell];
    }

    int length(int cell) {
        return ends[cell] - starts[cell];
    }

    String cell(int cell) {
        return new String(cells, starts[cell], length(cell));
    }
}

package org.palpa.core.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lines of numbers such as {@code 12.5,3.1,0} (comma, semicolon or tab between them), the output
 * of many Arduino sketches. The first numeric line fixes the channel count; a line with another
 * count is counted as corrupt. A non-numeric first line is taken as the channel names. Values are
 * taken as newtons; the host stamps the time.
 */
public final class CsvLineDecoder extends LineDecoder {
    private final int[] starts = new int[PalpaFrames.MAX_CHANNELS];
    private final int[] ends = new int[PalpaFrames.MAX_CHANNELS];
    private int channels;
    private List<String> header = List.of();

    @Override
    protected void line(int length, long lineOffset, Consumer<? super Decoded> out) {
        int n = split(length);
        if (n < 0) {
            unreadable(out, lineOffset, length, "more than " + PalpaFrames.MAX_CHANNELS + " fields");
            return;
        }
        double[] values = null;
        for (int f = 0; f < n; f++) {
            double v = Ascii.decimal(line, starts[f], ends[f]);
            if (Double.isNaN(v)) {
                if (channels == 0 && f == 0 && isHeader(n)) {
                    takeHeader(n);
                    return;
                }
                unreadable(out, lineOffset, length, "field " + (f + 1) + " is not a number");
                return;
            }
            if (values == null) {
                if (channels != 0 && n != channels) {
                    unreadable(out, lineOffset, length, n + " fields where " + channels + " were expected");
                    return;
                }
                values = new double[n];
            }
            values[f] = v;
        }
        channels = n;
        emit(out, new Decoded.Sample(Decoded.NONE, Decoded.NONE, values));
    }

    /** Whether every field is a plausible channel name: a letter, then letters, digits, space, {@code _ . -}. */
    private boolean isHeader(int n) {
        for (int f = 0; f < n; f++) {
            int len = ends[f] - starts[f];
            if (len == 0 || len > 32 || !Character.isLetter(line[starts[f]])) {
                return false;
            }
            for (int i = starts[f]; i < ends[f]; i++) {
                byte c = line[i];
                if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '_' || c == '.' || c == '-') || c < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private void takeHeader(int n) {
        List<String> names = new ArrayList<>(n);
        for (int f = 0; f < n; f++) {
            names.add(Ascii.text(line, starts[f], ends[f] - starts[f]));
        }
        header = List.copyOf(names);
    }

    /** Splits the line into trimmed fields; returns their number, or -1 when there are too many. */
    private int split(int length) {
        int n = 0;
        int from = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || line[i] == ',' || line[i] == ';' || line[i] == '\t') {
                if (n == starts.length) {
                    return -1;
                }
                starts[n] = ReadingParser.skipSpaces(line, from, i);
                int e = i;
                while (e > starts[n] && line[e - 1] == ' ') {
                    e--;
                }
                ends[n++] = e;
                from = i + 1;
            }
        }
        return n;
    }

    /** The names from a header line, or an empty list when the stream began with numbers. */
    public List<String> header() {
        return header;
    }

    /** The channel count fixed by the first numeric line, or 0 before it. */
    public int channels() {
        return channels;
    }

    @Override
    public void reset() {
        super.reset();
    }
}

package org.palpa.adapter.csv;

import java.io.InputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.palpa.core.sample.InputFormatException;
import org.palpa.core.sample.Unit;

/**
 * Reads Palpa's own CSV export ({@code palpa sessions export --format csv}: one row per sample and
 * channel, {@code time_utc,t_s,sequence,channel,raw,calibrated_n}) as the wide trace that
 * {@link CsvTraceReader} takes: {@code t_s} as the time column, then one column per channel, the
 * calibrated newtons (or the counts of a raw session). Rows are turned around one frame at a
 * time, so an export of any length streams.
 */
final class TidyExportReader extends Reader {
    private static final String NEWTONS = "time_utc,t_s,sequence,channel,raw,calibrated_n";
    private static final String COUNTS = "time_utc,t_s,sequence,channel,raw,uncalibrated_counts";

    private final String name;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final Unit unit;
    private final List<String> channels = new ArrayList<>();
    private CSVRecord next;
    private boolean headerSent;
    private StringBuilder pending = new StringBuilder();
    private int pendingAt;

    private TidyExportReader(String name, Reader in, Unit unit) throws IOException {
        this.name = name;
        this.unit = unit;
        this.parser = CSVFormat.DEFAULT.builder().setSkipHeaderRecord(false).get().parse(in);
        this.rows = parser.iterator();
        rows.next(); // the header, already recognised
        next = rows.hasNext() ? rows.next() : null;
    }

    /**
     * Opens {@code file}: as an export turned into a wide trace when its first line is Palpa's
     * export header, else as it is.
     */
    static Reader open(Path file) throws IOException {
        String first;
        try (InputStream peek = Files.newInputStream(file)) {
            first = firstLine(peek);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputFormatException(file.getFileName().toString(), 1, null,
                    "not UTF-8 text (is it a spreadsheet or a binary file?)");
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new InputFormatException(file.getFileName().toString(), 0, null, "is a folder, not a CSV file");
            }
            throw e;
        }
        Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        String header = first == null ? "" : first.strip();
        if (header.equals(NEWTONS)) {
            return new TidyExportReader(file.getFileName().toString(), in, Unit.NEWTON);
        }
        if (header.equals(COUNTS)) {
            return new TidyExportReader(file.getFileName().toString(), in, Unit.COUNTS);
        }
        return in;
    }

    /**
     * The first line, strictly as UTF-8: at most its first 4 KiB, read at once, which is more than
     * the export's header. A character cut by that limit is not taken for bad text.
     */
    private static String firstLine(InputStream in) throws IOException {
        byte[] head = in.readNBytes(4096);
        int n = 0;
        while (n < head.length && head[n] != '\n') {
            n++;
        }
        boolean whole = n < head.length || head.length < 4096;
        java.nio.CharBuffer text = java.nio.CharBuffer.allocate(n);
        java.nio.charset.CoderResult r = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(head, 0, n), text, whole);
        if (r.isError()) {
            r.throwException();
        }
        return text.flip().toString();
    }

    /** The unit of the values: N, or counts for a raw session's export. */
    Unit unit() {
        return unit;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        while (pendingAt >= pending.length()) {
            pending.setLength(0);
            pendingAt = 0;
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, pending.length() - pendingAt);
        pending.getChars(pendingAt, pendingAt + n, buf, off);
        pendingAt += n;
        return n;
    }

    /** Appends the next wide line (the header first); false at the end. */
    private boolean fill() {
        if (next == null) {
            return false;
        }
        String sequence = next.get(2);
        String time = next.get(1);
        List<String> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        while (next != null && next.get(2).equals(sequence)) {
            if (next.size() != 6) {
                throw new InputFormatException(name, parser.getCurrentLineNumber(), null,
                        "expected 6 columns of Palpa's export, found " + next.size());
            }
            labels.add(next.get(3));
            values.add(next.get(5));
            next = rows.hasNext() ? rows.next() : null;
        }
        if (!headerSent) {
            channels.addAll(labels);
            pending.append("t_s");
            labels.forEach(l -> pending.append(',').append(l));
            pending.append('\n');
            headerSent = true;
        } else if (!labels.equals(channels)) {
            throw new InputFormatException(name, parser.getCurrentLineNumber(), "channel", "frame " + sequence
                    + " has channels " + labels + ", the first frame " + channels);
        }
        pending.append(time);
        values.forEach(v -> pending.append(',').append(v));
        pending.append('\n');
        return true;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

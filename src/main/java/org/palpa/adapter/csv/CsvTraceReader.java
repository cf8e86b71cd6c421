package org.palpa.adapter.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.palpa.app.analysis.TraceAnalysis;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.InputFormatException;
import org.palpa.core.sample.Unit;

/**
 * Reads a trace from CSV: a time column in seconds, then one column per channel. A first row
 * that is not numeric is taken as the header and names the channels. Blank lines and lines
 * starting with {@code #} are skipped. The sample rate is the median of the first intervals.
 *
 * <p>Palpa's own CSV export (one row per sample and channel) is read as it was written: its
 * {@code t_s} column is the time and its calibrated column the values.
 *
 * <p>Every bad cell stops the read with an {@link InputFormatException} that names the file,
 * the line and the column: a missing or extra cell, text that is not a number, NaN or infinity,
 * and a time that does not increase.
 */
public final class CsvTraceReader implements TraceAnalysis.FrameSource, AutoCloseable {
    private static final int RATE_WINDOW = 64;

    private final String name;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> labels;
    private final List<double[]> head = new ArrayList<>();
    private final List<Long> headLines = new ArrayList<>();
    private final DeviceInfo device;
    private double lastTime = Double.NEGATIVE_INFINITY;

    /**
     * Opens {@code file} and reads enough of it to know its channels and rate.
     *
     * @param unit the unit of the channel values
     * @throws InputFormatException when the file is empty or its first lines are bad
     */
    public CsvTraceReader(Path file, Unit unit) throws IOException {
        this(file.getFileName().toString(), TidyExportReader.open(file), unit);
    }

    public CsvTraceReader(String name, Reader reader, Unit unit) throws IOException {
        this.name = name;
        if (reader instanceof TidyExportReader export) {
            unit = export.unit(); // Palpa's own export says its unit in its header
        }
        this.parser = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get().parse(reader);
        this.records = parser.iterator();
        CSVRecord first = nextRecord();
        if (first == null) {
            throw new InputFormatException(name, 0, null, "the file has no data rows");
        }
        if (first.size() < 2) {
            throw new InputFormatException(name, first.getParser().getCurrentLineNumber(), null,
                    "needs a time column and at least one channel column, found " + first.size() + " column");
        }
        if (isNumber(first.get(0))) {
            labels = new ArrayList<>();
            for (int i = 1; i < first.size(); i++) {
                labels.add("ch" + i);
            }
            addHead(first);
        } else {
            labels = new ArrayList<>(first.toList().subList(1, first.size()));
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i).isBlank()) {
                    labels.set(i, "ch" + (i + 1));
                }
            }
        }
        while (head.size() < RATE_WINDOW) {
            CSVRecord r = nextRecord();
            if (r == null) {
                break;
            }
            addHead(r);
        }
        if (head.size() < 2) {
            throw new InputFormatException(name, 0, null, "needs at least two data rows to know the sample rate");
        }
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            channels.add(new Channel(i, labels.get(i), unit));
        }
        this.device = new DeviceInfo("csv:" + name, null, null, channels, medianRate());
    }

    /** Why the text could not be read, in words rather than the name of an exception. */
    static String unreadable(RuntimeException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return "not UTF-8 text (is it a spreadsheet or a binary file?)";
        }
        String m = String.valueOf(cause.getMessage());
        if (m.contains("Is a directory")) {
            return "is a folder, not a CSV file";
        }
        return "unreadable CSV: " + m.replaceAll("^[a-z.]+(Exception|Error): ", "");
    }

    private CSVRecord nextRecord() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InputFormatException(name, parser.getCurrentLineNumber(), null, unreadable(e));
        }
    }

    private void addHead(CSVRecord r) {
        head.add(parseRow(r));
        headLines.add(lineOf(r));
    }

    private static long lineOf(CSVRecord r) {
        return r.getParser().getCurrentLineNumber();
    }

    private double medianRate() {
        double[] dts = new double[head.size() - 1];
        for (int i = 1; i < head.size(); i++) {
            dts[i - 1] = head.get(i)[0] - head.get(i - 1)[0];
        }
        Arrays.sort(dts);
        return 1.0 / dts[dts.length / 2];
    }

    private double[] parseRow(CSVRecord r) {
        long line = lineOf(r);
        int expected = labels.size() + 1;
        if (r.size() != expected) {
            throw new InputFormatException(name, line, null, (r.size() < expected ? "missing cells" : "too many cells")
                    + ": expected " + expected + " columns (time + " + labels.size() + " channels), found " + r.size());
        }
        double[] row = new double[expected];
        for (int c = 0; c < expected; c++) {
            String column = "column " + (c + 1) + " (" + (c == 0 ? "time" : labels.get(c - 1)) + ")";
            String cell = r.get(c);
            if (cell.isEmpty()) {
                throw new InputFormatException(name, line, column, "cell is empty");
            }
            double v;
            try {
                v = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw new InputFormatException(name, line, column, "'" + cell + "' is not a number");
            }
            if (!Double.isFinite(v)) {
                throw new InputFormatException(name, line, column, "'" + cell + "' is not a finite number");
            }
            row[c] = v;
        }
        if (!(row[0] > lastTime)) {
            throw new InputFormatException(name, line, "column 1 (time)", "time " + cell(row[0])
                    + " s does not increase (previous row was at " + cell(lastTime) + " s)");
        }
        lastTime = row[0];
        return row;
    }

    private static String cell(double v) {
        return Double.toString(v);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The channels and rate of the trace; the model is {@code csv:} and the file name. */
    public DeviceInfo device() {
        return device;
    }

    /** Streams every row as a frame whose timestamp is the time column in nanoseconds. */
    @Override
    public void forEach(Consumer<Frame> sink) {
        long seq = 0;
        for (double[] row : head) {
            sink.accept(toFrame(row, seq++));
        }
        head.clear();
        CSVRecord r;
        while ((r = nextRecord()) != null) {
            sink.accept(toFrame(parseRow(r), seq++));
        }
    }

    private static Frame toFrame(double[] row, long seq) {
        return new Frame(Math.round(row[0] * 1e9), seq, Arrays.copyOfRange(row, 1, row.length));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

package org.palpa.adapter.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
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
 *
 * <p>The file is read as a stream, one row at a time, so memory does not grow with its length.
 * Numbers are parsed straight from the read buffer by FastDoubleParser, which gives the same
 * double as {@link Double#parseDouble} for the same text.
 */
public final class CsvTraceReader implements TraceAnalysis.FrameSource, AutoCloseable {
    private static final int RATE_WINDOW = 64;

    private final String name;
    private final Reader reader;
    private final CsvLines lines;
    private final List<String> labels;
    private final List<double[]> head = new ArrayList<>();
    private final DeviceInfo device;
    private double lastTime = Double.NEGATIVE_INFINITY;
    private long headerLine;
    private long nextSequence;

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
        this.reader = reader;
        this.lines = new CsvLines(reader);
        if (!nextRow()) {
            throw new InputFormatException(name, 0, null, "the file has no data rows");
        }
        if (lines.size() < 2) {
            throw new InputFormatException(name, lines.line(), null,
                    "needs a time column and at least one channel column, found " + lines.size() + " column");
        }
        labels = new ArrayList<>();
        boolean headerRow = !isNumber(lines.cell(0));
        headerLine = headerRow ? lines.line() : 0;
        for (int i = 1; i < lines.size(); i++) {
            String label = headerRow ? lines.cell(i) : "";
            labels.add(label.isBlank() ? "ch" + i : label);
        }
        if (!headerRow) {
            head.add(parseRow());
        }
        while (head.size() < RATE_WINDOW && nextRow()) {
            head.add(parseRow());
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
    static String unreadable(Exception e) {
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

    private boolean nextRow() {
        try {
            return lines.next();
        } catch (IOException | IllegalStateException e) {
            throw new InputFormatException(name, lines.line(), null, unreadable(e));
        }
    }

    private double medianRate() {
        double[] dts = new double[head.size() - 1];
        for (int i = 1; i < head.size(); i++) {
            dts[i - 1] = head.get(i)[0] - head.get(i - 1)[0];
        }
        Arrays.sort(dts);
        return 1.0 / dts[dts.length / 2];
    }

    /** The current row as time followed by the channel values. */
    private double[] parseRow() {
        int expected = labels.size() + 1;
        if (lines.size() != expected) {
            throw new InputFormatException(name, lines.line(), null, wrongCellCount(lines.size(), labels.size()));
        }
        double[] row = new double[expected];
        for (int c = 0; c < expected; c++) {
            row[c] = number(c);
        }
        if (!(row[0] > lastTime)) {
            throw new InputFormatException(name, lines.line(), column(0, labels), timeGoesBack(row[0], lastTime));
        }
        lastTime = row[0];
        return row;
    }

    private double number(int c) {
        int length = lines.length(c);
        if (length == 0) {
            throw new InputFormatException(name, lines.line(), column(c, labels), EMPTY_CELL);
        }
        double v;
        try {
            v = JavaDoubleParser.parseDouble(lines.chars(), lines.start(c), length);
        } catch (NumberFormatException e) {
            throw new InputFormatException(name, lines.line(), column(c, labels), notANumber(lines.cell(c)));
        }
        if (!Double.isFinite(v)) {
            throw new InputFormatException(name, lines.line(), column(c, labels), notFinite(lines.cell(c)));
        }
        return v;
    }

    static final String EMPTY_CELL = "cell is empty";

    /** Where a cell is, for an error: {@code column 2 (thumb)}; cell 0 is the time. */
    static String column(int c, List<String> labels) {
        return "column " + (c + 1) + " (" + (c == 0 ? "time" : labels.get(c - 1)) + ")";
    }

    static String wrongCellCount(int found, int channels) {
        int expected = channels + 1;
        return (found < expected ? "missing cells" : "too many cells") + ": expected " + expected
                + " columns (time + " + channels + " channels), found " + found;
    }

    static String timeGoesBack(double time, double previous) {
        return "time " + time + " s does not increase (previous row was at " + previous + " s)";
    }

    static String notANumber(String cell) {
        return "'" + cell + "' is not a number";
    }

    static String notFinite(String cell) {
        return "'" + cell + "' is not a finite number";
    }

    private static boolean isNumber(String s) {
        try {
            JavaDoubleParser.parseDouble(s);
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
        for (Frame f = next(); f != null; f = next()) {
            sink.accept(f);
        }
    }

    /** The next row as a frame, or null after the last; the rows {@link #forEach} would give. */
    public Frame next() {
        if (!head.isEmpty()) {
            return toFrame(head.remove(0), nextSequence++);
        }
        return nextRow() ? toFrame(parseRow(), nextSequence++) : null;
    }

    /** The line of the header row, or 0 when the file has none. */
    long headerLine() {
        return headerLine;
    }

    /** The channel labels, from the header or numbered. */
    List<String> labels() {
        return List.copyOf(labels);
    }

    private static Frame toFrame(double[] row, long seq) {
        return new Frame(Math.round(row[0] * 1e9), seq, Arrays.copyOfRange(row, 1, row.length));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

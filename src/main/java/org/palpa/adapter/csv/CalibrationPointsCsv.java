package org.palpa.adapter.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.palpa.core.calibration.Direction;
import org.palpa.core.sample.InputFormatException;

/**
 * Reads recorded calibration points from CSV for {@code palpa calibrate --from}: a header row,
 * then one row per steady reading. Columns: {@code counts} (the raw reading), the load as
 * {@code newtons} or {@code mass_kg}, and optionally {@code direction} ({@code loading} or
 * {@code unloading}; loading when absent). Lines starting with {@code #} are comments. A bad cell
 * stops the read naming the file, line and column.
 */
public final class CalibrationPointsCsv {
    /** Standard gravity, CGPM 1901. */
    private static final double STANDARD_GRAVITY = 9.80665;

    /**
     * One recorded reading.
     *
     * @param rawCounts the raw reading, before the tare
     * @param newtons   the reference load
     * @param massKg    the reference mass, or NaN when the file gives newtons
     * @param direction loading or unloading
     * @param line      the line it came from
     */
    public record Row(double rawCounts, double newtons, double massKg, Direction direction, long line) { }

    private CalibrationPointsCsv() {
    }

    /** Reads {@code file}. */
    public static List<Row> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), r);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputFormatException(file.toString(), 0, null, "no such file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputFormatException(file.toString(), 0, null, "not UTF-8 text (is it a spreadsheet or a binary file?)");
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new InputFormatException(file.toString(), 0, null, "is a folder, not a CSV file");
            }
            throw e;
        }
    }

    /** Reads rows from {@code reader}; {@code name} names it in errors. */
    public static List<Row> read(String name, Reader reader) throws IOException {
        CSVParser parser = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setHeader().setSkipHeaderRecord(true).get().parse(reader);
        Map<String, Integer> header = parser.getHeaderMap();
        boolean hasNewtons = header.containsKey("newtons");
        boolean hasMass = header.containsKey("mass_kg");
        if (!header.containsKey("counts") || hasNewtons == hasMass) {
            throw new InputFormatException(name, 1, null, "the header must name a 'counts' column and one of "
                    + "'newtons' or 'mass_kg' (and optionally 'direction'), found " + header.keySet());
        }
        List<Row> rows = new ArrayList<>();
        for (CSVRecord rec : parser) {
            long line = parser.getCurrentLineNumber();
            if (!rec.isConsistent()) {
                throw new InputFormatException(name, line, null, "expected " + header.size() + " cells, found " + rec.size());
            }
            double counts = number(name, line, rec, "counts");
            double load = number(name, line, rec, hasMass ? "mass_kg" : "newtons");
            if (load < 0) {
                throw new InputFormatException(name, line, hasMass ? "mass_kg" : "newtons", "must not be negative");
            }
            Direction dir = Direction.LOADING;
            if (header.containsKey("direction") && !rec.get("direction").isBlank()) {
                try {
                    dir = Direction.valueOf(rec.get("direction").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new InputFormatException(name, line, "direction", "'" + rec.get("direction")
                            + "' is not loading or unloading");
                }
            }
            rows.add(new Row(counts, hasMass ? load * STANDARD_GRAVITY : load, hasMass ? load : Double.NaN, dir, line));
        }
        if (rows.isEmpty()) {
            throw new InputFormatException(name, 0, null, "the file has no points");
        }
        return rows;
    }

    private static double number(String name, long line, CSVRecord rec, String column) {
        String text = rec.get(column);
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InputFormatException(name, line, column, "'" + text + "' is not a finite number");
        }
    }
}

package org.palpa.adapter.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.palpa.app.assess.ProgressRow;
import org.palpa.core.assess.SubScore;

/**
 * Writes a class's scored sessions as CSV, one row per student and session. Empty cells are
 * scores that do not apply (no ramp-rate band, no pain marked, no instructor).
 */
public final class CohortCsv {
    private CohortCsv() {
    }

    /** The header row, in column order. */
    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("student", "class", "session", "started", "holds", "total", "passed"));
        for (SubScore s : SubScore.values()) {
            h.add(s.key());
        }
        h.addAll(List.of("totalWithFeedback", "totalWithoutFeedback", "forceAbsoluteError"));
        return h;
    }

    public static void write(Path file, List<ProgressRow> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header().toArray(String[]::new)).get())) {
            for (ProgressRow r : rows) {
                List<Object> cells = new ArrayList<>(List.of(r.student(), r.className() == null ? "" : r.className(),
                        r.sessionId(), Instant.ofEpochMilli(r.startedAtMillis()).toString(), r.holds(), round(r.total()),
                        r.passed()));
                for (SubScore s : SubScore.values()) {
                    cells.add(cell(r.subscores().get(s)));
                }
                cells.add(cell(r.totalWithFeedback()));
                cells.add(cell(r.totalWithoutFeedback()));
                cells.add(cell(r.forceAbsoluteError()));
                p.printRecord(cells);
            }
        }
    }

    private static Object cell(Double v) {
        return v == null ? "" : round(v);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}

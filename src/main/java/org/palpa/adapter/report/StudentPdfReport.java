package org.palpa.adapter.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.palpa.app.assess.ProgressRow;
import org.palpa.core.assess.SubScore;

/** A trainer's one-student report as PDF: a table of the sessions' scores and the progress chart. */
public final class StudentPdfReport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private StudentPdfReport() {
    }

    /** Writes the report of {@code student}'s {@code rows} to {@code file}. */
    public static void write(Path file, String student, String className, List<ProgressRow> rows, double passMark)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            try (PageWriter page = new PageWriter(doc, "Palpa training report, student " + student)) {
                page.title("Training report: student " + student);
                page.field("Class", className == null ? "-" : className);
                page.field("Sessions", String.valueOf(rows.size()));
                page.field("Pass mark", String.format(Locale.ROOT, "%.0f of 100", passMark));
                ProgressRow last = rows.get(rows.size() - 1);
                page.field("Latest total", String.format(Locale.ROOT, "%.1f (%s)", last.total(),
                        last.passed() ? "passed" : "not passed"));
                page.heading("Sessions");
                float[] cols = {0, 40, 130, 170, 210, 255, 300, 345, 390, 440};
                page.row(cols, new String[] {"id", "started", "holds", "total", "in band", "duration", "steady",
                        "overshoot", "fb/no fb", "force AE"}, true);
                for (ProgressRow r : rows) {
                    page.row(cols, new String[] {String.valueOf(r.sessionId()),
                            DAY.format(Instant.ofEpochMilli(r.startedAtMillis())), String.valueOf(r.holds()),
                            fmt(r.total()), sub(r, SubScore.TIME_IN_BAND), sub(r, SubScore.DURATION),
                            sub(r, SubScore.STEADINESS), sub(r, SubScore.OVERSHOOT),
                            fmt(r.totalWithFeedback()) + "/" + fmt(r.totalWithoutFeedback()),
                            fmt(r.forceAbsoluteError())}, false);
                }
                page.heading("Progress");
                page.image(TrainingCharts.progress(student, rows, passMark, 1000, 560), page.width());
                page.line("Scores are 0-100; the total gives partial credit near the band (see docs/assessment.md).");
            }
            doc.save(file.toFile());
        }
    }

    private static String sub(ProgressRow r, SubScore s) {
        return fmt(r.subscores().get(s));
    }

    private static String fmt(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }
}

package org.palpa.app.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.csv.CohortCsv;
import org.palpa.adapter.report.StudentPdfReport;
import org.palpa.adapter.report.TrainingCharts;
import org.palpa.core.assess.SubScore;

class CohortFilesTest {
    private static ProgressRow row(long id, String student, double total) {
        return new ProgressRow(id, 1_764_000_000_000L + id * 60_000, student, "MT-A", 4, total, total >= 70,
                Map.of(SubScore.TIME_IN_BAND, total - 5, SubScore.DURATION, 100.0), total, null, 2.5);
    }

    @Test
    void givenAClassesRows_thenTheCsvReadsBackOneRowPerStudentAndSessionAndTheChartAndReportAreWritten(@TempDir Path dir)
            throws Exception {
        List<ProgressRow> rows = List.of(row(1, "S-01", 62.5), row(2, "S-02", 81), row(3, "S-01", 74.25));
        CohortCsv.write(dir.resolve("cohort.csv"), rows);
        TrainingCharts.writePng(TrainingCharts.cohort("MT-A", rows, 70, 1200, 500), dir.resolve("cohort.png"));
        StudentPdfReport.write(dir.resolve("report-S-01.pdf"), "S-01", "MT-A", List.of(rows.get(0), rows.get(2)), 70);

        List<CSVRecord> records;
        try (Reader r = Files.newBufferedReader(dir.resolve("cohort.csv"))) {
            records = CSVFormat.DEFAULT.builder().setHeader().get().parse(r).getRecords();
        }
        assertThat(records).hasSize(3);
        assertThat(records.get(2).get("student")).isEqualTo("S-01");
        assertThat(Double.parseDouble(records.get(2).get("total"))).isEqualTo(74.25);
        assertThat(records.get(0).get("passed")).isEqualTo("false");
        assertThat(records.get(0).get("rampRate")).isEmpty();
        assertThat(Double.parseDouble(records.get(1).get("forceAbsoluteError"))).isEqualTo(2.5);

        BufferedImage png = ImageIO.read(dir.resolve("cohort.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1200);
        assertThat(png.getHeight()).isEqualTo(500);

        try (PDDocument pdf = Loader.loadPDF(dir.resolve("report-S-01.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Training report: student S-01").contains("74.3").contains("62.5");
        }
    }
}

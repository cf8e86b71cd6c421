package org.palpa.cli.live;

import org.palpa.cli.CliRunner;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF report of a glove session judged per finger lists each finger's own band. */
class PerChannelTargetsReportTest {
    @TempDir
    Path dir;

    @Test
    void givenAGloveSessionWithATargetPerFinger_thenTheReportListsEachFingersBand() throws Exception {
        CliRunner.Result demo = CliRunner.run("demo", "--terminal", "--plain", "--device", "sim-glove", "--seed", "7",
                "--speed", "1000", "--duration", "20s", "--hold", "10s", "--target", "thumb=28N,index=15.4N",
                "--data-dir", dir.toString(), "--client", "C-7");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        Path pdf = dir.resolve("s1.pdf");
        CliRunner.Result report = CliRunner.run("sessions", "report", "1", "--data-dir", dir.toString(), "-o", pdf.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("index 13.86..16.94 N for 10.0 s").contains("middle not tracked (shown only)");
        }
    }
}

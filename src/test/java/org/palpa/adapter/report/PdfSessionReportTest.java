package org.palpa.adapter.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.core.record.StoredSession;
import org.palpa.app.recording.Recordings;
import org.palpa.core.sim.SimulatedDeviceSpec;

class PdfSessionReportTest {
    @TempDir
    Path dir;

    @Test
    void theReportNamesTheClientByPseudonymOnlyAndCarriesHoldsPlotAndIntegrityHash() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        StoredSession s;
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir.resolve("data"))) {
            long id = Recordings.record(store, SimulatedDeviceSpec.algometer(), 5, 60, 0).result().sessionId();
            s = store.find(id).orElseThrow();
            PdfSessionReport.write(store, s, "intact (test)", pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Client (pseudonym)", "C-0042", "therapist-a", "room 1", "sim-algometer")
                    .contains("Targets met:", "Pain scores", "No pain scores were recorded.")
                    .contains(s.chainHead(), "intact (test)")
                    .doesNotContain("Mustermann");
            assertThat(doc.getPage(0).getResources().getXObjectNames()).as("the pressure plot").hasSize(1);
        }
    }
}

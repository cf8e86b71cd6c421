package org.palpa.cli.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;

/**
 * Raw counts have one spelling, {@code counts}, in the store's columns (as docs/records.md says),
 * the terminal, {@code sessions show}, the CSV header, every unit of the JSON export, the EDF+
 * physical dimension and the PDF report; a store written with the older {@code COUNTS} still reads.
 */
class CountsSpellingTest {
    @TempDir
    Path dir;

    private String recordRaw() {
        CliRunner.Result live = CliRunner.run("live", "--device", "sim-glove-raw", "--raw", "--target", "300counts",
                "--hold", "2s", "--duration", "20s", "--speed", "max", "--plain", "--data-dir", dir.toString());
        assertThat(live.exitCode()).as(live.err()).isZero();
        assertThat(live.out()).contains("counts").doesNotContain("COUNTS");
        return dir.toString();
    }

    @Test
    void everyPlaceARawSessionNamesItsUnitSpellsItCounts() throws Exception {
        String data = recordRaw();
        assertThat(storeUnits()).isNotEmpty().containsOnly("counts");
        assertThat(CliRunner.run("sessions", "show", "1", "--data-dir", data).out()).contains("counts")
                .doesNotContain("COUNTS");
        assertEveryExportSaysCounts(data);
    }

    @Test
    void aStoreThatSpelledCountsInCapitalsStillReadsAndEveryOutputSaysCounts() throws Exception {
        String data = recordRaw();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("palpa.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE sessions SET target_unit = 'COUNTS'");
            s.executeUpdate("UPDATE channels SET unit = 'COUNTS'");
            s.executeUpdate("UPDATE holds SET unit = 'COUNTS'");
        }
        assertThat(storeUnits()).containsOnly("COUNTS");
        CliRunner.Result verify = CliRunner.run("sessions", "verify", "1", "--data-dir", data);
        assertThat(verify.exitCode()).as("the chain hashes the unit, not its spelling: " + verify.out()).isZero();
        assertEveryExportSaysCounts(data);
    }

    private void assertEveryExportSaysCounts(String data) throws Exception {
        Path csv = dir.resolve("s.csv");
        assertThat(CliRunner.run("sessions", "export", "1", "--format", "csv", "-o", csv.toString(), "--data-dir", data)
                .exitCode()).isZero();
        assertThat(Files.readAllLines(csv).get(0)).endsWith(",uncalibrated_counts");
        assertThat(units(new ObjectMapper().readTree(dir.resolve("s.csv.json").toFile()))).isNotEmpty()
                .containsOnly("counts");

        Path json = dir.resolve("s.json");
        assertThat(CliRunner.run("sessions", "export", "1", "--format", "json", "-o", json.toString(), "--data-dir", data)
                .exitCode()).isZero();
        List<String> jsonUnits = units(new ObjectMapper().readTree(json.toFile()));
        assertThat(jsonUnits).as("target, targets, holds and the chain's holds").hasSizeGreaterThan(3).containsOnly("counts");
        CliRunner.Result check = CliRunner.run("sessions", "verify-export", json.toString());
        assertThat(check.out() + check.err()).doesNotContain("is not a unit");

        Path edf = dir.resolve("s.edf");
        assertThat(CliRunner.run("sessions", "export", "1", "--format", "edf", "-o", edf.toString(), "--data-dir", data)
                .exitCode()).isZero();
        assertThat(org.palpa.cli.EdfHeader.physicalDimensions(edf)).isNotEmpty().containsOnly("counts");

        Path pdf = dir.resolve("s.pdf");
        assertThat(CliRunner.run("sessions", "report", "1", "-o", pdf.toString(), "--data-dir", data).exitCode()).isZero();
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("counts").doesNotContain("COUNTS").doesNotContain(" N ");
        }
    }

    /** Every value of a field named {@code unit} or {@code rawUnit}, anywhere in the document. */
    private static List<String> units(JsonNode node) {
        List<String> found = new ArrayList<>();
        node.fields().forEachRemaining(f -> {
            if (f.getKey().equals("unit") || f.getKey().equals("rawUnit")) {
                found.add(f.getValue().asText());
            }
        });
        for (JsonNode child : node) {
            found.addAll(units(child));
        }
        return found;
    }

    private List<String> storeUnits() throws Exception {
        List<String> units = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("palpa.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT target_unit FROM sessions UNION ALL SELECT unit FROM channels "
                     + "UNION ALL SELECT unit FROM holds")) {
            while (r.next()) {
                units.add(r.getString(1));
            }
        }
        return units;
    }
}

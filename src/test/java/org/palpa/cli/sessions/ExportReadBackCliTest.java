package org.palpa.cli.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;

/** Palpa reads what it writes: its CSV export goes back into analyze, and its UTC times stay inside the session. */
class ExportReadBackCliTest {
    @TempDir
    Path dir;

    @Test
    void givenASessionAtTenTimesRealTime_thenTheExportIsAnalysableAndItsUtcTimesLieBetweenStartAndEnd() throws Exception {
        String data = dir.toString();
        assertThat(CliRunner.run("live", "--duration", "30s", "--speed", "10", "--hold", "5s", "--plain",
                "--data-dir", data).exitCode()).isZero();
        Path csv = dir.resolve("s1.csv");
        assertThat(CliRunner.run("sessions", "export", "1", "--format", "csv", "-o", csv.toString(), "--data-dir", data)
                .exitCode()).isZero();

        JsonNode meta = new ObjectMapper().readTree(dir.resolve("s1.csv.json").toFile());
        Instant started = Instant.parse(meta.get("startedAt").asText());
        Instant ended = Instant.parse(meta.get("endedAt").asText());
        List<String> lines = Files.readAllLines(csv);
        Instant first = Instant.parse(lines.get(1).split(",")[0]);
        Instant last = Instant.parse(lines.get(lines.size() - 1).split(",")[0]);
        assertThat(first).isAfterOrEqualTo(started.minusMillis(1));
        assertThat(last).isBeforeOrEqualTo(ended.plusMillis(1));

        CliRunner.Result analyze = CliRunner.run("analyze", "--input", csv.toString(), "--hold", "5s");
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        JsonNode fromCsv = new ObjectMapper().readTree(analyze.out());
        JsonNode fromStore = new ObjectMapper().readTree(CliRunner.run("analyze", "--session", "1", "--hold", "5s",
                "--data-dir", data).out());
        assertThat(fromCsv.get("holds")).hasSameSizeAs(fromStore.get("holds")).isNotEmpty();
        assertThat(fromCsv.get("summary").get("met")).isEqualTo(fromStore.get("summary").get("met"));
    }
}

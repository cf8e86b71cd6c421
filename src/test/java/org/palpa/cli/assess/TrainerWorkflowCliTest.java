package org.palpa.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;

/** A trainer's day on the simulated glove: instructor, faded practice, retention test, scoring and the cohort. */
class TrainerWorkflowCliTest {
    @TempDir
    Path dir;

    private CliRunner.Result live(long seed, String duration, String... more) {
        List<String> args = new ArrayList<>(List.of("live", "--device", "sim-glove", "--seed", String.valueOf(seed),
                "--speed", "max", "--plain", "--duration", duration, "--target", "30N", "--tolerance", "15%",
                "--track", "thumb", "--hold", "10s", "--data-dir", dir.toString()));
        args.addAll(List.of(more));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    @Test
    void givenAnInstructorAndStudentsRecorded_thenPracticeRetentionScoresAndTheCohortComeOut() throws Exception {
        String data = dir.toString();
        live(1, "120s", "--therapist", "instructor");
        CliRunner.Result faded = live(2, "400s", "--student", "S-01", "--class", "MT-A", "--feedback", "faded");
        assertThat(faded.out()).contains("Feedback schedule: faded").contains("recorded (feedback off)");
        CliRunner.Result retention = live(3, "120s", "--student", "S-01", "--class", "MT-A", "--feedback", "none");
        assertThat(retention.out()).contains("feedback off for this hold").doesNotContain(": MET,");
        live(4, "120s", "--student", "S-02", "--class", "MT-A");

        CliRunner.Result list = CliRunner.run("sessions", "list", "--student", "S-01", "--data-dir", data);
        assertThat(list.out()).containsPattern("(?m)^\\s+2 ").containsPattern("(?m)^\\s+3 ").doesNotContainPattern("(?m)^\\s+4 ");
        assertThat(CliRunner.run("sessions", "verify", "2", "--data-dir", data).out()).contains("session 2: intact");

        CliRunner.Result json = CliRunner.run("assess", "2", "--reference", "1", "--json", "--data-dir", data);
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("schema").asText()).isEqualTo("palpa.assessment/1");
        assertThat(doc.get("student").asText()).isEqualTo("S-01");
        assertThat(doc.get("total").asDouble()).isBetween(0.0, 100.0);
        assertThat(doc.get("subscores").has("timeInBand")).isTrue();
        JsonNode holds = doc.get("holds");
        assertThat(holds.size()).isGreaterThan(11);
        for (int i = 0; i < holds.size(); i++) {
            int n = holds.get(i).get("index").asInt();
            boolean expected = n <= 5 || (n <= 11 ? (n - 6) % 2 == 0 : (n - 12) % 5 == 0);
            assertThat(holds.get(i).get("feedbackShown").asBoolean()).as("hold " + n).isEqualTo(expected);
        }
        assertThat(doc.get("feedback").get("hidden").get("holds").asInt()).isPositive();
        assertThat(doc.get("reference").get("absoluteError").get("force").asDouble()).isPositive();
        assertThat(doc.get("reference").get("constantError").has("rampRate")).isTrue();

        CliRunner.Result none = CliRunner.run("assess", "3", "--json", "--data-dir", data);
        JsonNode noFeedback = new ObjectMapper().readTree(none.out());
        assertThat(noFeedback.get("feedback").get("shown").get("holds").asInt()).isZero();

        Path out = dir.resolve("cohort");
        CliRunner.Result cohort = CliRunner.run("assess", "cohort", "--class", "MT-A", "--reference", "1", "--output",
                out.toString(), "--data-dir", data);
        assertThat(cohort.exitCode()).as(cohort.err()).isZero();
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(out.resolve("cohort.csv"))) {
            rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(r).getRecords();
        }
        assertThat(rows).extracting(r -> r.get("student") + "/" + r.get("session")).containsExactly("S-01/2", "S-01/3", "S-02/4");
        assertThat(Files.readString(out.resolve("summary.txt"))).contains("Class MT-A: 2 students, 3 sessions");
        assertThat(out.resolve("cohort.png")).isNotEmptyFile();
        assertThat(out.resolve("report-S-01.pdf")).isNotEmptyFile();
        assertThat(out.resolve("report-S-02.pdf")).isNotEmptyFile();

        CliRunner.Result progress = CliRunner.run("assess", "progress", "--student", "S-01", "--output",
                dir.resolve("p.png").toString(), "--data-dir", data);
        assertThat(progress.out()).contains("Progress of student S-01 (2 sessions)");
        assertThat(dir.resolve("p.png")).isNotEmptyFile();
    }

    @Test
    void givenANameAsStudentOrAnUnknownSchedule_thenOneLineAndExitTwo() {
        CliRunner.Result name = CliRunner.run("live", "--student", "Jane Doe", "--no-record", "--duration", "1s");
        assertThat(name.exitCode()).isEqualTo(2);
        assertThat(name.err().strip()).doesNotContain("\n").contains("student code 'Jane Doe'");
        CliRunner.Result schedule = CliRunner.run("live", "--feedback", "sometimes", "--no-record", "--duration", "1s");
        assertThat(schedule.exitCode()).isEqualTo(2);
        assertThat(schedule.err().strip()).doesNotContain("\n").contains("--feedback");
        CliRunner.Result missing = CliRunner.run("assess", "--input", dir.resolve("none.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("no such file");
    }
}

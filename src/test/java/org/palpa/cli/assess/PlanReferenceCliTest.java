package org.palpa.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;

/** End to end: an instructor and a student run the same plan on the simulated glove, and the student is scored step by step. */
class PlanReferenceCliTest {
    @TempDir
    Path dir;

    @Test
    void givenTwoSimulatedPlanRuns_thenHoldsArePairedByPlanStepAndEachIsScoredAgainstItsStepsBand() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(CliRunner.run("plan", "run", "upper-back", "--device", "sim-glove", "--speed", "20", "--seed", "1",
                "--student", "INS-01", "--data-dir", data).exitCode()).isZero();
        assertThat(CliRunner.run("plan", "run", "upper-back", "--device", "sim-glove", "--speed", "20", "--seed", "2",
                "--student", "S-01", "--class", "MT-P", "--feedback", "every:2", "--data-dir", data).exitCode()).isZero();
        assertThat(CliRunner.run("live", "--device", "sim-glove", "--target", "25N", "--track", "thumb", "--hold", "10s",
                "--speed", "max", "--duration", "60s", "--seed", "3", "--student", "S-01", "--data-dir", data).exitCode())
                .isZero();

        CliRunner.Result text = CliRunner.run("assess", "2", "--reference", "1", "--data-dir", data);
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("against the band of each step of plan upper-back", "paired by plan step");

        CliRunner.Result json = CliRunner.run("assess", "2", "--reference", "1", "--json", "--data-dir", data);
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.path("plan").asText()).isEqualTo("upper-back");
        // the plan's six repetitions on the thumb, each met against its own step's band (step 3 is 18..26 N, not 20..30)
        assertThat(root.path("holds")).hasSize(6).allSatisfy(h -> assertThat(h.path("channel").asInt()).isZero());
        assertThat(root.path("total").asDouble()).isGreaterThan(70);
        JsonNode ref = root.path("reference");
        assertThat(ref.path("matching").asText()).isEqualTo("plan-step");
        assertThat(ref.path("pairs").asInt()).isEqualTo(6);
        assertThat(ref.path("stepsOnlyStudent")).isEmpty();
        assertThat(ref.path("holds")).extracting(h -> h.path("step").asInt()).containsExactly(1, 1, 2, 2, 3, 4);
        assertThat(root.path("feedback").path("hidden").path("holds").asInt()).isEqualTo(3);

        CliRunner.Result mixed = CliRunner.run("assess", "3", "--reference", "1", "--data-dir", data);
        assertThat(mixed.exitCode()).as(mixed.err()).isZero();
        assertThat(mixed.out()).contains("paired in order", "paired in order: only the instructor's recording followed a plan (upper-back)");
    }
}

package org.palpa.cli.live;

import org.palpa.cli.CliRunner;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A glove demo recorded with a target per finger: the record shows, verifies, replays and exports the plan. */
class PerChannelTargetsRecordCliTest {
    @TempDir
    Path dir;

    @Test
    void givenARecordedGloveSessionWithATargetPerFinger_thenShowVerifyReplayAndExportKeepThePlan() throws Exception {
        String data = dir.toString();
        CliRunner.Result demo = CliRunner.run("demo", "--terminal", "--plain", "--device", "sim-glove", "--seed", "7",
                "--speed", "1000", "--duration", "40s", "--hold", "10s", "--target", "thumb=28N,index=15.4N",
                "--data-dir", data, "--client", "C-7");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Recorded session 1");

        CliRunner.Result show = CliRunner.run("sessions", "show", "1", "--data-dir", data);
        assertThat(show.out()).contains("target      thumb 25.20..30.80 N for 10.0 s; index 13.86..16.94 N for 10.0 s;");

        CliRunner.Result verify = CliRunner.run("sessions", "verify", "1", "--data-dir", data);
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("session 1: intact");

        CliRunner.Result replay = CliRunner.run("sessions", "replay", "1", "--data-dir", data, "--use-recorded-target",
                "--speed", "max", "--plain");
        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("Not tracked (shown only): middle, ring, little.")
                .containsPattern("1  index    13\\.86\\.\\.16\\.94 .* MET");

        Path csv = dir.resolve("s1.csv");
        CliRunner.Result export = CliRunner.run("sessions", "export", "1", "--data-dir", data, "--format", "csv",
                "-o", csv.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        JsonNode targets = new ObjectMapper().readTree(dir.resolve("s1.csv.json").toFile()).get("targets");
        assertThat(targets).hasSize(5);
        assertThat(targets.get(1).get("label").asText()).isEqualTo("index");
        assertThat(targets.get(1).get("min").asDouble()).isEqualTo(13.86);
        assertThat(targets.get(2).get("tracked").asBoolean()).isFalse();
    }
}

package org.palpa.cli.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;

/** Calibration quality cannot be misreported: too few loads refused, held-out error reported, poor profiles marked. */
class CalibrationQualityCliTest {
    @TempDir
    Path dir;

    /** A sensor whose force rises with the square of its counts, loaded at six distinct loads. */
    private Path curvedPoints() throws Exception {
        StringBuilder csv = new StringBuilder("counts,newtons\n");
        for (int c = 0; c <= 4000; c += 800) {
            csv.append(String.format(Locale.ROOT, "%d,%.6f%n", c, 1e-6 * c * c));
        }
        Path file = dir.resolve("curved.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void givenFourReadingsOfOneMass_thenTheCalibrationIsRefusedAsBadInputBeforeAnyReading() {
        CliRunner.Result r = CliRunner.run("calibrate", "--device", "sim-glove-raw", "--channel", "thumb", "--masses",
                "1,1,1,1", "--no-unloading", "--batch", "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("2 distinct loads").contains("needs 3");
    }

    @Test
    void givenAModelThatFitsBadlyOnHeldOutLoads_thenNoProfileIsWrittenUnlessAskedAndThenItIsMarkedPoor() throws Exception {
        Path out = Files.createDirectories(dir.resolve("profiles"));
        CliRunner.Result refused = CliRunner.run("calibrate", "--device", "sim-glove-raw", "--channel", "thumb", "--from",
                curvedPoints().toString(), "--fits", "linear", "--out", out.toString());
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.out()).contains("Quality: held-out max error").contains("POOR")
                .contains("No profile was written");
        try (var files = Files.list(out)) {
            assertThat(files.count()).isZero();
        }

        CliRunner.Result accepted = CliRunner.run("calibrate", "--device", "sim-glove-raw", "--channel", "thumb", "--from",
                curvedPoints().toString(), "--fits", "linear", "--accept-poor", "--out", out.toString());
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        try (var files = Files.list(out)) {
            Path profile = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
            assertThat(Files.readString(profile)).contains("POOR (written with --accept-poor)");
        }
    }

    @Test
    void givenACalibratedSession_thenItRecordsTheHeldOutQualityOfEachChannelsProfile() throws Exception {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        assertThat(CliRunner.run("calibrate", "--device", "sim-algometer-raw", "--channel", "probe", "--masses",
                "0.5,1,2,4", "--batch", "--out", profiles.toString()).exitCode()).isZero();
        String data = dir.resolve("data").toString();
        CliRunner.Result live = CliRunner.run("live", "--device", "sim-algometer-raw", "--calibration", profiles.toString(),
                "--duration", "3s", "--speed", "max", "--plain", "--data-dir", data);
        assertThat(live.exitCode()).as(live.err()).isZero();
        CliRunner.Result show = CliRunner.run("sessions", "show", "1", "--data-dir", data);
        assertThat(show.out()).contains("probe: ").contains("held-out max error").contains("in-sample R²");
    }
}

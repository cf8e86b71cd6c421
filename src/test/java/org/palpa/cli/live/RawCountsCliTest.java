package org.palpa.cli.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;

/** Counts are never shown or recorded as newtons: refused without a profile, labelled counts with --raw. */
class RawCountsCliTest {
    @TempDir
    Path dir;

    @Test
    void givenARawGloveWithNoProfile_whenLive_thenItRefusesWithExit2NamingTheChannelAndTheCalibrateCommand() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("no-profiles"));
        CliRunner.Result r = CliRunner.run("live", "--device", "sim-glove-raw", "--target", "10N", "--calibration",
                empty.toString(), "--duration", "2s", "--speed", "max", "--data-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("channel thumb of sim-glove-raw serial SIM-1 reports raw counts")
                .contains("palpa calibrate --device sim-glove-raw --channel thumb").contains("--raw");
        assertThat(r.out()).doesNotContain("Recorded session");
    }

    @Test
    void givenARawGloveWithNoCalibrationFolder_whenDemo_thenTheSharedPipelineCheckRefusesItToo() {
        CliRunner.Result r = CliRunner.run("demo", "--terminal", "--plain", "--device", "sim-glove-raw", "--speed", "max",
                "--duration", "2s", "--data-dir", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("channel thumb of sim-glove-raw").contains("palpa calibrate");
        assertThat(r.out()).doesNotContain(" N ");
    }

    @Test
    void givenRawWithATargetInNewtons_thenTheTargetMustBeInCounts() {
        CliRunner.Result r = CliRunner.run("live", "--device", "sim-glove-raw", "--raw", "--target", "10N",
                "--duration", "2s", "--speed", "max", "--no-record");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("give the target in counts");
    }

    @Test
    void givenRaw_thenTerminalStoreAndEveryExportSayCountsNeverNewtons() throws Exception {
        String data = dir.toString();
        CliRunner.Result live = CliRunner.run("live", "--device", "sim-glove-raw", "--raw", "--target", "300counts",
                "--hold", "2s", "--duration", "20s", "--speed", "max", "--plain", "--data-dir", data);
        assertThat(live.exitCode()).as(live.err()).isZero();
        assertThat(live.out()).contains("counts").contains("mean and peak in counts").doesNotContain(" N ")
                .doesNotContain("N/s");

        CliRunner.Result show = CliRunner.run("sessions", "show", "1", "--data-dir", data);
        assertThat(show.out()).contains("counts").doesNotContain(" N ");

        Path edf = dir.resolve("s.edf");
        assertThat(CliRunner.run("sessions", "export", "1", "--format", "edf", "-o", edf.toString(), "--data-dir", data)
                .exitCode()).isZero();
        assertThat(org.palpa.cli.EdfHeader.physicalDimensions(edf)).isNotEmpty().containsOnly("counts");

        Path csv = dir.resolve("s.csv");
        assertThat(CliRunner.run("sessions", "export", "1", "--format", "csv", "-o", csv.toString(), "--data-dir", data)
                .exitCode()).isZero();
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo("time_utc,t_s,sequence,channel,raw,uncalibrated_counts");

        Path json = dir.resolve("s.json");
        assertThat(CliRunner.run("sessions", "export", "1", "--format", "json", "-o", json.toString(), "--data-dir", data)
                .exitCode()).isZero();
        String text = Files.readString(json);
        assertThat(text).contains("\"uncalibratedCounts\"").doesNotContain("\"calibratedN\"")
                .containsPattern("\"unit\"\\s*:\\s*\"counts\"");
    }
}

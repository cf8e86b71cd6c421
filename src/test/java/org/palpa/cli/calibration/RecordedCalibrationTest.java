package org.palpa.cli.calibration;

import org.palpa.cli.CliRunner;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recorded session names the calibration profile and hash each channel used. */
class RecordedCalibrationTest {
    @TempDir
    Path dir;

    @Test
    void givenACalibratedRawDevice_whenTheSessionIsRecorded_thenShowNamesEachChannelsProfileAndHash() {
        String data = dir.resolve("data").toString();
        CliRunner.Result live = CliRunner.run("live", "--device", "sim-algometer-raw", "--calibration", "calibration",
                "--speed", "max", "--duration", "3s", "--plain", "--data-dir", data);
        assertThat(live.exitCode()).as(live.err()).isZero();
        assertThat(live.out()).contains("Recorded session 1");

        CliRunner.Result show = CliRunner.run("sessions", "show", "1", "--data-dir", data);
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).containsPattern("calibration probe=sim-algometer-raw_\\S+ \\(sha256 probe=sha256:[0-9a-f]{64}\\)");

        CliRunner.Result verify = CliRunner.run("sessions", "verify", "1", "--data-dir", data);
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
    }

    @Test
    void givenADeviceInNewtons_thenNoProfileIsRecorded() {
        String data = dir.resolve("data").toString();
        assertThat(CliRunner.run("live", "--speed", "max", "--duration", "2s", "--plain", "--data-dir", data).exitCode())
                .isZero();
        assertThat(CliRunner.run("sessions", "show", "1", "--data-dir", data).out()).contains("calibration device's own units");
    }
}

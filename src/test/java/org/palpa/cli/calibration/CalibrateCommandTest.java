package org.palpa.cli.calibration;

import org.palpa.cli.CapturesStandardStreams;
import org.palpa.cli.Main;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.json.CalibrationProfileReader;
import org.palpa.core.calibration.FitType;
import org.palpa.core.sim.SensorBank;
import org.palpa.core.sim.SensorModel;
import org.palpa.core.sim.SimulatedDeviceSpec;

/** {@code palpa calibrate} and {@code palpa calibration check} run as a user runs them. */
class CalibrateCommandTest extends CapturesStandardStreams {
    @TempDir
    Path dir;

    private InputStream oldIn;

    @BeforeEach
    void keepStandardInput() {
        oldIn = System.in;
    }

    @AfterEach
    void restoreStandardInput() {
        System.setIn(oldIn);
    }

    /** Points of the simulated glove's thumb sensor, as a bench would record them, in the CSV format. */
    private Path thumbPoints() throws Exception {
        SensorModel sensor = SensorBank.forDevice(SimulatedDeviceSpec.glove(), 1).sensor(0);
        StringBuilder csv = new StringBuilder("# thumb of sim-glove-raw SIM-1\ncounts,mass_kg,direction\n");
        double[] masses = {0, 0.5, 1, 2, 3, 4, 5, 6};
        for (double m : masses) {
            double sum = 0;
            for (int i = 0; i < 200; i++) {
                sum += sensor.counts(m * 9.80665);
            }
            csv.append(String.format(Locale.ROOT, "%.2f,%s,loading%n", sum / 200, m));
        }
        Path file = dir.resolve("points.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void givenRecordedFsrPoints_whenCalibratedFromCsv_thenAPowerLawProfileIsWrittenAndReadsBack() throws Exception {
        int status = Main.run("calibrate", "--device", "sim-glove-raw", "--channel", "thumb", "--from",
                thumbPoints().toString(), "--out", dir.toString(), "--by", "tester");
        assertThat(status).as(err.toString()).isZero();
        Path file = dir.resolve("sim-glove-raw_SIM-1_thumb.json");
        var profile = CalibrationProfileReader.read(file);
        assertThat(profile.curve().type()).isEqualTo(FitType.POWER);
        assertThat(profile.createdBy()).isEqualTo("tester");
        assertThat(profile.referenceMassesKg()).containsExactly(0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0);
        assertThat(out.toString()).contains("Chosen: power").contains("Wrote " + file);
    }

    @Test
    void givenACsvWithABadCell_thenExitTwoNamingFileLineAndColumn() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "counts,newtons\n0,0\n100,abc\n");
        int status = Main.run("calibrate", "--device", "sim-glove-raw", "--from", file.toString(), "--out", dir.toString());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().trim()).isEqualTo("palpa: " + file + ":3: newtons: 'abc' is not a finite number");
    }

    @Test
    void givenTooFewPoints_thenNoProfileIsWrittenAndTheReportSaysHowManyAreNeeded() throws Exception {
        Path file = dir.resolve("few.csv");
        Files.writeString(file, "counts,newtons\n10,0\n500,5\n900,10\n");
        int status = Main.run("calibrate", "--device", "sim-glove-raw", "--from", file.toString(), "--out", dir.toString());
        assertThat(status).isEqualTo(2);
        assertThat(out.toString()).contains("linear needs at least 4 points").contains("No profile was written");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".json")).count()).isZero();
        }
    }

    @Test
    void givenTheUserAbortsAtTheTare_thenNoProfileIsLeftBehind() throws Exception {
        System.setIn(new ByteArrayInputStream("\nq\n".getBytes(StandardCharsets.UTF_8)));
        int status = Main.run("calibrate", "--device", "sim-glove-raw", "--bench-speed", "20", "--out", dir.toString());
        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).contains("Tare: remove all load").contains("Calibration aborted (aborted by the user)");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void givenABatchRunOnTheBench_thenTheProfilePassesACheckAndTheCheckIsInItsHistory() throws Exception {
        assertThat(Main.run("calibrate", "--device", "sim-glove-raw", "--channel", "index", "--batch",
                "--bench-speed", "20", "--out", dir.toString())).as(out.toString()).isZero();
        Path file = dir.resolve("sim-glove-raw_SIM-1_index.json");
        String hash = CalibrationProfileReader.read(file).contentHash();
        assertThat(Main.run("calibration", "check", "--device", "sim-glove-raw", "--profile", file.toString(),
                "--weights", "1,2.5,4", "--tolerance", "1%", "--batch", "--bench-speed", "20")).as(out.toString()).isZero();
        var checked = CalibrationProfileReader.read(file);
        assertThat(checked.history()).hasSize(1);
        assertThat(checked.history().get(0).passed()).isTrue();
        assertThat(checked.history().get(0).points()).hasSize(3);
        assertThat(checked.contentHash()).isEqualTo(hash);
        assertThat(out.toString()).contains("Check PASSED");
    }

    @Test
    void givenRecordedCheckReadingsOffByMoreThanTheTolerance_thenTheCheckFailsAndTheFailureIsInTheHistory()
            throws Exception {
        Path file = dir.resolve("thumb.json");
        assertThat(Main.run("calibrate", "--device", "sim-glove-raw", "--from", thumbPoints().toString(), "--out",
                file.toString())).isZero();
        var profile = CalibrationProfileReader.read(file);
        // A reading that the profile turns into 20 N, offered as 3 kg (29.4 N): 16% of the 58.8 N full scale off.
        double raw = profile.tareCounts() + Math.pow(20 / profile.curve().coefficients()[0], 1 / profile.curve().coefficients()[1]);
        Path check = dir.resolve("check.csv");
        Files.writeString(check, String.format(Locale.ROOT, "counts,mass_kg%n%.3f,3%n", raw));
        int status = Main.run("calibration", "check", "--device", "sim-glove-raw", "--profile", file.toString(),
                "--from", check.toString(), "--tolerance", "2%");
        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).contains("Check FAILED");
        var history = CalibrationProfileReader.read(file).history();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).passed()).isFalse();
        assertThat(history.get(0).points().get(0).measuredNewtons()).isCloseTo(20, org.assertj.core.api.Assertions.within(1e-3));
    }
}

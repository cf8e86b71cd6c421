package org.palpa.cli.calibration;

import org.palpa.cli.device.DeviceCatalog;
import org.palpa.cli.Main;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.json.CalibrationProfileReader;
import org.palpa.core.calibration.ChannelCalibration;
import org.palpa.core.calibration.DriftCompensation;
import org.palpa.core.sim.SensorBank;

/** The creeping simulated glove: calibrate with a creep hold, then hold a steady load for 30 s. */
class CreepCompensationEndToEndTest {
    @TempDir
    Path dir;

    /** The calibrated reading's spread from 2 s to 31 s after 3 kg is placed on a rested thumb. */
    private static double spreadOverHold(SensorBank bank, ChannelCalibration cal) {
        double[] f = new double[5];
        double[] counts = new double[5];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 200 * 32; i++) {
            f[0] = i < 200 ? 0 : 3 * CalibrationWizard.STANDARD_GRAVITY;
            bank.toCounts(f, counts);
            double v = cal.toNewtons(counts[0]);
            if (i >= 200 * 3) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return max - min;
    }

    @Test
    void givenACreepingFsrCalibratedWithACreepHold_thenA30SecondSteadyHoldReadsSteadyOnlyWithCompensation()
            throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Main.run("calibrate", "--device", "sim-glove-creep-raw", "--channel", "thumb", "--batch",
                    "--bench-speed", "20", "--creep-hold", "30s", "--no-unloading", "--out", dir.toString());
        } finally {
            System.setOut(old);
        }
        assertThat(status).as(out.toString()).isZero();
        var profile = CalibrationProfileReader.read(dir.resolve("sim-glove-creep-raw_SIM-1_thumb.json"));
        // The simulated FSRs creep by 6% with a time constant of 8 s.
        assertThat(profile.drift().share()).isBetween(0.045, 0.075);
        assertThat(profile.drift().tauSeconds()).isBetween(6.0, 10.0);

        double raw = spreadOverHold(DeviceCatalog.sensors("sim-glove-creep-raw", 1), profile.calibration());
        double compensated = spreadOverHold(DeviceCatalog.sensors("sim-glove-creep-raw", 1),
                new DriftCompensation(profile.calibration(), profile.drift(), 200));
        assertThat(raw).isGreaterThan(1.0); // about 1.3 N of creep on 29.4 N
        assertThat(compensated).isLessThan(0.45); // noise and what the fitted model misses
    }
}

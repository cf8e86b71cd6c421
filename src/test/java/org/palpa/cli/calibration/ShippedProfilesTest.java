package org.palpa.cli.calibration;

import org.palpa.cli.options.CalibrationProfiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.calibration.ChannelCalibration;
import org.palpa.core.calibration.ProfileCalibration;
import org.palpa.core.calibration.RangeStatus;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sim.SensorBank;
import org.palpa.core.sim.SimulatedDeviceSpec;
import org.palpa.core.sim.TherapistTrace;

/** The example profiles in calibration/ applied to the simulated devices they were made for. */
class ShippedProfilesTest {
    private static final Path FOLDER = Path.of("calibration");

    /** Largest |calibrated − true force| over 120 s of a therapist's trace, in % of each channel's full scale. */
    private static double worstPercent(SimulatedDeviceSpec spec, String model) throws Exception {
        SensorBank bank = SensorBank.forDevice(spec, 1);
        DeviceInfo device = bank.deviceInfo();
        List<ChannelCalibration> cals = CalibrationProfiles.load(List.of(FOLDER), model)
                .calibrations(new PrintStream(PrintStream.nullOutputStream())).apply(device);
        TherapistTrace trace = new TherapistTrace(spec, 11);
        double[] f = new double[spec.channelCount()];
        double[] counts = new double[spec.channelCount()];
        double worst = 0;
        long inRange = 0;
        int frames = (int) (120 * spec.rateHz());
        for (int i = 0; i < frames; i++) {
            trace.next(f);
            bank.toCounts(f, counts);
            for (int c = 0; c < counts.length; c++) {
                ProfileCalibration cal = (ProfileCalibration) cals.get(c);
                if (cal.rangeStatus(counts[c]) == RangeStatus.IN_RANGE) {
                    double fullScale = fullScale(cal);
                    worst = Math.max(worst, 100 * Math.abs(cal.toNewtons(counts[c]) - Math.max(0, f[c])) / fullScale);
                    inRange++;
                }
            }
        }
        assertThat(inRange).isGreaterThan(frames * (long) counts.length * 95 / 100);
        return worst;
    }

    private static double fullScale(ProfileCalibration cal) {
        return cal.toNewtons(Double.MAX_VALUE / 2); // held at the top of the range
    }

    @Test
    void givenTheShippedGloveProfiles_whenAppliedToTheSimulatedGlove_thenEveryFingerReadsWithinOnePercentOfFullScale()
            throws Exception {
        assertThat(worstPercent(SimulatedDeviceSpec.glove(), "sim-glove-raw")).isLessThan(1.0);
    }

    @Test
    void givenTheShippedAlgometerProfile_whenAppliedToTheSimulatedAlgometer_thenItReadsWithinOnePercentOfFullScale()
            throws Exception {
        assertThat(worstPercent(SimulatedDeviceSpec.algometer(), "sim-algometer-raw")).isLessThan(1.0);
    }

    @Test
    void givenAnotherSerial_thenTheShippedProfilesDoNotApplyAndTheSessionIsRefused() throws Exception {
        DeviceInfo other = SensorBank.forDevice(SimulatedDeviceSpec.glove(), 2).deviceInfo();
        var profiles = CalibrationProfiles.load(List.of(FOLDER), "sim-glove-raw");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> profiles.calibrations(System.err).apply(other))
                .hasMessageContaining("channel thumb of sim-glove-raw serial SIM-2 reports raw counts and has no calibration profile");
    }
}

package org.palpa.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.calibration.CalibrationPoint;
import org.palpa.core.calibration.CalibrationProfile;
import org.palpa.core.calibration.FitType;
import org.palpa.core.calibration.ProfileCalibration;
import org.palpa.core.calibration.ProfileFitting;
import org.palpa.core.calibration.RangeStatus;
import org.palpa.core.sample.ProbeArea;

/** Calibrating a simulated sensor the way the wizard does, then checking it on a therapist's trace. */
class SimulatedCalibrationAccuracyTest {
    static final double G = 9.80665;

    /** The steady mean of {@code samples} readings under {@code newtons}. */
    static double settle(SensorModel sensor, double newtons, int samples) {
        double sum = 0;
        for (int i = 0; i < samples; i++) {
            sum += sensor.counts(newtons);
        }
        return sum / samples;
    }

    /** Tare, then each mass up and back down, as the wizard's default run. */
    static ProfileFitting.Outcome calibrate(SensorBank bank, int channel, double[] massesKg) {
        SensorModel sensor = bank.sensor(channel);
        double tare = settle(sensor, 0, 200);
        List<CalibrationPoint> points = new ArrayList<>();
        points.add(CalibrationPoint.loading(0, 0));
        for (double m : massesKg) {
            points.add(CalibrationPoint.loading(settle(sensor, m * G, 200) - tare, m * G));
        }
        for (int i = massesKg.length - 2; i >= 0; i--) {
            points.add(CalibrationPoint.unloading(settle(sensor, massesKg[i] * G, 200) - tare, massesKg[i] * G));
        }
        settle(sensor, 0, 10);
        var info = bank.deviceInfo();
        var context = new ProfileFitting.Context(new CalibrationProfile.DeviceChannel(info.model(), info.serialNumber(),
                channel, info.channels().get(channel).label()), sensor.kind(), "test", Instant.EPOCH,
                ProbeArea.ALGOMETER_TIP, 180, sensor.saturationCounts(), List.of());
        return ProfileFitting.fit(context, tare, points, List.of(FitType.values()));
    }

    /** The largest |calibrated − true| over a trace, in % of the profile's full scale, counting in-range samples. */
    static double worstErrorPercent(SimulatedDeviceSpec spec, SensorBank bank, ProfileCalibration[] cals,
                                    double fullScale, int frames) {
        TherapistTrace trace = new TherapistTrace(spec, 5);
        double[] f = new double[spec.channelCount()];
        double[] counts = new double[spec.channelCount()];
        double worst = 0;
        int inRange = 0;
        for (int i = 0; i < frames; i++) {
            trace.next(f);
            bank.toCounts(f, counts);
            for (int c = 0; c < cals.length; c++) {
                if (cals[c].rangeStatus(counts[c]) == RangeStatus.IN_RANGE) {
                    worst = Math.max(worst, Math.abs(cals[c].toNewtons(counts[c]) - Math.max(0, f[c])));
                    inRange++;
                }
            }
        }
        assertThat(inRange).isGreaterThan(frames / 2);
        return 100 * worst / fullScale;
    }

    @Test
    void givenTheSimulatedGloveCalibratedWithTheWizardsMasses_thenATherapistTraceReadsWithinOnePercentOfFullScale() {
        SimulatedDeviceSpec spec = SimulatedDeviceSpec.glove();
        SensorBank bank = SensorBank.forDevice(spec, 1);
        double[] masses = {0.5, 1, 2, 3, 4, 5, 6};
        ProfileCalibration[] cals = new ProfileCalibration[spec.channelCount()];
        for (int c = 0; c < cals.length; c++) {
            var made = (ProfileFitting.Outcome.Made) calibrate(bank, c, masses);
            assertThat(made.profile().curve().type()).as(made.selection().reason()).isIn(FitType.POWER,
                    FitType.POLYNOMIAL_3, FitType.POLYNOMIAL_2);
            assertThat(made.profile().curve().type()).isNotEqualTo(FitType.LINEAR);
            cals[c] = made.profile().calibration();
        }
        // The bank keeps its hysteresis state, so the trace starts from a fresh sensor, as a new session does.
        double percent = worstErrorPercent(spec, SensorBank.forDevice(spec, 1), cals, 6 * G, 60 * 200);
        assertThat(percent).isLessThan(1.0);
    }

    @Test
    void givenTheSimulatedAlgometerCalibrated_thenLinearIsChosenAndATraceReadsWithinOnePercent() {
        SimulatedDeviceSpec spec = SimulatedDeviceSpec.algometer();
        SensorBank bank = SensorBank.forDevice(spec, 1);
        double[] masses = {1, 2, 4, 6, 8};
        var made = (ProfileFitting.Outcome.Made) calibrate(bank, 0, masses);
        assertThat(made.profile().curve().type()).as(made.selection().reason()).isEqualTo(FitType.LINEAR);
        double percent = worstErrorPercent(spec, SensorBank.forDevice(spec, 1),
                new ProfileCalibration[] {made.profile().calibration()}, 8 * G, 60 * 100);
        assertThat(percent).isLessThan(1.0);
    }
}

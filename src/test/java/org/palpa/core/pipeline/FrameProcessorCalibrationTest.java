package org.palpa.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.calibration.CalibrationRef;
import org.palpa.core.calibration.Curve;
import org.palpa.core.calibration.FitType;
import org.palpa.core.calibration.ProfileCalibration;
import org.palpa.core.calibration.RangeStatus;
import org.palpa.core.calibration.ValidRange;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;
import org.palpa.core.signal.FilterSpec;

class FrameProcessorCalibrationTest {
    // 0.01 N per count above a tare of 1000 counts, calibrated over 0..5000 net counts (0..50 N), clipping at 8000 raw.
    private final ProfileCalibration cal = new ProfileCalibration(new Curve(FitType.LINEAR, new double[] {0, 0.01}), 1000,
            new ValidRange(0, 5000, 0, 50, 8000), new CalibrationRef("p1", "sha256:ab"));
    private final DeviceInfo device = new DeviceInfo("dev", "S1", "f", List.of(new Channel(0, "probe", Unit.COUNTS)), 100);
    private final FrameProcessor processor = new FrameProcessor(device, List.of(cal), FilterSpec.parse("none"),
            new Target(200, 300, Unit.KILOPASCAL, 1000, RateBand.ANY),
            org.palpa.core.hold.TrackerSettings.forTarget(new Target(200, 300, Unit.KILOPASCAL, 1000, RateBand.ANY)), new ProbeArea(2.0), h -> { });

    private ProcessedFrame at(double raw) {
        processor.process(new Frame(0, processor.frames(), new double[] {raw}));
        return processor.snapshot();
    }

    @Test
    void givenARawReadingInRange_thenItIsCalibratedToNewtonsAndToKilopascalsOverTheProbeArea() {
        ProcessedFrame f = at(1000 + 4000);
        assertThat(f.forceNewtons()[0]).isCloseTo(40, within(1e-9));
        assertThat(f.smoothed()[0]).isCloseTo(200, within(1e-9)); // 40 N over 2 cm² = 20 N/cm² = 200 kPa
        assertThat(f.rangeStatus()[0]).isEqualTo(RangeStatus.IN_RANGE);
    }

    @Test
    void givenAReadingAboveTheCalibratedRange_thenItIsFlaggedAndHeldAtTheEdgeNotExtrapolated() {
        ProcessedFrame f = at(1000 + 6000);
        assertThat(f.rangeStatus()[0]).isEqualTo(RangeStatus.BEYOND_CALIBRATION);
        assertThat(f.forceNewtons()[0]).isCloseTo(50, within(1e-9));
    }

    @Test
    void givenAReadingAtTheConverterLimit_thenItIsFlaggedSaturated() {
        assertThat(at(8000).rangeStatus()[0]).isEqualTo(RangeStatus.SATURATED);
        assertThat(processor.rangeStatus(0)).isEqualTo(RangeStatus.SATURATED);
    }

    @Test
    void givenNoiseJustBelowTheTare_thenItIsStillInRangeButFarBelowItIsNot() {
        assertThat(at(1000 - 20).rangeStatus()[0]).isEqualTo(RangeStatus.IN_RANGE);
        assertThat(at(1000 - 20).forceNewtons()[0]).isZero();
        assertThat(at(1000 - 500).rangeStatus()[0]).isEqualTo(RangeStatus.BEYOND_CALIBRATION);
    }

    @Test
    void theProcessorNamesTheProfileEachChannelUses() {
        assertThat(processor.calibrationRefs()).containsExactly(new CalibrationRef("p1", "sha256:ab"));
    }
}

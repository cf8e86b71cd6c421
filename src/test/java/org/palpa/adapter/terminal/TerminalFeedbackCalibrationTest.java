package org.palpa.adapter.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.calibration.RangeStatus;
import org.palpa.core.hold.BandState;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.pipeline.ProcessedFrame;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

class TerminalFeedbackCalibrationTest {
    private final DeviceInfo device = new DeviceInfo("d", "s", "f", List.of(new Channel(0, "thumb", Unit.COUNTS)), 100);

    private String line(Unit unit, RangeStatus status) {
        Target target = new Target(200, 300, unit, 5000, RateBand.ANY);
        var feedback = new TerminalFeedback(new PrintStream(PrintStream.nullOutputStream()), device, target, 0, false);
        return feedback.line(new ProcessedFrame(0, 0, new double[] {3000}, new double[] {25.4}, new double[] {254},
                new BandState[] {BandState.IN_BAND}, new double[] {0}, new RangeStatus[] {status}));
    }

    @Test
    void givenAPressureTarget_thenTheLineShowsTheForceInNewtonsToo() {
        assertThat(line(Unit.KILOPASCAL, RangeStatus.IN_RANGE)).contains("254.0 kPa").contains("(25.4 N)")
                .doesNotContain("BEYOND").doesNotContain("SATURATED");
    }

    @Test
    void givenAReadingBeyondCalibrationOrSaturated_thenTheLineSaysSoInWords() {
        assertThat(line(Unit.KILOPASCAL, RangeStatus.BEYOND_CALIBRATION)).endsWith("(25.4 N) BEYOND CALIBRATION");
        assertThat(line(Unit.NEWTON, RangeStatus.SATURATED)).endsWith("SATURATED").doesNotContain("(25.4 N)");
    }
}

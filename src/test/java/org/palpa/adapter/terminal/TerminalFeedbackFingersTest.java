package org.palpa.adapter.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.hold.BandState;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.pipeline.ProcessedFrame;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

/** The terminal line of a glove: the main finger in full, every other finger with its value and its own state. */
class TerminalFeedbackFingersTest {
    private static final DeviceInfo HAND = new DeviceInfo("hand", "H1", "1", List.of(new Channel(0, "thumb", Unit.NEWTON),
            new Channel(1, "index", Unit.NEWTON), new Channel(2, "middle", Unit.NEWTON)), 100);

    @Test
    void givenTheIndexInItsBandAndTheMiddleUntracked_thenTheLineSaysInBandForTheIndexOnly() {
        TerminalFeedback feedback = new TerminalFeedback(new PrintStream(new ByteArrayOutputStream()), HAND,
                new Target(27, 33, Unit.NEWTON, 10_000, RateBand.ANY), 0, false);
        ProcessedFrame f = new ProcessedFrame(2_000_000_000L, 200, new double[] {30, 15, 8}, new double[] {30, 15, 8},
                new double[] {30, 15.2, 8.1}, new BandState[] {BandState.IN_BAND, BandState.IN_BAND, BandState.NO_CONTACT},
                new double[] {1000, 1000, 0});

        String line = feedback.line(f);

        assertThat(line).contains("thumb     30.0 N    [IN BAND   ]").endsWith("| index 15.2 IN BAND | middle 8.1");
    }
}

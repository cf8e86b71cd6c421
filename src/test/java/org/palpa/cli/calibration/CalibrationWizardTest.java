package org.palpa.cli.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.palpa.app.calibration.ChannelMonitor;
import org.palpa.app.port.FrameSink;
import org.palpa.app.port.Transport;
import org.palpa.core.calibration.CalibrationPoint;
import org.palpa.core.calibration.Direction;
import org.palpa.core.calibration.Steadiness;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.Unit;

/** The wizard without a bench: a person places the loads, here a fake hand that acts on each Enter. */
class CalibrationWizardTest {
    /** A load cell with 100 counts per newton above 500 counts, streaming at 1 kHz with a little noise. */
    private static final class HandLoadedCell implements Transport {
        volatile double newtons;
        volatile double noiseCounts = 1;
        private volatile boolean closed;

        @Override
        public DeviceInfo connect() {
            return new DeviceInfo("bench-less", "B1", "f", List.of(new Channel(0, "probe", Unit.COUNTS)), 1000);
        }

        @Override
        public void start(FrameSink sink) {
            Thread t = new Thread(() -> {
                SplittableRandom r = new SplittableRandom(1);
                long i = 0;
                while (!closed) {
                    sink.frame(new Frame(i * 1_000_000L, i, new double[] {500 + 100 * newtons + noiseCounts * r.nextGaussian()}));
                    i++;
                    LockSupport.parkNanos(1_000_000L);
                }
            });
            t.setDaemon(true);
            t.start();
        }

        @Override
        public boolean waitsForConsumer() {
            return false;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Answers each prompt with Enter after doing what the prompt asked to the cell, as a person would. */
    private static BufferedReader hand(HandLoadedCell cell, double[] newtonsBeforeEachEnter, String finalLine) {
        return new BufferedReader(new StringReader("")) {
            private int step;

            @Override
            public String readLine() {
                if (step >= newtonsBeforeEachEnter.length) {
                    return finalLine;
                }
                cell.newtons = newtonsBeforeEachEnter[step++];
                return "";
            }
        };
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final Steadiness steadiness = new Steadiness(100, 3, 2);

    @Test
    void givenAPersonPlacingEachMass_thenThePointsAreTheSteadyReadingsNetOfTheTare() throws Exception {
        HandLoadedCell cell = new HandLoadedCell();
        double g = CalibrationWizard.STANDARD_GRAVITY;
        // conditioning, tare, 1 kg, 2 kg, back to 1 kg, remove all
        double[] loads = {0, 0, 1 * g, 2 * g, 1 * g, 0};
        try (ChannelMonitor monitor = new ChannelMonitor(cell, 0, 400)) {
            var wizard = new CalibrationWizard(hand(cell, loads, null), console, monitor, null, 1, false, steadiness, 5000);
            CalibrationWizard.Run run = wizard.run(List.of(1.0, 2.0), true, 1);
            assertThat(run.tareCounts()).isCloseTo(500, within(0.5));
            List<CalibrationPoint> p = run.points();
            assertThat(p).extracting(CalibrationPoint::direction).containsExactly(Direction.LOADING, Direction.LOADING,
                    Direction.LOADING, Direction.UNLOADING, Direction.UNLOADING);
            assertThat(p.get(2).counts()).isCloseTo(100 * 2 * g, within(0.5));
            assertThat(p.get(2).newtons()).isCloseTo(2 * g, within(1e-12));
            assertThat(p.get(4).counts()).isCloseTo(0, within(0.5));
        }
        assertThat(out.toString()).contains("Tare: remove all load").contains("Place 1 kg and press Enter")
                .contains("Reduce the load to 1 kg").contains("steady:");
    }

    @Test
    void givenASensorTooNoisyToTare_thenTheTareIsRefusedWithTheReasonAndAskedAgain() throws Exception {
        HandLoadedCell cell = new HandLoadedCell();
        cell.noiseCounts = 20;
        try (ChannelMonitor monitor = new ChannelMonitor(cell, 0, 400)) {
            // conditioning, tare; then the person gives up at "tare again".
            var wizard = new CalibrationWizard(hand(cell, new double[] {0, 0}, "q"), console, monitor, null, 1, false,
                    steadiness, 600);
            assertThatThrownBy(() -> wizard.run(List.of(1.0), false, 1))
                    .isInstanceOf(CalibrationWizard.Aborted.class).hasMessage("aborted by the user");
        }
        assertThat(out.toString()).contains("tare refused: the reading varies too much")
                .contains("press Enter to tare again");
    }
}

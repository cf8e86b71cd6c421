package org.palpa.cli.live;

import org.palpa.cli.CliRunner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.analysis.TraceAnalysis;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;
import org.palpa.core.sim.SimulatedDeviceSpec;
import org.palpa.core.sim.TherapistTrace;

/**
 * {@code palpa live} end to end on the simulator, faster than real time: the threaded live path
 * must report the same holds as the same frames run through the pure processor on one thread.
 */
class LiveCommandTest {
    private static final Pattern ROW = Pattern.compile(
            "^\\s*(\\d+)\\s+(\\S+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([-0-9.]+)\\s+(MET|TOO SHORT|UNDER|OVER)",
            Pattern.MULTILINE);

    @Test
    void givenTheSimulatedAlgometer_whenRunFasterThanRealTime_thenTheHoldTableMatchesAnOfflineRun() {
        CliRunner.Result r = CliRunner.run("live", "--device", "sim-algometer", "--seed", "11", "--speed", "max",
                "--duration", "180s", "--target", "40N", "--tolerance", "10%", "--hold", "15s", "--plain");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Session ended: reached 180 s").contains("0 dropped");
        List<double[]> rows = rows(r.out());

        List<HoldResult> expected = offline(SimulatedDeviceSpec.algometer(), 11, 180);
        assertThat(rows).hasSize(expected.size()).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 0; i < rows.size(); i++) {
            HoldResult h = expected.get(i);
            assertThat(rows.get(i)[0]).isCloseTo(h.holdStartNanos() / 1e9, within(0.006));
            assertThat(rows.get(i)[1]).isCloseTo(h.holdEndNanos() / 1e9, within(0.006));
            assertThat(rows.get(i)[2]).isCloseTo(h.mean(), within(0.006));
        }
        assertThat(r.out()).containsPattern("\\d+ of \\d+ finished holds? met the target");
    }

    @Test
    void givenTheSimulatedGlove_thenEveryFingerIsTrackedAndTheThumbMeetsItsTarget() {
        CliRunner.Result r = CliRunner.run("live", "--device", "sim-glove", "--seed", "4", "--speed", "max",
                "--duration", "120s", "--target", "30N", "--tolerance", "15%", "--hold", "10s", "--plain");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("sim-glove (5 channels at 200 Hz)").contains("| index").contains("| little");
        Matcher m = ROW.matcher(r.out());
        int thumbMet = 0;
        while (m.find()) {
            if (m.group(2).equals("thumb") && m.group(11).equals("MET")) {
                thumbMet++;
            }
        }
        assertThat(thumbMet).isGreaterThanOrEqualTo(2);
    }

    @Test
    void givenAnUnknownDevice_thenTheKnownOnesAreListed() {
        CliRunner.Result r = CliRunner.run("live", "--device", "sim-toaster", "--duration", "1s");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown device 'sim-toaster'").contains("sim-algometer, sim-glove");
    }

    private static List<double[]> rows(String out) {
        List<double[]> rows = new ArrayList<>();
        Matcher m = ROW.matcher(out);
        while (m.find()) {
            rows.add(new double[] {Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)),
                    Double.parseDouble(m.group(7))});
        }
        return rows;
    }

    private static List<HoldResult> offline(SimulatedDeviceSpec spec, long seed, double seconds) {
        Target target = Target.around(Quantity.parse("40N"), "10%", 15_000, ProbeArea.ALGOMETER_TIP);
        int n = (int) Math.round(seconds * spec.rateHz());
        TraceAnalysis.Result result = TraceAnalysis.run(spec.deviceInfo(seed), sink -> {
            TherapistTrace trace = new TherapistTrace(spec, seed);
            double[] v = new double[spec.channelCount()];
            for (int i = 0; i < n; i++) {
                trace.next(v);
                sink.accept(new Frame(Math.round(i * 1e9 / spec.rateHz()), i, v));
            }
        }, SessionSettings.of(target, 0));
        return result.holds();
    }
}

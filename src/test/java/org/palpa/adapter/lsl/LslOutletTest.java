package org.palpa.adapter.lsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palpa.core.hold.BandState;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.pipeline.ProcessedFrame;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

/**
 * Palpa's LSL outlets against liblsl's own inlets: what a lab's recorder resolves and receives.
 * Runs where liblsl loads ({@code bin/fetch-liblsl.sh} installs it; CI does); skips in one line
 * elsewhere.
 */
class LslOutletTest {
    private static final DeviceInfo GLOVE = new DeviceInfo("sim-glove", "G1", "1",
            List.of(new Channel(0, "thumb", Unit.NEWTON), new Channel(1, "index", Unit.NEWTON)), 200);

    @BeforeEach
    void needsLiblsl() {
        assumeTrue(LslOutlet.available(), "liblsl is not installed here (bin/fetch-liblsl.sh installs it)");
    }

    @Test
    void aLabRecorderFindsTheForceStreamAndGetsEveryFrameWithItsValues() {
        String station = "t" + ProcessHandle.current().pid() + "f";
        LslInlets inlets = new LslInlets();
        try (LslOutlet outlet = LslOutlet.open(station)) {
            outlet.start(GLOVE, "N");
            LslInlets.Opened force = inlets.open("palpa-" + station + "-force");
            assertThat(inlets.api().lsl_get_channel_count(force.info())).isEqualTo(2);
            assertThat(inlets.api().lsl_get_nominal_srate(force.info())).isEqualTo(200.0);
            assertThat(inlets.api().lsl_get_type(force.info())).isEqualTo("Force");
            assertThat(inlets.api().lsl_get_channel_format(force.info())).isEqualTo(1);   // cft_float32

            long now = System.currentTimeMillis() * 1_000_000L;
            inlets.awaitConnected(force, () -> outlet.frame(now, frame(-1, -1, -1)), false);
            for (int i = 0; i < 400; i++) {
                outlet.frame(now + i * 5_000_000L, frame(i, 10 + i * 0.25, 3.5 - i * 0.01));
            }
            List<float[]> got = new ArrayList<>();
            double previous = 0;
            boolean ordered = true;
            for (int i = 0; i < 400; i++) {
                float[] s = new float[2];
                double t = inlets.pull(force, s, 5.0);
                if (t == 0.0) {
                    break;
                }
                ordered &= t > previous;
                previous = t;
                got.add(s);
            }
            assertThat(got).hasSize(400);
            assertThat(ordered).as("time stamps increase").isTrue();
            for (int i = 0; i < 400; i++) {
                assertThat(got.get(i)[0]).isEqualTo((float) (10 + i * 0.25));
                assertThat(got.get(i)[1]).isEqualTo((float) (3.5 - i * 0.01));
            }
            inlets.close(force);
            long sent = Long.parseLong(outlet.summary().replaceAll(".*: (\\d+) frames.*", "$1"));
            assertThat(sent).as("the 400 frames and at least one probe").isGreaterThan(400);
        }
    }

    @Test
    void theMarkerStreamCarriesBandStatesHoldsAndEventsAsText() {
        String station = "t" + ProcessHandle.current().pid() + "m";
        LslInlets inlets = new LslInlets();
        try (LslOutlet outlet = LslOutlet.open(station)) {
            outlet.start(GLOVE, "N");
            LslInlets.Opened markers = inlets.open("palpa-" + station + "-markers");
            assertThat(inlets.api().lsl_get_type(markers.info())).isEqualTo("Markers");
            assertThat(inlets.api().lsl_get_channel_format(markers.info())).isEqualTo(3);   // cft_string
            long now = System.currentTimeMillis() * 1_000_000L;
            inlets.awaitConnected(markers, () -> outlet.event(now, "probe", ""), true);
            outlet.state(now, 0, "thumb", BandState.IN_BAND);
            outlet.hold(now, "thumb", new HoldResult(0, 1, now - 12_000_000_000L, now - 11_000_000_000L, now,
                    now, 10_500_000_000L, 0, 30.2, 31.9, 0.04, 12.0, true, HoldOutcome.MET, Unit.NEWTON));
            outlet.event(now, "marker", "probe moved");
            outlet.end("stopped");
            List<String> texts = inlets.markers(markers, 2.0);
            assertThat(texts).containsExactly("state thumb IN_BAND",
                    "hold thumb MET 11.00s mean 30.20 peak 31.90", "marker probe moved", "end stopped");
            inlets.close(markers);
        }
    }

    private static ProcessedFrame frame(long sequence, double thumb, double index) {
        double[] v = {thumb, index};
        return new ProcessedFrame(sequence * 5_000_000L, sequence, v.clone(), v.clone(), v.clone(),
                new BandState[] {BandState.IN_BAND, BandState.NO_CONTACT}, new double[2]);
    }
}

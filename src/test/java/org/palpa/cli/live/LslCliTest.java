package org.palpa.cli.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.palpa.adapter.lsl.LslInlets;
import org.palpa.adapter.lsl.LslOutlet;
import org.palpa.cli.CliRunner;

/** {@code palpa live --lsl} received by liblsl's own inlets, as a lab's recorder would take it. */
class LslCliTest {
    @Test
    void liveStreamsTheForceAtTheDeviceRateAndItsEventsToALabRecorder() throws Exception {
        assumeTrue(LslOutlet.available(), "liblsl is not installed here (bin/fetch-liblsl.sh installs it)");
        String station = "cli" + ProcessHandle.current().pid();
        CompletableFuture<CliRunner.Result> run = CompletableFuture.supplyAsync(() -> CliRunner.run("live",
                "--device", "sim-algometer", "--duration", "6s", "--target", "40N", "--lsl",
                "--osc-station", station, "--no-record", "--plain"));
        LslInlets inlets = new LslInlets();
        LslInlets.Opened force = inlets.open("palpa-" + station + "-force");
        LslInlets.Opened markers = inlets.open("palpa-" + station + "-markers");
        assertThat(inlets.api().lsl_get_channel_count(force.info())).isEqualTo(1);
        assertThat(inlets.api().lsl_get_nominal_srate(force.info())).isEqualTo(100.0);

        int frames = 0;
        float highest = Float.NEGATIVE_INFINITY;
        float[] one = new float[1];
        while (inlets.pull(force, one, 2.0) != 0.0) {
            frames++;
            highest = Math.max(highest, one[0]);
        }
        CliRunner.Result r = run.get(30, TimeUnit.SECONDS);
        assertThat(r.exitCode()).as(r.err()).isZero();
        // 6 s at 100 Hz, less the moment the recorder took to find the stream
        assertThat(frames).isBetween(300, 601);
        assertThat(highest).as("the simulated presses, in N").isBetween(20f, 80f);
        assertThat(inlets.markers(markers, 1.0)).anyMatch(m -> m.startsWith("end "));
        assertThat(r.out()).contains("LSL outlets palpa-" + station + "-force");
        inlets.close(force);
        inlets.close(markers);
    }
}

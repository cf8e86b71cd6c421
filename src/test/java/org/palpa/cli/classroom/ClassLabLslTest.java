package org.palpa.cli.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.palpa.adapter.lsl.LslInlets;
import org.palpa.adapter.lsl.LslOutlet;
import org.palpa.cli.CliRunner;

/** A class with {@code --lsl}: each station gets its own pair of outlets, found by liblsl's own inlets. */
class ClassLabLslTest {
    @Test
    void eachStationStreamsItsForceIntoAnOutletOfItsOwn() throws Exception {
        assumeTrue(LslOutlet.available(), "liblsl is not installed here (bin/fetch-liblsl.sh installs it)");
        // names of this run only, so that another build on the same network cannot answer
        String glove = "g" + ProcessHandle.current().pid();
        String algometer = "p" + ProcessHandle.current().pid();
        CompletableFuture<CliRunner.Result> run = CompletableFuture.supplyAsync(() -> CliRunner.run("classroom",
                "--terminal", "--station", glove + "=sim-glove", "--station", algometer + "=sim-algometer", "--lsl",
                "--close-after", "6s", "--no-record"));
        LslInlets inlets = new LslInlets();
        LslInlets.Opened gloveForce = inlets.open("palpa-" + glove + "-force");
        LslInlets.Opened probeForce = inlets.open("palpa-" + algometer + "-force");
        assertThat(inlets.api().lsl_get_channel_count(gloveForce.info())).isEqualTo(5);
        assertThat(inlets.api().lsl_get_nominal_srate(gloveForce.info())).isEqualTo(200.0);
        assertThat(inlets.api().lsl_get_channel_count(probeForce.info())).isEqualTo(1);
        assertThat(inlets.api().lsl_get_nominal_srate(probeForce.info())).isEqualTo(100.0);
        float[] five = new float[5];
        float[] one = new float[1];
        int gloveFrames = 0;
        int probeFrames = 0;
        while (inlets.pull(gloveForce, five, 2.0) != 0.0) {
            gloveFrames++;
        }
        while (inlets.pull(probeForce, one, 0.5) != 0.0) {
            probeFrames++;
        }
        CliRunner.Result r = run.get(30, TimeUnit.SECONDS);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(gloveFrames).isGreaterThan(200);
        assertThat(probeFrames).isGreaterThan(100);
        assertThat(r.out()).contains("palpa classroom: " + glove + ": LSL outlets palpa-" + glove + "-force")
                .contains("palpa classroom: " + algometer + ": LSL outlets palpa-" + algometer + "-force");
        inlets.close(gloveForce);
        inlets.close(probeForce);
    }
}

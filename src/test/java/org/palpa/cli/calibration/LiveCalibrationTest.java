package org.palpa.cli.calibration;

import org.palpa.cli.options.CalibrationProfiles;
import org.palpa.cli.CapturesStandardStreams;
import org.palpa.cli.device.DeviceCatalog;
import org.palpa.cli.Main;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.adapter.json.CalibrationProfileJson;
import org.palpa.adapter.json.CalibrationProfileReader;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.calibration.CalibrationProfile;
import org.palpa.core.calibration.CalibrationRef;
import org.palpa.core.hold.Target;

/** A live session on a device that reports counts, with the example profiles. */
class LiveCalibrationTest extends CapturesStandardStreams {
    @TempDir
    Path dir;

    /** The shipped algometer profile as if made {@code daysAgo} days ago, valid for 30 days, rehashed. */
    private Path aged(int daysAgo) throws Exception {
        CalibrationProfile p = CalibrationProfileReader.read(Path.of("calibration", "sim-algometer-raw_SIM-1_probe.json"));
        CalibrationProfile old = new CalibrationProfile(p.id(), p.device(), p.sensor(), p.curve(), p.chosenBecause(),
                p.tareCounts(), p.range(), p.points(), p.quality(), p.spread(), p.referenceMassesKg(), p.createdBy(),
                Instant.now().minus(java.time.Duration.ofDays(daysAgo)), p.probeArea(), 30, "", p.history(), p.drift());
        Path file = dir.resolve("aged.json");
        CalibrationProfileJson.writeAtomically(CalibrationProfileJson.hashed(old), file);
        return file;
    }

    @Test
    void givenAProfilePastItsValidity_whenALiveSessionStarts_thenItWarnsAndNamesTheProfileItUses() throws Exception {
        Path file = aged(45);
        int status = Main.run("live", "--device", "sim-algometer-raw", "--calibration", file.toString(), "--speed", "max",
                "--duration", "3s", "--plain");
        assertThat(status).as(err.toString()).isZero();
        CalibrationProfile p = CalibrationProfileReader.read(file);
        assertThat(err.toString()).contains("warning: calibration " + p.id() + " is out of date: valid for 30 days")
                .contains("expired 15 days ago");
        assertThat(out.toString()).contains("calibration probe: " + p.id() + " (" + p.contentHash() + ")");
    }

    @Test
    void givenTheExampleProfiles_thenTheSessionSummaryRecordsEachChannelsProfileIdAndHash() throws Exception {
        var profiles = CalibrationProfiles.load(List.of(Path.of("calibration")), "sim-glove-raw");
        var settings = new SessionSettings(Target.around(org.palpa.core.sample.Quantity.parse("30N"), "10%", 5000,
                org.palpa.core.sample.ProbeArea.ALGOMETER_TIP), null, org.palpa.core.signal.FilterSpec.parse("none"),
                org.palpa.core.sample.ProbeArea.ALGOMETER_TIP, 2, profiles.calibrations(System.err), 4096);
        LivePipeline pipeline = new LivePipeline(DeviceCatalog.open("sim-glove-raw", 1, 0, 0), settings);
        pipeline.start();
        var summary = pipeline.await(20, TimeUnit.SECONDS);
        assertThat(summary.calibrations()).hasSize(5);
        CalibrationProfile thumb = CalibrationProfileReader.read(Path.of("calibration", "sim-glove-raw_SIM-1_thumb.json"));
        assertThat(summary.calibrations().get(0)).isEqualTo(new CalibrationRef(thumb.id(), thumb.contentHash(),
                thumb.qualityText()));
        assertThat(summary.calibrations().get(0).quality()).startsWith("power, held-out max error");
        assertThat(pipeline.calibrationRefs()).isEqualTo(summary.calibrations());
    }

    @Test
    void givenADeviceThatReportsCountsAndNoProfile_thenTheSessionIsRefusedWithExitTwo() {
        int status = Main.run("live", "--device", "sim-glove-raw", "--seed", "5", "--speed", "max", "--duration", "1s",
                "--plain");
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("channel thumb of sim-glove-raw serial SIM-5 reports raw counts and has no "
                + "calibration profile");
    }
}

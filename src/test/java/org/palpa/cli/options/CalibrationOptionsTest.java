package org.palpa.cli.options;

import org.palpa.cli.options.CalibrationProfiles;
import org.palpa.cli.live.GuiCommand;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Which profiles {@code --calibration} (or its default) gives the live session and the window. */
class CalibrationOptionsTest {
    private static CalibrationOptions parse(String... args) {
        GuiCommand gui = new GuiCommand();
        new CommandLine(gui).parseArgs(args);
        return gui.calibration;
    }

    @Test
    void givenNoOptionAndADeviceInNewtons_thenNothingIsApplied() throws Exception {
        assertThat(parse().load("sim-algometer", false)).isNull();
        assertThat(parse().calibrations(null, System.err)).isNull();
    }

    @Test
    void givenNoOptionAndADeviceThatReportsCounts_thenTheShippedFolderIsUsed() throws Exception {
        CalibrationProfiles profiles = parse().load(null, true);
        assertThat(profiles).isNotNull();
        assertThat(profiles.isEmpty()).isFalse();
    }

    @Test
    void givenAnExplicitFile_thenOnlyItIsLoaded() throws Exception {
        CalibrationOptions options = parse("--calibration", "calibration/sim-algometer-raw_SIM-1_probe.json",
                "--drift-compensation");
        assertThat(options.driftCompensation).isTrue();
        assertThat(options.load(null, false).commonProbeArea()).isPresent();
    }
}

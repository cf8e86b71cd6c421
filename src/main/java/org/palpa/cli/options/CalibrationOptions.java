package org.palpa.cli.options;

import org.palpa.cli.options.CalibrationProfiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.palpa.core.calibration.ChannelCalibration;
import org.palpa.core.sample.DeviceInfo;
import picocli.CommandLine.Option;

/** The options that pick the calibration profiles a session applies: {@code palpa live} and {@code palpa gui}. */
public final class CalibrationOptions {
    @Option(names = "--calibration", paramLabel = "PATH",
            description = "Calibration profile file or folder, repeatable; a device that reports counts uses ./calibration by default.")
    List<Path> paths;

    @Option(names = "--drift-compensation", description = "Remove FSR creep with the model in each profile (off by default).")
    boolean driftCompensation;

    /**
     * The profiles to apply. With no {@code --calibration}, a device that reports counts uses the
     * default folder when it exists; {@code model} is the device's model when it is known before it
     * connects, or null (a serial, Pi, or window-chosen device), and then profiles are matched by the
     * model the device reports. Returns null when there is nothing to apply.
     *
     * @param reportsCounts whether the chosen device is known to report raw counts
     */
    public CalibrationProfiles load(String model, boolean reportsCounts) throws IOException {
        List<Path> chosen = paths;
        if (chosen == null || chosen.isEmpty()) {
            if (!reportsCounts || !Files.isDirectory(CalibrationProfiles.DEFAULT_FOLDER)) {
                return null;
            }
            chosen = List.of(CalibrationProfiles.DEFAULT_FOLDER);
        }
        return CalibrationProfiles.load(chosen, model);
    }

    /** Whether {@code --calibration} names any profile or folder. */
    public boolean given() {
        return paths != null && !paths.isEmpty();
    }

    /** The calibrations of {@code profiles}, or null (the device's own units) when there are none. */
    public Function<DeviceInfo, List<ChannelCalibration>> calibrations(CalibrationProfiles profiles, PrintStream warnings) {
        return profiles == null ? null : profiles.calibrations(warnings, driftCompensation);
    }
}

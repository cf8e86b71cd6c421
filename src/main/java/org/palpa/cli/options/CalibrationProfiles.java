package org.palpa.cli.options;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.palpa.adapter.json.CalibrationProfileReader;
import org.palpa.core.calibration.CalibrationProfile;
import org.palpa.core.calibration.ChannelCalibration;
import org.palpa.core.calibration.DriftCompensation;
import org.palpa.core.pipeline.FrameProcessor;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.InputFormatException;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;

/**
 * The wiring from {@code --calibration} paths to the calibrations a live session applies: files
 * are used as given and must match the device; folders give every profile of the device's model
 * and serial, the newest per channel. A channel that reports raw counts with no profile is an error,
 * because showing counts as newtons would mislead a therapist.
 */
public final class CalibrationProfiles {
    /** Where profiles are looked for when a device reports counts and no {@code --calibration} is given. */
    public static final Path DEFAULT_FOLDER = Path.of("calibration");

    private record Loaded(Path file, CalibrationProfile profile, boolean explicit) { }

    private final List<Loaded> loaded;

    private CalibrationProfiles(List<Loaded> loaded) {
        this.loaded = loaded;
    }

    /**
     * Reads every profile under {@code paths} for devices of model {@code model}, or of any model
     * when {@code model} is null (a serial or Raspberry Pi device, whose model is known only once it
     * answers); each file strictly.
     */
    public static CalibrationProfiles load(List<Path> paths, String model) throws IOException {
        List<Loaded> loaded = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                        CalibrationProfile profile = CalibrationProfileReader.read(f);
                        if (model == null || profile.device().model().equals(model)) {
                            loaded.add(new Loaded(f, profile, false));
                        }
                    }
                }
            } else if (Files.isRegularFile(p)) {
                loaded.add(new Loaded(p, CalibrationProfileReader.read(p), true));
            } else {
                throw new InputFormatException(p.toString(), 0, null, "no such calibration profile or folder");
            }
        }
        return new CalibrationProfiles(loaded);
    }

    public boolean isEmpty() {
        return loaded.isEmpty();
    }

    /** The probe area all the profiles share, or empty when they disagree or there are none. */
    public Optional<ProbeArea> commonProbeArea() {
        List<ProbeArea> areas = loaded.stream().map(l -> l.profile().probeArea()).distinct().toList();
        return areas.size() == 1 ? Optional.of(areas.get(0)) : Optional.empty();
    }

    /** The per-channel calibrations for a device, warning on {@code warnings} about out-of-date profiles. */
    public Function<DeviceInfo, List<ChannelCalibration>> calibrations(PrintStream warnings) {
        return calibrations(warnings, false);
    }

    /**
     * As {@link #calibrations(PrintStream)}, and with {@code driftCompensation} each profile that has
     * a creep model also removes the creep (a channel without one is named in a warning).
     */
    public Function<DeviceInfo, List<ChannelCalibration>> calibrations(PrintStream warnings, boolean driftCompensation) {
        return device -> {
            List<ChannelCalibration> result = new ArrayList<>(FrameProcessor.nativeCalibrations(device));
            CalibrationProfile[] chosen = new CalibrationProfile[device.channelCount()];
            for (Loaded l : loaded) {
                CalibrationProfile p = l.profile();
                int ch = p.device().channel();
                if (l.explicit()) {
                    if (ch >= device.channelCount()) {
                        throw new InputFormatException(l.file().toString(), 0, "device.channel", "profile is for channel "
                                + ch + ", the device has " + device.channelCount());
                    }
                    p = readFor(l.file(), device, ch);
                } else if (!p.device().model().equals(device.model())
                        || !p.device().serial().equals(device.serialNumber()) || ch >= device.channelCount()
                        || !p.device().label().equals(device.channels().get(ch).label())) {
                    continue;
                }
                if (chosen[ch] == null || p.createdAt().isAfter(chosen[ch].createdAt())) {
                    chosen[ch] = p;
                }
            }
            for (int c = 0; c < chosen.length; c++) {
                if (chosen[c] != null) {
                    ChannelCalibration cal = chosen[c].calibration();
                    if (driftCompensation && chosen[c].drift() != null) {
                        cal = new DriftCompensation(cal, chosen[c].drift(), device.nominalRateHz());
                    } else if (driftCompensation) {
                        warnings.println("warning: no drift compensation on " + device.channels().get(c).label()
                                + ": its profile has no creep model (calibrate with --creep-hold)");
                    }
                    result.set(c, cal);
                    chosen[c].validityWarning(Instant.now()).ifPresent(w -> warnings.println("warning: " + w));
                } else if (device.channels().get(c).unit() == Unit.COUNTS) {
                    throw new org.palpa.core.calibration.UncalibratedChannelException(device.model(),
                            device.serialNumber(), device.channels().get(c).label());
                }
            }
            return result;
        };
    }

    private static CalibrationProfile readFor(Path file, DeviceInfo device, int channel) {
        try {
            return CalibrationProfileReader.readFor(file, device, channel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

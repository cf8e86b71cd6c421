package org.palpa.cli.calibration;

import org.palpa.cli.device.DeviceCatalog;
import org.palpa.cli.options.Durations;
import org.palpa.cli.Main;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.palpa.adapter.csv.CalibrationPointsCsv;
import org.palpa.adapter.json.CalibrationProfileJson;
import org.palpa.app.port.Transport;
import org.palpa.app.calibration.ChannelMonitor;
import org.palpa.core.calibration.CalibrationPoint;
import org.palpa.core.calibration.CalibrationProfile;
import org.palpa.core.calibration.CreepFit;
import org.palpa.core.calibration.Direction;
import org.palpa.core.calibration.FitType;
import org.palpa.core.calibration.ProfileFitting;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.InputFormatException;
import org.palpa.core.sample.ProbeArea;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code palpa calibrate}: the calibration wizard, or a fit of recorded points with {@code --from}. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Calibrates one channel: condition, tare, each reference mass up and back down, then fits "
                + "linear, power-law and polynomial curves, chooses one on held-out error, prints a report and writes "
                + "the profile (atomically: an abort leaves nothing behind).",
                "With --from, fits points recorded in a CSV file instead of asking for loads."})
public final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    CalibrationSetup setup;

    @Option(names = "--channel", paramLabel = "LABEL", description = "Channel to calibrate (default: the first).")
    String channel;

    @Option(names = "--masses", paramLabel = "KG,...", split = ",", defaultValue = "0.5,1,2,3,4,5,6",
            description = "Reference masses in kg, placed in ascending order (default: ${DEFAULT-VALUE}).")
    List<Double> massesKg;

    @Option(names = "--no-unloading", description = "Skip the way back down (no hysteresis figure).")
    boolean noUnloading;

    @Option(names = "--accept-poor", description = "Write a profile even when its held-out error is above 5%% of full scale; it is marked POOR.")
    boolean acceptPoor;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "1",
            description = "Run the masses up (and down) N times; repeated points give the repeatability (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--fits", paramLabel = "TYPE,...", split = ",", defaultValue = "linear,power,polynomial-2,polynomial-3",
            description = "Models to try (default: ${DEFAULT-VALUE}).")
    List<String> fits;

    @Option(names = "--sensor", paramLabel = "TEXT", description = "What the sensor is (default: FSR for a glove, load cell otherwise).")
    String sensor;

    @Option(names = "--saturation", paramLabel = "COUNTS",
            description = "Raw count at which the converter clips (default: the simulated sensor's; unknown otherwise).")
    Double saturationCounts;

    @Option(names = "--by", paramLabel = "NAME", description = "Who calibrates (default: the user name).")
    String by;

    @Option(names = "--probe-area", paramLabel = "CM2", defaultValue = "1.0",
            description = "Contact area in cm² for pressures (default: ${DEFAULT-VALUE}).")
    double probeAreaCm2;

    @Option(names = "--valid-days", paramLabel = "DAYS", defaultValue = "180",
            description = "Days the profile may be trusted before it is due again (default: ${DEFAULT-VALUE}).")
    int validDays;

    @Option(names = "--out", paramLabel = "PATH", defaultValue = "calibration",
            description = "Folder (or file) to write the profile to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--from", paramLabel = "CSV", description = "Fit recorded points: columns counts, newtons or mass_kg, direction.")
    Path from;

    @Option(names = "--creep-hold", paramLabel = "DURATION", defaultValue = "0", converter = Durations.class,
            description = "After the points, hold about half the top mass this long (such as 30s) and fit the FSR's creep from it (default: no hold).")
    long creepHoldMillis;

    @Option(names = "--tare", paramLabel = "COUNTS", description = "Raw reading with no load, when --from has no zero-load row.")
    Double tareCounts;

    @Override
    public Integer call() throws Exception {
        PrintStream console = new PrintStream(System.out, true);
        List<FitType> types = fits.stream().map(FitType::fromId).toList();
        List<Double> masses = massesKg.stream().sorted().toList();
        if (masses.isEmpty() || masses.get(0) <= 0) {
            throw new IllegalArgumentException("--masses must be positive masses in kg, was " + massesKg);
        }
        int loads = (int) masses.stream().distinct().count() + 1; // the unloaded tare is a load too
        int needed = types.stream().mapToInt(org.palpa.core.calibration.ModelSelection::minimumLoads).min().orElse(3);
        if (from == null && loads < needed) {
            throw new IllegalArgumentException("--masses " + massesKg.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(",")) + " gives " + loads + " distinct loads with the tare; "
                    + "the simplest model asked for needs " + needed + " (see docs/calibration.md), such as --masses 0.5,1,2,4");
        }
        if (repeats < 1 || repeats > 10) {
            throw new IllegalArgumentException("--repeats must be between 1 and 10, was " + repeats);
        }
        DeviceInfo info = setup.probe();
        int index = CalibrationSetup.channelIndex(info, channel);
        var context = new ProfileFitting.Context(new CalibrationProfile.DeviceChannel(info.model(), info.serialNumber(),
                index, info.channels().get(index).label()), sensorKind(index), who(by), Instant.now(),
                new ProbeArea(probeAreaCm2), validDays, saturation(index), masses);
        CalibrationProfile profile;
        if (from != null) {
            CalibrationWizard.Run run = fromCsv();
            context = new ProfileFitting.Context(context.device(), context.sensor(), context.createdBy(),
                    context.createdAt(), context.probeArea(), context.validDays(), context.saturationCounts(), massesInCsv());
            profile = fit(console, context, run, types);
        } else {
            console.printf(Locale.ROOT, "Calibrating %s serial %s, channel %s, with %s kg.%n", info.model(),
                    info.serialNumber(), info.channels().get(index).label(), masses);
            Transport transport = setup.transport(index);
            try (ChannelMonitor monitor = setup.monitor(transport, index, info)) {
                CalibrationWizard wizard = setup.wizard(console, monitor, transport);
                profile = fit(console, context, wizard.run(masses, !noUnloading, repeats), types);
                if (profile != null && creepHoldMillis > 0) {
                    profile = withCreep(console, wizard, profile, masses, info.nominalRateHz());
                }
            } catch (CalibrationWizard.Aborted e) {
                console.println();
                console.println("Calibration aborted (" + e.getMessage() + "). No profile was written.");
                return Main.FAILED;
            }
        }
        if (profile == null) {
            // Too few or unusable recorded points are bad input; a wizard run that fits nothing is a failure.
            return from != null ? Main.BAD_INPUT : Main.FAILED;
        }
        if (profile.poor() && !acceptPoor) {
            console.printf(Locale.ROOT, "No profile was written: its held-out error is %.2f%% of full scale, above %.0f%% "
                    + "(add reference loads, or --accept-poor to write it marked POOR).%n", profile.heldOutPercentFullScale(),
                    CalibrationProfile.POOR_PERCENT_FULL_SCALE);
            return Main.FAILED;
        }
        if (profile.poor()) {
            profile = profile.markedPoor();
        }
        profile = CalibrationProfileJson.hashed(profile);
        Path file = Files.isDirectory(out) || !out.toString().endsWith(".json")
                ? out.resolve(CalibrationProfileJson.fileName(profile.device())) : out;
        CalibrationProfileJson.writeAtomically(profile, file);
        console.printf(Locale.ROOT, "%nWrote %s%n  id %s%n  %s%n", file, profile.id(), profile.contentHash());
        return 0;
    }

    /** Fits and reports; null when no model could be fitted. */
    private static CalibrationProfile fit(PrintStream console, ProfileFitting.Context context, CalibrationWizard.Run run,
                                          List<FitType> types) {
        ProfileFitting.Outcome outcome = ProfileFitting.fit(context, run.tareCounts(), run.points(), types);
        CalibrationReport.models(console, outcome.selection());
        if (outcome instanceof ProfileFitting.Outcome.Failed f) {
            console.println("No profile was written.");
            return null;
        }
        CalibrationProfile profile = ((ProfileFitting.Outcome.Made) outcome).profile();
        CalibrationReport.profile(console, profile);
        return profile;
    }

    /** Records a hold at about half the top mass and adds the creep fitted from it, if there is creep to fit. */
    private CalibrationProfile withCreep(PrintStream console, CalibrationWizard wizard, CalibrationProfile profile,
                                         List<Double> masses, double rate)
            throws CalibrationWizard.Aborted, InterruptedException {
        double top = masses.get(masses.size() - 1);
        double kg = masses.stream().min(java.util.Comparator.comparingDouble(m -> Math.abs(m - top / 2))).orElse(top);
        double[] raw = wizard.hold("Creep: place " + CalibrationWizard.kg(kg) + " kg", kg, creepHoldMillis);
        var cal = profile.calibration();
        double[] t = new double[raw.length];
        double[] newtons = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            t[i] = CalibrationWizard.HOLD_SETTLE_SECONDS + i / rate;
            newtons[i] = cal.toNewtons(raw[i]);
        }
        var outcome = CreepFit.fit(t, newtons);
        if (outcome instanceof CreepFit.Outcome.Fitted f) {
            console.printf(Locale.ROOT, "Creep: %+.2f%% of the load, time constant %.1f s (residual %.3f N); "
                    + "apply it with 'palpa live --drift-compensation'.%n", 100 * f.model().share(),
                    f.model().tauSeconds(), f.rmsNewtons());
            return profile.withDrift(f.model());
        }
        console.println("Creep: none recorded (" + ((CreepFit.Outcome.Refused) outcome).reason() + ").");
        return profile;
    }

    private CalibrationWizard.Run fromCsv() throws IOException {
        List<CalibrationPointsCsv.Row> rows = CalibrationPointsCsv.read(from);
        double tare;
        if (tareCounts != null) {
            tare = tareCounts;
        } else {
            double[] zeros = rows.stream().filter(r -> r.newtons() == 0 && r.direction() == Direction.LOADING)
                    .mapToDouble(CalibrationPointsCsv.Row::rawCounts).toArray();
            if (zeros.length == 0) {
                throw new InputFormatException(from.toString(), 0, null, "no zero-load loading row to tare from; "
                        + "add one or pass --tare COUNTS");
            }
            tare = Arrays.stream(zeros).average().orElseThrow();
        }
        List<CalibrationPoint> points = new ArrayList<>();
        for (CalibrationPointsCsv.Row r : rows) {
            points.add(new CalibrationPoint(r.rawCounts() - tare, r.newtons(), r.direction()));
        }
        return new CalibrationWizard.Run(tare, points);
    }

    private List<Double> massesInCsv() throws IOException {
        return CalibrationPointsCsv.read(from).stream().mapToDouble(CalibrationPointsCsv.Row::massKg)
                .filter(m -> m > 0).distinct().sorted().boxed().toList();
    }

    /** What the sensor is: --sensor, or what a simulated device's sensor is. */
    private String sensorKind(int channelIndex) {
        if (sensor != null) {
            return sensor;
        }
        if (DeviceCatalog.hasBench(setup.device)) {
            return DeviceCatalog.sensors(setup.device, setup.seed).sensor(channelIndex).kind();
        }
        throw new IllegalArgumentException("--sensor is needed for " + setup.device + " (such as 'FSR' or 'load cell')");
    }

    /** The converter's clipping count: --saturation, a simulated sensor's, or unknown (+∞). */
    private double saturation(int channelIndex) {
        if (saturationCounts != null) {
            return saturationCounts;
        }
        return DeviceCatalog.hasBench(setup.device)
                ? DeviceCatalog.sensors(setup.device, setup.seed).sensor(channelIndex).saturationCounts()
                : Double.POSITIVE_INFINITY;
    }

    static String who(String by) {
        String name = by != null ? by : System.getProperty("user.name", "unknown");
        return name == null || name.isBlank() ? "unknown" : name;
    }
}

package org.palpa.cli.calibration;

import org.palpa.cli.Main;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.palpa.adapter.csv.CalibrationPointsCsv;
import org.palpa.adapter.json.CalibrationProfileJson;
import org.palpa.adapter.json.CalibrationProfileReader;
import org.palpa.app.port.Transport;
import org.palpa.app.calibration.ChannelMonitor;
import org.palpa.core.calibration.CalibrationCheck;
import org.palpa.core.calibration.CalibrationProfile;
import org.palpa.core.sample.DeviceInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code palpa calibration}: work with existing profiles. */
@Command(name = "calibration", mixinStandardHelpOptions = true,
        description = "Works with calibration profiles: check one against known weights.",
        subcommands = {CalibrationCommand.Check.class, CommandLine.HelpCommand.class})
public final class CalibrationCommand {

    /** {@code palpa calibration check}: known weights against a tolerance; the result goes into the profile's history. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Verifies a profile with one or more known weights: each reading must be within the tolerance "
                    + "(in %% of the profile's full scale). The result is added to the profile's history.",
                    "Exit status 0 when the check passes, 1 when it fails."})
    static final class Check implements Callable<Integer> {
        @Mixin
        CalibrationSetup setup;

        @Option(names = "--profile", paramLabel = "FILE", required = true, description = "The profile to check.")
        Path profileFile;

        @Option(names = "--weights", paramLabel = "KG,...", split = ",", defaultValue = "1,3,5",
                description = "Known masses in kg (default: ${DEFAULT-VALUE}).")
        List<Double> weightsKg;

        @Option(names = "--tolerance", paramLabel = "PERCENT", defaultValue = "2%",
                description = "Largest error allowed, in %% of full scale (default: ${DEFAULT-VALUE}).")
        String tolerance;

        @Option(names = "--from", paramLabel = "CSV", description = "Readings recorded in a CSV file (counts, mass_kg or newtons) instead of asking.")
        Path from;

        @Option(names = "--by", paramLabel = "NAME", description = "Who checks (default: the user name).")
        String by;

        @Override
        public Integer call() throws Exception {
            PrintStream console = new PrintStream(System.out, true);
            double tolerancePercent = parseTolerance();
            DeviceInfo info = setup.probe();
            CalibrationProfile base = CalibrationProfileReader.read(profileFile);
            int index = base.device().channel();
            CalibrationProfile profile = CalibrationProfileReader.readFor(profileFile, info, index);
            profile.validityWarning(Instant.now()).ifPresent(w -> console.println("warning: " + w));
            double[] reference;
            double[] raw;
            if (from != null) {
                var rows = CalibrationPointsCsv.read(from);
                reference = rows.stream().mapToDouble(CalibrationPointsCsv.Row::newtons).toArray();
                raw = rows.stream().mapToDouble(CalibrationPointsCsv.Row::rawCounts).toArray();
            } else {
                reference = weightsKg.stream().mapToDouble(kg -> kg * CalibrationWizard.STANDARD_GRAVITY).toArray();
                raw = new double[reference.length];
                Transport transport = setup.transport(index);
                try (ChannelMonitor monitor = setup.monitor(transport, index, info)) {
                    CalibrationWizard wizard = setup.wizard(console, monitor, transport);
                    for (int i = 0; i < raw.length; i++) {
                        raw[i] = wizard.steady("Place " + CalibrationWizard.kg(weightsKg.get(i)) + " kg", weightsKg.get(i));
                    }
                } catch (CalibrationWizard.Aborted e) {
                    console.println("Check aborted (" + e.getMessage() + "). The profile was not changed.");
                    return Main.FAILED;
                }
            }
            CalibrationCheck check = CalibrationCheck.judge(profile, reference, raw, tolerancePercent,
                    CalibrateCommand.who(by), Instant.now());
            console.printf(Locale.ROOT, "Check of %s (full scale %.2f N):%n", profile.id(), profile.range().fullScaleNewtons());
            CalibrationReport.check(console, check);
            CalibrationProfileJson.writeAtomically(profile.withCheck(check), profileFile);
            console.println("Recorded in the history of " + profileFile + ".");
            return check.passed() ? 0 : Main.FAILED;
        }

        private double parseTolerance() {
            String t = tolerance.trim().replace("%", "");
            try {
                double v = Double.parseDouble(t);
                if (!(v > 0) || Double.isInfinite(v)) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--tolerance '" + tolerance + "' is not a positive percentage such as 2%");
            }
        }
    }
}

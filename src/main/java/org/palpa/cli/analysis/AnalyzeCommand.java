package org.palpa.cli.analysis;

import org.palpa.cli.sessions.SessionText;
import org.palpa.cli.options.StoreOptions;
import org.palpa.cli.options.TargetOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import org.palpa.adapter.csv.CsvBlockReader;
import org.palpa.adapter.json.HoldsJson;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.analysis.BatchAnalysis;
import org.palpa.app.analysis.TraceAnalysis;
import org.palpa.core.PalpaException;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code palpa analyze}: finds the holds in a recorded CSV trace and prints them as JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Finds the holds in a CSV trace and prints them as JSON (schema palpa.holds/1, see docs/holds-json.md).",
                "The CSV has a time column in seconds, then one column per channel; a header row is optional."})
public final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    TargetOptions targetOptions;

    @Option(names = "--input", paramLabel = "FILE",
            description = {"The CSV trace to analyze; repeat it, or name files after the options, for several. A folder (its *.csv)",
                    "or a quoted glob such as 'traces/*.csv' works too. Several traces are analysed in parallel:",
                    "give --output DIR for one JSON per file, --summary FILE for a CSV summary, or both."})
    java.util.List<Path> inputs = new java.util.ArrayList<>();

    @picocli.CommandLine.Parameters(paramLabel = "FILE", arity = "0..*", description = "More traces, as --input.")
    java.util.List<Path> moreInputs = new java.util.ArrayList<>();

    @Option(names = "--session", paramLabel = "ID",
            description = "Analyze a recorded session instead (read only: the record is not changed).")
    String session;

    @Mixin
    StoreOptions store;

    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "N",
            description = "Unit of the channel values in the CSV: N, kgf, lbf (default: ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--output", paramLabel = "FILE|DIR",
            description = "Write the JSON here instead of standard output; with several inputs, or an existing folder, a folder for one NAME.holds.json per trace.")
    Path output;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Write a CSV summary with one row per trace (holds, outcomes, errors); see docs/usage.md.")
    Path summary;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Traces analysed at once (default: one per processor).")
    Integer jobs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Target target = targetOptions.target();
        Unit valueUnit = Unit.fromSymbol(unit);
        if (valueUnit.kind() != Unit.Kind.FORCE) {
            throw new PalpaException("--unit must be a force unit (N, kgf or lbf), was " + unit);
        }
        SessionSettings settings = new SessionSettings(target, null, targetOptions.filterSpec(),
                targetOptions.probeArea(), 0, null, 1).withTargets(targetOptions.plan());
        inputs.addAll(moreInputs);
        if (inputs.isEmpty() == (session == null)) {
            throw new IllegalArgumentException("give either --input FILE or --session ID");
        }
        if (session != null) {
            return SessionAnalysis.run(store, SessionText.id(session), targetOptions, output);
        }
        java.util.List<Path> files = TraceInputs.expand(inputs);
        boolean batch = files.size() > 1 || summary != null || (output != null && Files.isDirectory(output));
        if (batch) {
            if (output == null && summary == null) {
                throw new IllegalArgumentException("with several inputs give --output DIR, --summary FILE or both");
            }
            if (jobs != null && jobs < 1) {
                throw new IllegalArgumentException("--jobs must be at least 1, was " + jobs);
            }
            return new BatchAnalyzeRun(settings, valueUnit, output).run(files,
                    jobs == null ? BatchAnalysis.defaultThreads() : jobs, summary, spec.commandLine().getErr());
        }
        Path input = files.get(0);
        TraceAnalysis.Result result;
        ExecutorService pool = BatchAnalysis.pool(BatchAnalysis.defaultThreads());
        try (CsvBlockReader reader = CsvBlockReader.open(input, valueUnit, pool)) {
            result = TraceAnalysis.runBlocks(reader, settings, pool);
        } catch (NoSuchFileException e) {
            throw new org.palpa.core.sample.InputFormatException(input.toString(), 0, null, "no such file");
        } finally {
            pool.shutdownNow();
        }
        var doc = HoldsJson.document(input.getFileName().toString(), result.device(), settings.targets(),
                settings.filter().toString(), result.filterDelayMillis(), result.holds());
        if (output == null) {
            HoldsJson.write(doc, System.out);
        } else {
            try (OutputStream out = Files.newOutputStream(output)) {
                HoldsJson.write(doc, out);
            }
        }
        return 0;
    }
}

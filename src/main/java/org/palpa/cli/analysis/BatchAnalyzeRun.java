package org.palpa.cli.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.palpa.adapter.csv.AnalysisSummaryCsv;
import org.palpa.adapter.csv.CsvBlockReader;
import org.palpa.adapter.json.HoldsJson;
import org.palpa.app.analysis.BatchAnalysis;
import org.palpa.app.analysis.TraceAnalysis;
import org.palpa.app.live.SessionSettings;
import org.palpa.cli.Main;
import org.palpa.core.PalpaException;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.sample.InputFormatException;
import org.palpa.core.sample.Unit;

/**
 * {@code palpa analyze} over many traces: each file is read and analysed on a pool thread, its
 * JSON written into the output folder, and its line added to the summary CSV. A bad file costs
 * one line on standard error naming it; the others go on, and the exit status says that one failed.
 */
final class BatchAnalyzeRun {
    private final SessionSettings settings;
    private final Unit unit;
    private final Path outputDir;

    BatchAnalyzeRun(SessionSettings settings, Unit unit, Path outputDir) {
        this.settings = settings;
        this.unit = unit;
        this.outputDir = outputDir;
    }

    /** Analyses {@code files} on {@code threads} threads; returns the exit status. */
    int run(List<Path> files, int threads, Path summary, PrintWriter err) throws IOException {
        if (outputDir != null) {
            TraceInputs.requireDistinctNames(files);
            Files.createDirectories(outputDir);
        }
        List<BatchAnalysis.Outcome<Path, TraceAnalysis.Result>> outcomes = BatchAnalysis.run(files, threads, this::one);
        int status = 0;
        for (var o : outcomes) {
            if (!o.ok()) {
                err.println(message(o.input(), o.error()));
                status = Math.max(status, badInput(o.error()) ? Main.BAD_INPUT : Main.FAILED);
            }
        }
        err.flush();
        if (summary != null) {
            writeSummary(summary, outcomes);
        }
        return status;
    }

    /** Analyses one file and writes its JSON; runs on a pool thread. */
    private TraceAnalysis.Result one(Path file) {
        try (CsvBlockReader reader = CsvBlockReader.open(file, unit, Runnable::run)) {
            TraceAnalysis.Result result = TraceAnalysis.runBlocks(reader, settings, Runnable::run);
            if (outputDir != null) {
                var doc = HoldsJson.document(file.getFileName().toString(), result.device(), settings.targets(),
                        settings.filter().toString(), result.filterDelayMillis(), result.holds());
                try (OutputStream out = Files.newOutputStream(outputDir.resolve(TraceInputs.jsonName(file)))) {
                    HoldsJson.write(doc, out);
                }
            }
            return result;
        } catch (NoSuchFileException e) {
            throw new PalpaException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean badInput(RuntimeException e) {
        return e instanceof InputFormatException || e instanceof IllegalArgumentException;
    }

    /** The one line for a failed file; an input-format message already names the file and line. */
    static String message(Path file, RuntimeException e) {
        if (e instanceof InputFormatException || e instanceof PalpaException) {
            return "palpa: " + e.getMessage();
        }
        if (e instanceof UncheckedIOException io) {
            return "palpa: cannot read " + file + ": " + io.getCause().getMessage();
        }
        return "palpa analyze: " + file + ": " + e.getMessage();
    }

    private static void writeSummary(Path summary, List<BatchAnalysis.Outcome<Path, TraceAnalysis.Result>> outcomes)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(summary, StandardCharsets.UTF_8);
             AnalysisSummaryCsv csv = new AnalysisSummaryCsv(w)) {
            for (var o : outcomes) {
                String name = o.input().toString();
                if (!o.ok()) {
                    csv.failed(name, message(o.input(), o.error()).replaceFirst("^palpa( analyze)?: ", ""));
                    continue;
                }
                TraceAnalysis.Result r = o.result();
                double rate = r.device().nominalRateHz();
                csv.ok(name, r.frames(), Math.round(r.frames() / rate * 1000) / 1000.0, r.device().channelCount(),
                        Math.round(rate * 1e6) / 1e6, counts(r.holds()));
            }
        }
    }

    private static int[] counts(List<HoldResult> holds) {
        int[] c = new int[5];
        c[0] = holds.size();
        for (HoldResult h : holds) {
            HoldOutcome oc = h.outcome();
            c[oc == HoldOutcome.MET ? 1 : oc == HoldOutcome.TOO_SHORT ? 2 : oc == HoldOutcome.OVER ? 3 : 4]++;
        }
        return c;
    }
}

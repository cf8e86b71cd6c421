package org.palpa.cli.assess;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.palpa.adapter.csv.CohortCsv;
import org.palpa.adapter.report.StudentPdfReport;
import org.palpa.adapter.report.TrainingCharts;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.assess.AssessedRecording;
import org.palpa.app.assess.Assessor;
import org.palpa.app.assess.ProgressRow;
import org.palpa.app.assess.TrainingProgress;
import org.palpa.cli.options.StoreOptions;
import org.palpa.cli.options.TargetOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code palpa assess cohort}: a class's scores as CSV, a summary, a chart and a PDF report per student. */
@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = {"Scores every session of a class and writes cohort.csv (one row per student and session) into DIR.",
                "It also writes summary.txt, cohort.png (distribution and trends) and report-STUDENT.pdf for each student."})
public final class CohortCommand implements Callable<Integer> {
    @Option(names = "--class", paramLabel = "NAME", required = true, description = "The class.")
    String className;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Folder for the files; made if missing.")
    Path output;

    @Option(names = "--reference", paramLabel = "SESSION-ID|FILE.csv",
            description = "An instructor's recording: adds each session's force error against it.")
    String reference;

    @Mixin
    StoreOptions store;

    @Mixin
    RuleOptions rules;

    @Mixin
    TargetOptions targetOptions;

    @Override
    public Integer call() throws IOException {
        Assessor assessor = new Assessor(rules.rules());
        double passMark = rules.rules().passMark();
        try (JdbcSessionStore s = store.openReadOnly()) {
            AssessedRecording instructor = reference == null ? null
                    : Recordings.load(reference, s, assessor, targetOptions, "N");
            List<ProgressRow> rows = TrainingProgress.rows(s, s.trainees(), assessor, null, className, instructor);
            Files.createDirectories(output);
            CohortCsv.write(output.resolve("cohort.csv"), rows);
            Map<String, List<ProgressRow>> byStudent = new LinkedHashMap<>();
            rows.forEach(r -> byStudent.computeIfAbsent(r.student(), k -> new ArrayList<>()).add(r));
            List<String> summary = summary(byStudent, passMark);
            Files.write(output.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
            TrainingCharts.writePng(TrainingCharts.cohort(className, rows, passMark, 1600, 700), output.resolve("cohort.png"));
            for (var e : byStudent.entrySet()) {
                StudentPdfReport.write(output.resolve("report-" + e.getKey() + ".pdf"), e.getKey(), className, e.getValue(),
                        passMark);
            }
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            summary.forEach(out::println);
            out.printf(Locale.ROOT, "Wrote cohort.csv, summary.txt, cohort.png and %d student report%s to %s%n",
                    byStudent.size(), byStudent.size() == 1 ? "" : "s", output);
        }
        return 0;
    }

    private List<String> summary(Map<String, List<ProgressRow>> byStudent, double passMark) {
        List<String> lines = new ArrayList<>();
        long sessions = byStudent.values().stream().mapToLong(List::size).sum();
        lines.add(String.format(Locale.ROOT, "Class %s: %d students, %d sessions; pass mark %.0f", className,
                byStudent.size(), sessions, passMark));
        lines.add(String.format(Locale.ROOT, "%-12s %8s %8s %8s %8s %8s  %s", "student", "sessions", "first", "latest",
                "best", "change", "latest passed"));
        double[] latest = new double[byStudent.size()];
        int i = 0;
        int passed = 0;
        for (var e : byStudent.entrySet()) {
            List<ProgressRow> l = e.getValue();
            ProgressRow first = l.get(0);
            ProgressRow last = l.get(l.size() - 1);
            double best = l.stream().mapToDouble(ProgressRow::total).max().orElse(0);
            latest[i++] = last.total();
            passed += last.passed() ? 1 : 0;
            lines.add(String.format(Locale.ROOT, "%-12s %8d %8.1f %8.1f %8.1f %+8.1f  %s", e.getKey(), l.size(), first.total(),
                    last.total(), best, last.total() - first.total(), last.passed() ? "yes" : "no"));
        }
        java.util.Arrays.sort(latest);
        double median = latest.length % 2 == 1 ? latest[latest.length / 2]
                : (latest[latest.length / 2 - 1] + latest[latest.length / 2]) / 2;
        lines.add(String.format(Locale.ROOT, "Latest totals: mean %.1f, median %.1f, lowest %.1f, highest %.1f; %d of %d passed",
                java.util.Arrays.stream(latest).average().orElse(0), median, latest[0], latest[latest.length - 1], passed,
                latest.length));
        return lines;
    }
}

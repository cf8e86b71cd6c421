package org.palpa.cli.assess;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.palpa.adapter.report.TrainingCharts;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.assess.AssessedRecording;
import org.palpa.app.assess.Assessor;
import org.palpa.app.assess.ProgressRow;
import org.palpa.app.assess.TrainingProgress;
import org.palpa.cli.options.StoreOptions;
import org.palpa.cli.options.TargetOptions;
import org.palpa.core.assess.SubScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code palpa assess progress}: a student's scores across their sessions, as a table and a chart. */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Scores every session of a student, oldest first: a table, and with --output a chart (PNG).")
public final class ProgressCommand implements Callable<Integer> {
    @Option(names = "--student", paramLabel = "CODE", required = true, description = "The student.")
    String student;

    @Option(names = "--reference", paramLabel = "SESSION-ID|FILE.csv",
            description = "An instructor's recording: adds each session's force error against it.")
    String reference;

    @Option(names = "--output", paramLabel = "FILE.png", description = "Write the progress chart here.")
    Path output;

    @Mixin
    StoreOptions store;

    @Mixin
    RuleOptions rules;

    @Mixin
    TargetOptions targetOptions;

    @Override
    public Integer call() throws IOException {
        Assessor assessor = new Assessor(rules.rules());
        try (JdbcSessionStore s = store.openReadOnly()) {
            AssessedRecording instructor = reference == null ? null
                    : Recordings.load(reference, s, assessor, targetOptions, "N");
            List<ProgressRow> rows = TrainingProgress.rows(s, s.trainees(), assessor, student, null, instructor);
            print(rows);
            if (output != null) {
                TrainingCharts.writePng(TrainingCharts.progress(student, rows, rules.rules().passMark(), 1280, 720), output);
                System.out.println("Chart written to " + output);
            }
        }
        return 0;
    }

    private void print(List<ProgressRow> rows) {
        System.out.printf(Locale.ROOT, "Progress of student %s (%d session%s)%n", student, rows.size(), rows.size() == 1 ? "" : "s");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%7s %-16s %5s %6s %-6s", "session", "started",
                "holds", "total", "pass"));
        for (SubScore sub : SubScore.values()) {
            head.append(String.format(Locale.ROOT, " %11s", sub.key()));
        }
        System.out.println(head + String.format(Locale.ROOT, " %10s", "forceAE"));
        for (ProgressRow r : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%7d %-16s %5d %6.1f %-6s", r.sessionId(),
                    java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
                            .format(java.time.Instant.ofEpochMilli(r.startedAtMillis()).atZone(java.time.ZoneId.systemDefault())),
                    r.holds(), r.total(), r.passed() ? "yes" : "no"));
            for (SubScore sub : SubScore.values()) {
                Double v = r.subscores().get(sub);
                line.append(v == null ? String.format(Locale.ROOT, " %11s", "-") : String.format(Locale.ROOT, " %11.1f", v));
            }
            line.append(r.forceAbsoluteError() == null ? String.format(Locale.ROOT, " %10s", "-")
                    : String.format(Locale.ROOT, " %10.2f", r.forceAbsoluteError()));
            System.out.println(line);
        }
    }
}

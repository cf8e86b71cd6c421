package org.palpa.cli.assess;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.palpa.adapter.json.AssessmentJson;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.assess.AssessedRecording;
import org.palpa.app.assess.Assessor;
import org.palpa.cli.options.StoreOptions;
import org.palpa.cli.options.TargetOptions;
import org.palpa.core.assess.AssessmentRules;
import org.palpa.core.assess.ReferenceComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code palpa assess}: scores a student's technique against the target, and optionally against an instructor. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        subcommands = {ProgressCommand.class, CohortCommand.class},
        description = {"Scores a recorded session or a CSV trace, each sub-score 0-100, with a total that gives partial credit.",
                "The sub-scores: time in band, hold duration, ramp rate, steadiness, overshoot, release, pain ceiling (docs/assessment.md)."})
public final class AssessCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SESSION-ID|FILE.csv", description = "What to score.")
    String what;

    @Option(names = "--input", paramLabel = "FILE", description = "A CSV trace to score (the same as giving it as the argument).")
    Path input;

    @Option(names = "--reference", paramLabel = "SESSION-ID|FILE.csv",
            description = "An instructor's recording to compare with, hold by hold: by plan step when both followed one plan, else in order.")
    String reference;

    @Option(names = "--json", description = "Print JSON (schema palpa.assessment/1) instead of a table.")
    boolean json;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the output here instead of standard output.")
    Path output;

    @Mixin
    TargetOptions targetOptions;

    @Mixin
    StoreOptions store;

    @Mixin
    RuleOptions rules;

    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "N",
            description = "Unit of the values in a CSV trace: N, kgf, lbf (default: ${DEFAULT-VALUE}).")
    String unit;

    @Override
    public Integer call() throws IOException {
        if ((what == null) == (input == null)) {
            throw new IllegalArgumentException("give what to score: a session id or a CSV trace (or --input FILE)");
        }
        String subject = what != null ? what : input.toString();
        Assessor assessor = new Assessor(rules.rules());
        boolean needsStore = Recordings.isSessionId(subject) || (reference != null && Recordings.isSessionId(reference));
        try (JdbcSessionStore s = needsStore ? store.openReadOnly() : null) {
            AssessedRecording student = Recordings.load(subject, s, assessor, targetOptions, unit);
            AssessedRecording instructor = reference == null ? null
                    : Recordings.load(reference, s, assessor, targetOptions, unit);
            ReferenceComparison comparison = instructor == null ? null : Assessor.compare(student, instructor);
            try (OutputStream file = output == null ? null : Files.newOutputStream(output)) {
                OutputStream out = file == null ? System.out : file;
                if (json) {
                    AssessmentJson.write(AssessmentJson.document(student, comparison,
                            instructor == null ? null : instructor.name()), out);
                } else {
                    java.io.PrintStream ps = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
                    AssessmentText.print(ps, student, comparison, instructor == null ? null : instructor.name());
                    ps.flush();
                }
            }
        }
        return 0;
    }
}

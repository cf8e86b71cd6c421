package org.palpa.cli.options;

import org.palpa.core.record.Trainee;
import picocli.CommandLine.Option;

/**
 * {@code --student} and {@code --class}: who a training session is recorded for. Part of
 * {@link RecordOptions}, so every recording command has them.
 */
public final class TraineeOptions {
    @Option(names = "--student", paramLabel = "CODE",
            description = "Record this session for a student: a pseudonymous code such as S-07, never a name.")
    public String student;

    @Option(names = "--class", paramLabel = "NAME", description = "The student's class, such as MT-2026a (needs --student).")
    public String className;

    /** The trainee these options name, or null when no --student was given. */
    public Trainee trainee() {
        if (student == null) {
            if (className != null) {
                throw new IllegalArgumentException("--class needs --student: a class is a group of students");
            }
            return null;
        }
        return new Trainee(student, className);
    }
}

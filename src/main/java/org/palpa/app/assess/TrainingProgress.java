package org.palpa.app.assess;

import java.util.ArrayList;
import java.util.List;
import org.palpa.app.port.SessionReader;
import org.palpa.app.port.TraineeRegister;
import org.palpa.core.PalpaException;
import org.palpa.core.assess.Assessment;
import org.palpa.core.record.Trainee;

/** Scores every session of a student or a class, oldest first, optionally against an instructor's recording. */
public final class TrainingProgress {
    private TrainingProgress() {
    }

    /**
     * The scored sessions of {@code student} and/or {@code className} (a null one matches any).
     *
     * @param instructor the recording to compare each session with, or null
     * @throws PalpaException when no session matches
     */
    public static List<ProgressRow> rows(SessionReader reader, TraineeRegister trainees, Assessor assessor,
                                         String student, String className, AssessedRecording instructor) {
        List<Long> ids = trainees.sessionsOf(student, className);
        if (ids.isEmpty()) {
            throw new PalpaException("no sessions recorded for " + (student != null ? "student " + student : "class " + className)
                    + " (record with palpa live --student CODE --class NAME)");
        }
        List<ProgressRow> rows = new ArrayList<>();
        for (long id : ids) {
            AssessedRecording r = assessor.session(reader, trainees, id);
            Assessment a = r.assessment();
            Double error = instructor == null ? null
                    : Assessor.compare(r, instructor).overall().absoluteError().force();
            Trainee t = r.trainee();
            rows.add(new ProgressRow(id, r.startedAtMillis(), t.studentCode(), t.className(), a.holds().size(), a.total(),
                    a.passed(), a.subscores(), boxed(a.totalWithFeedback(true)), boxed(a.totalWithFeedback(false)), error));
        }
        return rows;
    }

    private static Double boxed(java.util.OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}

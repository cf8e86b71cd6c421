package org.palpa.app.port;

import java.util.List;
import java.util.Optional;
import org.palpa.core.record.Trainee;

/** Which student (and class) each training session was recorded for, kept beside the session records. */
public interface TraineeRegister {

    /** Records that session {@code sessionId} was recorded for {@code trainee}. */
    void assign(long sessionId, Trainee trainee);

    /** The student a session was recorded for, if any. */
    Optional<Trainee> traineeOf(long sessionId);

    /** The ids of the sessions of a student and/or a class, oldest first; a null argument matches anything. */
    List<Long> sessionsOf(String studentCode, String className);
}

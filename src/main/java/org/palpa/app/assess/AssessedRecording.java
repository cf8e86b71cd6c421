package org.palpa.app.assess;

import org.palpa.core.assess.Assessment;
import org.palpa.core.record.Trainee;

/**
 * A recording (a stored session or a CSV trace) with its holds and its score.
 *
 * @param name           how to name it to people: {@code session 12} or a file name
 * @param sessionId      the stored session's id, or -1 for a trace
 * @param trainee        the student it was recorded for, or null
 * @param startedAtMillis wall-clock start (UTC ms), or 0 for a trace
 * @param captured       the holds with their samples
 * @param assessment     the technique score
 */
public record AssessedRecording(String name, long sessionId, Trainee trainee, long startedAtMillis,
                                HoldCapture.Captured captured, Assessment assessment) {
}

package org.palpa.app.assess;

import java.util.Map;
import org.palpa.core.assess.SubScore;

/**
 * One scored session of a student, for progress tables, cohort files and charts.
 *
 * @param sessionId        the session
 * @param startedAtMillis  its wall-clock start
 * @param student          the student's code
 * @param className        the class, or null
 * @param holds            holds scored
 * @param total            the total, 0 to 100
 * @param passed           whether it passed
 * @param subscores        the session's sub-scores
 * @param totalWithFeedback total over the holds with feedback shown, or null if none
 * @param totalWithoutFeedback total over the holds with feedback hidden, or null if none
 * @param forceAbsoluteError absolute force error against the instructor, or null without one
 */
public record ProgressRow(long sessionId, long startedAtMillis, String student, String className, int holds,
                          double total, boolean passed, Map<SubScore, Double> subscores, Double totalWithFeedback,
                          Double totalWithoutFeedback, Double forceAbsoluteError) {
    public ProgressRow {
        subscores = Map.copyOf(subscores);
    }
}

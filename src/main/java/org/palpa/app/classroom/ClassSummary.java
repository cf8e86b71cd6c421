package org.palpa.app.classroom;

import java.util.List;
import java.util.Locale;

/**
 * How each station of a class did, for the instructor at the end: holds met, the score and the
 * time in band, and the sessions that hold the recordings.
 *
 * @param className the class, as given with {@code --class}
 * @param rows      one row per station, in the order of the tiles
 */
public record ClassSummary(String className, List<Row> rows) {
    public ClassSummary {
        rows = List.copyOf(rows);
    }

    /**
     * One station's result.
     *
     * @param station        the station's name
     * @param student        the student's code
     * @param holds          holds finished on the judged channel
     * @param holdsMet       of those, holds that met the target
     * @param score          0 to 100, NaN without a hold
     * @param percentInBand  share of the contact time in the band, NaN without contact
     * @param frames         frames the station's pipelines processed
     * @param recordedFrames frames written to its sessions
     * @param lostFrames     frames lost on the link (missing sequence numbers), dropped by the host or not
     *                       kept by the recorder
     * @param sessionIds     the sessions recorded, in order
     * @param planSteps      the treatment plan's steps in words ({@code 2 of 2 steps done, 1 met}), empty without a plan
     */
    public record Row(String station, String student, int holds, int holdsMet, double score, double percentInBand,
                      long frames, long recordedFrames, long lostFrames, List<Long> sessionIds, String planSteps) {
        public Row {
            sessionIds = List.copyOf(sessionIds);
            planSteps = planSteps == null ? "" : planSteps;
        }

        /** A station's result without a treatment plan. */
        public Row(String station, String student, int holds, int holdsMet, double score, double percentInBand,
                   long frames, long recordedFrames, long lostFrames, List<Long> sessionIds) {
            this(station, student, holds, holdsMet, score, percentInBand, frames, recordedFrames, lostFrames,
                    sessionIds, "");
        }

        /** The row in words, for a session's annotation. */
        public String inWords() {
            return String.format(Locale.ROOT, "%s (student %s): %d of %d holds met, score %s, %s in band%s", station,
                    student, holdsMet, holds, percent(score), percent(percentInBand),
                    planSteps.isEmpty() ? "" : ", plan " + planSteps);
        }
    }

    /** The table printed at the end, one line per station. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append("Class summary").append(className.isEmpty() ? "" : " of " + className).append('\n');
        b.append(String.format(Locale.ROOT, "%-10s %-12s %9s %7s %8s %9s %9s %6s  %s%n", "STATION", "STUDENT",
                "HOLDS MET", "SCORE", "IN BAND", "FRAMES", "RECORDED", "LOST", "SESSIONS"));
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "%-10s %-12s %4d of %-2d %7s %8s %9d %9d %6d  %s%n", r.station(),
                    r.student(), r.holdsMet(), r.holds(), percent(r.score()), percent(r.percentInBand()), r.frames(),
                    r.recordedFrames(), r.lostFrames(), r.sessionIds().isEmpty() ? "not recorded" : joined(r.sessionIds())));
        }
        for (Row r : rows) {
            if (!r.planSteps().isEmpty()) {
                b.append(String.format(Locale.ROOT, "%-10s plan: %s%n", r.station(), r.planSteps()));
            }
        }
        return b.toString();
    }

    /** The whole class in one line, as added to every session of the class. */
    public String inWords() {
        StringBuilder b = new StringBuilder("class summary").append(className.isEmpty() ? "" : " of " + className)
                .append(": ");
        for (int i = 0; i < rows.size(); i++) {
            b.append(i == 0 ? "" : "; ").append(rows.get(i).inWords());
        }
        return b.toString();
    }

    static String percent(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f%%", value);
    }

    private static String joined(List<Long> ids) {
        StringBuilder b = new StringBuilder();
        for (Long id : ids) {
            b.append(b.isEmpty() ? "" : ",").append(id);
        }
        return b.toString();
    }
}

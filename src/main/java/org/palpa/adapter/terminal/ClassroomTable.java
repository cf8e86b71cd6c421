package org.palpa.adapter.terminal;

import java.util.List;
import java.util.Locale;
import org.palpa.app.classroom.PlanProgress;
import org.palpa.app.classroom.Station;
import org.palpa.app.classroom.StationBoard;
import org.palpa.app.classroom.StationPhase;

/**
 * The classroom in a terminal: one line per station with its link, state in words, value, hold
 * timer, holds met, score and time in band. {@link #render} gives the whole table; the caller
 * rewrites it in place.
 */
public final class ClassroomTable {
    private static final String HEADER = String.format(Locale.ROOT, "%-8s %-10s %-12s %-11s %9s %9s %9s %6s %7s",
            "STATION", "STUDENT", "LINK", "STATE", "VALUE", "HOLD", "MET", "SCORE", "IN BAND");

    /** Lines are cut to fit a terminal of 120 columns. */
    static final int MAX_WIDTH = 119;

    private ClassroomTable() {
    }

    /** The header and one line per station; every line is padded to the same width. */
    public static String render(List<Station> stations) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Station s : stations) {
            b.append(line(s)).append('\n');
        }
        return b.toString();
    }

    /** The number of lines {@link #render} gives. */
    public static int lines(List<Station> stations) {
        return stations.size() + 1;
    }

    static String line(Station s) {
        StationBoard b = s.board();
        boolean live = b.phase() == StationPhase.LIVE || b.phase() == StationPhase.DEVICE_LOST;
        String unit = s.plan().settings().target().unit().symbol();
        String state = live ? b.state().label().toUpperCase(Locale.ROOT) : "-";
        String value = live && !Double.isNaN(b.value()) ? String.format(Locale.ROOT, "%.1f %s",
                Math.round(b.value() * 10) / 10.0 + 0.0, unit) : "-";
        PlanProgress plan = s.planProgress();
        boolean step = plan.active() && !plan.stepLine().isEmpty();
        String hold = String.format(Locale.ROOT, "%.0f/%.0f s", b.heldMillis() / 1000,
                step ? plan.holdSeconds() : s.plan().settings().target().holdMillis() / 1000.0);
        String line = String.format(Locale.ROOT, "%-8s %-10s %-12s %-11s %9s %9s %4d of %-2d %6s %7s", s.plan().name(),
                clip(s.plan().student(), 10), b.phase().word(), state, value, hold, b.holdsMet(), b.holds(),
                percent(b.score()), percent(b.percentInBand()));
        String why = b.phase() != StationPhase.LIVE ? b.message() : step ? "step " + plan.stepShort() : "";
        // a line longer than the terminal would wrap and throw the in-place rewrite off by a line
        return clip(why.isEmpty() ? line : line + "  " + why, MAX_WIDTH);
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f%%", v);
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}

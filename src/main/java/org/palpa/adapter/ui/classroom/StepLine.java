package org.palpa.adapter.ui.classroom;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import org.palpa.app.classroom.PlanProgress;
import org.palpa.core.plan.PlanRunner;
import org.palpa.core.plan.PlanStatus;

/**
 * A tile's line for a station that follows a treatment plan: the step and its point, as in
 * {@code step 3 of 8 · upper trapezius (left)}, then the repetition, the rest or the latest cue.
 * The text is made again only when what it says changes, so painting allocates almost nothing.
 */
final class StepLine {
    private final PlanProgress progress;
    private String shownStep;
    private long shownKey = Long.MIN_VALUE;
    private String text = "";
    private String fittedFrom;
    private int fittedWidth;
    private String fitted = "";
    private Font fittedFont;
    private Font fittedBase;

    StepLine(PlanProgress progress) {
        this.progress = progress;
    }

    /** Whether there is a step to show: a plan runs and has begun its first step. */
    boolean showing() {
        return progress.active() && !progress.stepLine().isEmpty();
    }

    /** The current step's hold in seconds, for the hold bar. */
    double holdSeconds() {
        return progress.holdSeconds();
    }

    /** The current step's band, for the tile's top line. */
    String band() {
        return progress.bandText();
    }

    /** Paints the line at {@code y}, bold, down to three quarters of {@code font}'s size to fit {@code width}, then cut. */
    void paint(Graphics2D g, Font font, int x, int y, int width) {
        String t = text();
        if (t != fittedFrom || width != fittedWidth || font != fittedBase) {
            fit(g, font, t, width);
        }
        g.setFont(fittedFont);
        g.drawString(fitted, x, y);
    }

    String text() {
        PlanStatus s = progress.status();
        String step = progress.stepLine();
        long key = s == null ? 0 : s.phase().ordinal() * 1_000_000L + s.rep() * 1_000L
                + (s.phase() == PlanRunner.Phase.REST ? s.restLeftMillis() / 1000 : 0) * 10
                + (s.cueShowing() ? s.cue().ordinal() + 1 : 0);
        if (!step.equals(shownStep) || key != shownKey) {
            shownStep = step;
            shownKey = key;
            text = step + (s == null ? "" : detail(s));
        }
        return text;
    }

    private static String detail(PlanStatus s) {
        if (s.cueShowing()) {
            return " · " + s.cue().name().replace('_', ' ');
        }
        if (s.phase() == PlanRunner.Phase.REST) {
            return " · rest " + (s.restLeftMillis() + 999) / 1000 + " s";
        }
        return s.step().reps() > 1 ? " · rep " + s.rep() + "/" + s.step().reps() : "";
    }

    private void fit(Graphics2D g, Font font, String t, int width) {
        fittedFrom = t;
        fittedWidth = width;
        fittedBase = font;
        Font bold = font.deriveFont(Font.BOLD);
        int full = g.getFontMetrics(bold).stringWidth(t);
        fittedFont = full <= width ? bold
                : bold.deriveFont(Math.max(bold.getSize2D() * 0.75f, bold.getSize2D() * width / full));
        FontMetrics m = g.getFontMetrics(fittedFont);
        int end = t.length();
        while (end > 1 && m.stringWidth(t.substring(0, end) + (end < t.length() ? "…" : "")) > width) {
            end--;
        }
        fitted = end == t.length() ? t : t.substring(0, end) + "…";
    }
}

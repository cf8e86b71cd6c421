package org.palpa.adapter.ui.classroom;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Locale;
import javax.swing.JComponent;
import org.palpa.adapter.ui.DisplayState;
import org.palpa.app.classroom.Station;
import org.palpa.app.classroom.StationBoard;
import org.palpa.app.classroom.StationPhase;

/**
 * One station, readable from across a room: the whole tile takes the colour of the state, the
 * state is also written in a word and drawn as its shape, the value is in large digits, a bar
 * fills toward the hold target, and the bottom line gives holds met, the score and the time in
 * band. A station that is not live says why in words on a neutral or amber tile.
 *
 * <p>Painting reads the station's board and reuses its text until a shown number changes, so a
 * repaint allocates almost nothing; it never waits for the station.
 */
final class StationTile extends JComponent {
    static final Color LOST = new Color(0xE08A00);
    static final Color IDLE = new Color(0x5F6670);
    private static final Color INK = Color.WHITE;
    private static final Color TRACK = new Color(255, 255, 255, 70);

    private final Station station;
    private final String title;
    private final String unit;
    private double targetSeconds;
    private String targetText;
    private org.palpa.core.hold.Target shownTarget;
    private final CachedText valueText = new CachedText();
    private final CachedText holdText = new CachedText();
    private final CachedText scoreText = new CachedText();
    private final CachedText markerText = new CachedText();
    private Font big;
    private Font medium;
    private Font small;
    private int fontsForSize = -1;
    private long paints;
    private final StepLine step;

    StationTile(Station station) {
        this.station = station;
        this.title = station.plan().name() + "  ·  " + station.plan().student();
        this.unit = station.plan().settings().target().unit().symbol();
        this.step = new StepLine(station.planProgress());
        setToolTipText(station.plan().device() + " — click for the full live view");
        setOpaque(true);
    }

    Station station() {
        return station;
    }

    /** Times this tile has been painted. */
    long paints() {
        return paints;
    }

    /** The state the tile shows, as a word: the link's word unless the station is live. */
    String stateWord() {
        StationBoard b = station.board();
        return b.phase() == StationPhase.LIVE ? DisplayState.of(b.state(), false).label() : b.phase().word();
    }

    /** Screen readers (and tests) read the tile as its station and state, such as {@code S4 · ST-04: DEVICE LOST}. */
    @Override
    public javax.accessibility.AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public String getAccessibleName() {
                    return station.plan().name() + " · " + station.plan().student() + ": " + stateWord();
                }

                @Override
                public javax.accessibility.AccessibleRole getAccessibleRole() {
                    return javax.accessibility.AccessibleRole.LABEL;
                }
            };
        }
        return accessibleContext;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        paints++;
        Graphics2D g = (Graphics2D) graphics;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int w = getWidth();
        int h = getHeight();
        fonts(g, w, h);
        org.palpa.core.hold.Target target = station.plan().settings().target();
        if (target != shownTarget) {
            // the instructor set a new target: its text is made once, not on every paint
            shownTarget = target;
            targetSeconds = target.holdMillis() / 1000.0;
            targetText = bandText(target);
        }
        StationBoard b = station.board();
        StationPhase phase = b.phase();
        boolean live = phase == StationPhase.LIVE;
        boolean stepping = live && step.showing();
        // a plan's step, not the session's first target, times the hold
        targetSeconds = stepping ? step.holdSeconds() : target.holdMillis() / 1000.0;
        DisplayState state = DisplayState.of(b.state(), false);
        Color fill = live ? state.colour() : phase == StationPhase.DEVICE_LOST || phase == StationPhase.RETRYING ? LOST : IDLE;
        g.setColor(fill);
        g.fillRect(0, 0, w, h);
        int pad = Math.max(6, h / 24);
        g.setColor(INK);
        g.setFont(small);
        FontMetrics sm = g.getFontMetrics();
        g.drawString(title, pad, pad + sm.getAscent());
        String band = stepping ? step.band() : targetText;
        g.drawString(band, w - pad - sm.stringWidth(band), pad + sm.getAscent());
        int glyph = Math.max(12, h / 6);
        int wordY = pad + sm.getHeight() + glyph;
        if (live) {
            state.paintGlyph(g, pad, wordY - glyph, glyph, INK);
        }
        g.setColor(INK);
        g.setFont(medium);
        g.drawString(stateWord(), pad + (live ? glyph + pad : 0), wordY - (glyph - g.getFontMetrics().getAscent()) / 2);
        g.setFont(big);
        FontMetrics bm = g.getFontMetrics();
        int valueY = wordY + pad + bm.getAscent();
        if (live) {
            // + 0.0 turns a negative zero into zero, so a resting sensor never reads "-0.0"
            g.drawString(valueText.of(b.value(), 10, v -> Double.isNaN(v) ? "—"
                    : String.format(Locale.ROOT, "%.1f %s", Math.round(v * 10) / 10.0 + 0.0, unit)), pad, valueY);
            paintHoldBar(g, b, pad, valueY + pad, w - 2 * pad, Math.max(8, h / 12));
        }
        g.setFont(small);
        int lineY = h - pad;
        if (!live && !b.message().isEmpty()) {
            paintWrapped(g, b.message(), pad, wordY + pad + sm.getAscent(), w - 2 * pad, lineY - sm.getHeight());
        }
        String score = scoreText.of(b.holdsMet() * 1_000_000.0 + b.holds() * 1_000.0 + Math.round(
                Double.isNaN(b.percentInBand()) ? 999 : b.percentInBand()), 1, ignored -> String.format(Locale.ROOT,
                "met %d of %d  ·  score %s  ·  in band %s", b.holdsMet(), b.holds(), percent(b.score()),
                percent(b.percentInBand())));
        g.drawString(score, pad, lineY);
        // above the score, bottom up, as many as fit below the hold bar: the plan's step, what the
        // student sees, and the last marker from the lab
        int y = lineY - sm.getHeight();
        int floor = valueY + pad + Math.max(8, h / 12) + sm.getHeight() + sm.getAscent();
        if (stepping && y > floor) {
            step.paint(g, small, pad, y, w - 2 * pad);
            y -= sm.getHeight();
        }
        g.setFont(small); // the step's line is bold; these are measured in the plain small font
        if (station.practice().scheduled()) {
            if (y > floor) {
                g.drawString(practiceText(live), pad, y);
                y -= sm.getHeight();
            } else if (live) {
                // no line left: the trainer still sees whose feedback is off, beside the hold timer
                String brief = (station.practice().showing() ? "sees feedback (" : "FEEDBACK OFF (")
                        + station.practice().schedule().text() + ")";
                int x = w - pad - sm.stringWidth(brief);
                if (x > 3 * pad + sm.stringWidth("hold 00 / 00 s")) {
                    g.drawString(brief, x, valueY + pad + Math.max(8, h / 12) + sm.getAscent() + 2);
                }
            }
        }
        if (b.markers() > 0 && y > floor) {
            // a marker from another lab instrument, recorded into this station's session (docs/streaming.md)
            g.drawString(markerText.of(b.markers(), 1, n -> "marker " + (int) n + ": " + b.lastMarker()), pad, y);
        }
    }

    /** What the instructor reads about the student's feedback; the value above shows whatever the schedule. */
    private String practiceText(boolean live) {
        org.palpa.app.classroom.StationPractice p = station.practice();
        String schedule = p.schedule().text();
        return !live ? "feedback: " + schedule : p.showing() ? "student sees feedback (" + schedule + ")"
                : "STUDENT: FEEDBACK OFF (" + schedule + ")";
    }

    /** Why the station is not live, wrapped at spaces onto as many lines as fit above {@code bottom}. */
    private static void paintWrapped(Graphics2D g, String text, int x, int y, int width, int bottom) {
        FontMetrics m = g.getFontMetrics();
        int start = 0;
        while (start < text.length() && y <= bottom) {
            int end = text.length();
            while (end > start + 1 && m.stringWidth(text.substring(start, end)) > width) {
                int space = text.lastIndexOf(' ', end - 1);
                end = space > start ? space : end - 1;
            }
            g.drawString(text.substring(start, end), x, y);
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            y += m.getHeight();
        }
    }

    private void paintHoldBar(Graphics2D g, StationBoard b, int x, int y, int width, int height) {
        double held = b.phase() == StationPhase.LIVE ? b.heldMillis() / 1000.0 : 0;
        double share = targetSeconds > 0 ? Math.min(1, held / targetSeconds) : 0;
        g.setColor(TRACK);
        g.fillRect(x, y, width, height);
        g.setColor(INK);
        g.fillRect(x, y, (int) Math.round(width * share), height);
        g.drawRect(x, y, width - 1, height - 1);
        g.setFont(small);
        String text = holdText.of(Math.floor(held), 1, s -> share >= 1 ? String.format(Locale.ROOT, "hold %.0f s  DONE", s)
                : String.format(Locale.ROOT, "hold %.0f / %.0f s", s, targetSeconds));
        FontMetrics m = g.getFontMetrics();
        int textY = y + height + m.getAscent() + 2;
        g.drawString(text, x, textY);
    }

    /** Fonts as large as the tile allows: each sized so its longest text fits the width as well as the height. */
    private void fonts(Graphics2D g, int width, int height) {
        int key = width * 10_000 + height;
        if (key == fontsForSize) {
            return;
        }
        fontsForSize = key;
        Font base = new Font(Font.SANS_SERIF, Font.BOLD, 100);
        int glyph = Math.max(12, height / 6);
        int usable = width - 2 * Math.max(6, height / 24);
        big = fitted(g, base, "888.8 " + unit, usable, height / 4.2f);
        medium = fitted(g, base, "NO CONTACT", usable - glyph - Math.max(6, height / 24), height / 8f);
        small = fitted(g, base.deriveFont(Font.PLAIN), "met 88 of 88  ·  score 100%  ·  in band 100%", usable,
                height / 14f);
    }

    private static Font fitted(Graphics2D g, Font base, String widest, int width, float heightLimit) {
        float byWidth = 100f * width / Math.max(1, g.getFontMetrics(base).stringWidth(widest));
        return base.deriveFont(Math.max(9f, Math.min(heightLimit, byWidth)));
    }

    private static String bandText(org.palpa.core.hold.Target t) {
        return String.format(Locale.ROOT, "%.3g–%.3g %s", t.min(), t.max(), t.unit().symbol());
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f%%", v);
    }

    /** Text for a number, made again only when the number, at the given resolution, changes. */
    private static final class CachedText {
        private long key = Long.MIN_VALUE;
        private String text = "";

        String of(double value, double scale, java.util.function.DoubleFunction<String> make) {
            long k = Double.isNaN(value) ? Long.MAX_VALUE : Math.round(value * scale);
            if (k != key) {
                key = k;
                text = make.apply(value);
            }
            return text;
        }
    }
}

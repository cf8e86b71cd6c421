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
    private final double targetSeconds;
    private final CachedText valueText = new CachedText();
    private final CachedText holdText = new CachedText();
    private final CachedText scoreText = new CachedText();
    private Font big;
    private Font medium;
    private Font small;
    private int fontsForHeight = -1;
    private long paints;

    StationTile(Station station) {
        this.station = station;
        this.title = station.plan().name() + "  ·  " + station.plan().student();
        this.unit = station.plan().settings().target().unit().symbol();
        this.targetSeconds = station.plan().settings().target().holdMillis() / 1000.0;
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

    @Override
    protected void paintComponent(Graphics graphics) {
        paints++;
        Graphics2D g = (Graphics2D) graphics;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int w = getWidth();
        int h = getHeight();
        fonts(h);
        StationBoard b = station.board();
        StationPhase phase = b.phase();
        boolean live = phase == StationPhase.LIVE;
        DisplayState state = DisplayState.of(b.state(), false);
        Color fill = live ? state.colour() : phase == StationPhase.DEVICE_LOST || phase == StationPhase.RETRYING ? LOST : IDLE;
        g.setColor(fill);
        g.fillRect(0, 0, w, h);
        int pad = Math.max(6, h / 24);
        g.setColor(INK);
        g.setFont(small);
        FontMetrics sm = g.getFontMetrics();
        g.drawString(title, pad, pad + sm.getAscent());
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
        String value = live || phase == StationPhase.DEVICE_LOST ? valueText.of(b.value(), 10, v -> Double.isNaN(v) ? "—"
                : String.format(Locale.ROOT, "%.1f %s", v, unit)) : "—";
        int valueY = wordY + pad + bm.getAscent();
        g.drawString(value, pad, valueY);
        int barY = valueY + pad;
        int barH = Math.max(8, h / 12);
        paintHoldBar(g, b, pad, barY, w - 2 * pad, barH);
        g.setFont(small);
        int lineY = h - pad;
        if (!live && !b.message().isEmpty()) {
            g.drawString(b.message(), pad, lineY - sm.getHeight());
        }
        String score = scoreText.of(b.holdsMet() * 1_000_000.0 + b.holds() * 1_000.0 + Math.round(
                Double.isNaN(b.percentInBand()) ? 999 : b.percentInBand()), 1, ignored -> String.format(Locale.ROOT,
                "met %d of %d  ·  score %s  ·  in band %s", b.holdsMet(), b.holds(), percent(b.score()),
                percent(b.percentInBand())));
        g.drawString(score, pad, lineY);
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

    private void fonts(int height) {
        if (height == fontsForHeight) {
            return;
        }
        fontsForHeight = height;
        Font base = new Font(Font.SANS_SERIF, Font.BOLD, 12);
        big = base.deriveFont(Math.max(14f, height / 4.2f));
        medium = base.deriveFont(Math.max(11f, height / 8f));
        small = base.deriveFont(Font.PLAIN, Math.max(10f, height / 14f));
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

package org.palpa.adapter.ui.ppt;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Locale;
import javax.swing.JComponent;
import org.palpa.app.ppt.PptStatus;

/**
 * A horizontal gauge of the live ramp rate: the band shaded green, a needle at the rate, and the
 * rate in words (IN BAND, TOO SLOW, TOO FAST) so that colour is never the only cue.
 */
final class RateMeter extends JComponent {
    private static final Color BAND = new Color(0x2e8b57);
    private static final Color OFF = new Color(0xc0392b);
    private PptStatus status;

    RateMeter() {
        setPreferredSize(new Dimension(600, 110));
    }

    /** The meter's words: the rate and IN BAND, TOO SLOW or TOO FAST, or {@code rate: --} when not ramping. */
    String words() {
        PptStatus s = status;
        if (s == null || Double.isNaN(s.rateKpaPerSecond()) || s.phase() != org.palpa.core.ppt.PptSession.Phase.RAMPING) {
            return "rate: --";
        }
        double r = s.rateKpaPerSecond();
        return String.format(Locale.ROOT, "rate %.1f kPa/s  %s", r, s.rateInBand() ? "IN BAND"
                : r < s.band().minPerSecond() ? "TOO SLOW" : "TOO FAST");
    }

    void show(PptStatus s) {
        status = s;
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int w = getWidth() - 40;
        int x0 = 20;
        int y = 30;
        int h = 34;
        g.setColor(new Color(0xdddddd));
        g.fillRect(x0, y, w, h);
        if (status == null) {
            g.dispose();
            return;
        }
        double lo = status.band().minPerSecond();
        double hi = status.band().maxPerSecond();
        double from = Math.max(0, lo - (hi - lo));
        double to = hi + (hi - lo);
        int bx0 = x0 + (int) Math.round((lo - from) / (to - from) * w);
        int bx1 = x0 + (int) Math.round((hi - from) / (to - from) * w);
        g.setColor(new Color(BAND.getRed(), BAND.getGreen(), BAND.getBlue(), 90));
        g.fillRect(bx0, y, bx1 - bx0, h);
        g.setColor(Color.DARK_GRAY);
        g.setFont(getFont().deriveFont(Font.PLAIN, 13f));
        g.drawString(String.format(Locale.ROOT, "%.0f", lo), bx0 - 8, y + h + 16);
        g.drawString(String.format(Locale.ROOT, "%.0f kPa/s", hi), bx1 - 8, y + h + 16);
        double r = status.rateKpaPerSecond();
        if (!Double.isNaN(r) && status.phase() == org.palpa.core.ppt.PptSession.Phase.RAMPING) {
            int nx = x0 + (int) Math.round(Math.max(0, Math.min(1, (r - from) / (to - from))) * w);
            g.setColor(status.rateInBand() ? BAND : OFF);
            g.setStroke(new BasicStroke(5f));
            g.drawLine(nx, y - 6, nx, y + h + 4);
        }
        String words = words();
        g.setColor(Color.BLACK);
        g.setFont(getFont().deriveFont(Font.BOLD, 18f));
        g.drawString(words, x0, y - 10);
        g.dispose();
    }
}

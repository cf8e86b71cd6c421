package org.palpa.adapter.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Locale;
import javax.swing.JComponent;

/**
 * The hold timer: a bar that fills toward the target duration, with the seconds written on it,
 * and that turns into a green "HOLD COMPLETE" band with a tick when the target is reached.
 */
final class HoldTimerBar extends JComponent {
    private static final Color TRACK = new Color(0xE3E6EA);
    private static final Color FILL = new Color(0x2F6FD6);
    private static final Color DONE = new Color(0x1E9E4A);
    private double heldSeconds;
    private double targetSeconds = 1;

    HoldTimerBar() {
        setPreferredSize(new Dimension(460, 64));
        setFont(Fonts.of(Font.BOLD, 24f));
    }

    /** Shows {@code held} of {@code target} seconds; repaints only when the tenths change. */
    void show(double held, double target) {
        if (Math.round(held * 10) != Math.round(heldSeconds * 10) || target != targetSeconds) {
            heldSeconds = held;
            targetSeconds = target;
            repaint();
        }
    }

    boolean complete() {
        return heldSeconds >= targetSeconds;
    }

    /** What the bar says, such as {@code hold 12.3 / 20.0 s}. */
    String text() {
        return complete()
                ? String.format(Locale.ROOT, "HOLD COMPLETE %.1f s", heldSeconds)
                : String.format(Locale.ROOT, "hold %.1f / %.1f s", heldSeconds, targetSeconds);
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int w = getWidth();
        int h = getHeight();
        g.setColor(TRACK);
        g.fillRoundRect(0, 0, w, h, 14, 14);
        double fraction = Math.min(1, heldSeconds / targetSeconds);
        g.setColor(complete() ? DONE : FILL);
        g.fillRoundRect(0, 0, (int) Math.round(w * fraction), h, 14, 14);
        g.setFont(getFont());
        int baseline = (h + g.getFontMetrics().getAscent() - g.getFontMetrics().getDescent()) / 2;
        int x = 16;
        if (complete()) {
            g.setColor(Color.WHITE);
            g.setStroke(new java.awt.BasicStroke(5f, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND));
            g.drawPolyline(new int[] {x, x + 10, x + 28}, new int[] {h / 2, h / 2 + 12, h / 2 - 12}, 3);
            x += 42;
        }
        g.setColor(complete() || fraction > 0.5 ? Color.WHITE : new Color(0x222222));
        g.drawString(text(), x, baseline);
        g.dispose();
    }
}

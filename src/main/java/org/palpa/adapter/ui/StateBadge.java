package org.palpa.adapter.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;

/** A wide coloured badge with the state's shape and word, readable from across the room. */
final class StateBadge extends JComponent {
    private DisplayState state = DisplayState.NO_CONTACT;
    private String detail = "";

    StateBadge() {
        setPreferredSize(new Dimension(460, 96));
        setFont(Fonts.of(Font.BOLD, 34f));
    }

    /** Shows {@code newState} with a short line under it; repaints only on a change. */
    void show(DisplayState newState, String newDetail) {
        if (newState != state || !newDetail.equals(detail)) {
            state = newState;
            detail = newDetail;
            repaint();
        }
    }

    DisplayState state() {
        return state;
    }

    /** The text a person reads on the badge, for tests and screen readers. */
    String text() {
        return state.label() + (detail.isEmpty() ? "" : " — " + detail);
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int w = getWidth();
        int h = getHeight();
        g.setColor(state.colour());
        g.fillRoundRect(0, 0, w, h, 18, 18);
        double glyph = h * 0.56;
        state.paintGlyph(g, h * 0.22, (h - glyph) / 2, glyph, Color.WHITE);
        g.setColor(Color.WHITE);
        g.setFont(getFont());
        FontMetrics fm = g.getFontMetrics();
        int x = (int) (h * 0.22 + glyph + 18);
        int textTop = detail.isEmpty() ? (h + fm.getAscent() - fm.getDescent()) / 2 : h / 2 - 2;
        g.drawString(state.label(), x, textTop);
        if (!detail.isEmpty()) {
            g.setFont(Fonts.of(Font.PLAIN, 18f));
            g.drawString(detail, x, h / 2 + 24);
        }
        g.dispose();
    }
}

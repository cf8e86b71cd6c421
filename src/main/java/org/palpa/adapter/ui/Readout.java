package org.palpa.adapter.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Locale;
import javax.swing.JComponent;

/** The large number: the smoothed value in the chosen unit, readable from a metre away. */
final class Readout extends JComponent {
    private String value = "";
    private String unit = "";
    private Color colour = new Color(0x222222);

    Readout() {
        setPreferredSize(new Dimension(460, 130));
        setFont(Fonts.of(Font.BOLD, 104f));
    }

    /** Shows {@code v} (NaN for none) in {@code unitSymbol}, in the state's colour. */
    void show(double v, String unitSymbol, Color stateColour) {
        String text = Double.isNaN(v) ? "" : String.format(Locale.ROOT, Math.abs(v) < 100 ? "%.1f" : "%.0f", v);
        if (!text.equals(value) || !unitSymbol.equals(unit) || !stateColour.equals(colour)) {
            value = text;
            unit = unitSymbol;
            colour = stateColour;
            repaint();
        }
    }

    /** The number and unit as shown, such as {@code 40.2 N}. */
    String text() {
        return value + " " + unit;
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(getFont());
        int baseline = getHeight() - g.getFontMetrics().getDescent() - 4;
        g.setColor(colour);
        g.drawString(value, 0, baseline);
        if (value.isEmpty()) {
            g.setFont(Fonts.of(Font.PLAIN, 28f));
            g.setColor(Fonts.dim());
            g.drawString("no reading", 0, baseline);
            g.dispose();
            return;
        }
        int x = g.getFontMetrics().stringWidth(value) + 12;
        g.setFont(Fonts.of(Font.PLAIN, 40f));
        g.setColor(Fonts.dim());
        g.drawString(unit, x, baseline);
        g.dispose();
    }
}

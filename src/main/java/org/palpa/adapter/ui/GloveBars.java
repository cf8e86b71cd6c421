package org.palpa.adapter.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Locale;
import javax.swing.JComponent;

/**
 * One vertical bar per finger: the value as the bar's height against the finger's own target band
 * drawn behind it, the bar coloured by the finger's state, and the state's shape and word above it.
 */
final class GloveBars extends JComponent {
    /** Pixels kept free between the labels of neighbouring bars. */
    static final int LABEL_GAP = 6;
    private String[] names = new String[0];
    private double[] values = new double[0];
    private DisplayState[] states = new DisplayState[0];
    private int[] seriesIndex = new int[0];
    private double[] bandMins = new double[0];
    private double[] bandMaxs = new double[0];
    private double top = 1;
    private String unit = "";

    GloveBars() {
        setPreferredSize(new Dimension(460, 420));
    }

    /** Shows one bar per entry against one band; {@code colourIndex} ties each bar to its line in the chart. */
    void show(String[] barNames, double[] barValues, DisplayState[] barStates, int[] colourIndex, double min,
              double max, String unitSymbol) {
        double[] mins = new double[barNames.length];
        double[] maxs = new double[barNames.length];
        java.util.Arrays.fill(mins, min);
        java.util.Arrays.fill(maxs, max);
        show(barNames, barValues, barStates, colourIndex, mins, maxs, unitSymbol);
    }

    /**
     * Shows one bar per entry, each against its own band; a NaN band edge means the finger is not
     * judged and gets no band.
     */
    void show(String[] barNames, double[] barValues, DisplayState[] barStates, int[] colourIndex, double[] mins,
              double[] maxs, String unitSymbol) {
        names = barNames;
        values = barValues;
        states = barStates;
        seriesIndex = colourIndex;
        bandMins = mins;
        bandMaxs = maxs;
        unit = unitSymbol;
        double peak = 1;
        for (int i = 0; i < barValues.length; i++) {
            peak = Math.max(peak, barValues[i] * 1.1);
            if (!Double.isNaN(maxs[i])) {
                peak = Math.max(peak, maxs[i] * 1.4);
            }
        }
        top = peak;
        repaint();
    }

    /** The band edges as shown, lower then upper per bar, for tests. */
    double[][] bands() {
        return new double[][] {bandMins.clone(), bandMaxs.clone()};
    }

    /** The states as shown, for tests. */
    DisplayState[] states() {
        return states.clone();
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int n = names.length;
        if (n == 0) {
            g.dispose();
            return;
        }
        int w = getWidth();
        int h = getHeight();
        int head = 58;
        int foot = 44;
        int plotH = h - head - foot;
        double slot = (double) w / n;
        int barW = (int) Math.max(6, slot * 0.6);
        for (int i = 0; i < n; i++) {
            paintBand(g, i, slot, head, plotH);
        }
        Font small = Fonts.of(Font.PLAIN, n > 8 ? 11f : 15f);
        g.setFont(small);
        for (int i = 0; i < n; i++) {
            int x = (int) (i * slot + (slot - barW) / 2);
            double v = Math.max(0, values[i]);
            int barH = (int) Math.min(plotH, plotH * v / top);
            DisplayState s = states[i];
            g.setColor(s.colour());
            g.fillRect(x, head + plotH - barH, barW, barH);
            g.setColor(ChartView.colour(seriesIndex[i]));
            g.fillRect(x, head + plotH + 2, barW, 5);
            double glyph = Math.min(barW, 26);
            s.paintGlyph(g, x + (barW - glyph) / 2, 4, glyph, s.colour());
            g.setColor(Fonts.text());
            int slotX = (int) (i * slot);
            int room = (int) slot - LABEL_GAP;
            if (n <= 8) {
                FittedLabel word = FittedLabel.fit(g, s.label(), small.getSize2D(), room);
                g.setFont(word.font());
                int baseline = word.lines().size() == 1 ? 48 : 40;
                for (String line : word.lines()) {
                    drawCentred(g, line, slotX, (int) slot, baseline);
                    baseline += g.getFontMetrics().getAscent();
                }
            }
            FittedLabel name = FittedLabel.fit(g, names[i], small.getSize2D(), room);
            g.setFont(name.font());
            drawCentred(g, String.join(" ", name.lines()), slotX, (int) slot, h - 22);
            g.setFont(small);
            drawCentred(g, String.format(Locale.ROOT, "%.1f", values[i]), slotX, (int) slot, h - 6);
        }
        g.setColor(Fonts.dim());
        g.setFont(small);
        g.drawString(unit, 2, head + g.getFontMetrics().getAscent() + 2); // inside the plot, clear of the state words
        g.dispose();
    }

    /** The finger's own band across its slot, so that each bar is read against its own target. */
    private void paintBand(Graphics2D g, int i, double slot, int head, int plotH) {
        if (Double.isNaN(bandMins[i]) || Double.isNaN(bandMaxs[i])) {
            return;
        }
        int x0 = (int) (i * slot + slot * 0.08);
        int x1 = (int) ((i + 1) * slot - slot * 0.08);
        int yMin = head + plotH - (int) (plotH * bandMins[i] / top);
        int yMax = head + plotH - (int) (plotH * bandMaxs[i] / top);
        g.setColor(new Color(30, 158, 74, 50));
        g.fillRect(x0, yMax, x1 - x0, yMin - yMax);
        g.setColor(new Color(30, 158, 74));
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(x0, yMin, x1, yMin);
        g.drawLine(x0, yMax, x1, yMax);
    }

    private static void drawCentred(Graphics2D g, String s, int x, int width, int baseline) {
        int sw = g.getFontMetrics().stringWidth(s);
        g.drawString(s, x + (width - sw) / 2, baseline);
    }
}

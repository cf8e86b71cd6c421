package org.palpa.adapter.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Flags on a chart's time axis: a vertical line with its text at the moment a marker from another
 * instrument arrived. Flags keep the device time they belong to and move with the chart as it
 * scrolls; only the newest {@value #MAX_FLAGS} are kept, older ones have scrolled off long before.
 */
final class ChartFlags {
    static final int MAX_FLAGS = 32;
    private static final Color FLAG = new Color(0xB0008C);
    private static final BasicStroke LINE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private record Flag(long deviceNanos, ValueMarker marker) {
    }

    private final XYPlot plot;
    private final Deque<Flag> flags = new ArrayDeque<>();

    ChartFlags(XYPlot plot) {
        this.plot = plot;
    }

    /** Adds a flag with {@code text} at {@code deviceNanos}; placed on the axis at the next {@link #place}. */
    void add(long deviceNanos, String text) {
        ValueMarker m = new ValueMarker(Double.NaN, FLAG, LINE);
        m.setLabel(text);
        m.setLabelFont(Fonts.of(Font.BOLD, 14f));
        m.setLabelPaint(FLAG);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        flags.addLast(new Flag(deviceNanos, m));
        plot.addDomainMarker(m, Layer.FOREGROUND);
        while (flags.size() > MAX_FLAGS) {
            plot.removeDomainMarker(flags.removeFirst().marker(), Layer.FOREGROUND);
        }
    }

    /** Puts every flag at its time, in seconds from {@code originNanos}, time zero of the chart. */
    void place(long originNanos) {
        for (Flag f : flags) {
            f.marker().setValue((f.deviceNanos() - originNanos) / 1e9);
        }
    }

    /** Removes every flag, such as when another device connects. */
    void clear() {
        for (Flag f : flags) {
            plot.removeDomainMarker(f.marker(), Layer.FOREGROUND);
        }
        flags.clear();
    }

    /** The texts of the flags shown, oldest first. */
    java.util.List<String> texts() {
        return flags.stream().map(f -> f.marker().getLabel()).toList();
    }
}

package org.palpa.adapter.ui;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;

/**
 * A label fitted into a width so that it never runs into its neighbour: its font shrinks step by
 * step down to {@value #SMALLEST} pt, then its words go on two lines, and only a label that still
 * does not fit is cut short with an ellipsis.
 *
 * @param font  the font to draw it in
 * @param lines one or two lines, each no wider than the room it was fitted into
 */
record FittedLabel(Font font, List<String> lines) {
    /** The smallest size a label shrinks to, in points; below this it stops being readable across a room. */
    static final float SMALLEST = 10f;

    FittedLabel {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a label has at least one line");
        }
    }

    /** Fits {@code text} into {@code room} pixels, starting from {@code size} points in {@code g}'s font. */
    static FittedLabel fit(Graphics2D g, String text, float size, int room) {
        Font base = g.getFont();
        for (float s = size; s >= SMALLEST; s -= 1f) {
            Font f = base.deriveFont(s);
            if (width(g, f, text) <= room) {
                return new FittedLabel(f, List.of(text));
            }
        }
        int space = text.indexOf(' ');
        if (space > 0) {
            String first = text.substring(0, space);
            String second = text.substring(space + 1);
            for (float s = size; s >= SMALLEST; s -= 1f) {
                Font f = base.deriveFont(s);
                if (Math.max(width(g, f, first), width(g, f, second)) <= room) {
                    return new FittedLabel(f, List.of(first, second));
                }
            }
        }
        Font f = base.deriveFont(SMALLEST);
        String cut = text;
        while (cut.length() > 1 && width(g, f, cut + "…") > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return new FittedLabel(f, List.of(cut.equals(text) ? text : cut + "…"));
    }

    /** The widest line in pixels, drawn in {@code g}. */
    int width(Graphics2D g) {
        return lines.stream().mapToInt(l -> width(g, font, l)).max().orElse(0);
    }

    private static int width(Graphics2D g, Font f, String s) {
        return g.getFontMetrics(f).stringWidth(s);
    }
}

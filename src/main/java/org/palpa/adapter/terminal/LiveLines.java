package org.palpa.adapter.terminal;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the live feedback to a terminal: the main channel's line first, then the other channels'
 * parts packed onto as few lines as fit the width, never more than the screen has room for.
 * No line is ever as wide as the terminal, because a full-width line makes the terminal wrap, and
 * then a carriage return goes back only to the wrapped half and the screen scrolls.
 */
final class LiveLines {
    /** Lines kept free for the hold messages printed above the live lines. */
    static final int FREE_ROWS = 2;
    /** The most lines the live feedback takes, even on a tall terminal. */
    static final int MAX_LINES = 6;

    private LiveLines() {
    }

    /**
     * The lines to draw for a terminal of {@code columns}×{@code rows}.
     *
     * @param main   the main channel's feedback, most important first
     * @param others one part per other channel, such as {@code index 12.3 IN BAND}
     */
    static List<String> fit(String main, List<String> others, int columns, int rows) {
        int width = Math.max(10, columns - 1);
        int room = Math.max(1, Math.min(MAX_LINES, rows - FREE_ROWS));
        String oneLine = others.isEmpty() ? main : main + " | " + String.join(" | ", others);
        if (oneLine.length() <= width) {
            return List.of(oneLine);
        }
        List<String> lines = new ArrayList<>();
        lines.add(cut(main, width));
        StringBuilder line = new StringBuilder();
        int shown = 0;
        for (String part : others) {
            String piece = line.isEmpty() ? "  " + part : " | " + part;
            if (line.length() + piece.length() > width && !line.isEmpty()) {
                if (lines.size() + 1 >= room) {
                    break;
                }
                lines.add(line.toString());
                line.setLength(0);
                piece = "  " + part;
            }
            line.append(piece);
            shown++;
        }
        if (!line.isEmpty()) {
            if (lines.size() < room) {
                lines.add(cut(line.toString(), width));
            } else {
                shown -= count(line);
            }
        }
        if (shown < others.size()) {
            String more = " +" + (others.size() - shown) + " more";
            int last = lines.size() - 1;
            String l = lines.get(last);
            lines.set(last, l.length() + more.length() <= width ? l + more : cut(l, width - more.length()) + more);
        }
        return lines;
    }

    private static int count(StringBuilder line) {
        return line.toString().split(" \\| ").length;
    }

    /** {@code s} no wider than {@code width}, cut with an ellipsis. */
    static String cut(String s, int width) {
        if (s.length() <= width) {
            return s;
        }
        return width <= 1 ? s.substring(0, Math.max(0, width)) : s.substring(0, width - 1) + "…";
    }
}

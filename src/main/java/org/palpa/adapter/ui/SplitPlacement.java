package org.palpa.adapter.ui;

import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JSplitPane;

/**
 * Places a split pane's divider so that its right side gets its full preferred width and the
 * left side (the chart) takes what is left, on any screen; a divider the user has dragged stays
 * there until the window is resized. Without this a split pane gives the left side its preferred width first, and
 * on a 1280-pixel screen the feedback column's badge, hold bar and hints are cut off.
 */
final class SplitPlacement {
    private SplitPlacement() {
    }

    /** Gives {@code split}'s right component its preferred width each time the split is resized. */
    static void rightAtPreferredWidth(JSplitPane split) {
        split.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                int right = split.getRightComponent().getPreferredSize().width;
                int left = split.getWidth() - right - split.getDividerSize()
                        - split.getInsets().left - split.getInsets().right;
                split.setDividerLocation(Math.max(split.getLeftComponent().getMinimumSize().width, left));
            }
        });
    }
}

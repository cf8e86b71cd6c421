package org.palpa.adapter.ui;

import java.awt.BorderLayout;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;

/**
 * The replay controls: a speed choice (1×, 2×, 10×) and a timeline that follows the playback
 * and, when dragged and released, restarts the playback from that point.
 */
final class ReplayBar extends JPanel {
    private static final double[] SPEEDS = {1, 2, 10};

    final JComboBox<String> speed = new JComboBox<>(new String[] {"1×", "2×", "10×"});
    final JSlider timeline = new JSlider(0, 1, 0);
    final JLabel position = new JLabel("0.0 / 0.0 s");
    private double durationSeconds;
    private double shownSeconds;
    private boolean following;

    /** @param seek called with the second to play from, when the user moves the timeline or the speed */
    ReplayBar(DoubleConsumer seek) {
        super(new BorderLayout(8, 0));
        setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        JPanel left = new JPanel();
        left.add(new JLabel("Replay"));
        left.add(speed);
        add(left, BorderLayout.WEST);
        add(timeline, BorderLayout.CENTER);
        add(position, BorderLayout.EAST);
        speed.setFocusable(false);
        timeline.setFocusable(false);
        timeline.addChangeListener(e -> {
            if (following) {
                return;
            }
            double at = timeline.getValue() / 10.0;
            label(at);
            if (!timeline.getValueIsAdjusting()) {
                seek.accept(at);
            }
        });
        speed.setSelectedIndex(0);
        speed.addActionListener(e -> seek.accept(shownSeconds));
    }

    void setDuration(double seconds) {
        durationSeconds = seconds;
        following = true;
        timeline.setMaximum((int) Math.ceil(seconds * 10));
        following = false;
    }

    /** The chosen playback speed. */
    double speed() {
        return SPEEDS[Math.max(0, speed.getSelectedIndex())];
    }

    /** Moves the timeline to {@code seconds} unless the user is dragging it. */
    void follow(double seconds) {
        shownSeconds = seconds;
        if (!timeline.getValueIsAdjusting()) {
            following = true;
            timeline.setValue((int) Math.round(seconds * 10));
            following = false;
            label(seconds);
        }
    }

    private void label(double seconds) {
        position.setText(String.format(Locale.ROOT, "%.1f / %.1f s", seconds, durationSeconds));
    }
}

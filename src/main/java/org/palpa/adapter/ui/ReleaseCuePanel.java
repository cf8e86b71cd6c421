package org.palpa.adapter.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import org.palpa.app.live.LiveFeed;
import org.palpa.core.hold.MaxHoldCue;
import org.palpa.core.pipeline.ProcessedFrame;

/**
 * The window's RELEASE cue without a plan ({@code gui --max-hold}): a strip beside the live view
 * that turns amber and says RELEASE, with a beep, once a contact on the first channel has lasted
 * the maximum hold.
 */
public final class ReleaseCuePanel extends JPanel {
    private final Supplier<LiveFeed> feeds;
    private final long maxHoldMillis;
    private final JLabel cue = new JLabel("<html><center>max hold<br>off</center></html>", SwingConstants.CENTER);
    private LiveFeed feed;
    private MaxHoldCue tracker;

    public ReleaseCuePanel(Supplier<LiveFeed> feeds, long maxHoldMillis) {
        super(new BorderLayout());
        this.feeds = feeds;
        this.maxHoldMillis = maxHoldMillis;
        setPreferredSize(new Dimension(190, 200));
        setBorder(BorderFactory.createTitledBorder("Max hold " + maxHoldMillis / 1000 + " s"));
        cue.setFont(cue.getFont().deriveFont(Font.BOLD, 30f));
        cue.setOpaque(true);
        add(cue, BorderLayout.CENTER);
        new Timer(50, e -> tick()).start();
    }

    private void tick() {
        LiveFeed f = feeds.get();
        if (f != feed) {
            feed = f;
            tracker = new MaxHoldCue(maxHoldMillis);
        }
        ProcessedFrame p = f == null ? null : f.latest();
        if (p == null) {
            return;
        }
        boolean due = tracker.update(p.timestampNanos(), p.states()[0]);
        if (tracker.firstDue()) {
            java.awt.Toolkit.getDefaultToolkit().beep();
        }
        cue.setText(due ? "RELEASE" : "hold");
        cue.setBackground(due ? new Color(0xe08a00) : getBackground());
        cue.setForeground(due ? Color.WHITE : Color.GRAY);
    }
}

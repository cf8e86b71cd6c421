package org.palpa.adapter.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.display.SampleWindow;
import org.palpa.core.hold.Target;
import org.palpa.core.pipeline.ProcessedFrame;

/**
 * The glove view: a bar per finger with its own target band and state beside a chart of the same
 * fingers, and a check box per channel to choose which are shown. A finger without a target
 * (see {@link org.palpa.core.hold.TargetPlan}) is drawn grey, with no band, as not tracked.
 */
final class GloveView extends JPanel {
    final GloveBars bars = new GloveBars();
    final ChartView chart = new ChartView(16);
    final JPanel picks = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
    final List<JCheckBox> boxes = new ArrayList<>();

    GloveView() {
        super(new BorderLayout());
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, bars, chart);
        split.setResizeWeight(0.35);
        add(picks, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);
        picks.add(new JLabel("Channels:"));
    }

    /** Offers one check box per channel, all ticked. */
    void showChannels(List<String> names) {
        boxes.forEach(picks::remove);
        boxes.clear();
        for (String n : names) {
            JCheckBox b = new JCheckBox(n, true);
            b.setFocusable(false);
            boxes.add(b);
            picks.add(b);
        }
        picks.revalidate();
        picks.repaint();
    }

    /** Redraws the bars and the chart for the ticked channels. */
    void update(SampleWindow window, ProcessedFrame f, SessionSettings settings, double scale, String unit,
                double calibratedMaxNewtons, long originNanos, double spanSeconds) {
        int n = 0;
        for (JCheckBox b : boxes) {
            n += b.isSelected() ? 1 : 0;
        }
        int[] channels = new int[n];
        String[] names = new String[n];
        double[] values = new double[n];
        DisplayState[] states = new DisplayState[n];
        double[] mins = new double[n];
        double[] maxs = new double[n];
        Target chartBand = null;
        int k = 0;
        for (int c = 0; c < boxes.size() && c < f.channelCount(); c++) {
            if (boxes.get(c).isSelected()) {
                channels[k] = c;
                names[k] = boxes.get(c).getText();
                values[k] = f.smoothed()[c] * scale;
                Target own = settings.targets().targetFor(names[k]).orElse(null);
                boolean beyond = f.forceNewtons()[c] > calibratedMaxNewtons;
                states[k] = own == null && !beyond ? DisplayState.NOT_TRACKED : DisplayState.of(f.states()[c], beyond);
                mins[k] = own == null ? Double.NaN : own.min() * scale;
                maxs[k] = own == null ? Double.NaN : own.max() * scale;
                chartBand = chartBand == null ? own : chartBand;
                k++;
            }
        }
        // the chart has room for one band: that of the first ticked finger that is judged
        Target t = chartBand == null ? settings.target() : chartBand;
        bars.show(names, values, states, channels, mins, maxs, unit);
        chart.update(window, channels, names, originNanos, spanSeconds, scale, unit, t.min() * scale,
                t.max() * scale, Long.MIN_VALUE);
    }
}

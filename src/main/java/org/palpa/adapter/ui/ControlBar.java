package org.palpa.adapter.ui;

import java.awt.FlowLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingConstants;
import org.palpa.adapter.ui.sound.Volume;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;
import org.palpa.core.hold.Target;

/**
 * The session controls along the top: device and connection, target, recording, site, chart span
 * and sound. Buttons and lists do not take keyboard focus, so the digit keys and the space bar
 * always reach the pain-score and event shortcuts; only the text fields take typing.
 */
final class ControlBar extends JPanel {
    final JComboBox<String> device;
    final JButton connect = new JButton("Connect");
    final JButton disconnect = new JButton("Disconnect");
    final JTextField centre = new JTextField("40N", 5);
    final JTextField tolerance = new JTextField("10%", 4);
    final JSpinner holdSeconds = new JSpinner(new SpinnerNumberModel(20.0, 1.0, 600.0, 1.0));
    final JButton applyTarget = new JButton("Set target");
    final JButton record = new JButton("● Record");
    final JButton pause = new JButton("❚❚ Pause");
    final JButton stop = new JButton("■ Stop");
    final JComboBox<String> site;
    final JComboBox<Integer> span = new JComboBox<>(new Integer[] {10, 20, 30});
    final JComboBox<Volume> volume = new JComboBox<>(Volume.values());
    final JComboBox<Theme> theme = new JComboBox<>(Theme.values());
    private final JPanel rowOne = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
    private final JPanel rowTwo = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));

    ControlBar(List<String> devices, List<String> sites) {
        theme.setToolTipText("Light, dark or high contrast; remembered for the next time the window opens");
        setLayout(new javax.swing.BoxLayout(this, javax.swing.BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        add(rowOne);
        add(rowTwo);
        device = new JComboBox<>(devices.toArray(new String[0]));
        site = new JComboBox<>(sites.toArray(new String[0]));
        site.setEditable(true);
        site.setPrototypeDisplayValue("upper trapezius, left...");
        // no site until the therapist picks or types one, so that no session records a site nobody chose
        site.setSelectedIndex(-1);
        site.getEditor().setItem("");
        span.setSelectedItem(20);
        volume.setSelectedItem(Volume.MEDIUM);
        group(rowOne, new JLabel("Device"), device, connect, disconnect);
        group(rowOne, new JLabel("Target"), centre, new JLabel("±"), tolerance, new JLabel("hold s"), holdSeconds,
                applyTarget);
        group(rowTwo, record, pause, stop);
        group(rowTwo, new JLabel("Site"), site);
        group(rowTwo, new JLabel("Chart s"), span, new JLabel("Sound"), volume);
        group(rowTwo, new JLabel("Theme"), theme);
        theme.setSelectedItem(Theme.current());
        theme.addActionListener(e -> {
            Theme chosen = (Theme) theme.getSelectedItem();
            if (chosen != null && chosen != Theme.current()) {
                chosen.apply();
                chosen.remember();
            }
        });
        for (JComponent c : new JComponent[] {device, connect, disconnect, applyTarget, record, pause, stop, span,
                volume, theme}) {
            c.setFocusable(false);
        }
        centre.setToolTipText("Centre of the band with its unit: N, kgf, lbf, kPa or kgf/cm2");
        tolerance.setToolTipText("Half-width of the band: a percentage (10%) or a quantity (4N)");
        site.setToolTipText("Body site; type a new one and press Enter to add it to the list");
    }

    private static void group(JPanel row, JComponent... parts) {
        if (row.getComponentCount() > 0) {
            JSeparator s = new JSeparator(SwingConstants.VERTICAL);
            s.setPreferredSize(new java.awt.Dimension(2, 24));
            row.add(s);
        }
        for (JComponent p : parts) {
            row.add(p);
        }
    }

    /** Fills the target fields from {@code t}: its centre, its half-width as a percentage, its duration. */
    void showTarget(org.palpa.core.hold.Target t) {
        double mid = (t.min() + t.max()) / 2;
        centre.setText(trim(mid) + t.unit().symbol());
        tolerance.setText(trim(Math.round((t.max() - mid) / mid * 1000) / 10.0) + "%");
        holdSeconds.setValue(t.holdMillis() / 1000.0);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(Math.round(v * 100) / 100.0);
    }

    /** The typed or chosen site, stripped; empty when none. */
    String siteText() {
        Object s = site.getEditor().getItem();
        return s == null ? "" : s.toString().strip();
    }

    /** Adds {@code text} to the site list if it is new, so it can be picked again. */
    void rememberSite(String text) {
        for (int i = 0; i < site.getItemCount(); i++) {
            if (site.getItemAt(i).equalsIgnoreCase(text)) {
                return;
            }
        }
        site.addItem(text);
    }

    /** The target the fields say, over {@code probeArea}; a field that does not parse is a one-line error. */
    Target chosenTarget(ProbeArea probeArea) {
        Quantity centreValue = Quantity.parse(centre.getText());
        long holdMillis = Math.round(((Number) holdSeconds.getValue()).doubleValue() * 1000);
        return Target.around(centreValue, tolerance.getText(), holdMillis, probeArea);
    }
}

package org.palpa.adapter.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.palpa.core.hold.RateBand;
import org.palpa.core.sample.Unit;

/**
 * The column beside the chart: state badge, the large number with its unit, the hold timer, the
 * ramp-rate readout with its own band, and one line telling the therapist what to do next.
 */
final class FeedbackColumn extends JPanel {
    /** The units the readout can switch between. */
    static final List<Unit> UNITS = List.of(Unit.NEWTON, Unit.KILOGRAM_FORCE, Unit.POUND_FORCE, Unit.KILOPASCAL);

    final StateBadge badge = new StateBadge();
    final Readout readout = new Readout();
    final HoldTimerBar holdBar = new HoldTimerBar();
    final JComboBox<Unit> unit = new JComboBox<>(UNITS.toArray(new Unit[0]));
    final JComboBox<String> channel = new JComboBox<>();
    final JLabel rate = new JLabel("ramp —");
    final JLabel guidance = new JLabel(" ");
    final JLabel lastHold = new JLabel(" ");
    final JLabel lastMark = new JLabel("keys 0–9, t (10): pain score · space: mark an event");

    FeedbackColumn() {
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        unit.setFocusable(false);
        channel.setFocusable(false);
        rate.setFont(rate.getFont().deriveFont(Font.BOLD, 20f));
        guidance.setFont(guidance.getFont().deriveFont(Font.BOLD, 20f));
        lastHold.setFont(lastHold.getFont().deriveFont(16f));
        lastMark.setFont(lastMark.getFont().deriveFont(16f));
        JPanel pickers = new JPanel();
        pickers.setLayout(new BoxLayout(pickers, BoxLayout.X_AXIS));
        pickers.add(new JLabel("channel "));
        pickers.add(channel);
        pickers.add(Box.createHorizontalStrut(12));
        pickers.add(new JLabel("unit "));
        pickers.add(unit);
        for (JComponent c : new JComponent[] {pickers, badge, readout, holdBar, rate, guidance, lastHold, lastMark}) {
            c.setAlignmentX(Component.LEFT_ALIGNMENT);
            if (c instanceof StateBadge || c instanceof HoldTimerBar || c instanceof Readout) {
                c.setMaximumSize(new Dimension(Integer.MAX_VALUE, c.getPreferredSize().height));
            }
            add(c);
            add(Box.createVerticalStrut(10));
        }
        pickers.setMaximumSize(new Dimension(Integer.MAX_VALUE, pickers.getPreferredSize().height));
        add(Box.createVerticalGlue());
    }

    private static String compact(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /**
     * Offers only counts when the session is in counts ({@code --raw}): uncalibrated counts have no
     * conversion to a force, so the readout never labels them N.
     */
    void useSessionUnit(Unit sessionUnit) {
        if (sessionUnit.kind() == Unit.Kind.RAW) {
            unit.setModel(new javax.swing.DefaultComboBoxModel<>(new Unit[] {sessionUnit}));
            unit.setEnabled(false);
        }
    }

    Unit displayUnit() {
        return (Unit) unit.getSelectedItem();
    }

    /** Shows the ramp rate {@code perSecond} (NaN while unknown) against {@code band}, both in {@code unitSymbol}/s. */
    void showRate(double perSecond, RateBand band, String unitSymbol) {
        if (Double.isNaN(perSecond)) {
            rate.setText("ramp —");
            rate.setForeground(Fonts.dim());
            return;
        }
        String value = String.format(Locale.ROOT, "ramp %+.1f %s/s", perSecond, unitSymbol);
        if (band.isAny()) {
            rate.setText(value + "  (no ramp target)");
            rate.setForeground(Fonts.text());
        } else {
            String verdict = perSecond < band.minPerSecond() ? "▲ too slow" : perSecond > band.maxPerSecond()
                    ? "▼ too fast" : "● on pace";
            rate.setText(String.format(Locale.ROOT, "%s  %s %s–%s", value, verdict, compact(band.minPerSecond()),
                    compact(band.maxPerSecond())));
            rate.setForeground(Fonts.onBackground(band.contains(perSecond) ? DisplayState.IN_BAND.colour()
                    : DisplayState.OVER.colour()));
        }
    }
}

package org.palpa.adapter.ui.classroom;

import java.awt.FlowLayout;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import org.palpa.app.classroom.Classroom;
import org.palpa.app.classroom.Station;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.sample.Quantity;

/**
 * The instructor's controls: start and stop every station, and set a target or a feedback schedule
 * for all stations or for one. A new target or schedule ends the running sessions it applies to
 * and starts new ones with it.
 */
final class ClassroomControls extends JPanel {
    static final String ALL = "All stations";

    final JButton startAll = new JButton("Start all");
    final JButton stopAll = new JButton("Stop all");
    final JComboBox<String> which = new JComboBox<>();
    final JTextField centre = new JTextField("40N", 6);
    final JTextField tolerance = new JTextField("10%", 4);
    final JSpinner holdSeconds = new JSpinner(new SpinnerNumberModel(20.0, 1.0, 600.0, 1.0));
    final JButton apply = new JButton("Set target");
    final JComboBox<String> feedback = new JComboBox<>(FeedbackMenu.SCHEDULES);
    final JLabel message = new JLabel(" ");
    private final Classroom classroom;

    ClassroomControls(Classroom classroom) {
        super(new FlowLayout(FlowLayout.LEFT, 8, 4));
        this.classroom = classroom;
        which.addItem(ALL);
        classroom.stations().forEach(s -> which.addItem(s.plan().name()));
        Target first = classroom.stations().get(0).plan().settings().target();
        double mid = (first.min() + first.max()) / 2;
        centre.setText(trim(mid) + first.unit().symbol());
        tolerance.setText(trim(Math.round((first.max() - mid) / mid * 1000) / 10.0) + "%");
        holdSeconds.setValue(first.holdMillis() / 1000.0);
        add(startAll);
        add(stopAll);
        add(new JLabel("   Target for"));
        add(which);
        add(centre);
        add(new JLabel("±"));
        add(tolerance);
        add(new JLabel("hold"));
        add(holdSeconds);
        add(new JLabel("s"));
        add(apply);
        add(new JLabel("  Feedback"));
        feedback.setSelectedItem(classroom.stations().get(0).practice().schedule().text());
        feedback.setToolTipText("The student's feedback schedule for the stations chosen on the left; "
                + "a tile's right-click menu sets one station's.");
        add(feedback);
        add(message);
        feedback.addActionListener(e -> applyFeedback());
        startAll.addActionListener(e -> classroom.startAll());
        stopAll.addActionListener(e -> classroom.stopAll());
        apply.addActionListener(e -> applyTarget());
    }

    private void applyTarget() {
        String chosen = (String) which.getSelectedItem();
        try {
            long holdMillis = Math.round(((Number) holdSeconds.getValue()).doubleValue() * 1000);
            int applied = 0;
            for (Station s : classroom.stations()) {
                if (ALL.equals(chosen) || s.plan().name().equals(chosen)) {
                    SessionSettings old = s.plan().settings();
                    Target t = Target.around(Quantity.parse(centre.getText().strip()), tolerance.getText().strip(),
                            holdMillis, old.probeArea()).withRampRate(old.target().rampRate());
                    s.retarget(new SessionSettings(t, null, old.filter(), old.probeArea(), old.maxStreamSeconds(),
                            old.calibrations(), old.inputCapacity())
                            .withTargets(new TargetPlan(t, java.util.Map.of(), old.targets().tracked())));
                    applied++;
                }
            }
            message.setText("target " + centre.getText().strip() + " ± " + tolerance.getText().strip() + " for "
                    + (ALL.equals(chosen) ? "all " + applied + " stations" : chosen) + "; new sessions started");
        } catch (IllegalArgumentException e) {
            message.setText("Target not changed: " + e.getMessage());
        }
    }

    /** Gives the chosen stations the chosen schedule; each one whose schedule changes starts a new session. */
    private void applyFeedback() {
        String chosen = (String) which.getSelectedItem();
        String schedule = (String) feedback.getSelectedItem();
        int changed = 0;
        for (Station s : classroom.stations()) {
            if ((ALL.equals(chosen) || s.plan().name().equals(chosen)) && !s.practice().schedule().text().equals(schedule)) {
                s.feedback(org.palpa.core.feedback.FeedbackSchedule.parse(schedule));
                changed++;
            }
        }
        message.setText("feedback " + schedule + " for " + (ALL.equals(chosen) ? "all stations" : chosen)
                + (changed == 0 ? " (no change)" : "; " + changed + " new session" + (changed == 1 ? "" : "s") + " started"));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(Math.round(v * 100) / 100.0);
    }

    /** The stations the target field applies to, for tests. */
    List<String> choices() {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < which.getItemCount(); i++) {
            names.add(which.getItemAt(i));
        }
        return names;
    }
}

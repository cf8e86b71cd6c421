package org.palpa.adapter.ui.classroom;

import java.nio.file.Path;
import java.util.function.Function;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.palpa.app.classroom.Classroom;
import org.palpa.app.classroom.Station;
import org.palpa.core.PalpaException;
import org.palpa.core.plan.TreatmentPlan;

/**
 * The instructor's "Plan…" button beside "Set target": it asks for a plan file and gives it to
 * the stations chosen in "Target for". Their running sessions end and new ones start with the
 * plan's first step, as a new target does. A plan that does not pass the check changes nothing and
 * says why on the controls' message line.
 */
final class PlanButton extends JButton {
    private final Classroom classroom;
    private final ClassroomControls controls;
    private final Function<Path, TreatmentPlan> reader;
    private Path folder = Path.of("").toAbsolutePath();

    /** @param reader reads and checks a plan file, throwing an exception whose message names the file and field */
    PlanButton(Classroom classroom, ClassroomControls controls, Function<Path, TreatmentPlan> reader) {
        super("Plan…");
        this.classroom = classroom;
        this.controls = controls;
        this.reader = reader;
        setToolTipText("Give the stations chosen in Target for a treatment plan (palpa.plan/1 file)");
        addActionListener(e -> choose());
    }

    private void choose() {
        JFileChooser chooser = new JFileChooser(folder.toFile());
        chooser.setFileFilter(new FileNameExtensionFilter("Palpa plans (*.json)", "json"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            folder = chooser.getCurrentDirectory().toPath();
            give(chooser.getSelectedFile().toPath());
        }
    }

    /** Gives the plan in {@code file} to the chosen stations; returns how many got it (0 when it is refused). */
    int give(Path file) {
        String chosen = (String) controls.which.getSelectedItem();
        TreatmentPlan plan;
        try {
            plan = reader.apply(file);
        } catch (PalpaException | IllegalArgumentException e) {
            controls.message.setText("Plan not given: " + e.getMessage());
            return 0;
        }
        int given = 0;
        for (Station s : classroom.stations()) {
            if (ClassroomControls.ALL.equals(chosen) || s.plan().name().equals(chosen)) {
                s.follow(plan);
                given++;
            }
        }
        controls.message.setText("plan " + plan.name() + " (" + plan.steps().size() + " steps) for "
                + (ClassroomControls.ALL.equals(chosen) ? "all " + given + " stations" : chosen)
                + "; new sessions started");
        return given;
    }
}

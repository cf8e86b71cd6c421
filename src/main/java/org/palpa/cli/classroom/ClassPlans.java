package org.palpa.cli.classroom;

import java.util.List;
import org.palpa.adapter.json.PlanReader;
import org.palpa.app.classroom.StationEntry;
import org.palpa.core.plan.TreatmentPlan;
import org.palpa.core.sample.InputFormatException;

/**
 * The treatment plans of a class's stations, read and checked as {@code palpa plan check} checks
 * them, before any device opens: a missing or invalid plan is one line naming the station and the
 * file, and the class does not start.
 */
final class ClassPlans {
    private ClassPlans() {
    }

    /** {@code entries} with the class-wide {@code plan} (null for none) given to every station without one of its own. */
    static List<StationEntry> withClassPlan(List<StationEntry> entries, String plan) {
        if (plan == null) {
            return entries;
        }
        // read once here, so that a bad class-wide plan names only its file
        PlanReader.load(plan);
        return entries.stream().map(e -> e.plan() == null ? e.withPlan(plan) : e).toList();
    }

    /** The checked plan of {@code entry}, which names one. */
    static TreatmentPlan load(StationEntry entry) {
        try {
            return PlanReader.load(entry.plan());
        } catch (InputFormatException e) {
            throw new IllegalArgumentException("station " + entry.name() + ": plan " + e.getMessage());
        }
    }
}

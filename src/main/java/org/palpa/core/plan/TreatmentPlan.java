package org.palpa.core.plan;

import java.util.List;

/**
 * A treatment plan: a named sequence of steps, read from a {@code palpa.plan/1} document.
 *
 * @param id          the plan's id: its file name without {@code .json}, such as {@code upper-back}
 * @param name        the plan's name for people
 * @param client      the client the plan is for, or null
 * @param steps       the steps in order; at least one
 * @param contentHash SHA-256 of the document's bytes, in hex, so a record shows exactly which plan ran
 */
public record TreatmentPlan(String id, String name, String client, List<PlanStep> steps, String contentHash) {
    /** The schema this version of Palpa reads. */
    public static final String SCHEMA = "palpa.plan/1";

    public TreatmentPlan {
        if (id == null || id.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a plan needs an id and a name");
        }
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one step");
        }
        if (contentHash == null || !contentHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a plan's content hash must be 64 hex digits");
        }
        steps = List.copyOf(steps);
        client = client == null || client.isBlank() ? null : client.strip();
    }

    /** The total time the holds and rests of the plan ask for, in milliseconds, without ramps. */
    public long nominalMillis() {
        return steps.stream().mapToLong(s -> s.reps() * (s.holdMillis() + s.restMillis())).sum();
    }
}

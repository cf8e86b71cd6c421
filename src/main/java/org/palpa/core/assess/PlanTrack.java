package org.palpa.core.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.palpa.core.plan.PlanEvents;
import org.palpa.core.record.RecordedEvent;

/**
 * The treatment plan a recording followed, as its step events tell it: the plan's identity (its
 * id and content hash) and the time span of every step, so that each hold can be placed in the
 * step it was done in.
 *
 * @param plan  the plan as {@code id sha256=…}, so that two recordings of one plan compare equal
 * @param steps each step's span, in order; a redone step appears again
 */
public record PlanTrack(String plan, List<StepSpan> steps) {

    public PlanTrack {
        if (plan == null || plan.isBlank()) {
            throw new IllegalArgumentException("a plan track needs the plan it followed");
        }
        steps = List.copyOf(steps);
    }

    /**
     * One step's time on the hold tracker's axis.
     *
     * @param step       the step's number in the plan, from 1
     * @param startNanos when the step started
     * @param endNanos   when it ended, or {@link Long#MAX_VALUE} if the recording stopped inside it
     */
    public record StepSpan(int step, long startNanos, long endNanos) {
        public StepSpan {
            if (step < 1 || endNanos < startNanos) {
                throw new IllegalArgumentException("a step span needs a step from 1 and an end after its start");
            }
        }
    }

    /**
     * The plan and steps among a recording's events, or null when it followed no plan.
     *
     * @param toTrackerAxis moves an event's device-clock time onto the hold tracker's (smoothed) axis
     */
    public static PlanTrack of(List<RecordedEvent> events, LongUnaryOperator toTrackerAxis) {
        String plan = PlanEvents.planOf(events).map(PlanTrack::identity).orElse(null);
        if (plan == null) {
            return null;
        }
        List<StepSpan> spans = new ArrayList<>();
        Integer open = null;
        long openedAt = 0;
        for (RecordedEvent e : events) {
            if (e.kind() == RecordedEvent.Kind.STEP_STARTED) {
                if (open != null) {
                    spans.add(new StepSpan(open, openedAt, toTrackerAxis.applyAsLong(e.timestampNanos())));
                }
                open = PlanEvents.field(e.detail(), "step").map(Integer::parseInt).orElse(null);
                openedAt = toTrackerAxis.applyAsLong(e.timestampNanos());
            } else if (e.kind() == RecordedEvent.Kind.STEP_ENDED && open != null) {
                spans.add(new StepSpan(open, openedAt, Math.max(openedAt, toTrackerAxis.applyAsLong(e.timestampNanos()))));
                open = null;
            }
        }
        if (open != null) {
            spans.add(new StepSpan(open, openedAt, Long.MAX_VALUE));
        }
        return new PlanTrack(plan, spans);
    }

    /** The step during which a hold's contact began, or 0 when it began outside every step. */
    public int stepOf(long contactStartNanos) {
        for (StepSpan s : steps) {
            if (contactStartNanos >= s.startNanos() && contactStartNanos < s.endNanos()) {
                return s.step();
            }
        }
        return 0;
    }

    /** {@code id sha256=…} of a {@code PLAN_STARTED} detail: what makes two plans the same plan. */
    private static String identity(String detail) {
        String id = PlanEvents.field(detail, "plan").orElse("?");
        return id + " sha256=" + PlanEvents.field(detail, "sha256").orElse("?");
    }

    /** The plan's id alone, for people. */
    public String id() {
        return plan.substring(0, plan.indexOf(' '));
    }
}

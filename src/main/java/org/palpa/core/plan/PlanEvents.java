package org.palpa.core.plan;

import java.util.List;
import java.util.Optional;
import org.palpa.core.bodymap.BodyZone;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.RecordedEvent.Kind;

/**
 * How a plan's outputs are kept in a session's record, and read back: every output becomes one
 * event, so the plan's id and hash, each step's start and end, the cues, ceilings and referrals
 * are all covered by the session's integrity chain.
 */
public final class PlanEvents {
    private PlanEvents() {
    }

    /** The recorded event of an output. */
    public static RecordedEvent recorded(PlanOutput o) {
        long t = o.timestampNanos();
        return switch (o) {
            case PlanOutput.PlanStarted p -> new RecordedEvent(t, Kind.PLAN_STARTED, null, "plan=" + p.plan().id()
                    + " sha256=" + p.plan().contentHash() + " steps=" + p.plan().steps().size() + " name=" + p.plan().name());
            case PlanOutput.StepStarted s -> new RecordedEvent(t, Kind.STEP_STARTED, null, "step=" + s.stepNumber()
                    + " site=" + s.step().site().key() + " side=" + s.step().side().key() + " band=" + s.band()
                    + " reps=" + s.step().reps() + " hold=" + s.step().holdMillis() + "ms"
                    + (s.step().channel() == null ? "" : " channel=" + s.step().channel()));
            case PlanOutput.StepEnded e -> new RecordedEvent(t, Kind.STEP_ENDED, null, e.summary().format());
            case PlanOutput.Cued c -> new RecordedEvent(t, Kind.PLAN_CUE,
                    null, "step=" + c.stepNumber() + " cue=" + c.cue().name());
            case PlanOutput.PainMarked p -> RecordedEvent.pain(t, p.score(), "step " + p.stepNumber()
                    + (p.source().isEmpty() ? "" : ", " + p.source()));
            case PlanOutput.CeilingReached c -> new RecordedEvent(t, Kind.PAIN_CEILING, (double) c.score(),
                    "step=" + c.stepNumber() + " ceiling=" + c.ceiling() + " lowered=" + c.loweredBand());
            case PlanOutput.Referred r -> new RecordedEvent(t, Kind.REFERRAL, null, "step=" + r.stepNumber()
                    + " zones=" + String.join(",", r.zones().stream().map(BodyZone::key).toList()));
            case PlanOutput.PlanFinished f -> new RecordedEvent(t, Kind.PLAN_FINISHED, null, "");
        };
    }

    /** The step summaries among a session's events, in order. */
    public static List<StepSummary> summaries(List<RecordedEvent> events) {
        return events.stream().filter(e -> e.kind() == Kind.STEP_ENDED).map(e -> StepSummary.parse(e.detail())).toList();
    }

    /** The plan a session ran, as {@code id sha256=…}, or empty. */
    public static Optional<String> planOf(List<RecordedEvent> events) {
        return events.stream().filter(e -> e.kind() == Kind.PLAN_STARTED).map(RecordedEvent::detail).findFirst();
    }

    /**
     * A target a session's holds were judged against from {@code timestampNanos} on: a step's
     * band and hold from its start, or the band a pain ceiling lowered it to.
     */
    public record StepTarget(long timestampNanos, org.palpa.core.hold.Target target) {
    }

    /**
     * The targets a plan session's holds were judged against, in order, from its step starts and
     * pain ceilings, in {@code unit}; empty for a session without a plan. Events whose fields
     * cannot be read are left out.
     */
    public static List<StepTarget> judging(List<RecordedEvent> events, org.palpa.core.sample.Unit unit,
                                           org.palpa.core.sample.ProbeArea area) {
        List<StepTarget> out = new java.util.ArrayList<>();
        long hold = 0;
        for (RecordedEvent e : events) {
            String d = e.detail() == null ? "" : e.detail();
            Optional<String> band = e.kind() == Kind.STEP_STARTED ? field(d, "band")
                    : e.kind() == Kind.PAIN_CEILING ? field(d, "lowered") : Optional.empty();
            if (e.kind() == Kind.STEP_STARTED) {
                hold = holdMillis(d);
            }
            if (band.isEmpty() || hold <= 0) {
                continue;
            }
            try {
                PlanBand b = PlanBand.parse(band.get()).in(unit, area);
                out.add(new StepTarget(e.timestampNanos(), new org.palpa.core.hold.Target(b.min(), b.max(), unit, hold, null)));
            } catch (IllegalArgumentException unreadable) {
                // a band from a newer or damaged record: judged by the previous target
            }
        }
        return out;
    }

    /** The {@code hold=…ms} of a step's start event, or 0 when it is missing or cannot be read. */
    public static long holdMillis(String detail) {
        try {
            return field(detail, "hold").map(h -> Long.parseLong(h.replace("ms", ""))).orElse(0L);
        } catch (NumberFormatException unreadable) {
            return 0;
        }
    }

    /** A field of a {@code key=value} detail, or empty. */
    public static Optional<String> field(String detail, String key) {
        for (String part : detail.split("\\s+")) {
            if (part.startsWith(key + "=")) {
                return Optional.of(part.substring(key.length() + 1));
            }
        }
        return Optional.empty();
    }
}

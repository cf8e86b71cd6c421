package org.palpa.adapter.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.palpa.core.bodymap.BodyZone;
import org.palpa.core.plan.PlanEvents;
import org.palpa.core.plan.StepSummary;
import org.palpa.core.plan.TreatedPoint;
import org.palpa.core.record.RecordedEvent;

/** The report's treatment-plan pages: which plan ran, the plan-adherence table and the body chart. */
final class PlanReportSection {
    private static final float[] COLUMNS = {0, 22, 150, 185, 210, 250, 290, 335, 365, 425};

    private PlanReportSection() {
    }

    /** Writes the section if the session ran a plan; a session without one gets nothing. */
    static void write(PageWriter w, List<RecordedEvent> events, String unit) throws IOException {
        var plan = PlanEvents.planOf(events);
        if (plan.isEmpty()) {
            return;
        }
        List<StepSummary> steps = PlanEvents.summaries(events);
        w.heading("Treatment plan");
        w.field("Plan", PlanEvents.field(plan.get(), "plan").orElse("?") + " - "
                + plan.get().replaceFirst(".*name=", ""));
        w.field("Plan SHA-256", PlanEvents.field(plan.get(), "sha256").orElse("?"));
        w.heading("Plan adherence");
        w.row(COLUMNS, new String[] {"step", "site", "reps", "met", "mean " + unit, "peak " + unit, "in band s", "pain",
            "band", "notes"}, true);
        int skipped = 0;
        for (StepSummary s : steps) {
            skipped += s.skipped() ? 1 : 0;
            String notes = (s.skipped() ? "skipped " : "") + (s.lowered() ? "lowered x" + s.ceilings() : "");
            w.row(COLUMNS, new String[] {Integer.toString(s.stepNumber()), s.site().label() + " " + s.side().key(),
                s.repsDone() + "/" + s.repsPlanned(), Integer.toString(s.holdsMet()), f(s.meanForce()), f(s.peakForce()),
                String.format(Locale.ROOT, "%.1f", s.timeInBandSeconds()),
                s.highestPain() < 0 ? "-" : s.highestPain() + "/10", s.finalBand().toString(), notes.strip()}, false);
        }
        w.line(String.format(Locale.ROOT, "%d of %d steps done, %d skipped.", steps.size() - skipped, steps.size(), skipped));
        List<RecordedEvent> ceilings = events.stream().filter(e -> e.kind() == RecordedEvent.Kind.PAIN_CEILING).toList();
        for (RecordedEvent c : ceilings) {
            w.line(String.format(Locale.ROOT, "Pain ceiling at step %s: pain %.0f/10 reached the ceiling %s; EASE OFF was cued "
                            + "and the next repetition's band lowered to %s.", PlanEvents.field(c.detail(), "step").orElse("?"),
                    c.value(), PlanEvents.field(c.detail(), "ceiling").orElse("?"),
                    PlanEvents.field(c.detail(), "lowered").orElse("?")));
        }
        for (StepSummary s : steps) {
            if (!s.referral().isEmpty()) {
                w.line("Referral from " + s.site().label() + " (" + s.side().key() + "): " + String.join(", ",
                        s.referral().stream().map(BodyZone::description).toList()));
            }
        }
        w.heading("Body chart");
        w.image(BodyChart.render(TreatedPoint.of(steps), "Treated points: dose and highest pain", 1400, 1300), w.width());
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }
}

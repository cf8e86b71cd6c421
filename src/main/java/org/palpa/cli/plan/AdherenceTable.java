package org.palpa.cli.plan;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.palpa.core.plan.StepSummary;

/** Prints the plan-adherence table: a row per step, from the steps' recorded summaries. */
public final class AdherenceTable {
    private AdherenceTable() {
    }

    /** Prints the table, with {@code unit} the symbol of the forces. */
    public static void print(PrintStream out, List<StepSummary> steps, String unit) {
        if (steps.isEmpty()) {
            return;
        }
        out.println("Plan adherence:");
        out.printf(Locale.ROOT, "  %-4s %-32s %-6s %-5s %8s %8s %8s %6s %-12s %s%n", "step", "site", "reps", "met",
                "mean " + unit, "peak " + unit, "in band", "pain", "band", "notes");
        int skipped = 0;
        for (StepSummary s : steps) {
            String notes = (s.skipped() ? "SKIPPED " : "") + (s.lowered() ? "band lowered after " + s.ceilings()
                    + " ceiling" + (s.ceilings() == 1 ? "" : "s") + " " : "")
                    + (s.referral().isEmpty() ? "" : "referred: " + String.join(",", s.referral().stream()
                    .map(z -> z.key()).toList()));
            skipped += s.skipped() ? 1 : 0;
            out.printf(Locale.ROOT, "  %-4d %-32s %-6s %-5d %8s %8s %7.1fs %6s %-12s %s%n", s.stepNumber(),
                    s.site().label() + " (" + s.side().key() + ")", s.repsDone() + "/" + s.repsPlanned(), s.holdsMet(),
                    num(s.meanForce()), num(s.peakForce()), s.timeInBandSeconds(),
                    s.highestPain() < 0 ? "-" : s.highestPain() + "/10", s.finalBand(), notes.strip());
        }
        out.printf(Locale.ROOT, "  %d of %d steps done, %d skipped.%n", steps.size() - skipped, steps.size(), skipped);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }
}

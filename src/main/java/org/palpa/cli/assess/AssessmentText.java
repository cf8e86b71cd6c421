package org.palpa.cli.assess;

import java.io.PrintStream;
import java.util.Locale;
import org.palpa.app.assess.AssessedRecording;
import org.palpa.core.assess.Assessment;
import org.palpa.core.assess.Errors;
import org.palpa.core.assess.HoldScore;
import org.palpa.core.assess.ReferenceComparison;
import org.palpa.core.assess.SubScore;

/** The text form of a technique score, for the terminal. */
final class AssessmentText {
    private AssessmentText() {
    }

    static void print(PrintStream out, AssessedRecording r, ReferenceComparison ref, String refName) {
        Assessment a = r.assessment();
        String unit = r.captured().targetOf(0).unit().symbol();
        out.printf(Locale.ROOT, "Assessment of %s%s against %s%n", r.name(),
                r.trainee() == null ? "" : " (student " + r.trainee().studentCode()
                        + (r.trainee().className() == null ? "" : ", class " + r.trainee().className()) + ")",
                r.captured().stepTargets().isEmpty() ? r.captured().targetOf(0)
                        : "the band of each step of plan " + r.captured().plan().id());
        out.printf(Locale.ROOT, "%3s %-7s %7s %5s %6s %6s %6s %6s %6s %6s %6s %6s %-9s%n", "#", "channel", "total", "band~",
                "inBand", "dur", "ramp", "steady", "over", "release", "pain", "fb", "outcome");
        for (HoldScore h : a.holds()) {
            out.printf(Locale.ROOT, "%3d %-7s %7.1f %5.1f %6s %6s %6s %6s %6s %6s %6s %6s %-9s%n", h.hold().index(),
                    r.captured().device().channels().get(h.hold().channel()).label(), h.total(), h.bandCredit(),
                    cell(h, SubScore.TIME_IN_BAND), cell(h, SubScore.DURATION), cell(h, SubScore.RAMP_RATE),
                    cell(h, SubScore.STEADINESS), cell(h, SubScore.OVERSHOOT), cell(h, SubScore.RELEASE),
                    cell(h, SubScore.PAIN_CEILING), h.feedbackShown() == null ? "-" : h.feedbackShown() ? "shown" : "hidden",
                    h.hold().outcome().name());
        }
        StringBuilder sub = new StringBuilder();
        a.subscores().forEach((k, v) -> sub.append(String.format(Locale.ROOT, " %s %.1f", k.key(), v)));
        out.printf(Locale.ROOT, "Sub-scores:%s%n", sub.isEmpty() ? " none (no holds)" : sub);
        out.printf(Locale.ROOT, "Total %.1f of 100: %s (pass mark %.0f)%n", a.total(), a.passed() ? "PASSED" : "NOT PASSED",
                a.passMark());
        if (a.holdsWithFeedback(false) > 0) {
            out.printf(Locale.ROOT, "With feedback: %d holds, total %s; without: %d holds, total %s%n",
                    a.holdsWithFeedback(true), fmt(a.totalWithFeedback(true)), a.holdsWithFeedback(false),
                    fmt(a.totalWithFeedback(false)));
        }
        if (ref != null) {
            org.palpa.core.assess.HoldPairing pairing = ref.pairing();
            out.printf(Locale.ROOT, "Against %s: %d hold%s paired %s (%d of the student's and %d of the instructor's unpaired)%n",
                    refName, ref.pairs().size(), ref.pairs().size() == 1 ? "" : "s",
                    pairing.matching() == org.palpa.core.assess.HoldPairing.Matching.PLAN_STEP ? "by plan step" : "in order",
                    ref.unmatchedStudent(), ref.unmatchedReference());
            if (pairing.note() != null) {
                out.println("  " + pairing.note());
            }
            if (!pairing.stepsOnlyStudent().isEmpty() || !pairing.stepsOnlyReference().isEmpty()) {
                out.printf(Locale.ROOT, "  steps held only by the student: %s; only by the instructor: %s%n",
                        steps(pairing.stepsOnlyStudent()), steps(pairing.stepsOnlyReference()));
            }
            out.printf(Locale.ROOT, "  %-15s %12s %12s %14s%n", "", "force " + unit, "duration s", "ramp " + unit + "/s");
            row(out, "constant error", ref.overall().constantError(), "%+.2f");
            row(out, "absolute error", ref.overall().absoluteError(), "%.2f");
            row(out, "variable error", ref.overall().variableError(), "%.2f");
            if (ref.meanShapeDistance() != null) {
                out.printf(Locale.ROOT, "  curve shape after time alignment (DTW): mean difference %.2f %s%n",
                        ref.meanShapeDistance(), unit);
            }
        }
    }

    private static String steps(java.util.List<Integer> steps) {
        return steps.isEmpty() ? "none" : String.join(", ", steps.stream().map(String::valueOf).toList());
    }

    private static void row(PrintStream out, String name, Errors e, String format) {
        out.printf(Locale.ROOT, "  %-15s %12s %12s %14s%n", name, num(e.force(), format), num(e.duration(), format),
                num(e.rampRate(), format));
    }

    private static String num(Double v, String format) {
        return v == null ? "-" : String.format(Locale.ROOT, format, v);
    }

    private static String fmt(java.util.OptionalDouble d) {
        return d.isPresent() ? String.format(Locale.ROOT, "%.1f", d.getAsDouble()) : "-";
    }

    private static String cell(HoldScore h, SubScore s) {
        Double v = h.subscores().get(s);
        return v == null ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }
}

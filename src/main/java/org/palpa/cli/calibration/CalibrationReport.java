package org.palpa.cli.calibration;

import java.io.PrintStream;
import java.util.Locale;
import org.palpa.core.calibration.CalibrationCheck;
import org.palpa.core.calibration.CalibrationPoint;
import org.palpa.core.calibration.CalibrationProfile;
import org.palpa.core.calibration.ModelSelection;

/** Prints what a calibration found: every model tried, the one chosen and why, the residuals, and the spread. */
public final class CalibrationReport {
    private CalibrationReport() {
    }

    /** The table of candidate models. */
    static void models(PrintStream out, ModelSelection.Result selection) {
        out.println();
        out.println("Models tried (held-out = leave-one-load-out cross-validation):");
        out.printf(Locale.ROOT, "  %-13s %10s %12s %8s %14s %14s%n", "model", "R²", "max err N", "% FS",
                "held-out RMS N", "held-out max N");
        for (ModelSelection.Candidate c : selection.candidates()) {
            String mark = c == selection.chosen() ? "* " : "  ";
            if (c.usable()) {
                var q = c.quality();
                out.printf(Locale.ROOT, "%s%-13s %10.6f %12.3f %8.2f %14.3f %14.3f%n", mark, c.type().id(), q.rSquared(),
                        q.maxAbsErrorNewtons(), q.percentFullScale(), q.heldOutRmsNewtons(), q.heldOutMaxNewtons());
            } else {
                out.printf(Locale.ROOT, "  %-13s refused: %s%n", c.type().id(), c.refusal());
            }
        }
        out.println(selection.chosen() == null ? "No model chosen: " + selection.reason()
                : "Chosen: " + selection.reason() + ".");
    }

    /** The residual of every point under the chosen curve, and the hysteresis and repeatability. */
    static void profile(PrintStream out, CalibrationProfile p) {
        out.println();
        out.printf(Locale.ROOT, "Residuals of %s %s (tare %.1f counts):%n", p.curve().type().id(),
                java.util.Arrays.toString(p.curve().coefficients()), p.tareCounts());
        out.printf(Locale.ROOT, "  %-9s %12s %12s %12s %10s%n", "direction", "reference N", "net counts", "fitted N",
                "residual N");
        for (CalibrationPoint pt : p.points()) {
            double fitted = p.curve().newtons(pt.counts());
            out.printf(Locale.ROOT, "  %-9s %12.3f %12.1f %12.3f %+10.3f%n", pt.direction().name().toLowerCase(Locale.ROOT),
                    pt.newtons(), pt.counts(), fitted, fitted - pt.newtons());
        }
        out.printf(Locale.ROOT, "Range: %.1f..%.1f net counts = %.2f..%.2f N; full scale %.2f N.%n",
                p.range().minCounts(), p.range().maxCounts(), p.range().minNewtons(), p.range().maxNewtons(),
                p.range().fullScaleNewtons());
        out.printf(Locale.ROOT, "Quality: held-out max error %.3f N (%.2f%% of full scale), held-out RMS %.3f N "
                        + "(each load left out in turn, as the model was chosen); in-sample R² %.6f, max error %.3f N.%s%n",
                p.quality().heldOutMaxNewtons(), p.heldOutPercentFullScale(), p.quality().heldOutRmsNewtons(),
                p.quality().rSquared(), p.quality().maxAbsErrorNewtons(),
                p.poor() ? String.format(Locale.ROOT, " POOR: above %.0f%% of full scale.",
                        CalibrationProfile.POOR_PERCENT_FULL_SCALE) : "");
        out.println("Hysteresis: " + spread(p.spread().hysteresisNewtons(), p.spread().hysteresisPercent(),
                "no unloading points") + "; repeatability: " + spread(p.spread().repeatabilityNewtons(),
                p.spread().repeatabilityPercent(), "no repeated points") + ".");
    }

    private static String spread(double newtons, double percent, String none) {
        return Double.isNaN(newtons) ? none : String.format(Locale.ROOT, "%.3f N (%.2f%% of full scale)", newtons, percent);
    }

    /** The result of a check, one line per weight and a verdict. */
    static void check(PrintStream out, CalibrationCheck check) {
        out.printf(Locale.ROOT, "  %12s %12s %12s  %s%n", "reference N", "measured N", "error % FS", "");
        for (CalibrationCheck.Point p : check.points()) {
            out.printf(Locale.ROOT, "  %12.3f %12.3f %+12.2f  %s%n", p.referenceNewtons(), p.measuredNewtons(),
                    p.errorPercentFullScale(), p.status().label());
        }
        out.printf(Locale.ROOT, "Check %s: tolerance ±%.2f%% of full scale.%n", check.passed() ? "PASSED" : "FAILED",
                check.tolerancePercentFullScale());
    }
}

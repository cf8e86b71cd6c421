package org.palpa.cli.ppt;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.palpa.adapter.sim.SimulatedPptTransport;
import org.palpa.core.ppt.PptResult;
import org.palpa.core.ppt.SemSource;
import org.palpa.core.ppt.TrialOutcome;

/** The end of {@code palpa ppt} in words: the trials, the result and what change would be real. */
final class PptReportText {
    private PptReportText() {
    }

    static void print(PrintStream out, PptResult result, SemSource sem) {
        out.println("Trials:");
        for (TrialOutcome t : result.trials()) {
            out.println("  " + org.palpa.core.ppt.TrialWords.describe(t));
        }
        out.println("Result " + result.text());
        out.printf(Locale.ROOT, "A change at this site is real beyond MDC95 %.1f kPa (SEM %.1f kPa). Source: %s%n",
                sem.mdc95Kpa(), sem.semKpa(), sem.citation());
    }

    /** What the simulation really did, to judge the protocol by. */
    static void simulation(PrintStream out, List<SimulatedPptTransport.Truth> truths) {
        for (SimulatedPptTransport.Truth t : truths) {
            out.printf(Locale.ROOT, "simulated trial %d: true threshold %.1f kPa, reaction %.0f ms, therapist aimed at %.1f kPa/s%n",
                    t.trial(), t.trueThresholdKpa(), t.reactionMillis(), t.intendedRateKpaPerSecond());
        }
    }
}

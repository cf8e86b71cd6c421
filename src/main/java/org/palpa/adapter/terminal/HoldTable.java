package org.palpa.adapter.terminal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;

/** Prints finished holds as a plain-text table, times relative to the session's first frame. */
public final class HoldTable {
    private HoldTable() {
    }

    /** Prints the holds of a session that judged every channel against one target. */
    public static void print(PrintStream out, DeviceInfo device, List<HoldResult> holds, long originNanos) {
        print(out, device, holds, originNanos, null);
    }

    /**
     * Prints the holds; when {@code plan} gives channels their own targets, a column shows the band
     * each hold was judged against, and a line names the channels that were only displayed.
     */
    public static void print(PrintStream out, DeviceInfo device, List<HoldResult> holds, long originNanos,
                             TargetPlan plan) {
        boolean perChannel = plan != null && !plan.isUniform();
        if (perChannel) {
            List<String> shown = device.channels().stream().map(Channel::label)
                    .filter(l -> plan.targetFor(l).isEmpty()).toList();
            if (!shown.isEmpty()) {
                out.println("Not tracked (shown only): " + String.join(", ", shown) + ".");
            }
        }
        if (holds.isEmpty()) {
            out.println("No holds.");
            return;
        }
        String unit = holds.get(0).unit().symbol();
        out.printf(Locale.ROOT, "%3s  %-8s " + (perChannel ? "%-15s " : "%s") + "%8s %8s %8s %8s %8s %8s %6s %9s  %s%n",
                "#", "channel", perChannel ? "target" : "", "start s",
                "end s", "dur s", "inband s", "mean", "peak", "CV %", unit + "/s", "outcome");
        for (HoldResult h : holds) {
            String label = device.channels().get(h.channel()).label();
            out.printf(Locale.ROOT, "%3d  %-8s " + (perChannel ? "%-15s " : "%s")
                            + "%8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %6.1f %9.2f  %s%n", h.index(),
                    label, perChannel ? plan.targetFor(label).map(HoldTable::band).orElse("-") : "",
                    (h.holdStartNanos() - originNanos) / 1e9,
                    (h.holdEndNanos() - originNanos) / 1e9, h.durationSeconds(), h.timeInBandSeconds(), h.mean(),
                    h.peak(), 100 * h.coefficientOfVariation(), h.rampRatePerSecond(), outcomeText(h));
        }
        out.printf(Locale.ROOT, "%s; mean and peak in %s.%n", org.palpa.core.hold.HoldTally.of(holds).describe(), unit);
    }

    private static String band(Target t) {
        return String.format(Locale.ROOT, "%.2f..%.2f", t.min(), t.max());
    }

    private static String outcomeText(HoldResult h) {
        String s = h.outcome().name().replace('_', ' ');
        return h.rampRateInBand() ? s : s + " (ramp rate off target)";
    }
}

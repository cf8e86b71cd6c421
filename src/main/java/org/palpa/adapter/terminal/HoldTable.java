package org.palpa.adapter.terminal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.sample.DeviceInfo;

/** Prints finished holds as a plain-text table, times relative to the session's first frame. */
public final class HoldTable {
    private HoldTable() {
    }

    public static void print(PrintStream out, DeviceInfo device, List<HoldResult> holds, long originNanos) {
        if (holds.isEmpty()) {
            out.println("No holds.");
            return;
        }
        String unit = holds.get(0).unit().symbol();
        out.printf(Locale.ROOT, "%3s  %-8s %8s %8s %8s %8s %8s %8s %6s %9s  %s%n", "#", "channel", "start s",
                "end s", "dur s", "inband s", "mean", "peak", "CV %", unit + "/s", "outcome");
        for (HoldResult h : holds) {
            out.printf(Locale.ROOT, "%3d  %-8s %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %6.1f %9.2f  %s%n", h.index(),
                    device.channels().get(h.channel()).label(), (h.holdStartNanos() - originNanos) / 1e9,
                    (h.holdEndNanos() - originNanos) / 1e9, h.durationSeconds(), h.timeInBandSeconds(), h.mean(),
                    h.peak(), 100 * h.coefficientOfVariation(), h.rampRatePerSecond(), outcomeText(h));
        }
        long met = holds.stream().filter(h -> h.outcome() == HoldOutcome.MET).count();
        out.printf(Locale.ROOT, "%d of %d holds met the target (%.0f%%); mean and peak in %s.%n", met, holds.size(),
                100.0 * met / holds.size(), unit);
    }

    private static String outcomeText(HoldResult h) {
        String s = h.outcome().name().replace('_', ' ');
        return h.rampRateInBand() ? s : s + " (ramp rate off target)";
    }
}

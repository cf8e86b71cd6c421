package org.palpa.adapter.terminal;

import java.io.PrintStream;
import java.util.Locale;
import org.palpa.app.ppt.PptListener;
import org.palpa.app.ppt.PptStatus;
import org.palpa.core.ppt.PptResult;
import org.palpa.core.ppt.TrialOutcome;

/**
 * The protocol in a terminal: one line rewritten in place with the trial counter, the pressure,
 * the live rate meter against its band, and the rest timer; a line per finished trial.
 */
public final class PptTerminal implements PptListener {
    private static final int METER = 21;
    private final PrintStream out;
    private final boolean inPlace;
    private long lastPlainNanos = Long.MIN_VALUE;
    private String lastPhase = "";

    /** @param inPlace rewrite one line (a terminal) rather than print a line a second (a log) */
    public PptTerminal(PrintStream out, boolean inPlace) {
        this.out = out;
        this.inPlace = inPlace;
    }

    /** The rate meter: {@code [----|===#===|----]} with {@code #} at the live rate; the bars mark the band. */
    public static String meter(PptStatus s) {
        double lo = s.band().minPerSecond();
        double hi = s.band().maxPerSecond();
        double span = (hi - lo) * 2;
        double from = lo - (hi - lo) / 2;
        StringBuilder b = new StringBuilder("[");
        int at = Double.isNaN(s.rateKpaPerSecond()) || s.phase() != org.palpa.core.ppt.PptSession.Phase.RAMPING ? -1
                : (int) Math.max(0, Math.min(METER - 1, Math.round((s.rateKpaPerSecond() - from) / span * (METER - 1))));
        for (int i = 0; i < METER; i++) {
            double v = from + span * i / (METER - 1);
            char c = i == at ? '#' : (v >= lo && v <= hi ? '=' : '-');
            b.append(c);
        }
        return b.append(']').toString();
    }

    /** The status line without the carriage return. */
    public static String line(PptStatus s) {
        boolean ramping = s.phase() == org.palpa.core.ppt.PptSession.Phase.RAMPING;
        String rate = !ramping || Double.isNaN(s.rateKpaPerSecond()) ? "   --"
                : String.format(Locale.ROOT, "%5.1f", s.rateKpaPerSecond());
        String head = String.format(Locale.ROOT, "%s  %6.1f kPa  rate %s kPa/s %s %s", s.counter(),
                Double.isNaN(s.pressureKpa()) ? 0 : s.pressureKpa(), rate, meter(s),
                s.phase() == org.palpa.core.ppt.PptSession.Phase.RAMPING ? (s.rateInBand() ? "IN BAND" : "OFF BAND") : "");
        String tail = switch (s.phase()) {
            case RESTING -> String.format(Locale.ROOT, "  REST %d s", (s.restRemainingMillis() + 999) / 1000);
            default -> "  " + s.instruction().toUpperCase(Locale.ROOT);
        };
        return head + tail;
    }

    @Override
    public void status(PptStatus s) {
        if (inPlace) {
            out.print("\r" + String.format(Locale.ROOT, "%-125s", line(s)));
            out.flush();
            return;
        }
        long now = System.nanoTime();
        if (!s.phase().name().equals(lastPhase) || now - lastPlainNanos >= 1_000_000_000L) {
            lastPhase = s.phase().name();
            lastPlainNanos = now;
            out.println(line(s));
        }
    }

    @Override
    public void trial(TrialOutcome o) {
        out.println((inPlace ? "\r" : "") + String.format(Locale.ROOT, "%-125s", org.palpa.core.ppt.TrialWords.describe(o)));
    }

    @Override
    public void finished(PptResult result, String reason) {
        if (inPlace) {
            out.print("\r" + " ".repeat(125) + "\r");
        }
        out.println("Protocol ended: " + reason + ".");
    }
}

package org.palpa.core.plan;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palpa.core.hold.RateBand;
import org.palpa.core.sample.Unit;

/** How plans write durations ({@code 20s}, {@code 1500ms}, {@code 1.5min}) and ramp rates ({@code 5..15N/s}). */
public final class PlanText {
    private static final Pattern DURATION = Pattern.compile("\\s*(-?[0-9]*\\.?[0-9]+)\\s*(ms|s|sec|min|m)?\\s*");
    private static final Pattern RATE = Pattern.compile("\\s*(-?[0-9]*\\.?[0-9]+)\\s*\\.\\.\\s*(-?[0-9]*\\.?[0-9]+)\\s*"
            + "([A-Za-z/²^0-9]+)/s\\s*");

    private PlanText() {
    }

    /** A duration in milliseconds; refuses a negative one. */
    public static long millis(String text) {
        Matcher m = DURATION.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 20s or 1500ms");
        }
        double n = Double.parseDouble(m.group(1));
        if (n < 0) {
            throw new IllegalArgumentException("the duration " + text.strip() + " is negative");
        }
        String u = m.group(2) == null ? "s" : m.group(2);
        double factor = switch (u) {
            case "ms" -> 1;
            case "m", "min" -> 60_000;
            default -> 1000;
        };
        return Math.round(n * factor);
    }

    /** A ramp-rate band such as {@code 5..15N/s}, in {@code unit} per second. */
    public static RateBand rate(String text, Unit unit, org.palpa.core.sample.ProbeArea area) {
        Matcher m = RATE.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a ramp rate such as 5..15N/s");
        }
        Unit own = Unit.fromSymbol(m.group(3));
        double lo = Double.parseDouble(m.group(1));
        double hi = Double.parseDouble(m.group(2));
        if (lo < 0 || !(hi > lo)) {
            throw new IllegalArgumentException("the ramp rate " + text.strip() + " needs 0 <= minimum < maximum");
        }
        return new RateBand(area.convert(lo, own, unit), area.convert(hi, own, unit));
    }

    /** Seconds for people: {@code 20 s}, {@code 1.5 s}. */
    public static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}

package org.palpa.cli.ppt;

import java.util.Locale;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;
import org.palpa.core.sample.Unit;

/** Reads the pressures and rates the {@code ppt} options take: {@code 50kPa/s}, {@code 0.5kgf/cm2/s}, {@code 300kPa}. */
final class PptQuantities {
    private PptQuantities() {
    }

    /** A pressure in kPa from {@code 300kPa}, {@code 3kgf/cm2} or a bare number of kPa. */
    static double kpa(String option, String text) {
        String t = text.strip();
        try {
            if (t.matches("[0-9.eE+-]+")) {
                return Double.parseDouble(t);
            }
            Quantity q = Quantity.parse(t);
            if (q.unit().kind() != Unit.Kind.PRESSURE) {
                throw new IllegalArgumentException("not a pressure");
            }
            return q.in(Unit.KILOPASCAL, ProbeArea.ALGOMETER_TIP);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s '%s' is not a pressure such as 300kPa or 3kgf/cm2", option, text));
        }
    }

    /** A rate in kPa/s from {@code 50kPa/s}, {@code 0.5kgf/cm2/s} or a bare number; it must be above 0. */
    static double kpaPerSecond(String option, String text) {
        String t = text.strip();
        String bare = t.endsWith("/s") ? t.substring(0, t.length() - 2) : t;
        double v;
        try {
            v = kpa(option, bare);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s '%s' is not a rate such as 50kPa/s", option, text));
        }
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be above 0 kPa/s, was '%s'", option, text));
        }
        return v;
    }
}

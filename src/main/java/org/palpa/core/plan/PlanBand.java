package org.palpa.core.plan;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;

/**
 * A step's pressure band, written {@code 36..44N} or {@code 250..300kPa}.
 *
 * @param min  lower edge, in {@code unit}; positive
 * @param max  upper edge, in {@code unit}; above {@code min}
 * @param unit a force or pressure unit
 */
public record PlanBand(double min, double max, Unit unit) {
    private static final Pattern TEXT = Pattern.compile("\\s*(-?[0-9]*\\.?[0-9]+)\\s*([A-Za-z/²^0-9]*)\\s*\\.\\.\\s*"
            + "(-?[0-9]*\\.?[0-9]+)\\s*([A-Za-z/²^0-9]+)\\s*");

    public PlanBand {
        if (unit == null || unit.kind() == Unit.Kind.RAW) {
            throw new IllegalArgumentException("a band needs a force or pressure unit, such as N or kPa");
        }
        if (!(min > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the minimum %s must be above zero", num(min)));
        }
        if (!(max > min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("the minimum " + num(min) + " is not below the maximum " + num(max));
        }
    }

    /** Reads {@code 36..44N}; the unit may also follow the minimum ({@code 36N..44N}) if it is the same. */
    public static PlanBand parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a band such as 36..44N or 250..300kPa");
        }
        Unit unit = Unit.fromSymbol(m.group(4));
        if (!m.group(2).isEmpty() && Unit.fromSymbol(m.group(2)) != unit) {
            throw new IllegalArgumentException("'" + text + "' mixes two units; write both ends in one");
        }
        return new PlanBand(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(3)), unit);
    }

    /** This band in {@code other}, through {@code area} between force and pressure. */
    public PlanBand in(Unit other, ProbeArea area) {
        return new PlanBand(area.convert(min, unit, other), area.convert(max, unit, other), other);
    }

    /** This band with both edges multiplied by {@code factor}, as after a pain ceiling. */
    public PlanBand scaled(double factor) {
        return new PlanBand(min * factor, max * factor, unit);
    }

    /** The middle of the band. */
    public double centre() {
        return (min + max) / 2;
    }

    @Override
    public String toString() {
        return num(min) + ".." + num(max) + unit.symbol();
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}

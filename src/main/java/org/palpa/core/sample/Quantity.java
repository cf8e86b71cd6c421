package org.palpa.core.sample;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with its unit, as a user types it: {@code 40N}, {@code 4.5 kgf}, {@code 300kPa}.
 *
 * @param value finite
 * @param unit  never null
 */
public record Quantity(double value, Unit unit) {

    private static final Pattern TEXT = Pattern.compile("\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(\\S+)\\s*");

    private static final Pattern BARE_NUMBER = Pattern.compile("\\s*[-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?\\s*");

    public Quantity {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("quantity must be finite, was " + value);
        }
        if (unit == null) {
            throw new IllegalArgumentException("quantity needs a unit");
        }
    }

    /**
     * Parses a number followed by a unit symbol.
     *
     * @throws IllegalArgumentException that quotes the text when it is not a number and a unit
     */
    public static Quantity parse(String text) {
        if (BARE_NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text.trim() + "' needs a unit: N, kgf, lbf, kPa or kgf/cm2, such as "
                    + text.trim() + "N");
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a number with a unit, such as 40N or 300kPa");
        }
        return new Quantity(Double.parseDouble(m.group(1)), Unit.fromSymbol(m.group(2)));
    }

    /** This quantity expressed in {@code other}, using {@code area} when crossing between force and pressure. */
    public double in(Unit other, ProbeArea area) {
        return area.convert(value, unit, other);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s", value, unit.symbol());
    }
}

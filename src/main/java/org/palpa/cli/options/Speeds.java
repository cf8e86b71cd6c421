package org.palpa.cli.options;

import java.util.Locale;
import picocli.CommandLine;

/**
 * Reads the speed of a simulated device the same way in every command: a positive number (1 for
 * real time, 10 for ten times faster) or {@code max} for as fast as possible, returned as 0.
 * Zero, negative, infinite and non-numbers are refused.
 */
public final class Speeds implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("max")) {
            return 0.0;
        }
        double s;
        try {
            s = Double.parseDouble(v.endsWith("x") ? v.substring(0, v.length() - 1) : v);
        } catch (NumberFormatException e) {
            s = Double.NaN;
        }
        if (!(s > 0) || Double.isInfinite(s)) {
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not a speed: give a positive number (1 for real time, 10 for ten times faster) or max");
        }
        return s;
    }
}

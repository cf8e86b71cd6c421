package org.palpa.cli.options;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads durations as people write them: {@code 20s}, {@code 1500ms}, {@code 2m}, {@code 1h}, or plain seconds. */
public final class Durations implements CommandLine.ITypeConverter<Long> {
    private static final Pattern TEXT = Pattern.compile("([0-9]*\\.?[0-9]+)\\s*(ms|s|sec|m|min|h)?");

    /** Converts to milliseconds. */
    @Override
    public Long convert(String value) {
        return millis(value);
    }

    static long millis(String value) {
        Matcher m = TEXT.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration such as 20s, 1500ms or 2m");
        }
        double n = Double.parseDouble(m.group(1));
        String u = m.group(2) == null ? "s" : m.group(2);
        double factor = switch (u) {
            case "ms" -> 1;
            case "m", "min" -> 60_000;
            case "h" -> 3_600_000;
            default -> 1000;
        };
        return Math.round(n * factor);
    }
}

package org.palpa.adapter.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.palpa.core.sample.InputFormatException;

/**
 * Strict access to the fields of a JSON tree: each accessor returns the field as the type asked
 * for, or throws an {@link InputFormatException} naming the source and the field's path (missing,
 * wrong type, blank, NaN or infinite, not a UTC time, not one of an enum's values).
 */
final class StrictJsonFields {
    private final String source;

    StrictJsonFields(String source) {
        this.source = source;
    }

    JsonNode field(JsonNode parent, String path) {
        JsonNode n = parent == null ? null : parent.get(path.substring(path.lastIndexOf('.') + 1));
        if (n == null || n.isNull()) {
            throw bad(path, "is missing");
        }
        return n;
    }

    JsonNode node(JsonNode parent, String path) {
        JsonNode n = field(parent, path);
        if (!n.isObject()) {
            throw bad(path, "must be an object");
        }
        return n;
    }

    JsonNode array(JsonNode parent, String path) {
        JsonNode n = field(parent, path);
        if (!n.isArray()) {
            throw bad(path, "must be an array");
        }
        return n;
    }

    String text(JsonNode parent, String path) {
        JsonNode n = field(parent, path);
        if (!n.isTextual() || n.asText().isBlank()) {
            throw bad(path, "must be a non-empty string");
        }
        return n.asText();
    }

    double number(JsonNode parent, String path) {
        return value(field(parent, path), path);
    }

    double optional(JsonNode parent, String path, double absent) {
        JsonNode n = parent.get(path.substring(path.lastIndexOf('.') + 1));
        return n == null || n.isNull() ? absent : value(n, path);
    }

    double value(JsonNode n, String path) {
        if (n != null && n.isTextual() && n.asText().matches("[+-]?(NaN|Infinity)")) {
            throw bad(path, "is " + n.asText() + "; a calibration needs finite numbers");
        }
        if (n == null || !n.isNumber()) {
            throw bad(path, "must be a number");
        }
        double v = n.asDouble();
        if (!Double.isFinite(v)) {
            throw bad(path, "is " + v + "; a calibration needs finite numbers");
        }
        return v;
    }

    int integer(JsonNode parent, String path) {
        JsonNode n = field(parent, path);
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
            throw bad(path, "must be a whole number");
        }
        return n.asInt();
    }

    Instant instant(JsonNode parent, String path) {
        String t = text(parent, path);
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw bad(path, "'" + t + "' is not a UTC time such as 2026-11-26T20:30:00Z");
        }
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String text, String path) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw bad(path, "'" + text + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants())
                    .toLowerCase(Locale.ROOT));
        }
    }

    /** The error for {@code field} of this source. */
    InputFormatException bad(String field, String problem) {
        return new InputFormatException(source, 0, field, problem);
    }
}

package org.palpa.adapter.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palpa.core.sample.InputFormatException;

/**
 * Reads the JSON files users give Palpa (plans, class files, calibration profiles) and says what
 * is wrong with one that is not JSON in Palpa's own words, naming the file, the line and the
 * column: never the JSON library's wording or a class name.
 */
public final class JsonSyntax {
    private static final Pattern QUOTED = Pattern.compile("'([^']{1,40})'");

    private JsonSyntax() {
    }

    /**
     * The tree of {@code text}, read from {@code source}; {@code shape} says what the file should
     * hold, such as {@code a plan is a JSON object with schema, name and steps}, for an empty file.
     *
     * @throws InputFormatException for text that is empty or not JSON
     */
    public static JsonNode read(ObjectMapper mapper, String source, String text, String shape) {
        if (text.isBlank()) {
            throw new InputFormatException(source, 0, null, "the file is empty; " + shape);
        }
        for (int i = 0, line = 1, column = 1; i < text.length(); i++, column++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 0;
            } else if (c == '\uFFFD' || c < 0x20 && c != '\t' && c != '\r') {
                throw new InputFormatException(source, line, "column " + column,
                        "not JSON text: it holds bytes that are not text (is it a binary file?)");
            }
        }
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw error(source, e);
        }
    }

    /** What is wrong with text the JSON parser refused, at its line and column. */
    static InputFormatException error(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        long line = at == null ? 0 : Math.max(0, at.getLineNr());
        String column = at == null || at.getColumnNr() <= 0 ? null : "column " + at.getColumnNr();
        return new InputFormatException(source, line, column, "not valid JSON: " + describe(e));
    }

    private static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException) {
            return "the file ends in the middle of it (a closing bracket, brace or quote is missing)";
        }
        if (original.contains("CTRL-CHAR") || original.contains("Invalid UTF-8")) {
            return "it holds bytes that are not text (is it a binary file?)";
        }
        Matcher quoted = QUOTED.matcher(original);
        if (original.startsWith("Unrecognized token") && quoted.find()) {
            return "'" + quoted.group(1) + "' is not a JSON value (text goes in double quotes)";
        }
        if (original.startsWith("Unexpected character") && quoted.find()) {
            return "'" + quoted.group(1) + "' is not expected here (a missing comma, colon or quote?)";
        }
        if (original.contains("end-of-input")) {
            return "the file ends in the middle of it (a closing bracket, brace or quote is missing)";
        }
        return "it does not read as JSON here";
    }
}

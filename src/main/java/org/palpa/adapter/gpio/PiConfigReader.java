package org.palpa.adapter.gpio;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.palpa.core.sample.InputFormatException;

/**
 * Reads a {@link PiConfig} from a JSON file. A mistake is reported as an
 * {@link InputFormatException} naming the file, the line and the field, such as
 * {@code pi.json:4: hx711.cells[0].dout: HX711 'probe' dout must be a BCM GPIO number 0 to 27, was 40}.
 */
public final class PiConfigReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private PiConfigReader() {
    }

    /** Reads and checks {@code file}. */
    public static PiConfig read(Path file) {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputFormatException(source, 0, null, "no such file");
        } catch (IOException e) {
            throw new InputFormatException(source, 0, null, "cannot be read: " + e.getMessage());
        }
        return parse(source, text);
    }

    /** Parses JSON text; {@code source} names it in errors. */
    public static PiConfig parse(String source, String text) {
        try {
            PiConfig config = JSON.readValue(text, PiConfig.class);
            if (config == null) {
                throw new InputFormatException(source, 0, null, "is empty; see docs/hardware/raspberry-pi.md");
            }
            return config;
        } catch (UnrecognizedPropertyException e) {
            throw new InputFormatException(source, line(e.getLocation()), path(e),
                    "unknown field '" + e.getPropertyName() + "' (known: " + e.getKnownPropertyIds().stream()
                            .map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")");
        } catch (JsonMappingException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String problem = root instanceof IllegalArgumentException ? root.getMessage() : e.getOriginalMessage();
            throw new InputFormatException(source, line(e.getLocation()), path(e), firstLine(problem));
        } catch (JsonProcessingException e) {
            throw new InputFormatException(source, line(e.getLocation()), null, "not valid JSON: "
                    + firstLine(e.getOriginalMessage()));
        }
    }

    private static long line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.isEmpty() ? null : b.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

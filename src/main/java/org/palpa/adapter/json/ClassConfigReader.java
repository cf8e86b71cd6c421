package org.palpa.adapter.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.palpa.app.classroom.StationEntry;
import org.palpa.core.sample.InputFormatException;

/**
 * Reads a class file for {@code palpa classroom --config}: the class's name and its stations.
 * A mistake names the file and the field, such as {@code class.json: stations[2].device: missing}.
 *
 * <pre>{"class": "MT-2 Tuesday", "stations": [{"name": "S1", "device": "sim-glove", "student": "ST-01"}]}</pre>
 */
public final class ClassConfigReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("name", "device", "student", "target", "feedback", "protocol", "baud", "plan",
            "config");

    /** A class as its file describes it. */
    public record ClassConfig(String className, List<StationEntry> stations) {
    }

    private ClassConfigReader() {
    }

    /** Reads and checks {@code file}. */
    public static ClassConfig read(Path file) {
        String source = file.toString();
        try {
            ClassConfig c = parse(source, Files.readString(file));
            return new ClassConfig(c.className(), c.stations().stream().map(e -> e.plan() == null ? e
                    : e.withPlan(besideFile(file, e.plan()))).toList());
        } catch (NoSuchFileException e) {
            throw new InputFormatException(source, 0, null, "no such file");
        } catch (IOException e) {
            throw new InputFormatException(source, 0, null, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * A station's plan file, relative to the class file as written; a shipped plan's id and an
     * absolute path stay as they are.
     */
    static String besideFile(Path classFile, String plan) {
        if (PlanReader.SHIPPED.contains(plan) || Path.of(plan).isAbsolute()) {
            return plan;
        }
        Path dir = classFile.toAbsolutePath().getParent();
        return dir == null ? plan : dir.resolve(plan).normalize().toString();
    }

    /** Parses the text of a class file; {@code source} names it in errors. */
    public static ClassConfig parse(String source, String text) {
        JsonNode root = JsonSyntax.read(JSON, source, text, "a class file is a JSON object with \"class\" and \"stations\"");
        if (root == null || !root.isObject()) {
            throw new InputFormatException(source, 0, null, "must be a JSON object with \"class\" and \"stations\"");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("class") && !f.equals("stations")) {
                throw new InputFormatException(source, 0, f, "unknown field (known: class, stations)");
            }
        }
        JsonNode stations = root.get("stations");
        if (stations == null || !stations.isArray() || stations.isEmpty()) {
            throw new InputFormatException(source, 0, "stations", "must be a list of at least one station");
        }
        List<StationEntry> entries = new ArrayList<>();
        for (int i = 0; i < stations.size(); i++) {
            entries.add(station(source, "stations[" + i + "]", stations.get(i)));
        }
        JsonNode name = root.get("class");
        return new ClassConfig(name == null || name.isNull() ? "" : name.asText(), entries);
    }

    private static StationEntry station(String source, String where, JsonNode node) {
        if (!node.isObject()) {
            throw new InputFormatException(source, 0, where, "must be an object such as {\"name\": \"S1\", \"device\": \"sim-glove\"}");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new InputFormatException(source, 0, where + "." + f, "unknown field (known: "
                        + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        JsonNode baud = node.get("baud");
        if (baud != null && !baud.canConvertToInt()) {
            throw new InputFormatException(source, 0, where + ".baud", "must be a whole number");
        }
        try {
            return new StationEntry(text(source, where, node, "name"), text(source, where, node, "device"),
                    optional(node, "student"), optional(node, "target"), optional(node, "protocol"),
                    baud == null ? 0 : baud.asInt(), optional(node, "config"), optional(node, "feedback"),
                    optional(node, "plan"));
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(source, 0, where, e.getMessage());
        }
    }

    private static String text(String source, String where, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new InputFormatException(source, 0, where + "." + field, "missing; give it as text");
        }
        return v.asText();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}

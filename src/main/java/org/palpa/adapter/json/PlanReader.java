package org.palpa.adapter.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.palpa.core.bodymap.BodySite;
import org.palpa.core.bodymap.Side;
import org.palpa.core.plan.InvalidPlanException;
import org.palpa.core.plan.PlanBand;
import org.palpa.core.plan.PlanStep;
import org.palpa.core.plan.PlanText;
import org.palpa.core.plan.TreatmentPlan;
import org.palpa.core.sample.InputFormatException;
import org.palpa.core.sample.ProbeArea;

/**
 * Reads a {@code palpa.plan/1} treatment plan strictly (see {@code docs/plans.md}). Anything wrong
 * stops the read with an {@link InvalidPlanException} naming the file, the step and the field:
 * malformed JSON, another schema, a missing or unknown field, a negative duration, a band whose
 * minimum is not below its maximum, an unknown site or side, a ceiling outside 0 to 10.
 */
public final class PlanReader {
    /** The plans shipped in the jar (and under docs/plans), by id. */
    public static final List<String> SHIPPED = List.of("upper-back", "low-back-hip", "jaw-head", "taster");

    private static final Set<String> TOP = Set.of("schema", "name", "client", "steps");
    private static final Set<String> STEP = Set.of("site", "side", "technique", "band", "hold", "reps", "rest",
            "rampRate", "painCeiling", "maxHold", "channel", "notes");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlanReader() {
    }

    /** A shipped plan's id, or a file: {@code upper-back} or {@code my-plans/neck.json}. */
    public static TreatmentPlan load(String planOrFile) {
        if (SHIPPED.contains(planOrFile)) {
            return shipped(planOrFile);
        }
        Path file = Path.of(planOrFile);
        if (!Files.isRegularFile(file)) {
            throw new InvalidPlanException(planOrFile, 0, null, "no such plan file; the shipped plans are "
                    + String.join(", ", SHIPPED));
        }
        return read(file);
    }

    /** Reads a plan file. */
    public static TreatmentPlan read(Path file) {
        try {
            String name = file.getFileName().toString();
            return parse(Files.readAllBytes(file), file.toString(), name.endsWith(".json")
                    ? name.substring(0, name.length() - 5) : name);
        } catch (IOException e) {
            throw new InputFormatException(file.toString(), 0, null, "cannot be read: " + e.getMessage());
        }
    }

    /** A plan shipped in the jar. */
    public static TreatmentPlan shipped(String id) {
        try (InputStream in = PlanReader.class.getResourceAsStream("/org/palpa/plans/" + id + ".json")) {
            if (in == null) {
                throw new IllegalStateException("the shipped plan " + id + " is missing from the jar");
            }
            return parse(in.readAllBytes(), id, id);
        } catch (IOException e) {
            throw new IllegalStateException("the shipped plan " + id + " cannot be read", e);
        }
    }

    /** Parses a plan's bytes; {@code source} names it in messages. */
    public static TreatmentPlan parse(byte[] bytes, String source, String id) {
        JsonNode root = JsonSyntax.read(JSON, source, new String(bytes, StandardCharsets.UTF_8),
                "a plan is a JSON object with schema, name and steps");
        if (root == null || !root.isObject()) {
            throw new InvalidPlanException(source, 0, null, "a plan is a JSON object with schema, name and steps");
        }
        unknownFields(root, TOP, source, 0);
        String schema = text(root, "schema", source, 0, true);
        if (!TreatmentPlan.SCHEMA.equals(schema)) {
            throw new InvalidPlanException(source, 0, "schema", "is '" + schema + "', expected " + TreatmentPlan.SCHEMA);
        }
        String name = text(root, "name", source, 0, true);
        String client = text(root, "client", source, 0, false);
        JsonNode steps = root.get("steps");
        if (steps == null || !steps.isArray() || steps.isEmpty()) {
            throw new InvalidPlanException(source, 0, "steps", "must be a list of at least one step");
        }
        List<PlanStep> list = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            list.add(step(steps.get(i), source, i + 1));
        }
        return new TreatmentPlan(id, name, client, list, sha256(bytes));
    }

    private static PlanStep step(JsonNode n, String source, int i) {
        if (!n.isObject()) {
            throw new InvalidPlanException(source, i, null, "a step is a JSON object");
        }
        unknownFields(n, STEP, source, i);
        BodySite site = field(source, i, "site", () -> BodySite.fromName(text(n, "site", source, i, true)));
        Side side = field(source, i, "side", () -> Side.find(text(n, "side", source, i, true)).orElseThrow(
                () -> new IllegalArgumentException("must be left, right or midline")));
        String technique = text(n, "technique", source, i, true);
        PlanBand band = field(source, i, "band", () -> PlanBand.parse(text(n, "band", source, i, true)));
        long hold = duration(n, "hold", source, i, -1);
        if (hold == 0) {
            throw new InvalidPlanException(source, i, "hold", "must be longer than zero");
        }
        int reps = integer(n, "reps", source, i, -1);
        long rest = duration(n, "rest", source, i, -1);
        String ramp = text(n, "rampRate", source, i, false);
        if (ramp != null) {
            field(source, i, "rampRate", () -> PlanText.rate(ramp, band.unit(), ProbeArea.ALGOMETER_TIP));
        }
        int ceiling = integer(n, "painCeiling", source, i, PlanStep.DEFAULT_PAIN_CEILING);
        if (ceiling < 0 || ceiling > 10) {
            throw new InvalidPlanException(source, i, "painCeiling", "must be 0 to 10, was " + ceiling);
        }
        if (reps < 1) {
            throw new InvalidPlanException(source, i, "reps", "must be at least 1, was " + reps);
        }
        long maxHold = duration(n, "maxHold", source, i, Math.max(PlanStep.DEFAULT_MAX_HOLD_MILLIS, hold + 10_000));
        String channel = text(n, "channel", source, i, false);
        String notes = text(n, "notes", source, i, false);
        return field(source, i, "maxHold", () -> new PlanStep(site, side, technique, band, hold, reps, rest, ramp,
                ceiling, maxHold, channel, notes));
    }

    private interface Read<T> {
        T get();
    }

    private static <T> T field(String source, int step, String field, Read<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            throw new InvalidPlanException(source, step, field, e.getMessage());
        }
    }

    private static String text(JsonNode n, String key, String source, int step, boolean required) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new InvalidPlanException(source, step, key, "is missing");
            }
            return null;
        }
        if (!v.isTextual() || (required && v.asText().isBlank())) {
            throw new InvalidPlanException(source, step, key, "must be " + (required ? "non-empty " : "") + "text");
        }
        return v.asText();
    }

    private static long duration(JsonNode n, String key, String source, int step, long fallback) {
        String t = text(n, key, source, step, fallback < 0);
        return t == null ? fallback : field(source, step, key, () -> PlanText.millis(t));
    }

    private static int integer(JsonNode n, String key, String source, int step, int fallback) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (fallback < 0) {
                throw new InvalidPlanException(source, step, key, "is missing");
            }
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new InvalidPlanException(source, step, key, "must be a whole number, was " + v);
        }
        return v.asInt();
    }

    private static void unknownFields(JsonNode n, Set<String> known, String source, int step) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                throw new InvalidPlanException(source, step, f, "is not a plan field (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}

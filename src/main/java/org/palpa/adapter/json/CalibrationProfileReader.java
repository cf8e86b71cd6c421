package org.palpa.adapter.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.palpa.core.calibration.CalibrationCheck;
import org.palpa.core.calibration.CalibrationPoint;
import org.palpa.core.calibration.CalibrationProfile;
import org.palpa.core.calibration.CreepModel;
import org.palpa.core.calibration.Curve;
import org.palpa.core.calibration.Direction;
import org.palpa.core.calibration.FitQuality;
import org.palpa.core.calibration.FitType;
import org.palpa.core.calibration.InvalidProfileException;
import org.palpa.core.calibration.PointSpread;
import org.palpa.core.calibration.RangeStatus;
import org.palpa.core.calibration.ValidRange;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.InputFormatException;
import org.palpa.core.sample.ProbeArea;

/**
 * Reads a {@code palpa.calibration/1} profile strictly. Anything wrong stops the read with an
 * {@link InputFormatException} naming the file and the field: malformed JSON (with line and
 * column), a missing field, a value of the wrong type, a NaN or infinite number, a curve that is
 * not rising over its range, a duplicate point, a profile for another device or channel, and a
 * content hash that does not match (the file was edited after it was made).
 */
public final class CalibrationProfileReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private final String source;

    private CalibrationProfileReader(String source) {
        this.source = source;
    }

    /** Reads and checks {@code file}. */
    public static CalibrationProfile read(Path file) throws IOException {
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputFormatException(file.toString(), 0, null, "no such calibration profile");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputFormatException(file.toString(), 0, null, "not UTF-8 text");
        }
    }

    /** Reads {@code file} and checks that it belongs to {@code channel} of {@code device}. */
    public static CalibrationProfile readFor(Path file, DeviceInfo device, int channel) throws IOException {
        CalibrationProfile p = read(file);
        var d = p.device();
        String where = file.toString();
        if (!d.model().equals(device.model())) {
            throw new InputFormatException(where, 0, "device.model", "profile is for a " + d.model()
                    + ", the device is a " + device.model());
        }
        if (!d.serial().equals(device.serialNumber())) {
            throw new InputFormatException(where, 0, "device.serial", "profile is for serial " + d.serial()
                    + ", the device is serial " + device.serialNumber());
        }
        if (d.channel() != channel || !d.label().equals(device.channels().get(channel).label())) {
            throw new InputFormatException(where, 0, "device.channel", "profile is for channel " + d.channel()
                    + " (" + d.label() + "), wanted channel " + channel + " (" + device.channels().get(channel).label() + ")");
        }
        return p;
    }

    /** Parses a profile from {@code json}; {@code source} names it in errors. */
    public static CalibrationProfile parse(String source, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InputFormatException(source, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? null : "column " + loc.getColumnNr(), "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InputFormatException(source, 0, null, "a calibration profile must be a JSON object");
        }
        return new CalibrationProfileReader(source).profile(root);
    }

    private CalibrationProfile profile(JsonNode root) {
        String schema = text(root, "schema");
        if (!CalibrationProfileJson.SCHEMA.equals(schema)) {
            throw bad("schema", "is '" + schema + "', expected '" + CalibrationProfileJson.SCHEMA + "'");
        }
        try {
            JsonNode d = node(root, "device");
            var device = new CalibrationProfile.DeviceChannel(text(d, "device.model"), text(d, "device.serial"),
                    integer(d, "device.channel"), text(d, "device.label"));
            JsonNode fit = node(root, "fit");
            Curve curve = curve(fit);
            JsonNode r = node(root, "range");
            ValidRange range = new ValidRange(number(r, "range.minCounts"), number(r, "range.maxCounts"),
                    number(r, "range.minNewtons"), number(r, "range.maxNewtons"), optional(r, "range.saturationCounts",
                    Double.POSITIVE_INFINITY));
            List<CalibrationPoint> points = points(root);
            JsonNode q = node(root, "quality");
            FitQuality quality = new FitQuality(number(q, "quality.rSquared"), number(q, "quality.maxAbsErrorNewtons"),
                    number(q, "quality.percentFullScale"), optional(q, "quality.heldOutRmsNewtons", Double.NaN),
                    optional(q, "quality.heldOutMaxNewtons", Double.NaN));
            double fullScale = points.stream().mapToDouble(CalibrationPoint::newtons).max().orElse(1);
            PointSpread spread = new PointSpread(optional(q, "quality.hysteresisNewtons", Double.NaN),
                    optional(q, "quality.repeatabilityNewtons", Double.NaN), fullScale == 0 ? 1 : fullScale);
            List<Double> masses = new ArrayList<>();
            JsonNode m = array(root, "referenceMassesKg");
            for (int i = 0; i < m.size(); i++) {
                masses.add(value(m.get(i), "referenceMassesKg[" + i + "]"));
            }
            ProbeArea area;
            try {
                area = new ProbeArea(number(root, "probeAreaCm2"));
            } catch (IllegalArgumentException e) {
                throw bad("probeAreaCm2", e.getMessage());
            }
            CalibrationProfile p = new CalibrationProfile(text(root, "id"), device, text(root, "sensor"), curve,
                    fit.path("chosenBecause").asText(""), number(root, "tareCounts"), range, points, quality, spread,
                    masses, text(root, "createdBy"), instant(root, "createdAt"), area, integer(root, "validDays"),
                    text(root, "contentHash"), history(root), drift(root));
            String expected = CalibrationProfileJson.contentHash(p);
            if (!expected.equals(p.contentHash())) {
                throw bad("contentHash", "does not match the content (" + expected + "): the profile was changed "
                        + "after it was made; recalibrate rather than edit a profile");
            }
            return p;
        } catch (InvalidProfileException e) {
            throw bad(e.field(), e.problem());
        }
    }

    private Curve curve(JsonNode fit) {
        FitType type;
        try {
            type = FitType.fromId(text(fit, "fit.type"));
        } catch (IllegalArgumentException e) {
            throw bad("fit.type", e.getMessage());
        }
        JsonNode c = array(fit, "fit.coefficients");
        if (c.size() != type.parameters()) {
            throw bad("fit.coefficients", type.id() + " needs " + type.parameters() + " coefficients, found " + c.size());
        }
        double[] coefficients = new double[c.size()];
        for (int i = 0; i < coefficients.length; i++) {
            coefficients[i] = value(c.get(i), "fit.coefficients[" + i + "]");
        }
        return new Curve(type, coefficients);
    }

    private List<CalibrationPoint> points(JsonNode root) {
        JsonNode a = array(root, "points");
        List<CalibrationPoint> points = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String f = "points[" + i + "]";
            JsonNode p = a.get(i);
            double counts = number(p, f + ".counts");
            double newtons = number(p, f + ".newtons");
            Direction dir = enumValue(Direction.class, text(p, f + ".direction"), f + ".direction");
            try {
                points.add(new CalibrationPoint(counts, newtons, dir));
            } catch (IllegalArgumentException e) {
                throw bad(f, e.getMessage());
            }
        }
        return points;
    }

    private CreepModel drift(JsonNode root) {
        JsonNode d = root.get("drift");
        if (d == null || d.isNull()) {
            return null;
        }
        if (!d.isObject()) {
            throw bad("drift", "must be an object or null");
        }
        String model = text(d, "drift.model");
        if (!model.equals("first-order-creep")) {
            throw bad("drift.model", "'" + model + "' is not a known drift model (first-order-creep)");
        }
        return new CreepModel(number(d, "drift.share"), number(d, "drift.tauSeconds"));
    }

    private List<CalibrationCheck> history(JsonNode root) {
        JsonNode h = root.get("history");
        if (h == null || h.isNull()) {
            return List.of();
        }
        if (!h.isArray()) {
            throw bad("history", "must be an array");
        }
        List<CalibrationCheck> checks = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            String f = "history[" + i + "]";
            JsonNode c = h.get(i);
            List<CalibrationCheck.Point> pts = new ArrayList<>();
            JsonNode a = array(c, f + ".points");
            for (int j = 0; j < a.size(); j++) {
                String g = f + ".points[" + j + "]";
                JsonNode p = a.get(j);
                pts.add(new CalibrationCheck.Point(number(p, g + ".referenceNewtons"), number(p, g + ".measuredNewtons"),
                        number(p, g + ".errorPercentFullScale"), enumValue(RangeStatus.class, text(p, g + ".status"), g + ".status")));
            }
            try {
                checks.add(new CalibrationCheck(instant(c, f + ".at"), text(c, f + ".by"),
                        number(c, f + ".tolerancePercentFullScale"), pts, field(c, f + ".passed").asBoolean()));
            } catch (IllegalArgumentException e) {
                throw bad(f, e.getMessage());
            }
        }
        return checks;
    }

    private JsonNode field(JsonNode parent, String path) {
        JsonNode n = parent == null ? null : parent.get(path.substring(path.lastIndexOf('.') + 1));
        if (n == null || n.isNull()) {
            throw bad(path, "is missing");
        }
        return n;
    }

    private JsonNode node(JsonNode parent, String path) {
        JsonNode n = field(parent, path);
        if (!n.isObject()) {
            throw bad(path, "must be an object");
        }
        return n;
    }

    private JsonNode array(JsonNode parent, String path) {
        JsonNode n = field(parent, path);
        if (!n.isArray()) {
            throw bad(path, "must be an array");
        }
        return n;
    }

    private String text(JsonNode parent, String path) {
        JsonNode n = field(parent, path);
        if (!n.isTextual() || n.asText().isBlank()) {
            throw bad(path, "must be a non-empty string");
        }
        return n.asText();
    }

    private double number(JsonNode parent, String path) {
        return value(field(parent, path), path);
    }

    private double optional(JsonNode parent, String path, double absent) {
        JsonNode n = parent.get(path.substring(path.lastIndexOf('.') + 1));
        return n == null || n.isNull() ? absent : value(n, path);
    }

    private double value(JsonNode n, String path) {
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

    private int integer(JsonNode parent, String path) {
        JsonNode n = field(parent, path);
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
            throw bad(path, "must be a whole number");
        }
        return n.asInt();
    }

    private Instant instant(JsonNode parent, String path) {
        String t = text(parent, path);
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw bad(path, "'" + t + "' is not a UTC time such as 2026-11-26T20:30:00Z");
        }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String text, String path) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw bad(path, "'" + text + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants())
                    .toLowerCase(Locale.ROOT));
        }
    }

    private InputFormatException bad(String field, String problem) {
        return new InputFormatException(source, 0, field, problem);
    }
}

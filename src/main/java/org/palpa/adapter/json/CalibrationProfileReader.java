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
import java.util.ArrayList;
import java.util.List;
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

    private final StrictJsonFields in;

    private CalibrationProfileReader(String source) {
        this.in = new StrictJsonFields(source);
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
        JsonNode root = JsonSyntax.read(MAPPER, source, json, "a calibration profile is a JSON object");
        if (root == null || !root.isObject()) {
            throw new InputFormatException(source, 0, null, "a calibration profile must be a JSON object");
        }
        return new CalibrationProfileReader(source).profile(root);
    }

    private CalibrationProfile profile(JsonNode root) {
        String schema = in.text(root, "schema");
        if (!CalibrationProfileJson.SCHEMA.equals(schema)) {
            throw in.bad("schema", "is '" + schema + "', expected '" + CalibrationProfileJson.SCHEMA + "'");
        }
        try {
            JsonNode d = in.node(root, "device");
            var device = new CalibrationProfile.DeviceChannel(in.text(d, "device.model"), in.text(d, "device.serial"),
                    in.integer(d, "device.channel"), in.text(d, "device.label"));
            JsonNode fit = in.node(root, "fit");
            Curve curve = curve(fit);
            JsonNode r = in.node(root, "range");
            ValidRange range = new ValidRange(in.number(r, "range.minCounts"), in.number(r, "range.maxCounts"),
                    in.number(r, "range.minNewtons"), in.number(r, "range.maxNewtons"), in.optional(r, "range.saturationCounts",
                    Double.POSITIVE_INFINITY));
            List<CalibrationPoint> points = points(root);
            JsonNode q = in.node(root, "quality");
            FitQuality quality = new FitQuality(in.number(q, "quality.rSquared"), in.number(q, "quality.maxAbsErrorNewtons"),
                    in.number(q, "quality.percentFullScale"), in.optional(q, "quality.heldOutRmsNewtons", Double.NaN),
                    in.optional(q, "quality.heldOutMaxNewtons", Double.NaN));
            double fullScale = points.stream().mapToDouble(CalibrationPoint::newtons).max().orElse(1);
            PointSpread spread = new PointSpread(in.optional(q, "quality.hysteresisNewtons", Double.NaN),
                    in.optional(q, "quality.repeatabilityNewtons", Double.NaN), fullScale == 0 ? 1 : fullScale);
            List<Double> masses = new ArrayList<>();
            JsonNode m = in.array(root, "referenceMassesKg");
            for (int i = 0; i < m.size(); i++) {
                masses.add(in.value(m.get(i), "referenceMassesKg[" + i + "]"));
            }
            ProbeArea area;
            try {
                area = new ProbeArea(in.number(root, "probeAreaCm2"));
            } catch (IllegalArgumentException e) {
                throw in.bad("probeAreaCm2", e.getMessage());
            }
            CalibrationProfile p = new CalibrationProfile(in.text(root, "id"), device, in.text(root, "sensor"), curve,
                    fit.path("chosenBecause").asText(""), in.number(root, "tareCounts"), range, points, quality, spread,
                    masses, in.text(root, "createdBy"), in.instant(root, "createdAt"), area, in.integer(root, "validDays"),
                    in.text(root, "contentHash"), history(root), drift(root));
            String expected = CalibrationProfileJson.contentHash(p);
            if (!expected.equals(p.contentHash())) {
                throw in.bad("contentHash", "does not match the content (" + expected + "): the profile was changed "
                        + "after it was made; recalibrate rather than edit a profile");
            }
            return p;
        } catch (InvalidProfileException e) {
            throw in.bad(e.field(), e.problem());
        }
    }

    private Curve curve(JsonNode fit) {
        FitType type;
        try {
            type = FitType.fromId(in.text(fit, "fit.type"));
        } catch (IllegalArgumentException e) {
            throw in.bad("fit.type", e.getMessage());
        }
        JsonNode c = in.array(fit, "fit.coefficients");
        if (c.size() != type.parameters()) {
            throw in.bad("fit.coefficients", type.id() + " needs " + type.parameters() + " coefficients, found " + c.size());
        }
        double[] coefficients = new double[c.size()];
        for (int i = 0; i < coefficients.length; i++) {
            coefficients[i] = in.value(c.get(i), "fit.coefficients[" + i + "]");
        }
        return new Curve(type, coefficients);
    }

    private List<CalibrationPoint> points(JsonNode root) {
        JsonNode a = in.array(root, "points");
        List<CalibrationPoint> points = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String f = "points[" + i + "]";
            JsonNode p = a.get(i);
            double counts = in.number(p, f + ".counts");
            double newtons = in.number(p, f + ".newtons");
            Direction dir = in.enumValue(Direction.class, in.text(p, f + ".direction"), f + ".direction");
            try {
                points.add(new CalibrationPoint(counts, newtons, dir));
            } catch (IllegalArgumentException e) {
                throw in.bad(f, e.getMessage());
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
            throw in.bad("drift", "must be an object or null");
        }
        String model = in.text(d, "drift.model");
        if (!model.equals("first-order-creep")) {
            throw in.bad("drift.model", "'" + model + "' is not a known drift model (first-order-creep)");
        }
        return new CreepModel(in.number(d, "drift.share"), in.number(d, "drift.tauSeconds"));
    }

    private List<CalibrationCheck> history(JsonNode root) {
        JsonNode h = root.get("history");
        if (h == null || h.isNull()) {
            return List.of();
        }
        if (!h.isArray()) {
            throw in.bad("history", "must be an array");
        }
        List<CalibrationCheck> checks = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            String f = "history[" + i + "]";
            JsonNode c = h.get(i);
            List<CalibrationCheck.Point> pts = new ArrayList<>();
            JsonNode a = in.array(c, f + ".points");
            for (int j = 0; j < a.size(); j++) {
                String g = f + ".points[" + j + "]";
                JsonNode p = a.get(j);
                pts.add(new CalibrationCheck.Point(in.number(p, g + ".referenceNewtons"), in.number(p, g + ".measuredNewtons"),
                        in.number(p, g + ".errorPercentFullScale"), in.enumValue(RangeStatus.class, in.text(p, g + ".status"), g + ".status")));
            }
            try {
                checks.add(new CalibrationCheck(in.instant(c, f + ".at"), in.text(c, f + ".by"),
                        in.number(c, f + ".tolerancePercentFullScale"), pts, in.field(c, f + ".passed").asBoolean()));
            } catch (IllegalArgumentException e) {
                throw in.bad(f, e.getMessage());
            }
        }
        return checks;
    }
}

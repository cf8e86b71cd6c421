package org.palpa.adapter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.palpa.core.calibration.CalibrationCheck;
import org.palpa.core.calibration.CalibrationPoint;
import org.palpa.core.calibration.CalibrationProfile;

/**
 * Writes calibration profiles in the {@code palpa.calibration/1} JSON schema documented in
 * {@code docs/calibration.md}, with their content hash, and replaces files atomically so that an
 * interrupted write never leaves half a profile. {@link CalibrationProfileReader} reads them back.
 */
public final class CalibrationProfileJson {
    /** The schema name and version written into every profile. */
    public static final String SCHEMA = "palpa.calibration/1";

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private CalibrationProfileJson() {
    }

    /** The profile with its content hash computed. */
    public static CalibrationProfile hashed(CalibrationProfile profile) {
        return profile.withHash(contentHash(profile));
    }

    /** {@code sha256:} and the hex digest of the compact document without its hash and history. */
    public static String contentHash(CalibrationProfile profile) {
        ObjectNode doc = document(profile);
        doc.remove("contentHash");
        doc.remove("history");
        try {
            byte[] bytes = new ObjectMapper().writeValueAsBytes(doc);
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a calibration profile", e);
        }
    }

    /** The JSON document of {@code profile}. */
    public static ObjectNode document(CalibrationProfile p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("id", p.id());
        ObjectNode d = root.putObject("device");
        d.put("model", p.device().model());
        d.put("serial", p.device().serial());
        d.put("channel", p.device().channel());
        d.put("label", p.device().label());
        root.put("sensor", p.sensor());
        ObjectNode fit = root.putObject("fit");
        fit.put("type", p.curve().type().id());
        ArrayNode coefficients = fit.putArray("coefficients");
        for (double c : p.curve().coefficients()) {
            coefficients.add(c);
        }
        fit.put("chosenBecause", p.chosenBecause());
        root.put("tareCounts", p.tareCounts());
        ObjectNode range = root.putObject("range");
        range.put("minCounts", p.range().minCounts());
        range.put("maxCounts", p.range().maxCounts());
        range.put("minNewtons", p.range().minNewtons());
        range.put("maxNewtons", p.range().maxNewtons());
        number(range, "saturationCounts", p.range().saturationCounts());
        ArrayNode points = root.putArray("points");
        for (CalibrationPoint pt : p.points()) {
            points.addObject().put("counts", pt.counts()).put("newtons", pt.newtons())
                    .put("direction", pt.direction().name().toLowerCase(Locale.ROOT));
        }
        ObjectNode q = root.putObject("quality");
        q.put("rSquared", p.quality().rSquared());
        q.put("maxAbsErrorNewtons", p.quality().maxAbsErrorNewtons());
        q.put("percentFullScale", p.quality().percentFullScale());
        number(q, "heldOutRmsNewtons", p.quality().heldOutRmsNewtons());
        number(q, "heldOutMaxNewtons", p.quality().heldOutMaxNewtons());
        number(q, "hysteresisNewtons", p.spread().hysteresisNewtons());
        number(q, "hysteresisPercentFullScale", p.spread().hysteresisPercent());
        number(q, "repeatabilityNewtons", p.spread().repeatabilityNewtons());
        number(q, "repeatabilityPercentFullScale", p.spread().repeatabilityPercent());
        ArrayNode masses = root.putArray("referenceMassesKg");
        p.referenceMassesKg().forEach(masses::add);
        root.put("createdBy", p.createdBy());
        root.put("createdAt", p.createdAt().toString());
        root.put("probeAreaCm2", p.probeArea().squareCentimetres());
        root.put("validDays", p.validDays());
        if (p.drift() != null) {
            // Written only when present, so profiles without one keep the content hash they had.
            ObjectNode drift = root.putObject("drift");
            drift.put("model", "first-order-creep");
            drift.put("share", p.drift().share());
            drift.put("tauSeconds", p.drift().tauSeconds());
        }
        root.put("contentHash", p.contentHash());
        ArrayNode history = root.putArray("history");
        for (CalibrationCheck c : p.history()) {
            ObjectNode h = history.addObject();
            h.put("at", c.at().toString());
            h.put("by", c.by());
            h.put("tolerancePercentFullScale", c.tolerancePercentFullScale());
            h.put("passed", c.passed());
            ArrayNode cp = h.putArray("points");
            for (CalibrationCheck.Point pt : c.points()) {
                cp.addObject().put("referenceNewtons", pt.referenceNewtons()).put("measuredNewtons", pt.measuredNewtons())
                        .put("errorPercentFullScale", pt.errorPercentFullScale())
                        .put("status", pt.status().name().toLowerCase(Locale.ROOT));
            }
        }
        return root;
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    /**
     * Writes {@code profile} to {@code file} through a temporary file in the same folder and an
     * atomic rename: a reader sees the old file or the new one, never a part.
     */
    public static void writeAtomically(CalibrationProfile profile, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.write(temp, (MAPPER.writeValueAsString(document(profile)) + "\n").getBytes(StandardCharsets.UTF_8));
            if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // A temporary file is private to its owner; a profile is shared like any document.
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The file name a profile is stored under: model, serial and channel label. */
    public static String fileName(CalibrationProfile.DeviceChannel device) {
        return (device.model() + "_" + device.serial() + "_" + device.label()).replaceAll("[^A-Za-z0-9._-]", "_")
                + ".json";
    }
}

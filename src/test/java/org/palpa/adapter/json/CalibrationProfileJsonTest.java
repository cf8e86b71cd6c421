package org.palpa.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.core.calibration.CalibrationCheck;
import org.palpa.core.calibration.CalibrationPoint;
import org.palpa.core.calibration.CalibrationProfile;
import org.palpa.core.calibration.CreepModel;
import org.palpa.core.calibration.FitType;
import org.palpa.core.calibration.ProfileFitting;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.InputFormatException;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;

class CalibrationProfileJsonTest {
    static final DeviceInfo GLOVE = new DeviceInfo("sim-glove-raw", "SIM-1", "sim-1",
            List.of(new Channel(0, "thumb", Unit.COUNTS), new Channel(1, "index", Unit.COUNTS)), 200);

    @TempDir
    Path dir;

    /** A power-law profile of the thumb, made from exact points with loading and unloading. */
    static CalibrationProfile profile() {
        List<CalibrationPoint> points = new ArrayList<>();
        points.add(CalibrationPoint.loading(0, 0));
        for (double kg : new double[] {0.5, 1, 2, 3, 4, 5}) {
            points.add(CalibrationPoint.loading(Math.pow(kg * 9.80665 / 0.002, 1 / 1.4), kg * 9.80665));
        }
        points.add(CalibrationPoint.unloading(Math.pow(2 * 9.80665 / 0.002, 1 / 1.4) + 8, 2 * 9.80665));
        var ctx = new ProfileFitting.Context(new CalibrationProfile.DeviceChannel("sim-glove-raw", "SIM-1", 0, "thumb"),
                "FSR", "A. Therapist", Instant.parse("2026-11-26T20:00:00Z"), new ProbeArea(1.5), 180, 4095,
                List.of(0.5, 1.0, 2.0, 3.0, 4.0, 5.0));
        var made = (ProfileFitting.Outcome.Made) ProfileFitting.fit(ctx, 120, points, List.of(FitType.values()));
        return CalibrationProfileJson.hashed(made.profile());
    }

    private Path write(CalibrationProfile p) throws Exception {
        Path file = dir.resolve(CalibrationProfileJson.fileName(p.device()));
        CalibrationProfileJson.writeAtomically(p, file);
        return file;
    }

    /** Writes the profile, edits its JSON, and returns the file. */
    private Path edited(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode doc = CalibrationProfileJson.document(profile());
        edit.accept(doc);
        Path file = dir.resolve("edited.json");
        Files.writeString(file, CalibrationProfileJson.MAPPER.writeValueAsString(doc));
        return file;
    }

    private static void rejected(Path file, String message) {
        assertThatThrownBy(() -> CalibrationProfileReader.readFor(file, GLOVE, 0))
                .isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith(file.toString() + ": ")
                .hasMessageContaining(message);
    }

    @Test
    void givenAProfileWithAHistory_whenWrittenAndReadBack_thenEveryFieldAndTheHashSurvive() throws Exception {
        CalibrationProfile p = profile();
        var check = CalibrationCheck.judge(p, new double[] {9.80665}, new double[] {120 + 700}, 2, "checker",
                Instant.parse("2026-11-27T08:00:00Z"));
        p = p.withCheck(check);
        CalibrationProfile back = CalibrationProfileReader.readFor(write(p), GLOVE, 0);
        assertThat(back).isEqualTo(p);
        assertThat(back.contentHash()).startsWith("sha256:").hasSize(71);
        assertThat(back.history()).hasSize(1);
        assertThat(back.ref().profileId()).isEqualTo("sim-glove-raw_SIM-1_thumb_20261126T200000Z");
    }

    @Test
    void givenAProfileWithACreepModel_whenWrittenAndReadBack_thenTheModelSurvivesAndIsPartOfTheHash() throws Exception {
        CalibrationProfile plain = profile();
        CalibrationProfile withDrift = CalibrationProfileJson.hashed(plain.withDrift(new CreepModel(0.05, 12)));
        CalibrationProfile back = CalibrationProfileReader.readFor(write(withDrift), GLOVE, 0);
        assertThat(back.drift()).isEqualTo(new CreepModel(0.05, 12));
        assertThat(back.contentHash()).isNotEqualTo(plain.contentHash());
        rejected(edited(d -> d.putObject("drift").put("model", "first-order-creep").put("share", 0.05)
                .put("tauSeconds", -3)), "drift.tauSeconds: must be a positive number of seconds");
    }

    @Test
    void givenAMissingField_thenRejectedNamingTheFileAndField() throws Exception {
        rejected(edited(d -> ((ObjectNode) d.get("range")).remove("maxCounts")), "range.maxCounts: is missing");
        rejected(edited(d -> d.remove("createdBy")), "createdBy: is missing");
    }

    @Test
    void givenANaNCoefficient_thenRejectedNamingTheCoefficient() throws Exception {
        rejected(edited(d -> ((ArrayNode) d.get("fit").get("coefficients")).set(1, Double.NaN)),
                "fit.coefficients[1]: is NaN");
        Path literal = write(profile());
        Files.writeString(literal, Files.readString(literal).replaceFirst("\"coefficients\" : \\[ [^,]+", "\"coefficients\" : [ NaN"));
        rejected(literal, "fit.coefficients[0]: is NaN");
    }

    @Test
    void givenACurveThatFallsOverItsRange_thenRejectedAsNotRising() throws Exception {
        rejected(edited(d -> ((ArrayNode) d.get("fit").get("coefficients")).set(1, -1.4)),
                "fit.coefficients: the power curve is not strictly rising");
    }

    @Test
    void givenADuplicatePoint_thenRejectedNamingThePoint() throws Exception {
        rejected(edited(d -> ((ArrayNode) d.get("points")).add(d.get("points").get(2).deepCopy())),
                "points[8]: duplicates an earlier point");
    }

    @Test
    void givenAProfileOfAnotherSerialOrChannel_thenRejected() throws Exception {
        Path file = write(profile());
        DeviceInfo other = new DeviceInfo("sim-glove-raw", "SIM-2", "sim-1", GLOVE.channels(), 200);
        assertThatThrownBy(() -> CalibrationProfileReader.readFor(file, other, 0))
                .hasMessageContaining("device.serial: profile is for serial SIM-1, the device is serial SIM-2");
        assertThatThrownBy(() -> CalibrationProfileReader.readFor(file, GLOVE, 1))
                .hasMessageContaining("device.channel: profile is for channel 0 (thumb), wanted channel 1 (index)");
    }

    @Test
    void givenAnEditedValue_thenTheContentHashRefusesIt() throws Exception {
        rejected(edited(d -> d.put("tareCounts", 121.0)), "contentHash: does not match the content");
    }

    @Test
    void givenBrokenJson_thenTheLineAndColumnAreNamed() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"schema\": \"palpa.calibration/1\",\n  \"id\": \n}");
        assertThatThrownBy(() -> CalibrationProfileReader.read(file)).isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith(file + ":4: column 1: not valid JSON");
    }

    @Test
    void givenAnExistingProfile_whenReplaced_thenNoTemporaryFileIsLeftBehind() throws Exception {
        Path file = write(profile());
        write(profile().withCheck(CalibrationCheck.judge(profile(), new double[] {1}, new double[] {200}, 2, "x",
                Instant.EPOCH)));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .containsExactly(file.getFileName().toString());
        }
        assertThat(CalibrationProfileReader.read(file).history()).hasSize(1);
    }
}

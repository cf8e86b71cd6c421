package org.palpa.adapter.export;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.palpa.app.port.SessionReader;
import org.palpa.core.record.StoredSession;

/**
 * Writes a session's samples as a tidy CSV (one row per sample and channel) with a JSON sidecar
 * of its metadata next to it ({@code FILE.json}). Columns: {@code time_utc} (ISO-8601 wall clock,
 * microseconds, within the session's start and end even for a sped-up simulation: see
 * {@link org.palpa.core.record.SessionClock}), {@code t_s} (seconds from the first frame), {@code sequence}, {@code channel},
 * {@code raw} (as the device sent it) and {@code calibrated_n} (force in newtons), which a raw
 * session ({@code --raw}, values in uncalibrated counts) names {@code uncalibrated_counts}.
 */
public final class CsvSessionExport {
    static final List<String> HEADER = List.of("time_utc", "t_s", "sequence", "channel", "raw", "calibrated_n");
    /** The header of a raw session, whose values have no calibration. */
    static final List<String> RAW_HEADER = List.of("time_utc", "t_s", "sequence", "channel", "raw", "uncalibrated_counts");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private CsvSessionExport() {
    }

    /** Writes {@code csv} and {@code csv + ".json"}; returns the sidecar's path. */
    public static Path write(SessionReader reader, StoredSession s, Path csv, boolean includeName, ExportProgress progress)
            throws IOException {
        long origin = reader.originNanos(s.id());
        long last = reader.lastFrameNanos(s.id());
        org.palpa.core.record.SessionClock clock = org.palpa.core.record.SessionClock.of(s.meta().startedAtEpochMillis(),
                s.endedAtEpochMillis(), last == Long.MIN_VALUE ? 0 : last - origin);
        List<String> labels = s.meta().device().channelNames();
        long[] done = {0};
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(csv), StandardCharsets.UTF_8));
             CSVPrinter p = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().print(w)) {
            p.printRecord(s.meta().target().unit().kind() == org.palpa.core.sample.Unit.Kind.RAW ? RAW_HEADER : HEADER);
            try {
                reader.forEachChunk(s.id(), chunk -> {
                    try {
                        for (int i = 0; i < chunk.frameCount(); i++) {
                            long rel = chunk.timestampNanos(i) - origin;
                            String time = UTC.format(Instant.EPOCH.plusNanos(clock.epochNanos(rel)));
                            String t = Double.toString(rel / 1e9);
                            for (int c = 0; c < chunk.channelCount(); c++) {
                                p.printRecord(time, t, chunk.sequence(i), labels.get(c), chunk.raw(i, c),
                                        (float) chunk.calibratedNewtons(i, c));
                            }
                        }
                        done[0] += chunk.frameCount();
                        progress.frames(done[0], s.frameCount());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        Path sidecar = csv.resolveSibling(csv.getFileName() + ".json");
        var meta = SessionMetadataJson.withSeal(SessionMetadataJson.build(s, reader.holds(s.id()), reader.events(s.id()),
                origin, includeName), s, reader.seal(s.id()));
        SessionMetadataJson.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(sidecar.toFile(), meta);
        return sidecar;
    }
}

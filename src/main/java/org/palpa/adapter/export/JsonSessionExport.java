package org.palpa.adapter.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.palpa.app.port.SessionReader;
import org.palpa.core.record.StoredSession;

/**
 * Writes a whole session as one JSON document: the {@code palpa.session/1} metadata plus a
 * {@code samples} array of frames, each {@code {"t": s, "sequence": n, "raw": [...], "calibratedN": [...]}},
 * then the {@code chain}: every chain entry exactly as stored, so that with the seal in
 * {@code integrity} a third party can recompute and check the signed chain head without the database.
 * It streams, so a long session never has to fit in memory.
 */
public final class JsonSessionExport {
    private JsonSessionExport() {
    }

    public static void write(SessionReader reader, StoredSession s, Path file, boolean includeName, ExportProgress progress)
            throws IOException {
        long origin = reader.originNanos(s.id());
        boolean rawSession = s.meta().target().unit().kind() == org.palpa.core.sample.Unit.Kind.RAW;
        var meta = SessionMetadataJson.withSeal(SessionMetadataJson.build(s, reader.holds(s.id()), reader.events(s.id()),
                origin, includeName), s, reader.seal(s.id()));
        long[] done = {0};
        try (JsonGenerator g = SessionMetadataJson.MAPPER.getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            var fields = meta.fields();
            while (fields.hasNext()) {
                var f = fields.next();
                g.writeFieldName(f.getKey());
                SessionMetadataJson.MAPPER.writeTree(g, f.getValue());
            }
            g.writeArrayFieldStart("samples");
            try {
                reader.forEachChunk(s.id(), chunk -> {
                    try {
                        for (int i = 0; i < chunk.frameCount(); i++) {
                            g.writeRaw('\n');
                            g.writeStartObject();
                            g.writeNumberField("t", (chunk.timestampNanos(i) - origin) / 1e9);
                            g.writeNumberField("sequence", chunk.sequence(i));
                            g.writeArrayFieldStart("raw");
                            for (int c = 0; c < chunk.channelCount(); c++) {
                                g.writeNumber(chunk.raw(i, c));
                            }
                            g.writeEndArray();
                            g.writeArrayFieldStart(rawSession ? "uncalibratedCounts" : "calibratedN");
                            for (int c = 0; c < chunk.channelCount(); c++) {
                                g.writeNumber((float) chunk.calibratedNewtons(i, c));
                            }
                            g.writeEndArray();
                            g.writeEndObject();
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
            g.writeEndArray();
            g.writeArrayFieldStart("chain");
            try {
                reader.forEachEntry(s.id(), entry -> {
                    try {
                        g.writeRaw('\n');
                        ChainJson.write(g, entry);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}

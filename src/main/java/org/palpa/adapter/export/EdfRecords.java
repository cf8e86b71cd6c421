package org.palpa.adapter.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.palpa.app.port.SessionReader;

/** Lays a session's frames into EDF data records by sequence number, filling missing frames with the last value. */
final class EdfRecords {
    private static final byte[] NONE = new byte[0];
    private final int channels;
    private final int perRecord;
    private final long firstSeq;
    private final double scale;
    private final double[][] buffer;
    private final double[] last;
    private int filled;
    private long recordIndex;
    private long done;

    EdfRecords(int channels, int perRecord, long firstSeq, double scale) {
        this.channels = channels;
        this.perRecord = perRecord;
        this.firstSeq = firstSeq;
        this.scale = scale;
        this.buffer = new double[channels][perRecord];
        this.last = new double[channels];
    }

    void write(SessionReader reader, long id, EdfPlusWriter w, Map<Long, ByteArrayOutputStream> tals, long records,
               ExportProgress progress, long totalFrames) throws IOException {
        reader.forEachChunk(id, chunk -> {
            for (int i = 0; i < chunk.frameCount(); i++) {
                long slot = chunk.sequence(i) - firstSeq;
                while (recordIndex * perRecord + filled < slot) {
                    put(w, tals, last);
                }
                for (int c = 0; c < channels; c++) {
                    last[c] = chunk.calibratedNewtons(i, c) * scale;
                }
                put(w, tals, last);
            }
            done += chunk.frameCount();
            progress.frames(done, totalFrames);
        });
        while (recordIndex < records) {
            put(w, tals, last);
        }
    }

    private void put(EdfPlusWriter w, Map<Long, ByteArrayOutputStream> tals, double[] values) {
        for (int c = 0; c < channels; c++) {
            buffer[c][filled] = values[c];
        }
        if (++filled == perRecord) {
            try {
                ByteArrayOutputStream t = tals.get(recordIndex);
                w.writeRecord(buffer, t == null ? NONE : t.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            filled = 0;
            recordIndex++;
        }
    }

}

package org.palpa.adapter.export;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.palpa.app.port.SessionReader;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.record.StoredSession;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.sample.Unit;

/**
 * Exports a session as EDF+C: one signal per channel holding the calibrated force in N (or the
 * pressure in kPa when the session's target was a pressure), with physical extremes taken from
 * the data itself, and holds, pain scores and events as "EDF Annotations" TALs in the record
 * where each begins. Samples sit on the nominal rate's grid by their sequence numbers; frames
 * missing from the record are filled with the last value and marked by an annotation.
 */
public final class EdfSessionExport {
    /** EDF+ advises records of at most 61440 bytes. */
    private static final int MAX_RECORD_BYTES = 61_440;

    private EdfSessionExport() {
    }

    public static void write(SessionReader reader, StoredSession s, Path file, boolean includeName, ExportProgress progress)
            throws IOException {
        SessionMeta m = s.meta();
        int channels = m.device().channelCount();
        boolean pressure = m.target().unit().kind() == Unit.Kind.PRESSURE;
        // a raw session (--raw) holds uncalibrated counts: they are exported as counts, never as N
        String dimension = pressure ? "kPa" : m.target().unit().kind() == Unit.Kind.RAW ? "counts" : "N";
        double scale = pressure ? 10.0 / m.probeAreaCm2() : 1.0; // 1 N on 1 cm² is 10 kPa
        Range range = Range.of(reader, s.id(), channels, scale);
        if (range.frames == 0) {
            throw new IllegalArgumentException("session " + s.id() + " has no samples to export");
        }
        double rate = m.device().nominalRateHz();
        double recordSeconds = recordSeconds(rate, channels);
        int perRecord = (int) Math.round(rate * recordSeconds);
        long slots = range.lastSeq - range.firstSeq + 1;
        long records = (slots + perRecord - 1) / perRecord;
        long origin = reader.originNanos(s.id());

        Map<Long, ByteArrayOutputStream> tals = new TreeMap<>();
        for (HoldResult h : reader.holds(s.id())) {
            double onset = (h.holdStartNanos() - origin) / 1e9;
            add(tals, onset, recordSeconds, records, EdfPlusWriter.tal(onset, h.durationSeconds(), String.format(Locale.ROOT,
                    "hold %d %s %s mean %.2f %s", h.index(), m.device().channels().get(h.channel()).label(), h.outcome(),
                    h.mean(), h.unit().symbol())));
        }
        for (RecordedEvent e : reader.events(s.id())) {
            double onset = Math.max(0, (e.timestampNanos() - origin) / 1e9);
            String text = e.kind() == RecordedEvent.Kind.PAIN
                    ? String.format(Locale.ROOT, "pain %.0f/10 %s", e.value(), e.detail()).strip()
                    : e.kind().name().toLowerCase(Locale.ROOT) + " " + e.detail();
            add(tals, onset, recordSeconds, records, EdfPlusWriter.tal(onset, 0, text));
        }
        reader.seal(s.id()).filter(e -> e.signed()).ifPresent(e -> {
            // the seal, so an EDF+ file can be matched to its signed record (palpa sessions verify-export checks json)
            add(tals, 0, recordSeconds, records, EdfPlusWriter.tal(0, 0, "palpa seal: ledger entry " + e.seq()
                    + ", " + e.chainLength() + " items, SHA-256 chain head " + e.chainHead() + ", Ed25519 key "
                    + e.keyFingerprint()));
            add(tals, 0, recordSeconds, records, EdfPlusWriter.tal(0, 0, "palpa seal signature: " + e.signature()));
        });
        List<String> labels = m.device().channelNames();
        List<EdfPlusWriter.Signal> signals = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            double lo = EdfPlusWriter.fit(range.min[c], false);
            double hi = EdfPlusWriter.fit(range.max[c] > range.min[c] ? range.max[c] : range.min[c] + 1, true);
            signals.add(new EdfPlusWriter.Signal(labels.get(c), m.device().model() + " force sensor", dimension,
                    lo, hi, dimension.equals("counts") ? "none (unfiltered, uncalibrated)" : "none (unfiltered, calibrated)", perRecord));
        }
        for (long[] gap : range.gaps) {
            double onset = (gap[0] - range.firstSeq) / rate;
            add(tals, onset, recordSeconds, records, EdfPlusWriter.tal(onset, gap[1] / rate,
                    gap[1] + " frames missing from the record; filled with the last value"));
        }
        if (slots % perRecord != 0) {
            double onset = slots / rate;
            add(tals, onset, recordSeconds, records, EdfPlusWriter.tal(onset, 0,
                    "end of recording; the rest of this data record repeats the last value"));
        }
        int annotationBytes = 64;
        for (ByteArrayOutputStream b : tals.values()) {
            annotationBytes = Math.max(annotationBytes, 64 + b.size());
        }
        annotationBytes += annotationBytes % 2;
        LocalDateTime start = LocalDateTime.ofInstant(Instant.ofEpochMilli(m.startedAtEpochMillis()), ZoneId.systemDefault());
        String name = includeName && m.clientDisplayName() != null ? m.clientDisplayName().replace(' ', '_') : "X";
        String patient = m.clientCode() + " X X " + name;
        String recording = "session-" + s.id() + " " + m.therapist().replace(' ', '_') + " " + m.device().model().replace(' ', '_');
        try (EdfPlusWriter w = new EdfPlusWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), patient,
                recording, start, signals, recordSeconds, records, annotationBytes)) {
            new EdfRecords(channels, perRecord, range.firstSeq, scale).write(reader, s.id(), w, tals, records, progress,
                    s.frameCount());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void add(Map<Long, ByteArrayOutputStream> tals, double onset, double recordSeconds, long records, byte[] tal) {
        long r = Math.min(records - 1, Math.max(0, (long) Math.floor(onset / recordSeconds)));
        tals.computeIfAbsent(r, k -> new ByteArrayOutputStream()).writeBytes(tal);
    }

    /** The longest record duration of 1, 0.5, 0.25, 0.2 or 0.1 s that holds whole samples and stays within 61440 bytes. */
    static double recordSeconds(double rate, int channels) {
        for (double d : new double[] {1, 0.5, 0.25, 0.2, 0.1}) {
            double n = rate * d;
            if (Math.abs(n - Math.round(n)) < 1e-9 && Math.round(n) >= 1 && 2 * Math.round(n) * channels + 512 <= MAX_RECORD_BYTES) {
                return d;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "EDF+ needs whole samples per data record; a rate of %.4f Hz with %d channels does not fit", rate, channels));
    }

    /** The extremes and sequence range of a session's calibrated values, from a first pass over its chunks. */
    private static final class Range {
        double[] min;
        double[] max;
        long firstSeq = Long.MAX_VALUE;
        long lastSeq = Long.MIN_VALUE;
        long frames;
        final List<long[]> gaps = new ArrayList<>();

        static Range of(SessionReader reader, long id, int channels, double scale) {
            Range r = new Range();
            r.min = new double[channels];
            r.max = new double[channels];
            java.util.Arrays.fill(r.min, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(r.max, Double.NEGATIVE_INFINITY);
            reader.forEachChunk(id, chunk -> {
                for (int i = 0; i < chunk.frameCount(); i++) {
                    if (r.lastSeq != Long.MIN_VALUE && chunk.sequence(i) > r.lastSeq + 1) {
                        r.gaps.add(new long[] {r.lastSeq + 1, chunk.sequence(i) - r.lastSeq - 1});
                    }
                    r.firstSeq = Math.min(r.firstSeq, chunk.sequence(i));
                    r.lastSeq = Math.max(r.lastSeq, chunk.sequence(i));
                    for (int c = 0; c < channels; c++) {
                        double v = chunk.calibratedNewtons(i, c) * scale;
                        r.min[c] = Math.min(r.min[c], v);
                        r.max[c] = Math.max(r.max[c], v);
                    }
                }
                r.frames += chunk.frameCount();
            });
            return r;
        }
    }
}

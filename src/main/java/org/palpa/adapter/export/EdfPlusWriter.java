package org.palpa.adapter.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a continuous EDF+ file ("EDF+C"), following the EDF specification (Kemp et al. 1992,
 * Electroenceph. clin. Neurophysiol. 82:391–393) and its EDF+ extension (Kemp &amp; Olivan 2003,
 * Clin. Neurophysiol. 114:1755–1761; https://www.edfplus.info/specs/edfplus.html).
 *
 * <p>The header is ASCII in fixed-width, space-padded fields; each data record holds, per signal,
 * its samples as 16-bit little-endian two's-complement integers, and last the "EDF Annotations"
 * signal, whose first TAL keeps the record's start time. Callers give physical values; the writer
 * quantises them linearly between the signal's physical and digital extremes.
 */
final class EdfPlusWriter implements AutoCloseable {
    static final int DIGITAL_MIN = -32768;
    static final int DIGITAL_MAX = 32767;
    static final String ANNOTATIONS_LABEL = "EDF Annotations";

    /**
     * One ordinary signal.
     *
     * @param physicalMin lowest physical value, already rounded to fit the header (see {@link #fit})
     * @param physicalMax highest physical value, above {@code physicalMin}
     */
    record Signal(String label, String transducer, String dimension, double physicalMin, double physicalMax,
                  String prefiltering, int samplesPerRecord) {
        Signal {
            if (!(physicalMax > physicalMin) || samplesPerRecord < 1) {
                throw new IllegalArgumentException("EDF signal " + label + " needs max > min and samples per record >= 1");
            }
        }
    }

    private final OutputStream out;
    private final List<Signal> signals;
    private final int annotationBytes;
    private final double recordSeconds;
    private final ByteBuffer record;
    private long written;

    /**
     * Writes the header.
     *
     * @param patient         the EDF+ local patient field: code, sex, birthdate, name ("X" for unknown)
     * @param recording       the EDF+ local recording field after the start date: admin code, technician, equipment
     * @param annotationBytes bytes per record for the annotations signal, even
     */
    EdfPlusWriter(OutputStream out, String patient, String recording, LocalDateTime start, List<Signal> signals,
                  double recordSeconds, long records, int annotationBytes) throws IOException {
        this.out = out;
        this.signals = List.copyOf(signals);
        this.annotationBytes = annotationBytes;
        this.recordSeconds = recordSeconds;
        int ns = signals.size() + 1;
        StringBuilder h = new StringBuilder();
        field(h, "0", 8);
        field(h, patient, 80);
        field(h, "Startdate " + start.format(DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ROOT)).toUpperCase(Locale.ROOT)
                + " " + recording, 80);
        field(h, start.format(DateTimeFormatter.ofPattern("dd.MM.yy", Locale.ROOT)), 8);
        field(h, start.format(DateTimeFormatter.ofPattern("HH.mm.ss", Locale.ROOT)), 8);
        field(h, Integer.toString(256 * (ns + 1)), 8);
        field(h, "EDF+C", 44);
        field(h, Long.toString(records), 8);
        field(h, number(recordSeconds), 8);
        field(h, Integer.toString(ns), 4);
        for (Signal s : signals) {
            field(h, s.label(), 16);
        }
        field(h, ANNOTATIONS_LABEL, 16);
        for (Signal s : signals) {
            field(h, s.transducer(), 80);
        }
        field(h, "", 80);
        signals.forEach(s -> field(h, s.dimension(), 8));
        field(h, "", 8);
        signals.forEach(s -> field(h, number(s.physicalMin()), 8));
        field(h, "-1", 8);
        signals.forEach(s -> field(h, number(s.physicalMax()), 8));
        field(h, "1", 8);
        for (int i = 0; i <= signals.size(); i++) {
            field(h, Integer.toString(DIGITAL_MIN), 8);
        }
        for (int i = 0; i <= signals.size(); i++) {
            field(h, Integer.toString(DIGITAL_MAX), 8);
        }
        signals.forEach(s -> field(h, s.prefiltering(), 80));
        field(h, "", 80);
        signals.forEach(s -> field(h, Integer.toString(s.samplesPerRecord()), 8));
        field(h, Integer.toString(annotationBytes / 2), 8);
        for (int i = 0; i < ns; i++) {
            field(h, "", 32);
        }
        byte[] header = h.toString().getBytes(StandardCharsets.US_ASCII);
        if (header.length != 256 * (ns + 1)) {
            throw new IllegalStateException("EDF header is " + header.length + " bytes, expected " + 256 * (ns + 1));
        }
        out.write(header);
        int bytes = annotationBytes;
        for (Signal s : signals) {
            bytes += 2 * s.samplesPerRecord();
        }
        record = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Writes the next data record.
     *
     * @param samples     physical values per signal, {@code samplesPerRecord} each
     * @param annotations TALs after the time-keeping TAL, each ending in a 0 byte; may be empty
     */
    void writeRecord(double[][] samples, byte[] annotations) throws IOException {
        record.clear();
        for (int s = 0; s < signals.size(); s++) {
            Signal sig = signals.get(s);
            double scale = (DIGITAL_MAX - (double) DIGITAL_MIN) / (sig.physicalMax() - sig.physicalMin());
            for (int i = 0; i < sig.samplesPerRecord(); i++) {
                long d = Math.round((samples[s][i] - sig.physicalMin()) * scale + DIGITAL_MIN);
                record.putShort((short) Math.max(DIGITAL_MIN, Math.min(DIGITAL_MAX, d)));
            }
        }
        byte[] keep = ("+" + number(written * recordSeconds) + "\u0014\u0014\u0000").getBytes(StandardCharsets.UTF_8);
        if (keep.length + annotations.length > annotationBytes) {
            throw new IllegalStateException("annotations of record " + written + " need " + (keep.length + annotations.length)
                    + " bytes, only " + annotationBytes + " were reserved");
        }
        record.put(keep).put(annotations);
        while (record.hasRemaining()) {
            record.put((byte) 0);
        }
        out.write(record.array());
        written++;
    }

    /** One annotation as a TAL: onset and duration in seconds from the file's start, and its text. */
    static byte[] tal(double onsetSeconds, double durationSeconds, String text) {
        String clean = text.replaceAll("[\\x00-\\x1f]", " ");
        String duration = durationSeconds > 0 ? "\u0015" + number(durationSeconds) : "";
        return ("+" + number(onsetSeconds) + duration + "\u0014" + clean + "\u0014\u0000").getBytes(StandardCharsets.UTF_8);
    }

    /** A number as EDF writes it: plain decimal, at most 6 decimals, no trailing zeros. */
    static String number(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** {@code v} rounded outward (down for a minimum, up for a maximum) to the most decimals that fit 8 characters. */
    static double fit(double v, boolean up) {
        for (int decimals = 6; decimals >= 0; decimals--) {
            String s = BigDecimal.valueOf(v).setScale(decimals, up ? RoundingMode.CEILING : RoundingMode.FLOOR)
                    .stripTrailingZeros().toPlainString();
            if (s.length() <= 8) {
                return Double.parseDouble(s);
            }
        }
        throw new IllegalArgumentException("value " + v + " does not fit an 8-character EDF header field");
    }

    private static void field(StringBuilder h, String value, int width) {
        String ascii = value.replaceAll("[^\\x20-\\x7e]", "_");
        if (ascii.length() > width) {
            ascii = ascii.substring(0, width);
        }
        h.append(ascii).append(" ".repeat(width - ascii.length()));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

package org.palpa.adapter.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.palpa.app.port.SessionReader;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.record.StoredSession;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;

/**
 * Writes a session report a clinic can file, as PDF: session details under the client's
 * pseudonym, device and calibration, a plot of pressure over time with the target band and
 * holds, the holds and the share of targets met, pain scores, events, and the integrity hash.
 */
public final class PdfSessionReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);
    private static final float[] HOLD_COLUMNS = {0, 20, 75, 125, 175, 225, 275, 325, 370, 415};

    private PdfSessionReport() {
    }

    /**
     * Writes the report.
     *
     * @param integrity the outcome of verifying the session just before, in words
     */
    public static void write(SessionReader reader, StoredSession s, String integrity, Path file) throws IOException {
        SessionMeta m = s.meta();
        List<HoldResult> holds = reader.holds(s.id());
        List<RecordedEvent> events = reader.events(s.id()).stream()
                .sorted(java.util.Comparator.comparingLong(RecordedEvent::timestampNanos)).toList();
        long origin = reader.originNanos(s.id());
        double seconds = s.frameCount() / m.device().nominalRateHz();
        ZoneId zone = ZoneId.systemDefault();
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Palpa session " + s.id() + " - client " + m.clientCode());
            info.setCreator("Palpa");
            try (PageWriter w = new PageWriter(doc, "Palpa session " + s.id() + "  |  client " + m.clientCode()
                    + "  |  SHA-256 " + s.chainHead().substring(0, 16) + "...")) {
                w.title("Session report - session " + s.id());
                w.heading("Session");
                w.field("Client (pseudonym)", m.clientCode());
                w.field("Therapist", m.therapist());
                w.field("Site", m.site().isEmpty() ? "-" : m.site());
                w.field("Started", TIME.format(Instant.ofEpochMilli(m.startedAtEpochMillis()).atZone(zone)));
                w.field("Ended", s.endedAtEpochMillis() == null ? "-" : TIME.format(Instant.ofEpochMilli(s.endedAtEpochMillis()).atZone(zone)));
                w.field("Status", s.status().code() + (s.endReason() == null ? "" : " (" + s.endReason() + ")"));
                w.field("Signal", String.format(Locale.ROOT, "%.1f s, %d frames, %d lost by the recorder", seconds,
                        s.frameCount(), s.lostFrames()));
                w.field("Target", m.target().toString() + (m.target().rampRate().isAny() ? "" : ", ramp "
                        + m.target().rampRate().minPerSecond() + ".." + m.target().rampRate().maxPerSecond() + " /s"));
                if (!m.targets().isUniform()) {
                    // a glove judged per finger: each channel's own band, the plot shows the first
                    for (var c : m.device().channels()) {
                        w.field("  " + c.label(), m.targets().targetFor(c.label()).map(Object::toString)
                                .orElse("not tracked (shown only)"));
                    }
                }
                w.field("Notes", m.notes().isEmpty() ? "-" : m.notes());
                w.heading("Device and calibration");
                w.field("Device", m.device().model() + ", serial " + m.device().serialNumber() + ", firmware "
                        + m.device().firmwareVersion() + String.format(Locale.ROOT, ", %.0f Hz", m.device().nominalRateHz()));
                w.field("Channels", String.join(", ", m.device().channelNames()));
                w.field("Calibration", m.calibrationProfile() == null
                        ? "none recorded: the device's own units were used; quality not assessed"
                        : m.calibrationProfile() + " (profile SHA-256 " + m.calibrationHash() + ")");
                if (m.calibrationProfile() != null) {
                    w.field("Quality", m.calibrationQuality() == null ? "not recorded" : m.calibrationQuality());
                }
                w.field("Smoothing", m.filter() + String.format(Locale.ROOT, "; probe area %.2f cm2", m.probeAreaCm2()));
                w.heading("Pressure over time");
                // a recording paused in the live window spans more time than its frames fill
                double span = events.isEmpty() ? seconds
                        : Math.max(seconds, (events.get(events.size() - 1).timestampNanos() - origin) / 1e9);
                w.image(PressureChart.render(reader, s.id(), m, holds, origin, span, 1400, 700), w.width());
                holds(w, m, holds, origin);
                PptReportSection.write(w, events, origin);
                pain(w, events, origin);
                w.heading("Integrity");
                w.line("SHA-256 chain over " + s.chainLength() + " items (metadata, sample chunks, events, holds). Chain head:");
                w.monoLine(s.chainHead());
                w.line("Check at report time: " + integrity + "; re-check any time with: palpa sessions verify " + s.id());
            }
            doc.save(file.toFile());
        }
    }

    private static void holds(PageWriter w, SessionMeta m, List<HoldResult> holds, long origin) throws IOException {
        w.heading("Holds");
        if (holds.isEmpty()) {
            w.line("No holds were recorded.");
            return;
        }
        String u = holds.get(0).unit().symbol();
        w.row(HOLD_COLUMNS, new String[] {"#", "channel", "start s", "end s", "dur s", "in band s", "mean " + u,
            "peak " + u, "CV %", "outcome"}, true);
        for (HoldResult h : holds) {
            w.row(HOLD_COLUMNS, new String[] {Integer.toString(h.index()), m.device().channels().get(h.channel()).label(),
                f((h.holdStartNanos() - origin) / 1e9), f((h.holdEndNanos() - origin) / 1e9), f(h.durationSeconds()),
                f(h.timeInBandSeconds()), f(h.mean()), f(h.peak()), String.format(Locale.ROOT, "%.1f", 100 * h.coefficientOfVariation()),
                h.outcome().name().replace('_', ' ') + (h.rampRateInBand() ? "" : " (ramp off)")}, false);
        }
        long met = holds.stream().filter(h -> h.outcome() == HoldOutcome.MET).count();
        w.line(String.format(Locale.ROOT, "Targets met: %d of %d holds (%.0f%%).", met, holds.size(), 100.0 * met / holds.size()));
    }

    private static void pain(PageWriter w, List<RecordedEvent> events, long origin) throws IOException {
        w.heading("Pain scores (0-10)");
        List<RecordedEvent> pain = events.stream().filter(e -> e.kind() == RecordedEvent.Kind.PAIN).toList();
        if (pain.isEmpty()) {
            w.line("No pain scores were recorded.");
        }
        for (RecordedEvent e : pain) {
            w.line(String.format(Locale.ROOT, "%8.1f s   %.0f/10   %s", (e.timestampNanos() - origin) / 1e9, e.value(), e.detail()));
        }
        w.heading("Events");
        List<RecordedEvent> other = events.stream().filter(e -> e.kind() != RecordedEvent.Kind.PAIN).toList();
        for (RecordedEvent e : other) {
            w.line(String.format(Locale.ROOT, "%8.1f s   %s   %s", (e.timestampNanos() - origin) / 1e9,
                    e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), e.detail()));
        }
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}

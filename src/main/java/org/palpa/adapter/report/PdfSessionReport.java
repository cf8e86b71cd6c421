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
                if (m.calibrationProfile() == null) {
                    w.field("Calibration", m.target().unit().kind() == org.palpa.core.sample.Unit.Kind.RAW
                            ? "none: a raw session (--raw); values are uncalibrated counts, not newtons"
                            : "none recorded: the device's own units were used; quality not assessed");
                } else {
                    // one line per channel: its profile, the profile's hash, and the quality the session recorded
                    String[] profiles = m.calibrationProfile().split(",");
                    String[] hashes = m.calibrationHash() == null ? new String[0] : m.calibrationHash().split(",");
                    for (int i = 0; i < profiles.length; i++) {
                        w.field(i == 0 ? "Calibration" : "", profiles[i] + (i < hashes.length ? " (" + hashes[i].replaceFirst("^[^=]*=", "") + ")" : ""));
                    }
                    String[] qualities = m.calibrationQuality() == null ? new String[] {"not recorded"}
                            : m.calibrationQuality().split("; ");
                    for (int i = 0; i < qualities.length; i++) {
                        w.field(i == 0 ? "Quality" : "", qualities[i]);
                    }
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
                PlanReportSection.write(w, events, m.target().unit().symbol());
                w.heading("Integrity");
                w.line("SHA-256 chain over " + s.chainLength() + " items (metadata, sample chunks, events, holds). Chain head:");
                w.monoLine(s.chainHead());
                seal(w, reader.seal(s.id()));
                w.line("Check at report time: " + integrity);
                w.line("Re-check any time with: palpa sessions verify " + s.id() + ", or an export with: palpa sessions "
                        + "verify-export FILE --key KEY");
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
        // the unit goes in the line below the table, so that a long one (counts, kgf/cm2) cannot run into the next column
        w.row(HOLD_COLUMNS, new String[] {"#", "channel", "start s", "end s", "dur s", "in band s", "mean",
            "peak", "CV %", "outcome"}, true);
        for (HoldResult h : holds) {
            w.row(HOLD_COLUMNS, new String[] {Integer.toString(h.index()), m.device().channels().get(h.channel()).label(),
                f((h.holdStartNanos() - origin) / 1e9), f((h.holdEndNanos() - origin) / 1e9), f(h.durationSeconds()),
                f(h.timeInBandSeconds()), f(h.mean()), f(h.peak()), String.format(Locale.ROOT, "%.1f", 100 * h.coefficientOfVariation()),
                h.outcome().name().replace('_', ' ') + (h.rampRateInBand() ? "" : " (ramp off)")}, false);
        }
        w.line("Mean and peak in " + u + ". Targets met: " + org.palpa.core.hold.HoldTally.of(holds).describe() + ".");
    }

    private static void pain(PageWriter w, List<RecordedEvent> events, long origin) throws IOException {
        w.heading("Pain scores (0-10)");
        List<RecordedEvent> pain = events.stream().filter(e -> e.kind() == RecordedEvent.Kind.PAIN).toList();
        if (pain.isEmpty()) {
            w.line("No pain scores were recorded.");
        }
        for (RecordedEvent e : pain) {
            w.line(String.format(Locale.ROOT, "%8.1f s   %.0f/10   %s", (e.timestampNanos() - origin) / 1e9, e.value(), e.detail()
                    + e.addedLaterText()));
        }
        w.heading("Events");
        List<RecordedEvent> other = events.stream().filter(e -> e.kind() != RecordedEvent.Kind.PAIN).toList();
        for (RecordedEvent e : other) {
            w.line(String.format(Locale.ROOT, "%8.1f s   %s   %s", (e.timestampNanos() - origin) / 1e9,
                    e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), e.detail() + e.addedLaterText()));
        }
    }

    private static void seal(PageWriter w, java.util.Optional<org.palpa.core.record.LedgerEntry> seal) throws IOException {
        if (seal.isEmpty() || !seal.get().signed()) {
            w.line("Seal: none in the store's ledger; the chain head above is not signed.");
            return;
        }
        var e = seal.get();
        w.line("Sealed in the store's ledger, entry " + e.seq() + ", " + TIME.format(Instant.ofEpochMilli(e.atEpochMillis())
                .atZone(ZoneId.systemDefault())) + ". Ed25519 signature (hex):");
        w.monoLine(e.signature().substring(0, 64));
        w.monoLine(e.signature().substring(64));
        w.line("Signing key, SHA-256 fingerprint (compare with: palpa sessions key):");
        w.monoLine(e.keyFingerprint());
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}

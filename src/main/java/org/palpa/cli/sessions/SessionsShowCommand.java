package org.palpa.cli.sessions;

import org.palpa.cli.options.StoreOptions;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.adapter.terminal.HoldTable;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.record.StoredSession;
import org.palpa.core.PalpaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code palpa sessions show ID}: the details, events and holds of one session. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one recorded session: details, events and holds.")
public final class SessionsShowCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", description = "The session's id (see palpa sessions list).")
    String id;

    @Option(names = "--show-name", description = "Also show the client's name, if one was given.")
    boolean showName;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        long sessionId = SessionText.id(id);
        try (JdbcSessionStore s = store.open()) {
            StoredSession x = s.find(sessionId).orElseThrow(() -> new PalpaException("no session " + sessionId + " in " + s.describe()));
            SessionMeta m = x.meta();
            out.printf(Locale.ROOT, "Session %d: %s%n", x.id(), x.status().code()
                    + (x.endReason() == null ? "" : " (" + x.endReason() + ")"));
            out.printf(Locale.ROOT, "  client      %s%s%n", m.clientCode(),
                    showName && m.clientDisplayName() != null ? " (" + m.clientDisplayName() + ")" : "");
            out.printf(Locale.ROOT, "  therapist   %s%n  site        %s%n", m.therapist(), m.site().isEmpty() ? "-" : m.site());
            out.printf(Locale.ROOT, "  started     %s%n  ended       %s%n", SessionText.time(m.startedAtEpochMillis()),
                    x.endedAtEpochMillis() == null ? "-" : SessionText.time(x.endedAtEpochMillis()));
            out.printf(Locale.ROOT, "  source      %s%n  device      %s, serial %s, firmware %s, %.0f Hz%n", m.source(),
                    m.device().model(), m.device().serialNumber(), m.device().firmwareVersion(), m.device().nominalRateHz());
            out.printf(Locale.ROOT, "  channels    %s%n", String.join(", ", m.device().channels().stream()
                    .map(c -> c.label() + " (" + c.unit().symbol() + ")").toList()));
            out.printf(Locale.ROOT, "  calibration %s%n", m.calibrationProfile() == null ? "device's own units"
                    : m.calibrationProfile() + " (sha256 " + m.calibrationHash() + ")"
                    + (m.calibrationQuality() == null ? "" : "; " + m.calibrationQuality()));
            out.printf(Locale.ROOT, "  target      %s; filter %s; probe %.2f cm²%n", m.targets(), m.filter(), m.probeAreaCm2());
            out.printf(Locale.ROOT, "  signal      %.1f s, %d frames, %d lost by the recorder%n", SessionText.seconds(x),
                    x.frameCount(), x.lostFrames());
            out.printf(Locale.ROOT, "  notes       %s%n  chain head  %s%n", m.notes().isEmpty() ? "-" : m.notes(), x.chainHead());
            long o = s.originNanos(sessionId);
            List<RecordedEvent> events = s.events(sessionId).stream()
                    .sorted(java.util.Comparator.comparingLong(RecordedEvent::timestampNanos)).toList();
            out.println("Events:" + (events.isEmpty() ? " none" : ""));
            for (RecordedEvent e : events) {
                out.printf(Locale.ROOT, "  %8.2f s  %-12s %s%s%n", (e.timestampNanos() - o) / 1e9, e.kind(),
                        e.value() == null || e.kind() != RecordedEvent.Kind.PAIN ? "" : String.format(Locale.ROOT, "%.0f/10 ", e.value()), e.detail());
            }
            out.println("Holds:");
            HoldTable.print(out, m.device(), s.holds(sessionId), o);
        }
        return 0;
    }
}

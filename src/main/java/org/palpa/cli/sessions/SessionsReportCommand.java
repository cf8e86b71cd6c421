package org.palpa.cli.sessions;

import org.palpa.cli.options.StoreOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.palpa.adapter.report.PdfSessionReport;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.core.record.StoredSession;
import org.palpa.app.recording.StoreAudit;
import org.palpa.core.PalpaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code palpa sessions report ID}: a PDF report of one session for the clinic's files. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes a PDF report of a session: details, device, a pressure plot, holds, pain scores and the integrity hash.")
public final class SessionsReportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", description = "The session to report.")
    String id;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: session-ID.pdf here).")
    Path output;

    @Override
    public Integer call() throws Exception {
        long sessionId = SessionText.id(id);
        Path file = output != null ? output : Path.of("session-" + sessionId + ".pdf");
        try (JdbcSessionStore s = store.openReadOnly()) {
            StoredSession session = s.find(sessionId)
                    .orElseThrow(() -> new PalpaException("no session " + sessionId + " in " + s.describe()));
            var bar = ProgressBar.forTerminal("reporting session " + sessionId);
            bar.frames(0, 2);
            StoreAudit.SessionVerdict v = StoreAudit.run(s, s, store.trustedKeys(java.util.List.of()),
                    java.util.Optional.of(sessionId)).sessions().get(0);
            String integrity = switch (v.outcome()) {
                case INTACT -> "intact (" + v.detail().substring(0, v.detail().indexOf(',')) + ", signed seal matches)";
                case TAMPERED -> "TAMPERED: " + v.detail();
                case UNREADABLE -> "UNREADABLE: " + v.detail();
            };
            bar.frames(1, 2);
            PdfSessionReport.write(s, session, integrity, file);
            bar.frames(2, 2);
            System.out.println("Wrote " + file + " (integrity: " + integrity + ")");
        }
        return 0;
    }
}

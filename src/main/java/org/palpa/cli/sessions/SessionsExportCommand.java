package org.palpa.cli.sessions;

import org.palpa.cli.options.StoreOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.palpa.adapter.export.CsvSessionExport;
import org.palpa.adapter.export.EdfSessionExport;
import org.palpa.adapter.export.ExportProgress;
import org.palpa.adapter.export.JsonSessionExport;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.core.record.StoredSession;
import org.palpa.core.PalpaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code palpa sessions export ID --format csv|json|edf}: writes a session for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a recorded session: csv (tidy samples plus a .json metadata sidecar), json, or edf (EDF+).",
                "The client's name is left out unless --include-name is given. See docs/records.md."})
public final class SessionsExportCommand implements Callable<Integer> {
    enum Format { csv, json, edf }

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", description = "The session to export.")
    String id;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, json or edf.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: session-ID.FORMAT here).")
    Path output;

    @Option(names = "--include-name", description = "Include the client's name, if one was recorded.")
    boolean includeName;

    @Override
    public Integer call() throws Exception {
        long sessionId = SessionText.id(id);
        Path file = output != null ? output : Path.of("session-" + sessionId + "." + format);
        try (JdbcSessionStore s = store.openReadOnly()) {
            StoredSession session = s.find(sessionId)
                    .orElseThrow(() -> new PalpaException("no session " + sessionId + " in " + s.describe()));
            ExportProgress bar = ProgressBar.forTerminal("exporting session " + sessionId);
            switch (format) {
                case csv -> {
                    Path sidecar = CsvSessionExport.write(s, session, file, includeName, bar);
                    System.out.println("Wrote " + file + " and " + sidecar);
                }
                case json -> {
                    JsonSessionExport.write(s, session, file, includeName, bar);
                    System.out.println("Wrote " + file);
                }
                case edf -> {
                    EdfSessionExport.write(s, session, file, includeName, bar);
                    System.out.println("Wrote " + file);
                }
            }
        }
        return 0;
    }
}

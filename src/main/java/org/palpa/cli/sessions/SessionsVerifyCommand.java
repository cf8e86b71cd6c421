package org.palpa.cli.sessions;

import org.palpa.cli.Main;
import org.palpa.cli.options.StoreOptions;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.port.SessionReader;
import org.palpa.core.record.StoredSession;
import org.palpa.app.recording.IntegrityCheck;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code palpa sessions verify}: recomputes sessions' hash chains and reports intact or tampered, and where. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks that sessions are exactly as recorded, by recomputing their SHA-256 chains.",
                "Exit status 0 when all are intact, 1 when any was changed or is missing."})
public final class SessionsVerifyCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    static final class Which {
        @Parameters(paramLabel = "ID", description = "The session to check.")
        String id;

        @Option(names = "--all", description = "Check every session.")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        boolean allIntact = true;
        try (JdbcSessionStore s = store.open()) {
            List<Long> ids = new ArrayList<>();
            if (which.all) {
                s.list(SessionReader.Filter.ALL).stream().map(StoredSession::id).forEach(ids::add);
            } else {
                ids.add(SessionText.id(which.id));
            }
            for (long id : ids) {
                IntegrityCheck.Verdict v = IntegrityCheck.verify(s, id);
                switch (v) {
                    case IntegrityCheck.Intact i -> out.println("session " + id + ": intact (" + i.items()
                            + " items, SHA-256 chain head " + i.head() + ")");
                    case IntegrityCheck.Tampered t -> {
                        out.println("session " + id + ": TAMPERED: " + t.where());
                        allIntact = false;
                    }
                    case IntegrityCheck.NotFound n -> {
                        out.println("session " + id + ": not found in " + s.describe());
                        allIntact = false;
                    }
                }
            }
            if (ids.isEmpty()) {
                out.println("No sessions in " + s.describe() + ".");
            }
        }
        return allIntact ? 0 : Main.FAILED;
    }
}

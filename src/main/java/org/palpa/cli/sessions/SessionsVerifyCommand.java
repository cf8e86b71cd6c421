package org.palpa.cli.sessions;

import org.palpa.cli.Main;
import org.palpa.cli.options.StoreOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.recording.StoreAudit;
import org.palpa.core.record.SigningKeys;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code palpa sessions verify}: recomputes sessions' hash chains, checks them against their signed
 * seals in the store's ledger, and with {@code --all} also checks the ledger and the database itself.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks that sessions are exactly as recorded, against their signed seals.",
                "It recomputes their SHA-256 chains and checks them against the Ed25519-signed seals in the store's ledger.",
                "With --all it also checks the ledger, finds deleted sessions and runs the database's own integrity check.",
                "Opens the store read-only.",
                "Exit status 0 when everything is intact, 1 when any session or the store is not."})
public final class SessionsVerifyCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    static final class Which {
        @Parameters(paramLabel = "ID", description = "The session to check.")
        String id;

        @Option(names = "--all", description = "Check every session, the ledger and the database.")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--key", paramLabel = "PUBLIC-KEY",
            description = "Also trust this public key (PEM), such as another room's; repeatable.")
    List<Path> keys = new ArrayList<>();

    @Option(names = "--jobs", paramLabel = "N",
            description = "With --all, check this many sessions at once, each on its own connection to the store (default: one per processor).")
    Integer jobs;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        if (jobs != null && jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1, was " + jobs);
        }
        Optional<Long> only = which.all ? Optional.empty() : Optional.of(SessionText.id(which.id));
        SigningKeys trusted = store.trustedKeys(keys);
        String own = store.ownFingerprint();
        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        try (JdbcSessionStore s = store.openReadOnly(); StoreReaders readers = which.all
                ? StoreReaders.open(store, workers) : StoreReaders.shared(s)) {
            StoreAudit.Report report = StoreAudit.run(readers.all(), s, trusted, only, v -> out.println(line(v)));
            if (which.all) {
                if (report.sessions().isEmpty()) {
                    out.println("No sessions in " + s.describe() + ".");
                }
                out.println("database: " + database(report.database()));
            }
            report.ledger().forEach(p -> out.println("ledger: DAMAGED: " + p));
            if (which.all || !report.ledger().isEmpty()) {
                out.println("ledger: " + report.entries() + " entries" + (report.ledger().isEmpty() ? ", intact" : "")
                        + keys(report.keys(), own));
            }
            if (which.all) {
                out.printf("%d session(s): %d intact, %d tampered, %d unreadable%n", report.sessions().size(),
                        report.count(StoreAudit.Outcome.INTACT), report.count(StoreAudit.Outcome.TAMPERED),
                        report.count(StoreAudit.Outcome.UNREADABLE));
            }
            boolean ok = which.all ? report.allIntact()
                    : report.ledger().isEmpty() && report.count(StoreAudit.Outcome.INTACT) == report.sessions().size();
            return ok ? 0 : Main.FAILED;
        }
    }

    private static String line(StoreAudit.SessionVerdict v) {
        return "session " + v.sessionId() + ": " + switch (v.outcome()) {
            case INTACT -> "intact (";
            case TAMPERED -> "TAMPERED: ";
            case UNREADABLE -> "UNREADABLE: ";
        } + v.detail() + (v.outcome() == StoreAudit.Outcome.INTACT ? ")" : "");
    }

    private static String database(org.palpa.app.port.LedgerReader.DatabaseCheck check) {
        if (!check.applies()) {
            return "not checked here (PostgreSQL keeps its own checks; see docs/records.md)";
        }
        return check.ok() ? "ok (SQLite integrity_check)" : "DAMAGED (SQLite integrity_check): " + String.join("; ", check.problems());
    }

    private static String keys(List<String> signers, String own) {
        if (signers.isEmpty()) {
            return "";
        }
        return ", signed by key " + String.join(", ", signers.stream().map(f -> SigningKeys.shortForm(f)
                + (f.equals(own) ? " (this installation's key)" : "")).toList());
    }
}

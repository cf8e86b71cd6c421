package org.palpa.cli.sessions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.recording.SessionMigration;
import org.palpa.cli.options.StoreOptions;
import org.palpa.core.record.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code palpa sessions migrate}: converts a store's sessions from the frame-by-frame chunk layout
 * to the compact lossless encoding, each only after it verifies, with a signed ledger entry.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Converts the store's sessions to compact sample chunks, about a tenth of the size, without changing a value.",
                "Each session is first verified against its signed seal; one that does not verify, or is still recording, is left as it is and reported.",
                "A converted session gets a new chain, and the ledger a signed entry naming the chain head it replaced.",
                "Exit status 0 when every session is compact now, 1 when any was left as it is."})
public final class SessionsMigrateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--key", paramLabel = "PUBLIC-KEY",
            description = "Also trust this public key (PEM) when verifying, such as another room's; repeatable.")
    List<Path> keys = new ArrayList<>();

    @Override
    public Integer call() {
        SigningKeys trusted = store.trustedKeys(keys);
        int[] counts = new int[3];
        try (JdbcSessionStore s = store.openExisting()) {
            SessionMigration.run(s, s, s.compaction(), trusted, o -> {
                switch (o) {
                    case SessionMigration.Converted c -> {
                        counts[0]++;
                        var r = c.result();
                        System.out.printf(Locale.ROOT, "session %d: converted %d chunk(s), %.1f MB -> %.1f MB; chain head "
                                        + "%s... replaced by %s...%n", r.sessionId(), r.chunks(), r.bytesBefore() / 1e6,
                                r.bytesAfter() / 1e6, r.oldHead().substring(0, 16), r.newHead().substring(0, 16));
                    }
                    case SessionMigration.AlreadyCompact a -> {
                        counts[1]++;
                        System.out.println("session " + a.sessionId() + ": already compact");
                    }
                    case SessionMigration.LeftAsIs l -> {
                        counts[2]++;
                        System.out.println("session " + l.sessionId() + ": LEFT AS IT IS: " + l.reason());
                    }
                }
            });
            System.out.printf("%d session(s) converted, %d already compact, %d left as they are, in %s%n", counts[0],
                    counts[1], counts[2], s.describe());
        }
        return counts[2] == 0 ? 0 : 1;
    }
}

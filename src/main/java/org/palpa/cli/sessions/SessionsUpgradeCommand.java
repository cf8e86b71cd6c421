package org.palpa.cli.sessions;

import java.util.concurrent.Callable;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.cli.options.StoreOptions;
import org.palpa.core.record.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code palpa sessions upgrade}: brings a store written by an older Palpa up to this one's schema. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = {"Brings a store written by an older Palpa to the current schema.",
                "Read-only commands can then read it.",
                "Sessions already in it are entered in the new ledger and signed now (verify says so)."})
public final class SessionsUpgradeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (JdbcSessionStore s = store.openExisting()) {
            System.out.println("The store " + s.describe() + " is up to date"
                    + (s.adoptedOnOpen() > 0 ? "; " + s.adoptedOnOpen() + " earlier session(s) were entered in its ledger "
                    + "and signed by key " + SigningKeys.shortForm(store.ownFingerprint()) : "") + ".");
        }
        return 0;
    }
}

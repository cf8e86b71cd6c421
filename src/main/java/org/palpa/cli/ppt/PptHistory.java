package org.palpa.cli.ppt;

import java.io.PrintStream;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.ppt.PptVisits;
import org.palpa.cli.options.StoreOptions;
import org.palpa.core.PalpaException;
import org.palpa.core.ppt.PptSite;
import org.palpa.core.ppt.RealChange;
import org.palpa.core.ppt.SemSource;

/** The store's view of thresholds for the {@code ppt} commands. */
final class PptHistory {
    private PptHistory() {
    }

    /** The SEM at {@code site}, from the store when it can be read, else the published default. */
    static SemSource sem(StoreOptions options, PptSite site, PrintStream err) {
        try (JdbcSessionStore store = options.open()) {
            return new PptVisits(store).sem(site);
        } catch (PalpaException e) {
            err.println("palpa: the store cannot be read (" + e.getMessage() + "); using the published default SEM");
            return RealChange.defaultFor(site);
        }
    }
}

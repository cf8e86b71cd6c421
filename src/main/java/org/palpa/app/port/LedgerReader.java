package org.palpa.app.port;

import java.util.List;
import org.palpa.core.record.LedgerEntry;

/** Reads what a store needs for a full check: every session id, the ledger, and the database's own check. */
public interface LedgerReader {

    /** Every session id the store holds, whatever its references to clients and therapists say, ascending. */
    List<Long> sessionIds();

    /** The whole ledger, in the order it is stored (by place). */
    List<LedgerEntry> ledger();

    /**
     * The database's own structural check ({@code PRAGMA integrity_check} on SQLite).
     *
     * @return empty when the database reports no damage, else its first findings, or a sentence
     *         saying the check does not apply to this database
     */
    DatabaseCheck databaseCheck();

    /** The outcome of a database's own check. */
    record DatabaseCheck(boolean applies, List<String> problems) {
        public DatabaseCheck {
            problems = List.copyOf(problems);
        }

        /** True when the check ran and found nothing. */
        public boolean ok() {
            return problems.isEmpty();
        }
    }
}

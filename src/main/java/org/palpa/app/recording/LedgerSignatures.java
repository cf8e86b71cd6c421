package org.palpa.app.recording;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.palpa.core.record.LedgerEntry;
import org.palpa.core.record.SessionLedger;
import org.palpa.core.record.SigningKeys;

/**
 * Checks the Ed25519 signatures of a store's ledger entries on every processor. Each check is
 * independent and costs the JDK's Ed25519 about a millisecond, which for a clinic's year (thousands
 * of entries) is most of an audit's work; the hash links between entries are cheap and are checked
 * in order by {@link StoreAudit}.
 */
final class LedgerSignatures {
    private LedgerSignatures() {
    }

    /**
     * What is wrong with each entry's signature, in the ledger's order: empty when it verifies, and
     * also for an entry that is unsigned, changed (its hash does not match) or not among {@code which}.
     */
    static List<Optional<String>> problems(List<LedgerEntry> ledger, SigningKeys keys, Predicate<LedgerEntry> which) {
        return IntStream.range(0, ledger.size()).parallel().mapToObj(i -> {
            LedgerEntry e = ledger.get(i);
            if (!which.test(e) || !e.signed() || !SessionLedger.hashMatches(e)) {
                return Optional.<String>empty();
            }
            return keys.check(e.keyFingerprint(), SessionLedger.message(e), e.signature());
        }).toList();
    }
}

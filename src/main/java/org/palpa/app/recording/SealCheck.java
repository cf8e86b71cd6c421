package org.palpa.app.recording;

import java.util.Optional;
import java.util.function.Function;
import org.palpa.core.record.LedgerEntry;
import org.palpa.core.record.SessionLedger;

/**
 * Compares a session's recomputed chain with its latest seal in the ledger and checks the seal's
 * signature. A chain recomputed by someone without the key, cut short, or lengthened no longer
 * matches the signed seal.
 */
final class SealCheck {
    private SealCheck() {
    }

    /**
     * Why the chain does not match its seal, or empty when it does and the seal is validly signed;
     * {@code signature} says what is wrong with an entry's signature (the ledger walk has checked it already).
     */
    static Optional<String> problem(LedgerEntry seal, String genesis, String closing, long items, String head,
                                    Function<LedgerEntry, Optional<String>> signature) {
        if (!SessionLedger.hashMatches(seal)) {
            return Optional.of("its seal (ledger entry " + seal.seq() + ") was changed");
        }
        if (!seal.signed()) {
            return Optional.of("its seal (ledger entry " + seal.seq() + ") is not signed, so a recomputed chain "
                    + "could not be told apart (it was recorded without a signing key)");
        }
        Optional<String> unsigned = signature.apply(seal);
        if (unsigned.isPresent()) {
            return Optional.of("its seal (ledger entry " + seal.seq() + ") is " + unsigned.get());
        }
        if (!seal.genesisHash().equals(genesis)) {
            return Optional.of("its metadata and genesis hash were rewritten: they differ from the signed seal "
                    + "(ledger entry " + seal.seq() + ")");
        }
        if (items < seal.chainLength()) {
            return Optional.of("its chain was cut short: " + items + " item(s), but it was sealed with "
                    + seal.chainLength() + " (ledger entry " + seal.seq() + ")");
        }
        if (items > seal.chainLength()) {
            return Optional.of((items - seal.chainLength()) + " item(s) were added after it was sealed with "
                    + seal.chainLength() + " (ledger entry " + seal.seq() + "), not through Palpa");
        }
        if (!seal.chainHead().equals(head)) {
            return Optional.of("its chain was recomputed without the key: head " + head.substring(0, 16)
                    + "... differs from the signed head " + seal.chainHead().substring(0, 16) + "... (ledger entry "
                    + seal.seq() + ")");
        }
        if (!seal.closingHash().equals(closing)) {
            return Optional.of("its status, end time, end reason or frame counts were changed after it was sealed "
                    + "(ledger entry " + seal.seq() + ")");
        }
        return Optional.empty();
    }
}

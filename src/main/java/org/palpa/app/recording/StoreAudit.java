package org.palpa.app.recording;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.palpa.app.port.LedgerReader;
import org.palpa.app.port.SessionReader;
import org.palpa.core.record.LedgerEntry;
import org.palpa.core.record.SessionLedger;
import org.palpa.core.record.SessionStatus;
import org.palpa.core.record.SigningKeys;
import org.palpa.core.record.StoredSession;

/**
 * Checks a whole store: the database's own structure, the ledger (every entry in place, linked,
 * unchanged and signed by a trusted key), and every session, each with its own verdict, whatever
 * its references say and even when another session is damaged. A session is intact only when its
 * chain recomputes and matches its signed seal; one the ledger knows but the store lacks is reported
 * as missing.
 */
public final class StoreAudit {
    private StoreAudit() {
    }

    /** A session's verdict. */
    public enum Outcome { INTACT, TAMPERED, UNREADABLE }

    /** One session's verdict and what it rests on, in words. */
    public record SessionVerdict(long sessionId, Outcome outcome, String detail) {
    }

    /**
     * The outcome of an audit.
     *
     * @param database  the database's own check
     * @param ledger    what is wrong with the ledger, empty when nothing
     * @param entries   ledger entries read
     * @param keys      fingerprints of the keys that signed ledger entries
     * @param sessions  one verdict per session, by id
     */
    public record Report(LedgerReader.DatabaseCheck database, List<String> ledger, int entries, List<String> keys,
                         List<SessionVerdict> sessions) {
        /** Sessions with this outcome. */
        public long count(Outcome o) {
            return sessions.stream().filter(v -> v.outcome() == o).count();
        }

        /** True when the database, the ledger and every session are intact. */
        public boolean allIntact() {
            return database.ok() && ledger.isEmpty() && count(Outcome.INTACT) == sessions.size();
        }
    }

    /**
     * Audits every session and the database's own structure ({@code only} empty), or just the one
     * session given, against the whole ledger, one session after another through {@code reader}.
     */
    public static Report run(SessionReader reader, LedgerReader store, SigningKeys keys, Optional<Long> only) {
        return run(List.of(reader), store, keys, only, v -> { });
    }

    /**
     * Audits as {@link #run(SessionReader, LedgerReader, SigningKeys, Optional)} does, checking
     * sessions on one thread per reader (each reader serves one thread at a time, so give each its
     * own connection to the store) and handing each verdict to {@code onVerdict} in id order as it is
     * known. The database's own check runs meanwhile on {@code store}'s thread of its own; give the
     * readers connections other than {@code store}'s, or they wait for it.
     */
    public static Report run(List<? extends SessionReader> readers, LedgerReader store, SigningKeys keys,
                             Optional<Long> only, Consumer<SessionVerdict> onVerdict) {
        List<String> ledgerProblems = new ArrayList<>();
        List<LedgerEntry> ledger;
        try {
            ledger = store.ledger();
        } catch (RuntimeException e) {
            ledger = List.of();
            ledgerProblems.add("the ledger cannot be read: " + e.getMessage());
        }
        List<Long> stored = List.of();
        String unlisted = null;
        try {
            stored = store.sessionIds();
        } catch (RuntimeException e) {
            unlisted = "the sessions cannot be listed: " + e.getMessage();
        }
        // the database's own check reads every page of the store: a whole-store audit's job, not one
        // session's; it runs while the ledger's signatures and the sessions are checked
        CompletableFuture<LedgerReader.DatabaseCheck> db = only.isPresent()
                ? CompletableFuture.completedFuture(new LedgerReader.DatabaseCheck(false, List.of()))
                : CompletableFuture.supplyAsync(() -> databaseCheck(store), StoreAudit::onOwnThread);
        Map<Long, LedgerEntry> seals = new HashMap<>();
        Map<Long, LedgerEntry> opened = new HashMap<>();
        TreeSet<String> signers = new TreeSet<>();
        Map<LedgerEntry, Optional<String>> signatureOf = new IdentityHashMap<>();
        walk(ledger, keys, only, ledgerProblems, seals, opened, signers, signatureOf);
        if (unlisted != null) {
            ledgerProblems.add(unlisted);
        }
        TreeSet<Long> ids = new TreeSet<>(stored);
        ids.addAll(seals.keySet());
        ids.addAll(opened.keySet());
        // each seal's signature was checked in the walk; a session's check looks its verdict up
        Function<LedgerEntry, Optional<String>> signature = e -> signatureOf.containsKey(e) ? signatureOf.get(e)
                : keys.check(e.keyFingerprint(), SessionLedger.message(e), e.signature());
        List<Long> audited = only.isEmpty() ? List.copyOf(ids) : ids.contains(only.get()) ? List.of(only.get()) : List.of();
        List<SessionVerdict> verdicts = new ArrayList<>(SessionChecks.run(readers, audited,
                (reader, id) -> session(reader, id, seals.get(id), opened.get(id), signature), onVerdict));
        if (only.isPresent() && verdicts.isEmpty()) {
            SessionVerdict none = new SessionVerdict(only.get(), Outcome.UNREADABLE, "no such session in the store or its ledger");
            onVerdict.accept(none);
            verdicts.add(none);
        }
        return new Report(db.join(), ledgerProblems, ledger.size(), List.copyOf(signers), verdicts);
    }

    private static LedgerReader.DatabaseCheck databaseCheck(LedgerReader store) {
        try {
            return store.databaseCheck();
        } catch (RuntimeException e) {
            return new LedgerReader.DatabaseCheck(true, List.of(String.valueOf(e.getMessage())));
        }
    }

    private static void onOwnThread(Runnable r) {
        Thread t = new Thread(r, "palpa-database-check");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Walks the whole ledger: every entry's place, link and hash, and the signatures of the entries
     * of the sessions audited (all of them, or {@code only}'s).
     */
    private static void walk(List<LedgerEntry> ledger, SigningKeys keys, Optional<Long> only, List<String> problems,
                             Map<Long, LedgerEntry> seals, Map<Long, LedgerEntry> opened, TreeSet<String> signers,
                             Map<LedgerEntry, Optional<String>> signatureOf) {
        List<Optional<String>> signatures = LedgerSignatures.problems(ledger, keys,
                e -> only.isEmpty() || only.get() == e.sessionId());
        String previous = SessionLedger.START;
        long expected = 1;
        for (int i = 0; i < ledger.size(); i++) {
            LedgerEntry e = ledger.get(i);
            if (e.seq() != expected) {
                problems.add("ledger entries " + expected + " to " + (e.seq() - 1) + " are missing");
            } else if (!e.previousHash().equals(previous)) {
                problems.add("ledger entry " + e.seq() + " does not follow the entry before it");
            }
            if (!SessionLedger.hashMatches(e)) {
                problems.add("ledger entry " + e.seq() + " (session " + e.sessionId() + ") was changed");
            } else if (!e.signed()) {
                problems.add("ledger entry " + e.seq() + " (session " + e.sessionId() + ") is not signed");
            } else {
                signers.add(e.keyFingerprint());
                if (only.isEmpty() || only.get() == e.sessionId()) {
                    signatureOf.put(e, signatures.get(i));
                }
                signatures.get(i).ifPresent(p -> problems.add("ledger entry " + e.seq() + " (session " + e.sessionId() + ") is " + p));
            }
            (e.seals() ? seals : opened).put(e.sessionId(), e);
            previous = e.hash();
            expected = e.seq() + 1;
        }
    }

    private static SessionVerdict session(SessionReader reader, long id, LedgerEntry seal, LedgerEntry opened,
                                          Function<LedgerEntry, Optional<String>> signature) {
        Optional<StoredSession> found;
        IntegrityCheck.Verdict chain;
        try {
            found = reader.find(id);
            chain = found.isEmpty() ? new IntegrityCheck.NotFound(id) : IntegrityCheck.verify(reader, id);
        } catch (RuntimeException e) {
            return new SessionVerdict(id, Outcome.UNREADABLE, "cannot be read: " + e.getMessage());
        }
        return switch (chain) {
            case IntegrityCheck.NotFound n -> new SessionVerdict(id, Outcome.TAMPERED, "MISSING: the ledger entered it"
                    + (seal != null ? " and sealed it with " + seal.chainLength() + " item(s)" : "")
                    + ", but the store has no such session (it was deleted)");
            case IntegrityCheck.Tampered t -> new SessionVerdict(id, Outcome.TAMPERED, t.where());
            case IntegrityCheck.Intact i -> sealed(found.get(), i, seal, opened, signature);
        };
    }

    private static SessionVerdict sealed(StoredSession s, IntegrityCheck.Intact chain, LedgerEntry seal,
                                         LedgerEntry opened, Function<LedgerEntry, Optional<String>> signature) {
        String items = chain.items() + " items, SHA-256 chain head " + chain.head();
        if (seal == null) {
            if (opened == null) {
                return new SessionVerdict(s.id(), Outcome.TAMPERED, "it is not in the store's ledger: it was put "
                        + "into the database outside Palpa");
            }
            if (s.status() == SessionStatus.RECORDING) {
                return new SessionVerdict(s.id(), Outcome.INTACT, items + "; still recording, sealed when it ends");
            }
            return new SessionVerdict(s.id(), Outcome.TAMPERED, "it ended but has no seal in the ledger (its seal was "
                    + "removed)");
        }
        Optional<String> problem = SealCheck.problem(seal, s.genesisHash(), SessionLedger.closingHash(s), chain.items(), chain.head(),
                signature);
        if (problem.isPresent()) {
            return new SessionVerdict(s.id(), Outcome.TAMPERED, problem.get());
        }
        return new SessionVerdict(s.id(), Outcome.INTACT, items + ", " + switch (seal.kind()) {
            case ADOPTED -> "entered in the ledger when the store was upgraded";
            case CONVERTED -> "converted to compact chunks (replacing chain head " + seal.replacedHead().substring(0, 16)
                    + "...) and sealed";
            default -> "sealed";
        } + " and signed by key "
                + SigningKeys.shortForm(seal.keyFingerprint()));
    }
}

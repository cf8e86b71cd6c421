package org.palpa.app.recording;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.palpa.app.port.SessionReader;

/**
 * Checks many sessions at once: one worker thread per reader, each taking the next session in id
 * order and streaming it through its own reader, since a store's connection serves one thread at a
 * time. Verdicts are handed on in id order as soon as every earlier one is known, so what is printed
 * is the same as one reader checking the sessions one after another. Memory stays at one chunk in
 * flight per worker and one short verdict per session, whatever the store's size.
 */
final class SessionChecks {
    private SessionChecks() {
    }

    /** Checks one session with a reader; must not throw for a session it cannot read. */
    @FunctionalInterface
    interface Check {
        StoreAudit.SessionVerdict of(SessionReader reader, long sessionId);
    }

    /**
     * The verdicts of {@code ids} in their order, each also handed to {@code onVerdict} in that order
     * (from the worker threads, one call at a time).
     */
    static List<StoreAudit.SessionVerdict> run(List<? extends SessionReader> readers, List<Long> ids, Check check,
                                               Consumer<StoreAudit.SessionVerdict> onVerdict) {
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("a check needs at least one reader");
        }
        InOrder results = new InOrder(ids.size(), onVerdict);
        if (readers.size() == 1 || ids.size() <= 1) {
            for (int i = 0; i < ids.size(); i++) {
                results.put(i, check.of(readers.get(0), ids.get(i)));
            }
            return results.all();
        }
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(readers.size(), r -> {
            Thread t = new Thread(r, "palpa-verify");
            t.setDaemon(true);
            return t;
        })) {
            for (SessionReader reader : readers) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                        results.put(i, check.of(reader, ids.get(i)));
                    }
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the check was interrupted", e);
        } catch (ExecutionException e) {
            // a check never throws for a session; anything else is a broken program state
            throw new IllegalStateException("a session check failed: " + e.getCause().getMessage(), e.getCause());
        }
        return results.all();
    }

    /** Verdicts as they arrive, handed on in order without gaps. */
    private static final class InOrder {
        private final StoreAudit.SessionVerdict[] verdicts;
        private final Consumer<StoreAudit.SessionVerdict> onVerdict;
        private int handedOn;

        InOrder(int size, Consumer<StoreAudit.SessionVerdict> onVerdict) {
            this.verdicts = new StoreAudit.SessionVerdict[size];
            this.onVerdict = onVerdict;
        }

        synchronized void put(int index, StoreAudit.SessionVerdict v) {
            verdicts[index] = v;
            while (handedOn < verdicts.length && verdicts[handedOn] != null) {
                onVerdict.accept(verdicts[handedOn++]);
            }
        }

        synchronized List<StoreAudit.SessionVerdict> all() {
            return List.copyOf(Arrays.asList(verdicts));
        }
    }
}

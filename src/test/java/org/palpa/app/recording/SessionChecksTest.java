package org.palpa.app.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.palpa.app.port.SessionReader;

/** Sessions checked on several readers at once are handed on in id order, each reader on one thread. */
class SessionChecksTest {
    private static SessionReader reader() {
        // the check below never calls the reader; it only needs distinct readers to tell apart
        return (SessionReader) Proxy.newProxyInstance(SessionReader.class.getClassLoader(),
                new Class<?>[] {SessionReader.class}, (p, m, a) -> m.getName().equals("hashCode")
                        ? System.identityHashCode(p) : m.getName().equals("equals") ? p == a[0] : null);
    }

    @Test
    void verdictsThatFinishOutOfOrderAreHandedOnInIdOrder() {
        List<Long> ids = LongStream.rangeClosed(1, 40).boxed().toList();
        CountDownLatch laterOnesDone = new CountDownLatch(10);
        Map<SessionReader, Set<Thread>> threadsOfReader = new ConcurrentHashMap<>();
        List<Long> handedOn = new ArrayList<>();
        List<StoreAudit.SessionVerdict> verdicts = SessionChecks.run(List.of(reader(), reader(), reader()), ids,
                (reader, id) -> {
                    threadsOfReader.computeIfAbsent(reader, r -> ConcurrentHashMap.newKeySet()).add(Thread.currentThread());
                    if (id == 1) {
                        await(laterOnesDone); // session 1 is the slowest: ten later sessions are done before it
                    } else if (id <= 11) {
                        laterOnesDone.countDown();
                    }
                    return new StoreAudit.SessionVerdict(id, id == 7 ? StoreAudit.Outcome.TAMPERED : StoreAudit.Outcome.INTACT,
                            "checked");
                }, v -> handedOn.add(v.sessionId()));
        assertThat(handedOn).isEqualTo(ids);
        assertThat(verdicts).extracting(StoreAudit.SessionVerdict::sessionId).isEqualTo(ids);
        assertThat(verdicts.get(6).outcome()).isEqualTo(StoreAudit.Outcome.TAMPERED);
        // session 1 waits for ten others, so at least two readers worked; the third may have found nothing left
        assertThat(threadsOfReader).hasSizeBetween(2, 3).allSatisfy((r, threads) -> assertThat(threads).hasSize(1));
    }

    @Test
    void oneReaderChecksOnTheCallersThread() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        SessionChecks.run(List.of(reader()), List.of(3L, 5L, 9L), (reader, id) -> {
            threads.add(Thread.currentThread());
            return new StoreAudit.SessionVerdict(id, StoreAudit.Outcome.INTACT, "checked");
        }, v -> { });
        assertThat(threads).containsExactly(Thread.currentThread());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}

package org.palpa.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bounded pool behind {@code palpa analyze} over many files. */
class BatchAnalysisTest {

    @Test
    void givenMoreInputsThanThreads_thenNoMoreThanThatManyRunAtOnceAndOutcomesKeepTheInputOrder() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> inputs = List.of(1, 2, 3, 4, 5, 6, 7, 8);
        var outcomes = BatchAnalysis.run(inputs, 3, i -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return i * 10;
        });
        assertThat(outcomes).extracting(BatchAnalysis.Outcome::result).containsExactly(10, 20, 30, 40, 50, 60, 70, 80);
        assertThat(most.get()).isBetween(1, 3);
    }

    @Test
    void givenTwoThreads_thenTwoInputsDoRunAtTheSameTime() {
        CountDownLatch both = new CountDownLatch(2);
        var outcomes = BatchAnalysis.run(List.of("a", "b"), 2, s -> {
            both.countDown();
            try {
                return both.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(outcomes).extracting(BatchAnalysis.Outcome::result).containsExactly(true, true);
    }

    @Test
    void givenOneFailingInput_thenItIsKeptWithItsErrorAndTheOthersFinish() {
        var outcomes = BatchAnalysis.run(List.of("good", "bad", "fine"), 2, s -> {
            if (s.equals("bad")) {
                throw new IllegalArgumentException("bad input");
            }
            return s.length();
        });
        assertThat(outcomes).extracting(BatchAnalysis.Outcome::ok).containsExactly(true, false, true);
        assertThat(outcomes.get(1).error()).hasMessage("bad input");
        assertThat(outcomes.get(2).result()).isEqualTo(4);
    }

    @Test
    void givenZeroThreads_thenItIsRefused() {
        assertThatThrownBy(() -> BatchAnalysis.run(List.of(1), 0, i -> i)).isInstanceOf(IllegalArgumentException.class);
    }
}

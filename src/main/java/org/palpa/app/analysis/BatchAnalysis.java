package org.palpa.app.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one analysis per input on a bounded pool of threads, so that a folder of traces uses
 * every core while memory stays that of {@code threads} streams. A failing input is kept as its
 * exception next to its name and does not stop the others.
 */
public final class BatchAnalysis {
    private BatchAnalysis() {
    }

    /**
     * What became of one input: exactly one of {@code result} and {@code error} is set.
     *
     * @param <I>    the input's type, such as a file path
     * @param <R>    the result's type
     * @param input  the input, as given
     * @param result what the analysis returned, or null if it failed
     * @param error  why it failed, or null
     */
    public record Outcome<I, R>(I input, R result, RuntimeException error) {
        public Outcome {
            if ((result == null) == (error == null)) {
                throw new IllegalArgumentException("an outcome has either a result or an error");
            }
        }

        public boolean ok() {
            return error == null;
        }
    }

    /** The number of threads to use by default: one per processor the JVM may use. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** A pool of {@code threads} daemon threads for analyses, which the caller shuts down. */
    public static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "palpa-analyze");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Analyses every input and returns the outcomes in the order of {@code inputs}.
     *
     * @param threads  at most this many inputs are analysed at once, at least 1
     * @param analysis the work for one input, run on a pool thread; a runtime exception is its failure
     */
    public static <I, R> List<Outcome<I, R>> run(List<I> inputs, int threads, Function<I, R> analysis) {
        if (threads < 1) {
            throw new IllegalArgumentException("the number of threads must be at least 1, was " + threads);
        }
        int size = Math.max(1, Math.min(threads, inputs.size()));
        ExecutorService pool = pool(size);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (I input : inputs) {
                futures.add(pool.submit(() -> analysis.apply(input)));
            }
            List<Outcome<I, R>> outcomes = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                outcomes.add(outcome(inputs.get(i), futures.get(i)));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <I, R> Outcome<I, R> outcome(I input, Future<R> future) {
        try {
            return new Outcome<>(input, future.get(), null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                return new Outcome<>(input, null, re);
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            return new Outcome<>(input, null, new IllegalStateException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing " + input, e);
        }
    }
}

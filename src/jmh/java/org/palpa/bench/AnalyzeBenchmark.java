package org.palpa.bench;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.palpa.adapter.csv.CsvBlockReader;
import org.palpa.app.analysis.BatchAnalysis;
import org.palpa.app.analysis.TraceAnalysis;
import org.palpa.app.analysis.TraceBlock;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.Unit;

/**
 * What {@code palpa analyze} costs once the JVM is warm: one trace (by default the one-hour,
 * 5-channel trace of bench/analyze, made by gen_trace.py), read and analysed as the command does,
 * on one thread or on a pool of {@code threads}; and reading alone. The difference between this
 * and the command's wall time is the JVM's start and its compiling of the hot loops.
 *
 * <p>{@code java -jar target/benchmarks.jar AnalyzeBenchmark -p trace=/tmp/palpa-analyze-bench/trace-3600s.csv}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyzeBenchmark {
    @Param("/tmp/palpa-analyze-bench/trace-3600s.csv")
    public String trace;

    /** 0 runs every task on the calling thread, as a batch of files does for each file. */
    @Param({"0", "2"})
    public int threads;

    private ExecutorService pool;
    private Executor executor;
    private SessionSettings settings;

    @Setup
    public void setUp() {
        pool = BatchAnalysis.pool(Math.max(1, threads));
        executor = threads == 0 ? Runnable::run : pool;
        settings = SessionSettings.of(new Target(36, 44, Unit.NEWTON, 20_000, null), 0);
    }

    @TearDown
    public void tearDown() {
        pool.shutdownNow();
    }

    @Benchmark
    public int analyze() throws Exception {
        try (CsvBlockReader reader = CsvBlockReader.open(Path.of(trace), Unit.NEWTON, executor)) {
            return TraceAnalysis.runBlocks(reader, settings, executor).holds().size();
        }
    }

    @Benchmark
    public long readOnly() throws Exception {
        long rows = 0;
        try (CsvBlockReader reader = CsvBlockReader.open(Path.of(trace), Unit.NEWTON, executor)) {
            for (TraceBlock b = reader.next(); b != null; b = reader.next()) {
                rows += b.rows();
                reader.recycle(b);
            }
        }
        return rows;
    }
}

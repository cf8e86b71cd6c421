package org.palpa.bench.store;

import org.palpa.app.recording.RecordingResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.core.record.SessionMeta;
import org.palpa.app.recording.Recorder;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;
import org.palpa.core.sim.SimulatedDeviceSpec;

/**
 * Soak run of recording: a simulated 16-channel glove at 2 kHz, fed as fast as the pipeline and
 * recorder take it, into a fresh SQLite store. Prints the heap left after each garbage
 * collection every few seconds, then the sustained rate, the database size per hour and the
 * stored bytes per sample.
 *
 * <p>Run: {@code mvn -Pbench -DskipTests package && java -Xmx256m -cp target/benchmarks.jar
 * org.palpa.bench.store.RecorderSoak 3600 /tmp/soak}
 */
public final class RecorderSoak {
    private RecorderSoak() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3600;
        Path dir = Path.of(args.length > 1 ? args[1] : "/tmp/palpa-soak");
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("palpa.db"));
        SimulatedDeviceSpec spec = SimulatedDeviceSpec.denseGlove(16, 2000);
        long frames = Math.round(seconds * spec.rateHz());
        Target target = new Target(27, 33, Unit.NEWTON, 10_000, RateBand.ANY);
        try (JdbcSessionStore store = JdbcSessionStore.openSqlite(dir)) {
            LivePipeline pipeline = new LivePipeline(new SimulatedTransport(spec, 1, 0, frames), SessionSettings.of(target, 0));
            Recorder recorder = Recorder.subscribe(pipeline, store, p -> System.out.println("problem: " + p));
            long t0 = System.nanoTime();
            DeviceInfo info = pipeline.start();
            recorder.begin(new SessionMeta("SOAK", null, "bench", "", "", System.currentTimeMillis(), "soak", info, null, null, null,
                    target, "median:5,butter:2:4Hz", 1.0));
            SessionSummary summary;
            do {
                summary = pipeline.await(5, TimeUnit.SECONDS);
                System.out.printf(Locale.ROOT, "%6.0f s wall: heap after last GC %6.1f MB, db %7.1f MB%n",
                        (System.nanoTime() - t0) / 1e9, heapAfterGcMb(), dbBytes(dir) / 1e6);
            } while (summary == null);
            RecordingResult result = recorder.finish(summary, 5, TimeUnit.MINUTES);
            double wall = (System.nanoTime() - t0) / 1e9;
            double signal = summary.streamSeconds();
            System.out.printf(Locale.ROOT, "signal %.0f s (16 ch x 2 kHz) recorded in %.1f s wall: %.0f frames/s, "
                            + "%.2f M samples/s, %.1f x real time; written %d frames, lost %d%n", signal, wall,
                    result.framesWritten() / wall, result.framesWritten() * 16 / wall / 1e6, signal / wall,
                    result.framesWritten(), result.lostFrames());
            System.out.printf(Locale.ROOT, "database %.1f MB = %.2f GB per hour of signal; heap after last GC %.1f MB%n",
                    dbBytes(dir) / 1e6, dbBytes(dir) / 1e9 * 3600 / signal, heapAfterGcMb());
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("palpa.db"));
             java.sql.ResultSet r = c.createStatement().executeQuery(
                     "SELECT SUM(LENGTH(data)), SUM(frame_count * channel_count) FROM sample_chunks")) {
            r.next();
            double samples = r.getDouble(2);
            System.out.printf(Locale.ROOT, "chunk data %.1f MB: %.3f bytes per sample (EDF+ 2, the version-1 layout "
                    + "13); whole database %.3f bytes per sample%n", r.getLong(1) / 1e6, r.getLong(1) / samples,
                    dbBytes(dir) / samples);
        }
    }

    private static double heapAfterGcMb() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && after != null) {
                used += after.getUsed();
            }
        }
        return used / 1e6;
    }

    private static long dbBytes(Path dir) throws java.io.IOException {
        long total = 0;
        for (String f : new String[] {"palpa.db", "palpa.db-wal"}) {
            Path p = dir.resolve(f);
            total += Files.exists(p) ? Files.size(p) : 0;
        }
        return total;
    }
}

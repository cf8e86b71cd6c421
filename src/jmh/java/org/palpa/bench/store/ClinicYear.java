package org.palpa.bench.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.palpa.adapter.keys.Ed25519KeyFolder;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.app.recording.Recorder;
import org.palpa.app.recording.RecordingResult;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.sample.DeviceInfo;

/**
 * Builds a clinic's year of records in one store: by default 2,000 sessions of 10 to 60 minutes
 * from 40 clients (C-0001..C-0040), six therapists and two rooms, about 15 % recorded for students
 * of two classes in the teaching room, 60 % on the simulated algometer (1 channel, 100 Hz) and 40 %
 * on the simulated glove (5 channels, 200 Hz), with holds, pain scores and notes. One session, the
 * middle one, is a full one-hour glove session to report on.
 *
 * <p>Every session goes through Palpa's own recording path, as {@code palpa live} records: the
 * simulated device feeds the live pipeline as fast as it can, the {@link Recorder} packs and
 * chains the chunks in whatever encoding this build uses, and the store signs the ledger entries
 * with the key in KEY-DIR. Several sessions record at once (one per thread), sharing the store.
 *
 * <p>Run: {@code java -cp target/benchmarks.jar org.palpa.bench.store.ClinicYear DIR-OR-JDBC-URL
 * KEY-DIR [sessions=2000] [length-scale=1] [threads=2] [seed=16]}; see bench/clinic/generate.sh.
 * A length scale below 1 shortens every session but the one-hour one, to fit a small disk.
 */
public final class ClinicYear {
    private ClinicYear() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ClinicYear DIR-OR-JDBC-URL KEY-DIR [sessions] [length-scale] [threads] [seed]");
            System.exit(2);
        }
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        double scale = args.length > 3 ? Double.parseDouble(args[3]) : 1.0;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 16;
        Ed25519KeyFolder signer = Ed25519KeyFolder.loadOrCreate(Path.of(args[1]));
        long t0 = System.nanoTime();
        AtomicLong frames = new AtomicLong();
        AtomicLong done = new AtomicLong();
        long[] reference = {-1};
        try (JdbcSessionStore store = args[0].startsWith("jdbc:") ? JdbcSessionStore.open(args[0], signer)
                : JdbcSessionStore.openSqlite(Path.of(args[0]), signer)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ClinicSession s = ClinicSession.draw(seed, i, count, scale);
                work.add(pool.submit(() -> {
                    long id = record(store, s);
                    if (s.index() == count / 2) {
                        reference[0] = id;
                    }
                    frames.addAndGet(s.frames());
                    long n = done.incrementAndGet();
                    if (n % 100 == 0) {
                        System.out.printf(Locale.ROOT, "%5d sessions, %6.0f s%n", n, (System.nanoTime() - t0) / 1e9);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%d sessions, %d frames recorded in %.1f s wall (%.0f frames/s) into %s%n",
                count, frames.get(), wall, frames.get() / wall, args[0].replaceAll("password=[^&]*", "password=***"));
        System.out.println("one-hour glove session: " + reference[0]);
    }

    /** Records one session through the live pipeline and the recorder; returns its id. */
    private static long record(JdbcSessionStore store, ClinicSession s) throws InterruptedException {
        SessionSettings settings = SessionSettings.of(s.plan().primary(), 0).withTargets(s.plan());
        try (LivePipeline pipeline = new LivePipeline(new SimulatedTransport(s.spec(), s.index() + 1L, 0, s.frames()),
                settings)) {
            Recorder recorder = Recorder.subscribe(pipeline, store, p -> System.err.println("session " + s.index() + ": " + p));
            DeviceInfo info = pipeline.start();
            long id = recorder.begin(new SessionMeta(s.client(), null, s.therapist(), s.site(), "", s.startedAt(),
                    "sim:" + s.spec().model(), info, null, null, null, settings.target(), settings.filter().toString(),
                    settings.probeArea().squareCentimetres(), settings.targets()));
            if (s.trainee() != null) {
                store.trainees().assign(id, s.trainee());
            }
            // the scores a client gives during treatment, at their place on the device's clock
            for (int p = 0; p < s.painScores(); p++) {
                long at = (long) ((p + 1) * s.seconds() / (s.painScores() + 1) * 1e9);
                recorder.note(RecordedEvent.pain(at, 2 + (s.index() + p) % 7, "client's score"));
            }
            if (s.index() % 5 == 0) {
                recorder.note(new RecordedEvent((long) (s.seconds() * 0.5e9), RecordedEvent.Kind.ANNOTATION, null,
                        "left side more tender than last visit"));
            }
            SessionSummary summary;
            do {
                summary = pipeline.await(5, TimeUnit.SECONDS);
            } while (summary == null);
            RecordingResult result = recorder.finish(summary, 5, TimeUnit.MINUTES);
            if (result.lostFrames() > 0) {
                System.err.println("session " + id + ": " + result.lostFrames() + " frames lost");
            }
            return id;
        }
    }
}

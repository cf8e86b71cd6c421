package org.palpa.bench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.palpa.adapter.report.PdfSessionReport;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.port.SessionCatalog;
import org.palpa.app.port.SessionReader;
import org.palpa.app.recording.StoreAudit;
import org.palpa.core.hold.HoldTally;
import org.palpa.core.record.SigningKeys;
import org.palpa.core.record.StoredSession;

/**
 * The part of the clinic-scale commands inside the process, in one warm JVM with the store open:
 * the list page, the list of one client, the same list the way {@code sessions list} built it
 * before (every session's row and holds, one session at a time), one session's check and the
 * PDF report. Each is run {@code runs} times after one warm-up; the median and the range are printed.
 *
 * <p>Run: {@code java -cp target/benchmarks.jar org.palpa.bench.store.ClinicQueries DIR-OR-JDBC-URL
 * SESSION KEY-DIR [runs=5]}; bench/clinic/measure.sh runs it after the end-to-end figures.
 */
public final class ClinicQueries {
    private ClinicQueries() {
    }

    public static void main(String[] args) throws Exception {
        long session = Long.parseLong(args[1]);
        SigningKeys keys = org.palpa.adapter.keys.Ed25519KeyFolder.publicKey(Path.of(args[2]))
                .map(SigningKeys.none()::with).orElseThrow(() -> new IllegalArgumentException("no public key in " + args[2]));
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Path pdf = Files.createTempFile("palpa-clinic", ".pdf");
        try (JdbcSessionStore s = args[0].startsWith("jdbc:") ? JdbcSessionStore.openReadOnly(args[0])
                : JdbcSessionStore.openSqliteReadOnly(Path.of(args[0]))) {
            time("list (newest 50 of all)", runs, () -> s.catalog()
                    .newest(new SessionCatalog.Query(SessionReader.Filter.ALL, null, null, 50)).sessions().size());
            time("list --client C-0007", runs, () -> s.catalog().newest(new SessionCatalog.Query(
                    new SessionReader.Filter("C-0007", null, null, null, null), null, null, 50)).sessions().size());
            time("list --all", runs, () -> s.catalog()
                    .newest(new SessionCatalog.Query(SessionReader.Filter.ALL, null, null, 0)).sessions().size());
            time("list, as before (row and holds per session)", runs, () -> {
                List<String> lines = new ArrayList<>();
                for (long id : s.sessionIds()) {
                    s.find(id).ifPresent(x -> lines.add(x.id() + " " + HoldTally.of(s.holds(x.id())).met()));
                }
                return lines.size();
            });
            time("verify " + session + " (chain and seal)", runs, () -> {
                var v = StoreAudit.run(s, s, keys, Optional.of(session)).sessions().get(0);
                if (v.outcome() != StoreAudit.Outcome.INTACT) {
                    throw new IllegalStateException("session " + session + " is not intact: " + v.detail());
                }
                return 1;
            });
            StoredSession one = s.find(session).orElseThrow();
            time("report " + session + " (check, chart, PDF)", runs, () -> {
                StoreAudit.run(s, s, keys, Optional.of(session));
                try {
                    PdfSessionReport.write(s, one, "checked", pdf);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return 1;
            });
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    private static void time(String what, int runs, Supplier<Integer> work) {
        work.get();
        long[] nanos = new long[runs];
        int result = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            result = work.get();
            nanos[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "in process: %-46s median %8.1f ms (%.1f..%.1f, %d runs; %d rows)%n", what,
                nanos[runs / 2] / 1e6, nanos[0] / 1e6, nanos[runs - 1] / 1e6, runs, result);
    }
}

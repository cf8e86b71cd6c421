package org.palpa.cli.ppt;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.palpa.adapter.report.PptHistoryChart;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.ppt.PptVisits;
import org.palpa.cli.options.StoreOptions;
import org.palpa.core.ppt.PptSite;
import org.palpa.core.ppt.RealChange;
import org.palpa.core.ppt.SemSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code palpa ppt history}: a client's thresholds at a site over visits, with the band of real change. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "A client's pressure pain thresholds at a site over visits; with --output, a PNG chart with the band of real change.")
public final class PptHistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @Option(names = "--client", paramLabel = "CODE", required = true, description = "The client's code.")
    String client;

    @Option(names = "--site", paramLabel = "SITE", required = true, description = "Body-map site.")
    String site;

    @Option(names = "--side", paramLabel = "SIDE", description = "left, right or midline (default: either).")
    String side;

    @Option(names = "--output", paramLabel = "PNG", description = "Also draw the history as a PNG chart.")
    Path output;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        PptSite where = PptSite.parse(site, side);
        try (JdbcSessionStore s = store.open()) {
            PptVisits visits = new PptVisits(s);
            List<PptVisits.Visit> history = visits.visits(client, where);
            SemSource sem = visits.sem(where);
            if (history.isEmpty()) {
                System.out.println("No PPT of client " + client + " at " + where + " in " + s.describe() + ".");
                return 0;
            }
            System.out.printf(Locale.ROOT, "PPT of client %s at %s (%d visits)%n", client, where, history.size());
            System.out.printf(Locale.ROOT, "%-8s %-17s %-22s %9s %8s %7s %7s %s%n", "session", "when", "site", "mean kPa",
                    "SD kPa", "CV %", "valid", "vs first");
            double first = history.get(0).meanKpa();
            for (PptVisits.Visit v : history) {
                String change = Double.isNaN(v.meanKpa()) || Double.isNaN(first) ? "" : String.format(Locale.ROOT,
                        "%+.1f %s", v.meanKpa() - first, v == history.get(0) ? "" : RealChange.decide(first, v.meanKpa(), sem)
                                .real() ? "REAL" : "within error");
                System.out.printf(Locale.ROOT, "%-8d %-17s %-22s %9s %8s %7s %7s %s%n", v.session().id(),
                        WHEN.format(Instant.ofEpochMilli(v.session().meta().startedAtEpochMillis())), v.site(),
                        num(v.meanKpa()), num(v.sdKpa()), num(v.sdKpa() / v.meanKpa() * 100),
                        v.thresholds().length + "/" + v.trials(), change);
            }
            System.out.printf(Locale.ROOT, "Band of real change: first visit ± MDC95 %.1f kPa. Source: %s%n", sem.mdc95Kpa(),
                    sem.citation());
            if (output != null) {
                PptHistoryChart.write(output, client + " at " + where, history.stream().map(v -> new PptHistoryChart.Point(
                        v.session().id(), v.session().meta().startedAtEpochMillis(), v.meanKpa(), v.sdKpa())).toList(),
                        sem.mdc95Kpa());
                System.out.println("Chart written to " + output);
            }
        }
        return 0;
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "--";
    }
}

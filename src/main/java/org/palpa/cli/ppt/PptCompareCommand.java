package org.palpa.cli.ppt;

import java.util.concurrent.Callable;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.ppt.PptVisits;
import org.palpa.cli.options.StoreOptions;
import org.palpa.core.ppt.PptSite;
import org.palpa.core.ppt.RealChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code palpa ppt compare}: whether the change between two sessions' thresholds at a site is real. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Says whether the change in a client's PPT at a site between two sessions exceeds the MDC95.")
public final class PptCompareCommand implements Callable<Integer> {
    @Option(names = "--client", paramLabel = "CODE", required = true, description = "The client's code.")
    String client;

    @Option(names = "--site", paramLabel = "SITE", required = true, description = "Body-map site.")
    String site;

    @Option(names = "--side", paramLabel = "SIDE", description = "left, right or midline (default: either).")
    String side;

    @Option(names = "--before", paramLabel = "ID", required = true, description = "The earlier session.")
    long before;

    @Option(names = "--after", paramLabel = "ID", required = true, description = "The later session.")
    long after;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PptSite where = PptSite.parse(site, side);
        try (JdbcSessionStore s = store.open()) {
            PptVisits visits = new PptVisits(s);
            PptVisits.Visit b = visit(visits, before, where);
            PptVisits.Visit a = visit(visits, after, where);
            RealChange.Decision d = RealChange.decide(b.meanKpa(), a.meanKpa(), visits.sem(where));
            System.out.println("PPT of client " + client + " at " + where + ", session " + before + " → " + after + ": "
                    + d.text());
        }
        return 0;
    }

    private PptVisits.Visit visit(PptVisits visits, long id, PptSite where) {
        PptVisits.Visit v = visits.visit(id, where).orElseThrow(() -> new IllegalArgumentException("session " + id
                + " has no PPT at " + where));
        if (!v.session().meta().clientCode().equals(client)) {
            throw new IllegalArgumentException("session " + id + " is of client " + v.session().meta().clientCode()
                    + ", not " + client);
        }
        if (Double.isNaN(v.meanKpa())) {
            throw new IllegalArgumentException("session " + id + " has no valid trial at " + where);
        }
        return v;
    }
}

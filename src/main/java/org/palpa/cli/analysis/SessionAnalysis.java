package org.palpa.cli.analysis;

import org.palpa.cli.options.StoreOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.palpa.adapter.json.HoldsJson;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.analysis.TraceAnalysis;
import org.palpa.core.record.StoredSession;
import org.palpa.app.replay.SessionFrames;
import org.palpa.core.PalpaException;

/** {@code palpa analyze --session ID}: recomputes a recorded session's holds against other targets, read only. */
public final class SessionAnalysis {
    private SessionAnalysis() {
    }

    static int run(StoreOptions storeOptions, long id, org.palpa.cli.options.TargetOptions options, Path output)
            throws IOException {
        try (JdbcSessionStore store = storeOptions.openReadOnly()) {
            StoredSession s = store.find(id).orElseThrow(() -> new PalpaException("no session " + id + " in " + store.describe()));
            // the JSON goes to standard output, so which targets judged it goes to standard error
            SessionSettings settings = org.palpa.cli.options.ReplayJudging.settings(s.meta(), options, 0, System.err);
            // judged as recorded, a plan session's holds are judged against each step's band from the step's start on
            var steps = org.palpa.cli.options.ReplayJudging.steps(store.events(id), settings, options.given().isEmpty(),
                    System.err);
            TraceAnalysis.Result result = TraceAnalysis.run(SessionFrames.device(s.meta()), new SessionFrames(store, id),
                    settings, steps);
            var doc = HoldsJson.document("session " + id, result.device(), settings.targets(), settings.filter().toString(),
                    result.filterDelayMillis(), result.holds());
            if (output == null) {
                HoldsJson.write(doc, System.out);
            } else {
                try (OutputStream out = Files.newOutputStream(output)) {
                    HoldsJson.write(doc, out);
                }
            }
        }
        return 0;
    }
}

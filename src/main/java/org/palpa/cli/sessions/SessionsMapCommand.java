package org.palpa.cli.sessions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.palpa.adapter.report.BodyChart;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.port.SessionReader;
import org.palpa.cli.options.StoreOptions;
import org.palpa.core.PalpaException;
import org.palpa.core.plan.PlanEvents;
import org.palpa.core.plan.StepSummary;
import org.palpa.core.plan.TreatedPoint;
import org.palpa.core.record.StoredSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code palpa sessions map --client C}: a body chart of a client's treated points across sessions. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Draws a body chart (PNG) of a client's history: every point treated in a plan across their sessions.",
                "Each point shows its dose, its highest pain in each session over time, and where the pain referred."})
public final class SessionsMapCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--client", paramLabel = "CODE", required = true, description = "The client's code.")
    String client;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: map-CODE.png here).")
    Path output;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1400x1300",
            description = "Image size in pixels (default: ${DEFAULT-VALUE}).")
    String size;

    @Override
    public Integer call() throws Exception {
        String[] wh = size.toLowerCase(java.util.Locale.ROOT).split("x");
        int width;
        int height;
        try {
            width = Integer.parseInt(wh[0].strip());
            height = Integer.parseInt(wh[1].strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--size '" + size + "' is not WIDTHxHEIGHT, such as 1400x1300");
        }
        if (width < 300 || height < 300 || width > 8000 || height > 8000) {
            throw new IllegalArgumentException("--size must be between 300x300 and 8000x8000, was " + size);
        }
        Path file = output != null ? output : Path.of("map-" + client + ".png");
        try (JdbcSessionStore s = store.open()) {
            List<List<StepSummary>> history = new ArrayList<>();
            for (StoredSession x : s.list(new SessionReader.Filter(client, null, null, null, null))) {
                List<StepSummary> steps = PlanEvents.summaries(s.events(x.id()));
                if (!steps.isEmpty()) {
                    history.add(steps);
                }
            }
            if (history.isEmpty()) {
                throw new PalpaException("client " + client + " has no session with a treatment plan in " + s.describe());
            }
            List<TreatedPoint> points = TreatedPoint.across(history);
            var img = BodyChart.render(points, "Client " + client + ": " + history.size() + " plan session"
                    + (history.size() == 1 ? "" : "s") + ", " + points.size() + " points", width, height);
            ImageIO.write(img, "png", file.toFile());
            System.out.println("Wrote " + file + " (" + points.size() + " points from " + history.size() + " sessions)");
        }
        return 0;
    }
}

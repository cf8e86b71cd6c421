package org.palpa.cli.sessions;

import org.palpa.cli.live.LiveCommand;
import org.palpa.cli.options.StoreOptions;
import org.palpa.cli.options.TargetOptions;
import org.palpa.cli.Terminals;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.replay.ReplayTransport;
import org.palpa.app.replay.StoredSessionSource;
import org.palpa.core.PalpaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code palpa sessions replay ID}: plays a recorded session through the live feedback again. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Plays a recorded session back through the live pipeline and feedback.",
                "Holds are judged against the target given (or, with --use-recorded-target, the recorded one).",
                "The replay is not recorded again."})
public final class SessionsReplayCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    TargetOptions targetOptions;

    @Parameters(paramLabel = "ID", description = "The session to replay.")
    String id;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "1 for real time, 2 or 10 for faster, max for as fast as possible (default: ${DEFAULT-VALUE}).")
    String speed;

    @Option(names = "--use-recorded-target", description = "Judge holds against the target recorded with the session.")
    boolean recordedTarget;

    @Option(names = "--plain", description = "Print a line a second instead of rewriting one line in place.")
    boolean plain;

    @Override
    public Integer call() throws Exception {
        long sessionId = SessionText.id(id);
        double x = speed.equalsIgnoreCase("max") ? 0 : parse(speed);
        try (JdbcSessionStore s = store.openReadOnly()) {
            var session = s.find(sessionId).orElseThrow(() -> new PalpaException("no session " + sessionId + " in " + s.describe()));
            SessionSettings settings = new SessionSettings(recordedTarget ? session.meta().target() : targetOptions.target(),
                    null, targetOptions.filterSpec(), targetOptions.probeArea(), 0, null, 8192)
                    .withTargets(recordedTarget ? session.meta().targets() : targetOptions.plan());
            return LiveCommand.run(new PrintStream(System.out, true), new ReplayTransport(new StoredSessionSource(s, sessionId), x), settings, null,
                    plain || !Terminals.interactive());
        }
    }

    private static double parse(String text) {
        try {
            double v = Double.parseDouble(text);
            if (v > 0 && !Double.isInfinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Invalid value for option '--speed': '" + text + "' is not a positive number or max");
    }
}

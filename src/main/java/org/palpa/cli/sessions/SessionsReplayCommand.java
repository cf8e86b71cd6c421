package org.palpa.cli.sessions;

import org.palpa.cli.live.LiveCommand;
import org.palpa.cli.options.ReplayJudging;
import org.palpa.cli.options.StoreOptions;
import org.palpa.cli.options.TargetOptions;
import org.palpa.cli.Terminals;
import java.io.PrintStream;
import java.util.List;
import org.palpa.core.plan.PlanEvents;
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
                "Holds are judged as the session was: its recorded targets per channel, hold, ramp rate and filter.",
                "Giving --target, --hold, --filter or another judging option judges against those instead, and says so.",
                "The replay is not recorded again."})
public final class SessionsReplayCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    TargetOptions targetOptions;

    @Parameters(paramLabel = "ID", description = "The session to replay.")
    String id;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1", converter = org.palpa.cli.options.Speeds.class,
            description = "1 for real time, 2 or 10 for faster, max for as fast as possible (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--use-recorded-target", description = "Judge holds as recorded even if judging options are given (the default without them).")
    boolean recordedTarget;

    @Option(names = "--plain", description = "Print a line a second instead of rewriting one line in place.")
    boolean plain;

    @Override
    public Integer call() throws Exception {
        long sessionId = SessionText.id(id);
        double x = speed;
        try (JdbcSessionStore s = store.openReadOnly()) {
            var session = s.find(sessionId).orElseThrow(() -> new PalpaException("no session " + sessionId + " in " + s.describe()));
            PrintStream out = new PrintStream(System.out, true);
            boolean asRecorded = recordedTarget || targetOptions.given().isEmpty();
            SessionSettings settings = recordedTarget ? ReplayJudging.recorded(session.meta(), 0)
                    : ReplayJudging.settings(session.meta(), targetOptions, 0, out);
            List<PlanEvents.StepTarget> steps = ReplayJudging.steps(s.events(sessionId), settings, asRecorded, out);
            return LiveCommand.run(out, new ReplayTransport(new StoredSessionSource(s, sessionId), x).judgingSteps(steps),
                    settings, null, plain || !Terminals.interactive());
        }
    }
}

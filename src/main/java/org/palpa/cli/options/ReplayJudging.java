package org.palpa.cli.options;

import java.io.PrintStream;
import java.util.List;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.plan.PlanEvents;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.signal.FilterSpec;

/**
 * How a replay or a re-analysis of a recorded session judges its holds: as the session was judged
 * (its recorded per-channel targets, hold durations, ramp rates, filter and probe area) unless the
 * user gives other judging options, and then those, said on the screen so that nobody mistakes
 * them for the recorded plan. One rule for {@code sessions replay}, {@code gui --session} and
 * {@code analyze --session}.
 */
public final class ReplayJudging {
    private ReplayJudging() {
    }

    /**
     * The settings to judge session {@code meta} with, telling {@code out} which they are.
     *
     * @param options the command's target options; when none is given, the recorded ones apply
     */
    public static SessionSettings settings(SessionMeta meta, TargetOptions options, double maxStreamSeconds,
                                           PrintStream out) {
        List<String> given = options.given();
        if (given.isEmpty()) {
            out.println("Judged as recorded: target " + meta.targets() + "; filter " + meta.filter()
                    + "; probe area " + meta.probeAreaCm2() + " cm².");
            return recorded(meta, maxStreamSeconds);
        }
        SessionSettings s = new SessionSettings(options.target(), null, options.filterSpec(), options.probeArea(),
                maxStreamSeconds, null, 8192).withTargets(options.plan());
        out.println("Judged against " + String.join(", ", given) + " given here, NOT as recorded: target "
                + s.targets() + "; filter " + s.filter() + " (recorded: " + meta.targets() + "; filter "
                + meta.filter() + ").");
        return s;
    }

    /**
     * A plan session's step targets, each judging its holds from the step's start on as when it was
     * recorded, telling {@code out} so; empty for a session without a plan, or when {@code asRecorded}
     * is false because judging options were given (they then judge the whole session).
     */
    public static List<PlanEvents.StepTarget> steps(List<RecordedEvent> events, SessionSettings judged, boolean asRecorded,
                                                    PrintStream out) {
        List<PlanEvents.StepTarget> steps = asRecorded
                ? PlanEvents.judging(events, judged.target().unit(), judged.probeArea()) : List.of();
        if (!steps.isEmpty()) {
            out.println("Each of the plan's " + steps.size() + " step targets judges from its start on, as when it was recorded.");
        }
        return steps;
    }

    /** The settings the session was recorded with. */
    public static SessionSettings recorded(SessionMeta meta, double maxStreamSeconds) {
        return new SessionSettings(meta.target(), null, FilterSpec.parse(meta.filter()), new ProbeArea(meta.probeAreaCm2()),
                maxStreamSeconds, null, 8192).withTargets(meta.targets());
    }
}

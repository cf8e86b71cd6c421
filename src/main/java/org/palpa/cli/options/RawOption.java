package org.palpa.cli.options;

import org.palpa.core.hold.TargetPlan;
import org.palpa.core.sample.Unit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --raw}: go on with a device whose channels report raw counts and have no calibration.
 * Without it such a session is refused (see {@code FrameProcessor}); with it the whole session is
 * in counts, so its target is given in counts and every value is labelled counts, never N.
 */
public final class RawOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--raw", description = {"Go on with uncalibrated raw counts: values are shown, judged and recorded in counts,",
            "never N, and the target is given in counts (--target 1500counts). Without it, a channel that reports counts",
            "and has no calibration profile is refused."})
    public boolean raw;

    /**
     * Checks that the plan's unit agrees with {@code --raw}: counts with it, a force or pressure
     * without it, and that no calibration profile is named with it.
     */
    public TargetPlan check(TargetPlan plan, boolean calibrationGiven) {
        boolean inCounts = plan.unit().kind() == Unit.Kind.RAW;
        if (raw && !inCounts) {
            throw new ParameterException(spec.commandLine(), "with --raw the values are raw counts, so give the target in "
                    + "counts, such as --target 1500counts (the target was " + plan.primary() + ")");
        }
        if (!raw && inCounts) {
            throw new ParameterException(spec.commandLine(), "a target in counts is for uncalibrated raw counts; add --raw");
        }
        if (raw && calibrationGiven) {
            throw new ParameterException(spec.commandLine(), "--raw shows uncalibrated counts, so it takes no --calibration");
        }
        return plan;
    }
}

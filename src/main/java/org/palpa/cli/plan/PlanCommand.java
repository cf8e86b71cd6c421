package org.palpa.cli.plan;

import picocli.CommandLine.Command;

/** {@code palpa plan}: list, check and run treatment plans. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Treatment plans: a sequence of trigger points, each held in a band for a number of repetitions.",
        subcommands = {PlanListCommand.class, PlanCheckCommand.class, PlanRunCommand.class})
public final class PlanCommand {
}

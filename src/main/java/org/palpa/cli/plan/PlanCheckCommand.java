package org.palpa.cli.plan;

import java.util.concurrent.Callable;
import org.palpa.adapter.json.PlanReader;
import org.palpa.core.plan.TreatmentPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code palpa plan check FILE}: validates a plan; a bad one is refused naming file, step and field. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks a plan file (or a shipped plan's id).",
                "A bad plan is refused with one line naming the file, the step and the field; the exit status is then 2."})
final class PlanCheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PLAN", description = "A plan file, or the id of a shipped plan.")
    String plan;

    @Override
    public Integer call() {
        TreatmentPlan p = PlanReader.load(plan);
        System.out.printf("%s: plan '%s' is valid: %d steps, sha256 %s%n", plan, p.name(), p.steps().size(),
                p.contentHash());
        return 0;
    }
}

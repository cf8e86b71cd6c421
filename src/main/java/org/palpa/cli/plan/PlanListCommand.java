package org.palpa.cli.plan;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.palpa.adapter.json.PlanReader;
import org.palpa.core.plan.PlanStep;
import org.palpa.core.plan.TreatmentPlan;
import picocli.CommandLine.Command;

/** {@code palpa plan list}: the plans shipped with Palpa. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the plans shipped with Palpa.")
final class PlanListCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        for (String id : PlanReader.SHIPPED) {
            TreatmentPlan p = PlanReader.shipped(id);
            System.out.printf(Locale.ROOT, "%-13s %-40s %d steps, about %d min%n", id, p.name(), p.steps().size(),
                    Math.max(1, Math.round(p.nominalMillis() / 60_000.0)));
            for (PlanStep s : p.steps()) {
                System.out.printf(Locale.ROOT, "    %-32s %-10s %s x%d, hold %s, rest %s%n", s.where(), s.technique(),
                        s.band(), s.reps(), org.palpa.core.plan.PlanText.seconds(s.holdMillis()),
                        org.palpa.core.plan.PlanText.seconds(s.restMillis()));
            }
        }
        System.out.println("Run one with: palpa plan run ID --device DEVICE; the files are under docs/plans/.");
        return 0;
    }
}

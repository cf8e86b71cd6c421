package org.palpa.cli.assess;

import org.palpa.core.assess.AssessmentRules;
import picocli.CommandLine.Option;

/** The options of the assess commands that change the scoring rules. */
final class RuleOptions {
    @Option(names = "--pass-mark", paramLabel = "SCORE", defaultValue = "70",
            description = "Total needed to pass, 0-100 (default: ${DEFAULT-VALUE}).")
    double passMark;

    @Option(names = "--pain-ceiling", paramLabel = "NRS", defaultValue = "6",
            description = "Highest pain score (0-10) that respects the ceiling (default: ${DEFAULT-VALUE}).")
    double painCeiling;

    AssessmentRules rules() {
        if (!(passMark >= 0 && passMark <= 100)) {
            throw new IllegalArgumentException("Invalid value for option '--pass-mark': must be 0 to 100, was " + passMark);
        }
        if (!(painCeiling >= 0 && painCeiling <= 10)) {
            throw new IllegalArgumentException("Invalid value for option '--pain-ceiling': must be 0 to 10, was " + painCeiling);
        }
        return AssessmentRules.STANDARD.withPassMark(passMark).withPainCeiling(painCeiling);
    }
}

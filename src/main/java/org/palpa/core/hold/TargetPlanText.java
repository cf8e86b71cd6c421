package org.palpa.core.hold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.palpa.core.sample.Unit;

/**
 * A {@link TargetPlan} as canonical text, for a session's record and its integrity chain: one line
 * per target, tab-separated, numbers in Java's shortest round-trip form, so the same plan always
 * gives the same text. For example:
 *
 * <pre>
 * palpa.targets/1
 * channel	thumb	27.0	33.0	NEWTON	20000	0.0	Infinity
 * channel	index	13.5	16.5	NEWTON	20000	0.0	Infinity
 * track	thumb	index
 * </pre>
 *
 * A {@code default} line (without a label) holds the fallback target.
 */
public final class TargetPlanText {
    /** The first line of every plan's text. */
    public static final String HEADER = "palpa.targets/1";

    private TargetPlanText() {
    }

    /** The plan's canonical text. */
    public static String format(TargetPlan plan) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        if (plan.fallback() != null) {
            target(sb.append("default"), plan.fallback());
        }
        plan.byLabel().forEach((label, t) -> target(sb.append("channel\t").append(label), t));
        if (!plan.tracked().isEmpty()) {
            sb.append("track");
            plan.tracked().forEach(l -> sb.append('\t').append(l));
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Reads text written by {@link #format}.
     *
     * @throws IllegalArgumentException naming the line, if the text is not a plan
     */
    public static TargetPlan parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            throw new IllegalArgumentException("target plan: line 1: expected '" + HEADER + "'");
        }
        Target fallback = null;
        Map<String, Target> byLabel = new LinkedHashMap<>();
        Set<String> tracked = new LinkedHashSet<>();
        for (int n = 1; n < lines.length; n++) {
            String[] f = lines[n].split("\t", -1);
            try {
                switch (f[0]) {
                    case "default" -> fallback = target(f, 1);
                    case "channel" -> byLabel.put(f[1], target(f, 2));
                    case "track" -> tracked.addAll(List.of(f).subList(1, f.length));
                    default -> throw new IllegalArgumentException("unknown entry '" + f[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("target plan: line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        return new TargetPlan(fallback, byLabel, tracked);
    }

    private static void target(StringBuilder sb, Target t) {
        List<String> fields = new ArrayList<>(List.of(Double.toString(t.min()), Double.toString(t.max()),
                t.unit().name(), Long.toString(t.holdMillis()), Double.toString(t.rampRate().minPerSecond()),
                Double.toString(t.rampRate().maxPerSecond())));
        sb.append('\t').append(String.join("\t", fields)).append('\n');
    }

    private static Target target(String[] f, int from) {
        if (f.length != from + 6) {
            throw new IllegalArgumentException("expected 6 target fields, found " + (f.length - from));
        }
        return new Target(Double.parseDouble(f[from]), Double.parseDouble(f[from + 1]), Unit.valueOf(f[from + 2]),
                Long.parseLong(f[from + 3]), new RateBand(Double.parseDouble(f[from + 4]), Double.parseDouble(f[from + 5])));
    }
}

package org.palpa.cli.options;

import org.palpa.core.hold.RateBand;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.sample.Unit;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;
import org.palpa.core.signal.FilterSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The target, smoothing and probe options shared by {@code live}, {@code analyze}, {@code demo} and
 * {@code gui}, including a target per channel ({@code --target thumb=30N,index=15N}) and the
 * channels to track ({@code --track}).
 */
public final class TargetOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "VALUE", defaultValue = "40N",
            description = {"Centre of the target band with its unit: N, kgf, lbf, kPa or kgf/cm2 (default: ${DEFAULT-VALUE}).",
                    "Per channel: thumb=30N,index=15N; a plain value in the list (25N,index=15N) is the target of the other channels."})
    public String target;

    @Option(names = "--track", paramLabel = "LABELS", split = ",",
            description = "Channels to judge, such as thumb,index; the others are only shown (default: every channel with a target).")
    java.util.List<String> track;

    @Option(names = "--tolerance", paramLabel = "TOL", defaultValue = "10%",
            description = "Half-width of the band, as a percentage (10%%) or a quantity (4N) (default: ${DEFAULT-VALUE}).")
    String tolerance;

    @Option(names = "--band", paramLabel = "MIN..MAX",
            description = "The band as explicit edges, such as 35..45N; overrides --target and --tolerance.")
    String band;

    @Option(names = "--hold", paramLabel = "DURATION", defaultValue = "20s", converter = Durations.class,
            description = "How long to stay in the band: 20s, 1500ms, 1m (default: ${DEFAULT-VALUE}).")
    long holdMillis;

    @Option(names = "--ramp-rate", paramLabel = "MIN..MAX",
            description = "Acceptable ramp rate into the hold, in the target unit per second, such as 5..15.")
    String rampRate;

    @Option(names = "--filter", paramLabel = "CHAIN", defaultValue = FilterSpec.DEFAULT,
            description = "Smoothing chain: median:N, ma:N, ema:MSms, butter:ORDER:HZHz, comma-separated, or none (default: ${DEFAULT-VALUE}).")
    String filter;

    @Option(names = "--probe-area", paramLabel = "CM2", defaultValue = "1.0",
            description = "Contact area in cm² for pressure units (default: ${DEFAULT-VALUE}, the standard algometer tip).")
    public double probeAreaCm2;

    /** The options that choose how holds are judged: when none is given, a replay uses the recorded ones. */
    static final java.util.List<String> JUDGING = java.util.List.of("--target", "--track", "--tolerance", "--band", "--hold",
            "--ramp-rate", "--filter", "--probe-area");

    /** The judging options the user gave on the command line, in the order of {@link #JUDGING}; empty for none. */
    public java.util.List<String> given() {
        var parsed = spec.commandLine().getParseResult();
        return JUDGING.stream().filter(parsed::hasMatchedOption).toList();
    }

    public ProbeArea probeArea() {
        try {
            return new ProbeArea(probeAreaCm2);
        } catch (IllegalArgumentException e) {
            throw bad("--probe-area", e);
        }
    }

    /** The target of each channel and which are tracked, from --target, --track and the band options. */
    public TargetPlan plan() {
        Map<String, Target> byLabel = new LinkedHashMap<>();
        String plain = null;
        for (String entry : target.split(",")) {
            String e = entry.trim();
            int eq = e.indexOf('=');
            if (e.isEmpty()) {
                continue;
            } else if (eq < 0) {
                if (plain != null) {
                    throw new ParameterException(spec.commandLine(), "Invalid value for option '--target': '" + target
                            + "' has two values without a channel label");
                }
                plain = e;
            } else {
                String label = e.substring(0, eq).trim();
                if (label.isEmpty() || byLabel.containsKey(label.toLowerCase(Locale.ROOT))) {
                    throw new ParameterException(spec.commandLine(), "Invalid value for option '--target': '" + e
                            + (label.isEmpty() ? "' has no channel label" : "' names channel '" + label + "' twice"));
                }
                byLabel.put(label.toLowerCase(Locale.ROOT), single(e.substring(eq + 1).trim(), e));
            }
        }
        boolean hasDefault = band != null || plain != null || byLabel.isEmpty();
        Target fallback = hasDefault ? single(plain == null ? "40N" : plain, plain) : null;
        if (!byLabel.isEmpty()) {
            // a session has one unit: the default's, else the first channel's
            Unit unit = fallback != null ? fallback.unit() : byLabel.values().iterator().next().unit();
            byLabel.replaceAll((label, t) -> inUnit(t, unit));
        }
        try {
            return new TargetPlan(fallback, byLabel, track == null ? Set.of() : new java.util.LinkedHashSet<>(track));
        } catch (IllegalArgumentException e) {
            throw bad(track != null ? "--track" : "--target", e);
        }
    }

    /** The session's one target when every channel shares it; the primary target of {@link #plan()}. */
    public Target target() {
        return plan().primary();
    }

    /** The same band in {@code unit}, so that a plan has one unit; pressures and forces convert through the probe area. */
    private Target inUnit(Target t, Unit unit) {
        if (t.unit() == unit) {
            return t;
        }
        ProbeArea area = probeArea();
        try {
            return new Target(area.convert(t.min(), t.unit(), unit), area.convert(t.max(), t.unit(), unit), unit,
                    t.holdMillis(), t.rampRate());
        } catch (IllegalArgumentException e) {
            throw bad("--target", e);
        }
    }

    /** One target with centre {@code centre} (or --band when set and {@code entry} is the plain value). */
    private Target single(String centre, String entry) {
        boolean useBand = band != null && (entry == null || !entry.contains("="));
        ProbeArea area = probeArea();
        Target t;
        try {
            if (useBand) {
                String[] parts = band.split("\\.\\.");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("'" + band + "' is not a band such as 35..45N");
                }
                Quantity hi = Quantity.parse(parts[1]);
                double lo = Double.parseDouble(parts[0].replaceAll("[^0-9.eE+-]", ""));
                t = new Target(lo, hi.value(), hi.unit(), holdMillis, RateBand.ANY);
            } else {
                t = Target.around(Quantity.parse(centre), tolerance, holdMillis, area);
            }
        } catch (IllegalArgumentException e) {
            throw bad(useBand ? "--band" : "--target/--tolerance/--hold", e);
        }
        if (rampRate != null) {
            try {
                String[] parts = rampRate.split("\\.\\.");
                t = t.withRampRate(new RateBand(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
            } catch (RuntimeException e) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--ramp-rate': '" + rampRate
                        + "' is not a rate band such as 5..15");
            }
        }
        return t;
    }

    public FilterSpec filterSpec() {
        try {
            FilterSpec f = FilterSpec.parse(filter);
            f.build(1000); // checks parameters that do not depend on the rate
            return f;
        } catch (IllegalArgumentException e) {
            throw bad("--filter", e);
        }
    }

    private ParameterException bad(String option, IllegalArgumentException e) {
        return new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + e.getMessage());
    }
}

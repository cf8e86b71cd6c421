package org.palpa.cli;

import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Quantity;
import org.palpa.core.signal.FilterSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The target, smoothing and probe options shared by {@code live}, {@code analyze} and {@code demo}. */
final class TargetOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "VALUE", defaultValue = "40N",
            description = "Centre of the target band with its unit: N, kgf, lbf, kPa or kgf/cm2 (default: ${DEFAULT-VALUE}).")
    String target;

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
    double probeAreaCm2;

    ProbeArea probeArea() {
        try {
            return new ProbeArea(probeAreaCm2);
        } catch (IllegalArgumentException e) {
            throw bad("--probe-area", e);
        }
    }

    Target target() {
        ProbeArea area = probeArea();
        Target t;
        try {
            if (band != null) {
                String[] parts = band.split("\\.\\.");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("'" + band + "' is not a band such as 35..45N");
                }
                Quantity hi = Quantity.parse(parts[1]);
                double lo = Double.parseDouble(parts[0].replaceAll("[^0-9.eE+-]", ""));
                t = new Target(lo, hi.value(), hi.unit(), holdMillis, RateBand.ANY);
            } else {
                t = Target.around(Quantity.parse(target), tolerance, holdMillis, area);
            }
        } catch (IllegalArgumentException e) {
            throw bad(band != null ? "--band" : "--target/--tolerance/--hold", e);
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

    FilterSpec filterSpec() {
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

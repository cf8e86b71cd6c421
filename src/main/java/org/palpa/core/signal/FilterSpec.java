package org.palpa.core.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chain of filters written as text, parsed once and built for any sample rate.
 *
 * <p>Stages are separated by commas; each is a name and its parameters separated by colons:
 * <ul>
 *   <li>{@code median:5} — running median over 5 samples (odd)</li>
 *   <li>{@code ma:10} — moving average over 10 samples</li>
 *   <li>{@code ema:50ms} — exponential moving average with a 50 ms time constant</li>
 *   <li>{@code butter:2:4Hz} — Butterworth low-pass, order 2, cutoff 4 Hz</li>
 *   <li>{@code none} — no filtering</li>
 * </ul>
 *
 * @param text   the chain as the user wrote it
 * @param stages the parsed stages
 */
public record FilterSpec(String text, List<Stage> stages) {

    /**
     * The default smoothing: a 5-sample median removes single-sample spikes, then a second-order
     * Butterworth at 4 Hz removes physiological tremor (8–12 Hz) while following a ramp.
     */
    public static final String DEFAULT = "median:5,butter:2:4Hz";

    /** One parsed stage of a chain. */
    public sealed interface Stage {
        SignalFilter build(double sampleRateHz);
    }

    /** @param length odd window length in samples */
    public record Median(int length) implements Stage {
        public SignalFilter build(double rate) {
            return new MedianFilter(length, rate);
        }
    }

    /** @param length window length in samples */
    public record Mean(int length) implements Stage {
        public SignalFilter build(double rate) {
            return new MovingAverage(length, rate);
        }
    }

    /** @param timeConstantMillis time constant in ms */
    public record Ema(double timeConstantMillis) implements Stage {
        public SignalFilter build(double rate) {
            return new ExponentialMovingAverage(timeConstantMillis, rate);
        }
    }

    /** @param order filter order, @param cutoffHz -3 dB frequency */
    public record Butter(int order, double cutoffHz) implements Stage {
        public SignalFilter build(double rate) {
            return new ButterworthLowPass(order, cutoffHz, rate);
        }
    }

    public FilterSpec {
        stages = List.copyOf(stages);
    }

    /**
     * Parses a chain.
     *
     * @throws IllegalArgumentException naming the stage that is wrong and why
     */
    public static FilterSpec parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        List<Stage> stages = new ArrayList<>();
        if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("none")) {
            return new FilterSpec("none", stages);
        }
        for (String part : trimmed.split(",")) {
            stages.add(parseStage(part.trim()));
        }
        return new FilterSpec(trimmed, stages);
    }

    private static Stage parseStage(String part) {
        String[] f = part.toLowerCase(Locale.ROOT).split(":");
        try {
            return switch (f[0]) {
                case "median" -> new Median(Integer.parseInt(arg(f, 1, part)));
                case "ma", "mean" -> new Mean(Integer.parseInt(arg(f, 1, part)));
                case "ema" -> new Ema(Double.parseDouble(strip(arg(f, 1, part), "ms")));
                case "butter", "butterworth" -> new Butter(Integer.parseInt(arg(f, 1, part)),
                        Double.parseDouble(strip(arg(f, 2, part), "hz")));
                default -> throw new IllegalArgumentException("unknown filter '" + f[0]
                        + "' in '" + part + "' (use median, ma, ema or butter)");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("filter stage '" + part + "' has a parameter that is not a number");
        }
    }

    private static String arg(String[] f, int i, String part) {
        if (f.length <= i || f[i].isBlank()) {
            throw new IllegalArgumentException("filter stage '" + part + "' is missing parameter " + i
                    + " (examples: median:5, ma:10, ema:50ms, butter:2:4Hz)");
        }
        return f[i];
    }

    private static String strip(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    /** Builds a fresh chain for one channel at the given rate; checks every stage's parameters. */
    public FilterChain build(double sampleRateHz) {
        List<SignalFilter> filters = new ArrayList<>(stages.size());
        for (Stage s : stages) {
            filters.add(s.build(sampleRateHz));
        }
        return new FilterChain(filters);
    }

    @Override
    public String toString() {
        return text;
    }
}

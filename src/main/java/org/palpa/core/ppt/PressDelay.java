package org.palpa.core.ppt;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The known delays between the patient's press and the sample it is matched with, computed from
 * the pipeline's actual settings, and what remains uncertain after correcting for them.
 *
 * <p>The press instant is {@code observed − pathDelay}: the timestamp Palpa gave the press minus
 * the delays on its way (debounce, button polling, key handling; a transport's delay counts
 * negative, because on the key path the press is stamped on the host against frames that were
 * already that old). The threshold is then read from the smoothed signal at
 * {@code press + filterDelay}, because smoothing shows each pressure that much later.
 *
 * @param path       which way the press came
 * @param components each delay, in the order they act; the filter's group delay is one of them
 */
public record PressDelay(PressPath path, List<Component> components) {
    /** The name of the smoothing filter's component, which shifts the reading rather than the press. */
    public static final String FILTER = "filter group delay";
    /**
     * Contact bounce of small tactile switches lasts a few milliseconds (Ganssle, "A Guide to
     * Debouncing", 2008: most under 6 ms); the debouncer times its settle from the last bounce.
     */
    static final double BOUNCE_MILLIS = 6;
    /** Host scheduling jitter for a key event reaching a waiting reader thread, a few milliseconds on a desktop. */
    static final double KEY_JITTER_MILLIS = 5;

    /**
     * One delay.
     *
     * @param name           what causes it
     * @param millis         its mean, in milliseconds; negative for a delay that makes the stamp early
     * @param residualMillis how far one press may differ from the mean, in milliseconds (half-width)
     */
    public record Component(String name, double millis, double residualMillis) {
        public Component {
            if (name == null || name.isBlank() || !Double.isFinite(millis) || !(residualMillis >= 0)) {
                throw new IllegalArgumentException("a delay needs a name, a finite mean and a residual >= 0");
            }
        }
    }

    public PressDelay {
        if (path == null) {
            throw new IllegalArgumentException("a press delay needs a path");
        }
        components = List.copyOf(components);
    }

    /**
     * A device button whose events are stamped on the device clock once debounced.
     *
     * @param debounceMillis    the debouncer's settle time
     * @param pollPeriodMillis  how often the device samples the button; on average a press waits half of it
     * @param filterDelayMillis the smoothing chain's group delay
     */
    public static PressDelay button(double debounceMillis, double pollPeriodMillis, double filterDelayMillis) {
        return new PressDelay(PressPath.DEVICE_BUTTON, List.of(
                new Component("debounce", debounceMillis, BOUNCE_MILLIS),
                new Component("button sampling", pollPeriodMillis / 2, pollPeriodMillis / 2),
                new Component(FILTER, filterDelayMillis, 0)));
    }

    /**
     * A key on the host, stamped against the latest frame's arrival.
     *
     * @param keyLatencyMillis       from the key going down to the reader seeing it
     * @param transportMillis        how old a frame is when it arrives (USB-serial buffering, for example)
     * @param transportJitterMillis  how much that age varies (half-width)
     * @param filterDelayMillis      the smoothing chain's group delay
     */
    public static PressDelay key(double keyLatencyMillis, double transportMillis, double transportJitterMillis,
                                 double filterDelayMillis) {
        return new PressDelay(PressPath.KEY, List.of(
                new Component("key handling", keyLatencyMillis, KEY_JITTER_MILLIS),
                new Component("transport", -transportMillis, transportJitterMillis),
                new Component(FILTER, filterDelayMillis, 0)));
    }

    /** The delay from the press to its timestamp, which is subtracted from the timestamp. */
    public double pathDelayMillis() {
        return components.stream().filter(c -> !c.name().equals(FILTER)).mapToDouble(Component::millis).sum();
    }

    /** The smoothing's group delay, by which the reading is taken later than the press. */
    public double filterDelayMillis() {
        return components.stream().filter(c -> c.name().equals(FILTER)).mapToDouble(Component::millis).sum();
    }

    /** The worst-case timing error left after the correction (the residuals added up), in milliseconds. */
    public double residualMillis() {
        return components.stream().mapToDouble(Component::residualMillis).sum();
    }

    /** The press instant for a press stamped at {@code observedNanos}. */
    public long pressNanos(long observedNanos) {
        return observedNanos - Math.round(pathDelayMillis() * 1e6);
    }

    /** When to read the smoothed signal for a press at {@code pressNanos}. */
    public long readingNanos(long pressNanos) {
        return pressNanos + Math.round(filterDelayMillis() * 1e6);
    }

    /** Such as {@code device button: debounce 20 ms, button sampling 1 ms, filter group delay 76 ms; ±7 ms left}. */
    public String describe() {
        return path + ": " + components.stream().map(c -> String.format(Locale.ROOT, "%s %.0f ms", c.name(), c.millis() + 0.0))
                .collect(Collectors.joining(", ")) + String.format(Locale.ROOT, "; ±%.0f ms left", residualMillis());
    }
}

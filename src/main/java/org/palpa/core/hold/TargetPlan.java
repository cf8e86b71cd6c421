package org.palpa.core.hold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

/**
 * Which channels of a session are tracked, and the target each is judged against: a glove's
 * thumb may aim for 30 N while its index finger aims for 15 N. Channels are named by label
 * (compared without regard to case), because a live device's labels are known only once it is
 * connected; {@link #unknownLabels(DeviceInfo)} checks a plan against a device.
 *
 * <p>All targets of a plan share one unit, since a session smooths, shows and stores its values
 * in one unit; hold durations and ramp rates may differ per channel.
 *
 * @param fallback  the target of every tracked channel without its own, or null if each tracked
 *                  channel must be named in {@code byLabel}
 * @param byLabel   targets of named channels, in the order given; labels are stored in lower case
 * @param tracked   the labels to track; empty means every channel with a target (all channels
 *                  when there is a fallback). Untracked channels are shown but never judged.
 */
public record TargetPlan(Target fallback, Map<String, Target> byLabel, Set<String> tracked) {

    public TargetPlan {
        Map<String, Target> targets = new LinkedHashMap<>();
        byLabel.forEach((label, t) -> {
            if (label == null || label.isBlank() || t == null) {
                throw new IllegalArgumentException("a channel target needs a label and a target");
            }
            if (targets.put(key(label), t) != null) {
                throw new IllegalArgumentException("channel '" + label + "' has two targets");
            }
        });
        if (fallback == null && targets.isEmpty()) {
            throw new IllegalArgumentException("a target plan needs at least one target");
        }
        Unit unit = fallback != null ? fallback.unit() : targets.values().iterator().next().unit();
        for (var e : targets.entrySet()) {
            if (e.getValue().unit() != unit) {
                throw new IllegalArgumentException("all channel targets must use one unit: '" + e.getKey() + "' is in "
                        + e.getValue().unit().symbol() + ", the session in " + unit.symbol());
            }
        }
        Set<String> picked = new LinkedHashSet<>();
        for (String label : tracked) {
            String k = key(label);
            if (fallback == null && !targets.containsKey(k)) {
                throw new IllegalArgumentException("channel '" + label + "' is tracked but has no target: give "
                        + label + "=VALUE or a plain default VALUE");
            }
            picked.add(k);
        }
        byLabel = Collections.unmodifiableMap(targets);
        tracked = Collections.unmodifiableSet(picked);
    }

    /** One target for every channel, as for a single-sensor algometer. */
    public static TargetPlan uniform(Target target) {
        if (target == null) {
            throw new IllegalArgumentException("a target plan needs a target");
        }
        return new TargetPlan(target, Map.of(), Set.of());
    }

    /** Whether every channel is tracked against the same target. */
    public boolean isUniform() {
        return byLabel.isEmpty() && tracked.isEmpty();
    }

    /** The target shown where a session has room for only one: the fallback, else the first channel's. */
    public Target primary() {
        return fallback != null ? fallback : byLabel.values().iterator().next();
    }

    /** The unit every target of the plan is in. */
    public Unit unit() {
        return primary().unit();
    }

    /** The target of the channel with {@code label}, or empty if that channel is only displayed. */
    public Optional<Target> targetFor(String label) {
        String k = key(label);
        if (!tracked.isEmpty() && !tracked.contains(k)) {
            return Optional.empty();
        }
        Target own = byLabel.get(k);
        return Optional.ofNullable(own != null ? own : fallback);
    }

    /** The labels this plan names that {@code device} does not have, in the order given. */
    public List<String> unknownLabels(DeviceInfo device) {
        Set<String> known = new LinkedHashSet<>();
        for (Channel c : device.channels()) {
            known.add(key(c.label()));
        }
        List<String> unknown = new ArrayList<>();
        for (String label : byLabel.keySet()) {
            if (!known.contains(label)) {
                unknown.add(label);
            }
        }
        for (String label : tracked) {
            if (!known.contains(label) && !unknown.contains(label)) {
                unknown.add(label);
            }
        }
        return unknown;
    }

    /**
     * A one-line message for users if {@code device} lacks a channel this plan names, or empty.
     * For example {@code the targets name unknown channel 'pinky'; sim-glove has thumb, index, middle, ring, little}.
     */
    public Optional<String> mismatch(DeviceInfo device) {
        List<String> unknown = unknownLabels(device);
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        List<String> labels = device.channels().stream().map(Channel::label).toList();
        return Optional.of((unknown.size() == 1 ? "the targets name unknown channel '" + unknown.get(0) + "'"
                : "the targets name unknown channels '" + String.join("', '", unknown) + "'")
                + "; " + device.model() + " has " + String.join(", ", labels));
    }

    @Override
    public String toString() {
        if (isUniform()) {
            return fallback.toString();
        }
        StringBuilder sb = new StringBuilder();
        byLabel.forEach((label, t) -> sb.append(sb.isEmpty() ? "" : "; ").append(label).append(' ').append(t));
        if (fallback != null) {
            sb.append(sb.isEmpty() ? "" : "; ").append("others ").append(fallback);
        }
        if (!tracked.isEmpty()) {
            sb.append("; tracking ").append(String.join(", ", tracked));
        }
        return sb.toString();
    }

    private static String key(String label) {
        return label.trim().toLowerCase(Locale.ROOT);
    }
}

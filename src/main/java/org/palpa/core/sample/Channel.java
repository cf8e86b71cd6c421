package org.palpa.core.sample;

/**
 * Describes one channel of a device: a finger of a glove or the probe of an algometer.
 *
 * @param id    zero-based index of the channel's value in every {@link Frame}
 * @param label a short name such as {@code thumb}, {@code index} or {@code probe}
 * @param unit  the unit the device reports this channel in
 */
public record Channel(int id, String label, Unit unit) {
    public Channel {
        if (id < 0) {
            throw new IllegalArgumentException("channel id must be >= 0, was " + id);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("channel " + id + " needs a label");
        }
        if (unit == null) {
            throw new IllegalArgumentException("channel " + label + " needs a unit");
        }
    }
}

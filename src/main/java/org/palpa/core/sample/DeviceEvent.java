package org.palpa.core.sample;

/**
 * Something a device or its link reported that is not a sample: a stop button, a gap, a reconnect.
 *
 * @param timestampNanos monotonic time of the event, on the same clock as the frames
 * @param kind           what happened
 * @param detail         a human-readable explanation, never null
 */
public record DeviceEvent(long timestampNanos, Kind kind, String detail) {

    /** The kinds of event the pipeline knows how to show and record. */
    public enum Kind {
        /** The patient pressed the stop button. */
        STOP_BUTTON,
        /** The device finished a tare. */
        TARE_DONE,
        /** A sensor is beyond its rated load. */
        OVERLOAD,
        /** The device reported a fault of its own. */
        DEVICE_ERROR,
        /** Frames were lost: the link dropped or the reader fell behind. */
        GAP,
        /** The link came back after a disconnect. */
        RECONNECTED,
        /** The link went away. */
        DISCONNECTED
    }

    public DeviceEvent {
        if (kind == null) {
            throw new IllegalArgumentException("event needs a kind");
        }
        detail = detail == null ? "" : detail;
    }
}

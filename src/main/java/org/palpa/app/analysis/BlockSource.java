package org.palpa.app.analysis;

import org.palpa.core.sample.DeviceInfo;

/** Where the rows of a recorded trace come from, a block at a time, in time order. */
public interface BlockSource {
    /** The trace's channels and rate. */
    DeviceInfo device();

    /**
     * The next rows, or null after the last.
     *
     * @throws org.palpa.core.sample.InputFormatException when the input is bad, naming where
     */
    TraceBlock next();

    /** Hands back a block given by {@link #next} once nothing reads it any more, so its arrays may be filled again. */
    default void recycle(TraceBlock block) {
    }
}

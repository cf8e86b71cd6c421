package org.palpa.app.live;

import org.palpa.core.hold.HoldResult;
import org.palpa.core.pipeline.ProcessedFrame;
import org.palpa.core.sample.DeviceEvent;

/** What the live pipeline publishes to its subscribers. */
public sealed interface PipelineEvent {

    /** A frame after calibration, smoothing and tracking. */
    record Processed(ProcessedFrame frame) implements PipelineEvent {
    }

    /** A hold has finished. */
    record HoldFinished(HoldResult hold) implements PipelineEvent {
    }

    /** The device or its link reported something. */
    record Device(DeviceEvent event) implements PipelineEvent {
    }

    /** The session is over; no more events follow. */
    record Ended(SessionSummary summary) implements PipelineEvent {
    }
}

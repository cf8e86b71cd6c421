package org.palpa.app.recording;

import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SampleChunk;
import org.palpa.core.hold.HoldResult;

/** What waits between the recorder's drain thread and its writer thread. */
public sealed interface Pending {
    /** A chunk of samples. */
    record Chunk(SampleChunk chunk) implements Pending {
    }

    /** An event; {@code lostFrames} is non-zero for a loss event and adds to the session's count. */
    record Event(RecordedEvent event, long lostFrames) implements Pending {
    }

    /** A finished hold. */
    record Hold(HoldResult hold) implements Pending {
    }
}

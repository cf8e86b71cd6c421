package org.palpa.app.replay;

import java.util.function.Consumer;
import org.palpa.app.analysis.TraceAnalysis;
import org.palpa.app.port.SessionReader;
import org.palpa.core.record.SampleChunk;
import org.palpa.core.sample.Frame;

/**
 * The frames of a recorded session, rebuilt exactly as the device sent them (timestamps,
 * sequence numbers and raw values), for analysis at full speed. Reading never changes the record.
 */
public final class SessionFrames implements TraceAnalysis.FrameSource {
    private final SessionReader reader;
    private final long sessionId;

    public SessionFrames(SessionReader reader, long sessionId) {
        this.reader = reader;
        this.sessionId = sessionId;
    }

    @Override
    public void forEach(Consumer<Frame> sink) {
        reader.forEachChunk(sessionId, chunk -> emit(chunk, sink));
    }

    static void emit(SampleChunk chunk, Consumer<Frame> sink) {
        double[] raw = new double[chunk.channelCount()];
        for (int i = 0; i < chunk.frameCount(); i++) {
            chunk.rawInto(i, raw);
            sink.accept(new Frame(chunk.timestampNanos(i), chunk.sequence(i), raw));
        }
    }
}

package org.palpa.app.replay;

import java.util.List;
import org.palpa.app.port.SessionReader;
import org.palpa.app.port.TransportException;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.StoredSession;
import org.palpa.core.sample.DeviceEvent;
import org.palpa.core.sample.DeviceInfo;

/**
 * A stored session as a replay source: the frames as the device sent them (timestamps, sequence
 * numbers and raw values), its device events at their times, and the points where a recording
 * pause ended.
 */
public final class StoredSessionSource implements ReplaySource {
    private final SessionReader reader;
    private final long sessionId;

    private boolean[] useCalibrated = new boolean[0];

    public StoredSessionSource(SessionReader reader, long sessionId) {
        this.reader = reader;
        this.sessionId = sessionId;
    }

    @Override
    public DeviceInfo open() {
        StoredSession session = reader.find(sessionId)
                .orElseThrow(() -> new TransportException("no recorded session " + sessionId));
        useCalibrated = SessionFrames.calibratedChannels(session.meta());
        return SessionFrames.device(session.meta());
    }

    @Override
    public long originNanos() {
        return reader.originNanos(sessionId);
    }

    @Override
    public void play(Playback playback) {
        List<RecordedEvent> events = reader.events(sessionId);
        int[] next = {0};
        reader.forEachChunk(sessionId, chunk -> SessionFrames.emit(chunk, useCalibrated, frame -> {
            while (next[0] < events.size() && events.get(next[0]).timestampNanos() <= frame.timestampNanos()) {
                deliver(events.get(next[0]++), playback);
            }
            playback.frame(frame);
        }));
        while (next[0] < events.size()) {
            deliver(events.get(next[0]++), playback);
        }
    }

    private static void deliver(RecordedEvent e, Playback playback) {
        DeviceEvent.Kind kind = deviceKind(e.kind());
        if (kind != null) {
            playback.event(new DeviceEvent(e.timestampNanos(), kind, e.detail()));
        } else if (e.kind() == RecordedEvent.Kind.RECORDING_RESUMED) {
            playback.resumed();
        }
    }

    private static DeviceEvent.Kind deviceKind(RecordedEvent.Kind kind) {
        for (DeviceEvent.Kind k : DeviceEvent.Kind.values()) {
            if (k.name().equals(kind.name())) {
                return k;
            }
        }
        return null;
    }

    @Override
    public String name() {
        return "session " + sessionId;
    }
}

package org.palpa.app.recording;

import java.util.concurrent.TimeUnit;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.app.port.SessionWriter;
import org.palpa.app.port.Transport;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;
import org.palpa.core.sim.SimulatedDeviceSpec;

/** Test helper: records a simulated session into a writer, the way the CLI does. */
public final class Recordings {
    public static final Target TARGET = new Target(36, 44, Unit.NEWTON, 20_000, RateBand.ANY);

    private Recordings() {
    }

    /** What a test recording produced. */
    public record Run(SessionSummary summary, RecordingResult result) {
    }

    public static SessionMeta meta(DeviceInfo device, String source) {
        return new SessionMeta("C-0042", "Erika Mustermann", "therapist-a", "room 1", "test session",
                1_700_000_000_000L, source, device, null, null, null, TARGET, "median:5,butter:2:4Hz", 1.0);
    }

    public static Run record(SessionWriter store, SimulatedDeviceSpec spec, long seed, double seconds, double speed)
            throws InterruptedException {
        return record(store, new SimulatedTransport(spec, seed, speed, 0), seconds);
    }

    public static Run record(SessionWriter store, Transport transport, double seconds) throws InterruptedException {
        LivePipeline pipeline = new LivePipeline(transport, SessionSettings.of(TARGET, seconds));
        Recorder recorder = Recorder.subscribe(pipeline, store, problem -> { });
        DeviceInfo info = pipeline.start();
        recorder.begin(meta(info, "test"));
        SessionSummary summary = pipeline.await(120, TimeUnit.SECONDS);
        return new Run(summary, recorder.finish(summary, 60, TimeUnit.SECONDS));
    }
}

package org.palpa.adapter.store;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.PipelineEvent;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.Subscription;
import org.palpa.app.recording.Recorder;
import org.palpa.app.recording.Recordings;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sim.SimulatedDeviceSpec;

/**
 * The child JVM of {@link CrashRecoveryTest}: records a real-time simulated glove into the
 * store in {@code args[0]} and prints the sequence number of every frame the pipeline has
 * processed, until it is killed.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        JdbcSessionStore store = JdbcSessionStore.openSqlite(Path.of(args[0]));
        LivePipeline pipeline = new LivePipeline(new SimulatedTransport(SimulatedDeviceSpec.glove(), 11, 1, 0),
                SessionSettings.of(Recordings.TARGET, 0));
        Recorder recorder = Recorder.subscribe(pipeline, store, problem -> System.out.println("problem " + problem));
        Subscription progress = pipeline.subscribe("progress", 4096, false);
        DeviceInfo info = pipeline.start();
        System.out.println("session " + recorder.begin(Recordings.meta(info, "crash test")));
        System.out.flush();
        while (true) {
            PipelineEvent.Processed p = progress.pollFrame(50, TimeUnit.MILLISECONDS);
            long last = -1;
            while (p != null) {
                last = p.frame().sequence();
                p = progress.pollFrame();
            }
            if (last >= 0) {
                System.out.println("seq " + last);
                System.out.flush();
            }
        }
    }
}

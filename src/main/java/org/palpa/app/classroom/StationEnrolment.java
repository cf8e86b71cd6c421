package org.palpa.app.classroom;

import java.util.function.Consumer;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.port.TraineeRegister;
import org.palpa.app.recording.Recorder;
import org.palpa.core.PalpaException;
import org.palpa.core.record.Trainee;
import org.palpa.core.sample.DeviceInfo;

/**
 * Begins a station's recorded session: describes it for the store and assigns it to the
 * station's student and the class. A store that refuses leaves the station live, unrecorded.
 */
final class StationEnrolment {
    private final TraineeRegister trainees;
    private final String className;
    private final StationMeta metaFactory;
    private final Consumer<String> log;

    StationEnrolment(TraineeRegister trainees, String className, StationMeta metaFactory, Consumer<String> log) {
        this.trainees = trainees;
        this.className = className;
        this.metaFactory = metaFactory;
        this.log = log;
    }

    /** Begins {@code recorder}'s session (null when not recording); returns null if it cannot be recorded. */
    Recorder begin(Recorder recorder, StationPlan p, DeviceInfo device, LivePipeline pipe) {
        if (recorder == null) {
            return null;
        }
        try {
            long id = recorder.begin(metaFactory.meta(p, device, p.settings(), pipe.calibrationRefs()));
            if (trainees != null) {
                try {
                    trainees.assign(id, new Trainee(p.student(), className));
                } catch (PalpaException | IllegalArgumentException e) {
                    log.accept(p.name() + ": session " + id + " records, but its student was not registered: "
                            + e.getMessage());
                }
            }
            return recorder;
        } catch (PalpaException | IllegalArgumentException e) {
            recorder.cancel();
            log.accept(p.name() + ": not recording: " + e.getMessage() + "; live feedback goes on");
            return null;
        }
    }
}

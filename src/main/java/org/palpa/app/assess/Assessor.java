package org.palpa.app.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.palpa.app.analysis.TraceAnalysis;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.port.SessionReader;
import org.palpa.app.port.TraineeRegister;
import org.palpa.core.PalpaException;
import org.palpa.core.assess.AssessmentRules;
import org.palpa.core.assess.HoldPairing;
import org.palpa.core.assess.ReferenceComparison;
import org.palpa.core.assess.TechniqueScorer;
import org.palpa.core.calibration.ChannelCalibration;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.StoredSession;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;
import org.palpa.core.signal.FilterSpec;

/**
 * Scores recordings: a stored session against the target it was recorded with, or a trace
 * against a given one, and a student's recording against an instructor's. Read only.
 */
public final class Assessor {
    private final TechniqueScorer scorer;

    public Assessor(AssessmentRules rules) {
        this.scorer = new TechniqueScorer(rules);
    }

    /**
     * Scores stored session {@code id} with its own targets, smoothing and probe area, from the
     * calibrated forces that were recorded.
     *
     * @throws PalpaException when the session does not exist or was recorded in uncalibrated counts
     */
    public AssessedRecording session(SessionReader reader, TraineeRegister trainees, long id) {
        StoredSession s = reader.find(id).orElseThrow(() -> new PalpaException("no session " + id));
        DeviceInfo recorded = s.meta().device();
        if (s.meta().calibrationProfile() == null
                && recorded.channels().stream().anyMatch(c -> c.unit() == Unit.COUNTS)) {
            throw new PalpaException("session " + id + " was recorded in raw counts without a calibration, so it has no "
                    + "forces in newtons to score");
        }
        List<Channel> inNewtons = new ArrayList<>();
        recorded.channels().forEach(c -> inNewtons.add(new Channel(c.id(), c.label(), Unit.NEWTON)));
        DeviceInfo device = new DeviceInfo(recorded.model(), recorded.serialNumber(), recorded.firmwareVersion(),
                inNewtons, recorded.nominalRateHz());
        SessionSettings settings = new SessionSettings(s.meta().target(), null, FilterSpec.parse(s.meta().filter()),
                new ProbeArea(s.meta().probeAreaCm2()), 0, d -> identity(d), 1).withTargets(s.meta().targets());
        List<RecordedEvent> events = reader.events(id);
        TraceAnalysis.FrameSource frames = sink -> calibrated(reader, id, sink);
        // a plan's session is judged step by step, each hold against its own step's band
        HoldCapture.Captured planned = PlanCapture.run(device, frames, settings, events);
        HoldCapture.Captured captured = planned != null ? planned : HoldCapture.run(device, frames, settings, events);
        return new AssessedRecording("session " + id, id, trainees.traineeOf(id).orElse(null),
                s.meta().startedAtEpochMillis(), captured, scorer.scoreEach(captured.traces(), captured::targetOfHold));
    }

    /** Scores a trace against {@code settings}' targets. */
    public AssessedRecording trace(String name, DeviceInfo device, TraceAnalysis.FrameSource source, SessionSettings settings) {
        HoldCapture.Captured captured = HoldCapture.run(device, source, settings, List.of());
        return new AssessedRecording(name, -1, null, 0, captured, scorer.score(captured.traces(), captured::targetOf));
    }

    /**
     * Compares a student's recording with an instructor's, hold by hold: by plan step when both
     * followed the same plan, else in order of occurrence.
     */
    public static ReferenceComparison compare(AssessedRecording student, AssessedRecording instructor) {
        return ReferenceComparison.of(HoldPairing.match(student.captured().traces(), student.captured().plan(),
                instructor.captured().traces(), instructor.captured().plan()));
    }

    private static List<ChannelCalibration> identity(DeviceInfo d) {
        List<ChannelCalibration> list = new ArrayList<>();
        d.channels().forEach(c -> list.add(ChannelCalibration.IDENTITY));
        return list;
    }

    /** The recorded frames with each channel's calibrated force in place of the raw value. */
    private static void calibrated(SessionReader reader, long id, Consumer<Frame> sink) {
        reader.forEachChunk(id, chunk -> {
            for (int i = 0; i < chunk.frameCount(); i++) {
                double[] v = new double[chunk.channelCount()];
                for (int c = 0; c < v.length; c++) {
                    v[c] = chunk.calibratedNewtons(i, c);
                }
                sink.accept(new Frame(chunk.timestampNanos(i), chunk.sequence(i), v));
            }
        });
    }
}

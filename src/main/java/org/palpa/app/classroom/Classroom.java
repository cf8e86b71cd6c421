package org.palpa.app.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.port.SessionReader;
import org.palpa.app.port.SessionWriter;
import org.palpa.app.recording.RecordingResult;
import org.palpa.app.recording.SessionNotes;
import org.palpa.core.PalpaException;
import org.palpa.core.record.RecordedEvent;

/**
 * A class: every student's station, started and stopped together, and the summary at the end,
 * which is also added to each recorded session as an annotation so it is kept with the records.
 */
public final class Classroom {
    private final String className;
    private final List<Station> stations;
    private final Consumer<String> log;

    /**
     * @param store  where sessions are written, or null not to record
     * @param meta   describes each session for the store
     * @param log    told what happens to each station, one line each
     */
    public Classroom(String className, List<StationPlan> plans, SessionWriter store, StationMeta meta,
                     Consumer<String> log) {
        this(className, plans, store, null, meta, log);
    }

    /** A class whose sessions are also assigned to each station's student and to the class in {@code trainees}. */
    public Classroom(String className, List<StationPlan> plans, SessionWriter store,
                     org.palpa.app.port.TraineeRegister trainees, StationMeta meta, Consumer<String> log) {
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("a class needs at least one station");
        }
        List<String> names = new ArrayList<>();
        for (StationPlan p : plans) {
            if (names.contains(p.name())) {
                throw new IllegalArgumentException("two stations are named " + p.name());
            }
            names.add(p.name());
        }
        this.className = className == null ? "" : className.strip();
        this.log = log;
        this.stations = plans.stream().map(p -> new Station(p, store, trainees, this.className, meta, log)).toList();
    }

    public String className() {
        return className;
    }

    public List<Station> stations() {
        return stations;
    }

    /** Starts a session at every station that is not running one. */
    public void startAll() {
        stations.forEach(Station::start);
    }

    /** Ends every station's session; each is saved. */
    public void stopAll() {
        stations.forEach(Station::stop);
    }

    /** Gives every station {@code settings}'s target; running sessions end and new ones start with it. */
    public void retargetAll(java.util.function.UnaryOperator<SessionSettings> change) {
        for (Station s : stations) {
            s.retarget(change.apply(s.plan().settings()));
        }
    }

    /**
     * Ends the class: stops every station, waits for its sessions to be saved, and returns the
     * summary. With a store, the summary is added to each recorded session as an annotation.
     */
    public ClassSummary finish(SessionReader reader, SessionWriter writer, long timeout, TimeUnit unit)
            throws InterruptedException {
        stations.forEach(Station::stop);
        List<ClassSummary.Row> rows = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        for (Station s : stations) {
            List<RecordingResult> results = s.close(timeout, unit);
            List<Long> ids = results.stream().map(RecordingResult::sessionId).toList();
            all.addAll(ids);
            StationBoard b = s.board();
            rows.add(new ClassSummary.Row(s.plan().name(), s.plan().student(), b.holds(), b.holdsMet(), b.score(),
                    b.percentInBand(), b.processedFrames(), b.recordedFrames(),
                    b.lostFrames() + b.droppedFrames() + b.recordingLost(), ids, s.planProgress().inWords()));
        }
        ClassSummary summary = new ClassSummary(className, rows);
        if (reader != null && writer != null) {
            for (long id : all) {
                try {
                    SessionNotes.add(reader, writer, id, new RecordedEvent(reader.lastFrameNanos(id),
                            RecordedEvent.Kind.ANNOTATION, null, summary.inWords()));
                } catch (PalpaException e) {
                    log.accept("the class summary was not added to session " + id + ": " + e.getMessage());
                }
            }
        }
        return summary;
    }
}

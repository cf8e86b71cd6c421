package org.palpa.app.classroom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.port.DatagramSource;
import org.palpa.app.port.LabOutlet;
import org.palpa.app.recording.Recorder;
import org.palpa.app.stream.LabStream;
import org.palpa.app.stream.MarkerIntake;
import org.palpa.core.PalpaException;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.sample.DeviceInfo;

/**
 * A class's link to the lab: every live station streams out under its own name (outlets opened
 * afresh for each of its sessions), and markers come in on one port: {@code /palpa/mark "text"}
 * or plain text is recorded into the session of every station that records, and
 * {@code /palpa/STATION/mark "text"} into that station's alone. Each marker recorded is streamed
 * out again from that station and counted on its board, so its tile shows it.
 */
public final class ClassLab implements StationListener, AutoCloseable {
    private static final long FINISH_MILLIS = 2000;

    /** A station's session while it is live. */
    private record Live(Station station, LabStream stream, Recorder recorder) {
    }

    private final Function<String, List<LabOutlet>> outlets;
    private final MarkerIntake markers;
    private final Consumer<String> log;
    private final Map<String, Live> live = new LinkedHashMap<>();
    private final Map<String, Station> seen = new LinkedHashMap<>();
    private long unknownStation;
    private long notRecorded;
    private boolean closed;

    /**
     * @param outlets opens the outlets for one session of the named station, or null to stream nothing
     * @param markers where markers come in, or null not to listen
     * @param log     told one line per streamed session at its end, and the markers' counts at the close
     */
    public ClassLab(Function<String, List<LabOutlet>> outlets, DatagramSource markers, Consumer<String> log) {
        this.outlets = outlets;
        this.log = log;
        this.markers = markers == null ? null : MarkerIntake.perStation(markers, this::marker);
    }

    /** Follows every station of {@code classroom} and starts listening for markers; call before it starts. */
    public ClassLab follow(Classroom classroom) {
        classroom.stations().forEach(s -> s.listen(this));
        if (markers != null) {
            markers.start();
        }
        return this;
    }

    @Override
    public synchronized void sessionStarted(Station station, LivePipeline pipeline, DeviceInfo device, Recorder recorder) {
        if (closed) {
            return;
        }
        String name = station.plan().name();
        LabStream stream = null;
        if (outlets != null) {
            try {
                stream = LabStream.subscribe(pipeline, outlets.apply(name));
                stream.start(device, station.plan().settings().target().unit().symbol());
            } catch (PalpaException | IllegalArgumentException e) {
                log.accept(name + ": not streaming: " + e.getMessage());
                stream = null;
            }
        }
        live.put(name, new Live(station, stream, recorder));
        seen.put(name, station);
    }

    @Override
    public void sessionEnded(Station station) {
        Live ended;
        synchronized (this) {
            ended = live.remove(station.plan().name());
        }
        if (ended != null && ended.stream() != null) {
            finish(station.plan().name(), ended.stream());
        }
    }

    private void finish(String name, LabStream stream) {
        try {
            for (String line : stream.finishNow(FINISH_MILLIS)) {
                log.accept(name + ": " + line);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A marker for {@code station}, or for every station when null; on the listener's thread. */
    synchronized void marker(String station, String text) {
        if (station != null && !live.containsKey(station)) {
            unknownStation++;
            return;
        }
        boolean recorded = false;
        for (Live l : station == null ? List.copyOf(live.values()) : List.of(live.get(station))) {
            if (l.recorder() != null && l.recorder().noteNow(RecordedEvent.Kind.MARKER, text)) {
                recorded = true;
                l.station().board().marker(text);
                if (l.stream() != null) {
                    l.stream().event("marker", text);
                }
            }
        }
        if (!recorded) {
            notRecorded++;
        }
    }

    /** Ends every stream still live, stops listening, and logs what the markers became. */
    @Override
    public void close() {
        List<Map.Entry<String, Live>> still;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            still = List.copyOf(live.entrySet());
            live.clear();
        }
        for (Map.Entry<String, Live> e : still) {
            if (e.getValue().stream() != null) {
                finish(e.getKey(), e.getValue().stream());
            }
        }
        if (markers == null) {
            return;
        }
        try {
            String line = markers.finish();
            synchronized (this) {
                log.accept(line + (unknownStation + notRecorded == 0 ? "" : String.format(Locale.ROOT,
                        "; %d for no station live under that name, %d recorded at no station", unknownStation,
                        notRecorded)));
                StringBuilder per = new StringBuilder("markers recorded per station:");
                seen.forEach((name, st) -> per.append(' ').append(name).append(' ').append(st.board().markers()));
                log.accept(per.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

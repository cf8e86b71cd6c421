package org.palpa.app.stream;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.palpa.app.port.DatagramSource;
import org.palpa.app.port.LabOutlet;
import org.palpa.app.port.RecordableSession;
import org.palpa.core.PalpaException;

/**
 * The lab link of a window that shows one session after another (the live window, whose user
 * connects, disconnects and switches devices): each session is streamed out while it is live,
 * through outlets opened afresh for it, and one marker listener serves the window from start to
 * close, handing each marker it keeps to whoever the window registered (which records and shows it).
 */
public final class WindowLab implements AutoCloseable {
    private static final long FINISH_MILLIS = 2000;

    private final Supplier<List<LabOutlet>> outlets;
    private final MarkerIntake markers;
    private final String markerSource;
    private final Consumer<String> log;
    private volatile Consumer<String> markerSink = text -> { };
    private volatile Runnable sessionChanged = () -> { };
    private LabStream current;
    private String currentDevice;
    private long framesStreamed;
    private int sessionsStreamed;
    private boolean closed;
    private boolean listening;

    /**
     * @param outlets opens the outlets for one session (each call a new set), or null to stream nothing
     * @param markers where markers come in, or null not to listen
     * @param log     told one line per streamed session when it ends, and the markers' count at the close
     */
    public WindowLab(Supplier<List<LabOutlet>> outlets, DatagramSource markers, Consumer<String> log) {
        this.outlets = outlets;
        this.log = log;
        this.markers = markers == null ? null : new MarkerIntake(markers, text -> markerSink.accept(text));
        this.markerSource = markers == null ? null : markers.describe();
    }

    /** A window with nothing in or out. */
    public static WindowLab none() {
        return new WindowLab(null, null, line -> { });
    }

    /** Whether anything streams out. */
    public boolean streams() {
        return outlets != null;
    }

    /** Whether markers are taken in. */
    public boolean listens() {
        return markers != null;
    }

    /**
     * Registers who gets the markers kept, on the listener's thread: the window, which records them
     * into the session being recorded and shows them; listening starts now.
     */
    public synchronized void onMarker(Consumer<String> sink) {
        boolean first = !listening;
        markerSink = sink;
        listening = true;
        if (first && markers != null && !closed) {
            markers.start();
        }
    }

    /** Registers what to run, on the caller of {@link #connected}, when the window shows another session. */
    public void onSessionChange(Runnable change) {
        sessionChanged = change;
    }

    /**
     * The window now shows {@code session}, or nothing to stream (null, such as a replay): the
     * previous session's stream is finished and a new one starts. An outlet that cannot open is
     * told to the log; the window goes on.
     */
    public synchronized void connected(RecordableSession session) {
        finishCurrent();
        sessionChanged.run();
        if (closed || outlets == null || session == null) {
            return;
        }
        try {
            LabStream stream = LabStream.subscribe(session, outlets.get());
            stream.start(session.device(), session.settings().target().unit().symbol());
            current = stream;
            currentDevice = session.device().model();
        } catch (PalpaException | IllegalArgumentException e) {
            log.accept("not streaming " + session.device().model() + ": " + e.getMessage());
        }
    }

    /** Sends an event of the window (a pain mark, a plan step, a marker) to the session being streamed. */
    public synchronized void event(String kind, String detail) {
        if (current != null) {
            current.event(kind, detail);
        }
    }

    /** Frames handed to the outlets over every session so far. */
    public synchronized long framesStreamed() {
        return framesStreamed + (current == null ? 0 : current.frames());
    }

    private void finishCurrent() {
        if (current == null) {
            return;
        }
        LabStream ending = current;
        current = null;
        try {
            List<String> lines = ending.finishNow(FINISH_MILLIS);
            framesStreamed += ending.frames();
            sessionsStreamed++;
            for (String line : lines) {
                log.accept(currentDevice + " (session " + sessionsStreamed + " of the window): " + line);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes without a word, for a window that never opened: nothing was streamed or taken in. */
    public synchronized void discard() {
        closed = true;
        if (markers != null) {
            try {
                markers.finish();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Where markers are taken, such as {@code udp 127.0.0.1:9001}, or null when they are not. */
    public String markerSource() {
        return markerSource;
    }

    /** Finishes the session being streamed, stops listening, and logs what was kept. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        finishCurrent();
        if (markers != null) {
            try {
                log.accept(markers.finish());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

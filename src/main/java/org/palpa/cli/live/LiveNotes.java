package org.palpa.cli.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.util.function.BiConsumer;
import java.nio.charset.Charset;
import org.palpa.core.record.RecordedEvent.Kind;
import org.palpa.app.recording.Recorder;

/**
 * Lets the therapist type notes into a recorded live session: a number from 0 to 10 and Enter
 * records a pain score, any other number (11, 7.5, -1) is refused, any other text and Enter is an
 * annotation, both at the current time.
 */
public final class LiveNotes {
    private LiveNotes() {
    }

    /** Starts reading {@code in} on a daemon thread; it ends with the program. */
    static void start(InputStream in, Recorder recorder, PrintStream err, BiConsumer<String, String> listener) {
        start(in, recorder, err, listener, null);
    }

    /** As above; a line {@code f} asks for feedback on the next hold through {@code onRequest}, when not null. */
    static void start(InputStream in, Recorder recorder, PrintStream err, BiConsumer<String, String> listener,
                      Runnable onRequest) {
        Thread t = new Thread(() -> read(in, recorder, err, listener, onRequest), "palpa-live-notes");
        t.setDaemon(true);
        t.start();
    }

    static void read(InputStream in, Recorder recorder, PrintStream err) {
        read(in, recorder, err, (kind, detail) -> { });
    }

    /** Reads notes from {@code in}, and tells {@code listener} (kind, detail) of each one recorded. */
    static void read(InputStream in, Recorder recorder, PrintStream err, BiConsumer<String, String> listener) {
        read(in, recorder, err, listener, null);
    }

    static void read(InputStream in, Recorder recorder, PrintStream err, BiConsumer<String, String> listener,
                     Runnable onRequest) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, Charset.defaultCharset()))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (onRequest != null && text.equalsIgnoreCase("f")) {
                    onRequest.run();
                    err.println("  feedback asked for the next hold");
                    continue;
                }
                Double score = painScore(text);
                if (score == null && looksLikeNumber(text)) {
                    err.println("  palpa: a pain score is a whole number from 0 to 10; '" + text + "' was not recorded");
                    continue;
                }
                boolean ok = score != null ? recorder.painNow(score, "") : recorder.noteNow(Kind.ANNOTATION, text);
                if (ok) {
                    listener.accept(score != null ? "pain" : "annotation", score != null ? String.valueOf(score.intValue()) : text);
                }
                err.println(ok ? (score != null ? "  noted pain " + score.intValue() + "/10" : "  noted: " + text)
                        : "  palpa: too many notes are waiting; this one was not recorded");
            }
        } catch (IOException e) {
            err.println("palpa: notes can no longer be typed: " + e.getMessage());
        }
    }

    /** Whether a line is a number, such as 11, 7.5 or -1, so that it is refused rather than kept as a note. */
    static boolean looksLikeNumber(String text) {
        return text.matches("[-+]?\\d*[.,]?\\d+(/10)?");
    }

    /** The pain score a line means, or null if it is not a whole number from 0 to 10. */
    static Double painScore(String text) {
        if (!text.matches("\\d{1,2}")) {
            return null;
        }
        int v = Integer.parseInt(text);
        return v <= 10 ? (double) v : null;
    }
}

package org.palpa.cli.sessions;

import org.palpa.cli.options.Durations;
import org.palpa.cli.options.StoreOptions;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.core.record.RecordedEvent;
import org.palpa.app.recording.SessionNotes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code palpa sessions note ID --pain 4 --at 30s}: adds a pain score or an annotation to a recorded session. */
@Command(name = "note", mixinStandardHelpOptions = true,
        description = {"Adds a pain score (0-10) or an annotation to a finished session, at a time within it.",
                "The note is marked as added later, with when and by whom, and joins the session's integrity chain.",
                "The session is then sealed again with the new chain head."})
public final class SessionsNoteCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", description = "The session.")
    String id;

    @Option(names = "--pain", paramLabel = "0-10", description = "A pain score on the 0-10 numeric rating scale.")
    Double pain;

    @Option(names = "--text", paramLabel = "TEXT", defaultValue = "", description = "An annotation, or a comment on the pain score.")
    String text;

    @Option(names = "--at", paramLabel = "TIME", converter = Durations.class, defaultValue = "0",
            description = "Time from the start of the session, such as 30s (default: ${DEFAULT-VALUE}).")
    long atMillis;

    @Option(names = "--by", paramLabel = "NAME", defaultValue = "${sys:user.name}",
            description = "Who adds the note (default: your login name, ${DEFAULT-VALUE}).")
    String by;

    @Override
    public Integer call() {
        long sessionId = SessionText.id(id);
        if (pain == null && text.isBlank()) {
            throw new IllegalArgumentException("give --pain 0-10, --text TEXT, or both");
        }
        if (pain != null && !(pain >= 0 && pain <= 10 && pain == Math.rint(pain))) {
            throw new IllegalArgumentException("Invalid value for option '--pain': " + pain
                    + " is not a whole number from 0 to 10 (the numeric rating scale)");
        }
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("Invalid value for option '--by': give the name of who adds the note");
        }
        try (JdbcSessionStore s = store.open()) {
            s.find(sessionId).orElseThrow(() -> new org.palpa.core.PalpaException("no session " + sessionId + " in "
                    + s.describe()));
            long origin = s.originNanos(sessionId);
            long spanMillis = (SessionSpan.lastNanos(s, sessionId) - origin) / 1_000_000L;
            if (atMillis < 0 || atMillis > spanMillis) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "Invalid value for option '--at': %.1f s is outside session %d, which runs from 0 to %.1f s",
                        atMillis / 1000.0, sessionId, spanMillis / 1000.0));
            }
            long at = origin + atMillis * 1_000_000L;
            RecordedEvent e = (pain != null ? RecordedEvent.pain(at, pain, text)
                    : new RecordedEvent(at, RecordedEvent.Kind.ANNOTATION, null, text))
                    .addedLater(System.currentTimeMillis(), by.strip());
            String head = SessionNotes.add(s, s, sessionId, e);
            System.out.printf(Locale.ROOT, "Added %s at %.1f s to session %d%s; chain head now %s, sealed again%n",
                    pain != null ? "pain " + pain.intValue() + "/10" : "an annotation", atMillis / 1000.0, sessionId,
                    e.addedLaterText(), head);
        }
        return 0;
    }
}

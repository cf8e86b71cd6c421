package org.palpa.cli.sessions;

import org.palpa.cli.options.StoreOptions;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.port.SessionReader;
import org.palpa.core.record.StoredSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code palpa sessions list}: one line per recorded session, filtered by client, therapist, site and date. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists recorded sessions, oldest first.")
public final class SessionsListCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--client", paramLabel = "CODE", description = "Only this client's sessions.")
    String client;

    @Option(names = "--therapist", paramLabel = "NAME", description = "Only this therapist's sessions.")
    String therapist;

    @Option(names = "--site", paramLabel = "SITE", description = "Only sessions at this site.")
    String site;

    @Option(names = "--student", paramLabel = "CODE", description = "Only sessions recorded for this student (--student of live, gui).")
    String student;

    @Option(names = "--class", paramLabel = "NAME", description = "Only sessions recorded for students of this class.")
    String className;

    @Option(names = "--from", paramLabel = "DATE", description = "Only sessions on or after this day (YYYY-MM-DD, local time).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only sessions on or before this day (YYYY-MM-DD, local time).")
    String to;

    @Override
    public Integer call() {
        ZoneId zone = ZoneId.systemDefault();
        SessionReader.Filter filter = new SessionReader.Filter(client, therapist, site,
                from == null ? null : day("--from", from).atStartOfDay(zone).toInstant(),
                to == null ? null : day("--to", to).plusDays(1).atStartOfDay(zone).toInstant());
        PrintStream out = System.out;
        try (JdbcSessionStore s = store.openReadOnly()) {
            List<StoredSession> sessions = new java.util.ArrayList<>();
            List<String> unreadable = new java.util.ArrayList<>();
            for (long sid : s.sessionIds()) {
                try {
                    s.find(sid).filter(filter::matches).ifPresent(sessions::add);
                } catch (RuntimeException e) {
                    // every session is listed, even one whose row no longer reads back
                    unreadable.add(String.format(Locale.ROOT, "%5d  UNREADABLE: %s (see palpa sessions verify %d)",
                            sid, e.getMessage(), sid));
                }
            }
            if (student != null || className != null) {
                java.util.Set<Long> ids = new java.util.HashSet<>(s.trainees().sessionsOf(student, className));
                sessions.removeIf(x -> !ids.contains(x.id()));
            }
            sessions.sort(java.util.Comparator.comparingLong((StoredSession x) -> x.meta().startedAtEpochMillis())
                    .thenComparingLong(StoredSession::id));
            if (sessions.isEmpty() && unreadable.isEmpty()) {
                out.println("No sessions" + (filter.equals(SessionReader.Filter.ALL) && student == null && className == null ? "" : " match") + " in " + s.describe() + ".");
                return 0;
            }
            if (sessions.isEmpty()) {
                out.println("No readable sessions" + (filter.equals(SessionReader.Filter.ALL) ? "" : " match") + ".");
            } else {
                out.printf(Locale.ROOT, "%5s  %-19s %8s  %-12s %-14s %-10s %-16s %-11s %6s%n", "id", "started", "length",
                        "client", "therapist", "site", "device", "status", "met");
            }
            for (StoredSession x : sessions) {
                out.printf(Locale.ROOT, "%5d  %-19s %7.1fs  %-12s %-14s %-10s %-16s %-11s %6s%n", x.id(),
                        SessionText.time(x.meta().startedAtEpochMillis()), SessionText.seconds(x), x.meta().clientCode(),
                        x.meta().therapist(), x.meta().site(), x.meta().device().model(), x.status().code(),
                        SessionText.holdsMet(s.holds(x.id())));
            }
            unreadable.forEach(out::println);
            return unreadable.isEmpty() ? 0 : org.palpa.cli.Main.FAILED;
        }
    }

    private static LocalDate day(String option, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid value for option '" + option + "': '" + text
                    + "' is not a date such as 2026-11-26");
        }
    }
}

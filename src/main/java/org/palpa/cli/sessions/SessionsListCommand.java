package org.palpa.cli.sessions;

import org.palpa.cli.options.StoreOptions;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.port.SessionCatalog;
import org.palpa.app.port.SessionReader;
import org.palpa.core.hold.HoldTally;
import org.palpa.core.record.StoredSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code palpa sessions list}: one line per recorded session, filtered by client, therapist, site and date. */
@Command(name = "list", mixinStandardHelpOptions = true, description = {"Lists recorded sessions, oldest first: the most recent " + SessionsListCommand.DEFAULT_LIMIT
                + " unless --limit or --all says otherwise.", "The last line says how many match when not all are shown."})
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

    @Option(names = "--limit", paramLabel = "N",
            description = "List the N most recent matching sessions (default: " + DEFAULT_LIMIT + "); the count of all is shown.")
    Integer limit;

    @Option(names = "--all", description = "List every matching session, however many.")
    boolean all;

    /** Sessions listed when neither --limit nor --all is given: a screenful, the most recent. */
    static final int DEFAULT_LIMIT = 50;

    @Override
    public Integer call() {
        ZoneId zone = ZoneId.systemDefault();
        SessionReader.Filter filter = new SessionReader.Filter(client, therapist, site,
                from == null ? null : day("--from", from).atStartOfDay(zone).toInstant(),
                to == null ? null : day("--to", to).plusDays(1).atStartOfDay(zone).toInstant());
        if (all && limit != null) {
            throw new IllegalArgumentException("--all and --limit cannot be given together: --all lists every session");
        }
        int most = all ? 0 : limit == null ? DEFAULT_LIMIT : limit;
        if (most < 1 && !all) {
            throw new IllegalArgumentException("Invalid value for option '--limit': " + most + " (give 1 or more, or --all)");
        }
        SessionCatalog.Query query = new SessionCatalog.Query(filter, student, className, most);
        PrintStream out = System.out;
        try (JdbcSessionStore s = store.openReadOnly()) {
            SessionCatalog.Page page = s.catalog().newest(query);
            if (page.sessions().isEmpty() && page.unreadable().isEmpty()) {
                out.println("No sessions" + (query.everything() ? "" : " match") + " in " + s.describe() + ".");
                return 0;
            }
            if (page.sessions().isEmpty()) {
                out.println("No readable sessions" + (query.everything() ? "" : " match") + ".");
            } else {
                out.printf(Locale.ROOT, "%5s  %-19s %8s  %-12s %-14s %-10s %-16s %-11s %6s%n", "id", "started", "length",
                        "client", "therapist", "site", "device", "status", "met");
            }
            for (SessionCatalog.Listed l : page.sessions()) {
                StoredSession x = l.session();
                HoldTally t = l.holds();
                out.printf(Locale.ROOT, "%5d  %-19s %7.1fs  %-12s %-14s %-10s %-16s %-11s %6s%n", x.id(),
                        SessionText.time(x.meta().startedAtEpochMillis()), SessionText.seconds(x), x.meta().clientCode(),
                        x.meta().therapist(), x.meta().site(), x.meta().device().model(), x.status().code(),
                        t.met() + "/" + t.finished() + (t.cutOff() > 0 ? " (+" + t.cutOff() + " cut off)" : ""));
            }
            // every session is listed, even one whose row no longer reads back
            page.unreadable().forEach(u -> out.printf(Locale.ROOT, "%5d  UNREADABLE: %s (see palpa sessions verify %d)%n",
                    u.sessionId(), u.problem(), u.sessionId()));
            long shown = page.sessions().size() + page.unreadable().size();
            if (shown < page.matching()) {
                out.printf(Locale.ROOT, "The %d most recent of %d %ssessions; --all lists every one, --limit N the N most recent.%n",
                        shown, page.matching(), query.everything() ? "" : "matching ");
            }
            return page.unreadable().isEmpty() ? 0 : org.palpa.cli.Main.FAILED;
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

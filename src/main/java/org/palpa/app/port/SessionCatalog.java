package org.palpa.app.port;

import java.util.List;
import org.palpa.core.hold.HoldTally;
import org.palpa.core.record.StoredSession;

/**
 * The store's list of sessions for people: the newest sessions that match, with their hold tallies,
 * and how many match in all. It reads the sessions' descriptions and counts, never their samples,
 * so a clinic's year of records lists at once.
 */
public interface SessionCatalog {

    /**
     * Which sessions to list.
     *
     * @param filter    client, therapist, site and dates; {@link SessionReader.Filter#ALL} for any
     * @param student   only sessions recorded for this student, or null
     * @param className only sessions recorded for students of this class, or null
     * @param limit     at most this many, the newest; 0 for every one
     */
    record Query(SessionReader.Filter filter, String student, String className, int limit) {
        public Query {
            if (filter == null || limit < 0) {
                throw new IllegalArgumentException("a session query needs a filter and a limit of 0 (all) or more");
            }
        }

        /** True when nothing narrows the list. */
        public boolean everything() {
            return filter.equals(SessionReader.Filter.ALL) && student == null && className == null;
        }
    }

    /** A listed session and how its holds went. */
    record Listed(StoredSession session, HoldTally holds) {
    }

    /** A session whose row no longer reads back, and why; it is listed all the same. */
    record Unreadable(long sessionId, String problem) {
    }

    /**
     * One page of the list, oldest first.
     *
     * @param sessions   the newest matching sessions (all of them when the query has no limit), oldest first
     * @param unreadable matching rows that could not be read
     * @param matching   how many sessions match in all, listed or not
     */
    record Page(List<Listed> sessions, List<Unreadable> unreadable, long matching) {
        public Page {
            sessions = List.copyOf(sessions);
            unreadable = List.copyOf(unreadable);
        }
    }

    /** The newest sessions that match {@code query}, at most its limit, and the number that match. */
    Page newest(Query query);
}

package org.palpa.adapter.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.palpa.app.port.SessionCatalog;
import org.palpa.app.port.SessionReader;
import org.palpa.core.hold.HoldTally;

/**
 * Lists sessions with two queries, whatever the store holds: one counts the matching rows, the
 * other reads the newest page of them with their hold tallies counted by the database. Neither
 * touches {@code sample_chunks}. Filters and the newest-first order use the indexes of schema
 * version 6 ({@code V6__clinic_indexes.sql}). It shares its store's connection and locks the store
 * while it works, as the store's own methods do.
 */
final class JdbcSessionCatalog implements SessionCatalog {
    private static final String TALLY = ", (SELECT COUNT(*) FROM holds h WHERE h.session_id = s.id AND h.outcome = 'MET')"
            + ", (SELECT COUNT(*) FROM holds h WHERE h.session_id = s.id)"
            + ", (SELECT COUNT(*) FROM holds h WHERE h.session_id = s.id AND h.outcome = 'CUT_OFF')";

    private final Object lock;
    private final Connection connection;
    private final String description;

    JdbcSessionCatalog(Object lock, Connection connection, String description) {
        this.lock = lock;
        this.connection = connection;
        this.description = description;
    }

    @Override
    public Page newest(Query q) {
        synchronized (lock) {
            return Transactions.read(connection, "cannot list sessions from " + description, () -> page(q));
        }
    }

    private Page page(Query q) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = where(q, args);
        long matching;
        try (PreparedStatement p = connection.prepareStatement("SELECT COUNT(*) FROM sessions s" + where)) {
            bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                matching = r.getLong(1);
            }
        }
        List<Listed> listed = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        String sql = "SELECT " + SessionRows.COLUMNS + TALLY + SessionRows.FROM + where
                + " ORDER BY s.started_at DESC, s.id DESC" + (q.limit() > 0 ? " LIMIT " + q.limit() : "");
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                int tally = SessionRows.COLUMNS.split(",").length + 1;
                while (r.next()) {
                    read(r, tally, listed, unreadable);
                }
            }
        }
        Collections.reverse(listed);
        Collections.reverse(unreadable);
        return new Page(listed, unreadable, matching);
    }

    /** Reads one row; a row that no longer reads back is kept as unreadable, so it is still listed. */
    private void read(ResultSet r, int tally, List<Listed> listed, List<Unreadable> unreadable) throws SQLException {
        long id = r.getLong("id");
        try {
            long met = r.getLong(tally);
            long all = r.getLong(tally + 1);
            long cut = r.getLong(tally + 2);
            listed.add(new Listed(SessionRows.read(connection, r), new HoldTally(met, all - cut, cut)));
        } catch (SQLException e) {
            unreadable.add(new Unreadable(id, "cannot read session " + id + " from " + description + ": "
                    + SqlErrors.explain(e)));
        } catch (RuntimeException e) {
            unreadable.add(new Unreadable(id, "cannot read session " + id + " from " + description + ": " + e.getMessage()));
        }
    }

    private static String where(Query q, List<Object> args) {
        SessionReader.Filter f = q.filter();
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        String[][] equal = {{"s.client_code", f.clientCode()}, {"s.therapist", f.therapist()}, {"s.site", f.site()}};
        for (String[] e : equal) {
            if (e[1] != null) {
                sql.append(" AND ").append(e[0]).append(" = ?");
                args.add(e[1]);
            }
        }
        if (f.from() != null) {
            sql.append(" AND s.started_at >= ?");
            args.add(f.from().toEpochMilli());
        }
        if (f.until() != null) {
            sql.append(" AND s.started_at < ?");
            args.add(f.until().toEpochMilli());
        }
        if (q.student() != null || q.className() != null) {
            sql.append(" AND s.id IN (SELECT t.session_id FROM session_trainees t WHERE 1 = 1");
            if (q.student() != null) {
                sql.append(" AND t.student_code = ?");
                args.add(q.student());
            }
            if (q.className() != null) {
                sql.append(" AND t.class_name = ?");
                args.add(q.className());
            }
            sql.append(")");
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement p, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            p.setObject(i + 1, args.get(i));
        }
    }
}

package org.palpa.adapter.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds sessions left in state "recording" by a recorder that died (a crash, a kill, a power
 * cut) and marks them "interrupted". Everything they committed stays. A session is only taken
 * as dead when its recorder ran on this computer and that process is gone, so a recording in
 * progress elsewhere on a shared PostgreSQL store is left alone. What they committed is sealed in
 * the ledger then, so it cannot be cut short later unnoticed.
 */
final class Recovery {
    private Recovery() {
    }

    static int markInterrupted(Connection c, Dialect dialect, LedgerRows ledger) throws SQLException {
        List<long[]> dead = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, recorder_host, recorder_pid FROM sessions WHERE status = 'recording'");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                long pid = r.getLong(3);
                boolean pidKnown = !r.wasNull();
                boolean here = dialect == Dialect.SQLITE || host().equals(r.getString(2));
                boolean alive = pidKnown && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (here && !alive) {
                    dead.add(new long[] {r.getLong(1), pid});
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE sessions SET status = 'interrupted', end_reason = ?, "
                + "recorder_pid = NULL WHERE id = ? AND status = 'recording'")) {
            for (long[] d : dead) {
                p.setString(1, "the recorder (process " + d[1] + ") stopped without finishing; committed data kept");
                p.setLong(2, d[0]);
                if (p.executeUpdate() == 1) {
                    ledger.enter(c, org.palpa.core.record.LedgerEntry.Kind.SEALED, d[0]);
                }
            }
        }
        c.commit();
        return dead.size();
    }

    /**
     * This computer's name as recorded with each session. It comes from the resolver rather than
     * the shell's {@code HOSTNAME}, which is not exported everywhere, so every start agrees.
     */
    static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            String h = System.getenv("HOSTNAME");
            return h == null || h.isBlank() ? "localhost" : h;
        }
    }
}

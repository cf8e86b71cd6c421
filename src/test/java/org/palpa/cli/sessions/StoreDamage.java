package org.palpa.cli.sessions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Damage done to a copy of a recorded store, as someone with the sqlite3 tool or a disk fault
 * could: a bit flipped in one stored value, a row deleted, a reference pointed elsewhere.
 */
final class StoreDamage implements AutoCloseable {
    final Connection c;

    StoreDamage(Path db) throws SQLException {
        c = DriverManager.getConnection("jdbc:sqlite:" + db);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys=OFF");
            s.execute("PRAGMA ignore_check_constraints=ON"); // a flipped status must land, not be refused
        }
    }

    void sql(String statement) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    long rows(String table, String where) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Flips one random bit of one stored value: a random row of {@code table} matching
     * {@code where}, a random non-null, non-empty column of {@code columns}. Numbers get a bit of
     * their binary form flipped (a double's mantissa, an integer's low bits), text one bit of one
     * character, a blob one bit of one byte, so the value always differs.
     *
     * @return what was changed, for the test's name
     */
    String flip(String table, String where, List<String> columns, Random rnd) throws SQLException {
        List<long[]> rowids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT rowid FROM " + table + " WHERE " + where
                + " ORDER BY rowid")) {
            while (r.next()) {
                rowids.add(new long[] {r.getLong(1)});
            }
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            long rowid = rowids.get(rnd.nextInt(rowids.size()))[0];
            String column = columns.get(rnd.nextInt(columns.size()));
            try (PreparedStatement p = c.prepareStatement("SELECT typeof(" + column + "), " + column + " FROM " + table
                    + " WHERE rowid = ?")) {
                p.setLong(1, rowid);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    String type = r.getString(1);
                    Object changed = switch (type) {
                        case "integer" -> r.getLong(2) ^ (1L << rnd.nextInt(40));
                        case "real" -> Double.longBitsToDouble(Double.doubleToRawLongBits(r.getDouble(2)) ^ (1L << rnd.nextInt(52)));
                        case "text" -> flipText(r.getString(2), rnd);
                        case "blob" -> flipBytes(r.getBytes(2), rnd);
                        default -> null;
                    };
                    if (changed == null) {
                        continue;
                    }
                    try (PreparedStatement u = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE rowid = ?")) {
                        u.setObject(1, changed);
                        u.setLong(2, rowid);
                        u.executeUpdate();
                    }
                    return table + "." + column + " of row " + rowid;
                }
            }
        }
        throw new IllegalStateException("nothing to flip in " + table);
    }

    private static String flipText(String s, Random rnd) {
        if (s.isEmpty()) {
            return null;
        }
        char[] a = s.toCharArray();
        int i = rnd.nextInt(a.length);
        a[i] = (char) (a[i] ^ (1 << rnd.nextInt(5)));
        return new String(a);
    }

    private static byte[] flipBytes(byte[] b, Random rnd) {
        int i = rnd.nextInt(b.length);
        b[i] = (byte) (b[i] ^ (1 << rnd.nextInt(8)));
        return b;
    }

    /** Deletes every row of a session, the way one would to make it disappear. */
    void deleteSession(long id) throws SQLException {
        for (String t : new String[] {"sample_chunks", "events", "holds", "channels"}) {
            sql("DELETE FROM " + t + " WHERE session_id = " + id);
        }
        sql("DELETE FROM sessions WHERE id = " + id);
    }

    /** Sets a hash column by chain place. */
    void setHash(String table, long session, long seq, String hash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET hash = ? WHERE session_id = ? AND chain_seq = ?")) {
            p.setString(1, hash);
            p.setLong(2, session);
            p.setLong(3, seq);
            p.executeUpdate();
        }
    }

    void setNull(String table, String column, String where) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE " + where)) {
            p.setNull(1, Types.VARCHAR);
            p.executeUpdate();
        }
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}

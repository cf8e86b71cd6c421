package org.palpa.adapter.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.record.SessionStatus;
import org.palpa.core.record.StoredSession;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.hold.TargetPlanText;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.Channel;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;

/** Maps sessions to and from the {@code sessions}, {@code channels}, {@code clients} and {@code therapists} tables. */
final class SessionRows {
    static final String COLUMNS = "id, client_code, c.display_name, therapist, site, notes, started_at, ended_at, status, "
            + "end_reason, source, device_model, device_serial, device_firmware, device_rate_hz, calibration_profile, "
            + "calibration_hash, calibration_quality, target_min, target_max, target_unit, hold_ms, ramp_min, ramp_max, filter, "
            + "probe_area_cm2, frame_count, lost_frames, chain_length, genesis_hash, chain_head, target_plan";
    static final String FROM = " FROM sessions s LEFT JOIN clients c ON c.code = s.client_code";

    private SessionRows() {
    }

    static long insert(Connection c, SessionMeta m, String genesis, String host, long pid) throws SQLException {
        long now = System.currentTimeMillis();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO clients (code, display_name, created_at) "
                + "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM clients WHERE code = ?)")) {
            p.setString(1, m.clientCode());
            p.setString(2, m.clientDisplayName());
            p.setLong(3, now);
            p.setString(4, m.clientCode());
            p.executeUpdate();
        }
        if (m.clientDisplayName() != null) {
            try (PreparedStatement p = c.prepareStatement("UPDATE clients SET display_name = ? WHERE code = ?")) {
                p.setString(1, m.clientDisplayName());
                p.setString(2, m.clientCode());
                p.executeUpdate();
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO therapists (name, created_at) "
                + "SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM therapists WHERE name = ?)")) {
            p.setString(1, m.therapist());
            p.setLong(2, now);
            p.setString(3, m.therapist());
            p.executeUpdate();
        }
        long id;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO sessions (client_code, therapist, site, notes, "
                + "started_at, status, source, device_model, device_serial, device_firmware, device_rate_hz, "
                + "calibration_profile, calibration_hash, calibration_quality, target_min, target_max, target_unit, hold_ms, "
                + "ramp_min, ramp_max, filter, probe_area_cm2, genesis_hash, chain_head, recorder_host, recorder_pid) "
                + "VALUES (?, ?, ?, ?, ?, 'recording', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            int i = 1;
            p.setString(i++, m.clientCode());
            p.setString(i++, m.therapist());
            p.setString(i++, m.site());
            p.setString(i++, m.notes());
            p.setLong(i++, m.startedAtEpochMillis());
            p.setString(i++, m.source());
            DeviceInfo d = m.device();
            p.setString(i++, d.model());
            p.setString(i++, d.serialNumber());
            p.setString(i++, d.firmwareVersion());
            p.setDouble(i++, d.nominalRateHz());
            p.setString(i++, m.calibrationProfile());
            p.setString(i++, m.calibrationHash());
            p.setString(i++, m.calibrationQuality());
            Target t = m.target();
            p.setDouble(i++, t.min());
            p.setDouble(i++, t.max());
            p.setString(i++, t.unit().recordName());
            p.setLong(i++, t.holdMillis());
            p.setDouble(i++, t.rampRate().minPerSecond());
            if (Double.isInfinite(t.rampRate().maxPerSecond())) {
                p.setNull(i++, Types.DOUBLE);
            } else {
                p.setDouble(i++, t.rampRate().maxPerSecond());
            }
            p.setString(i++, m.filter());
            p.setDouble(i++, m.probeAreaCm2());
            p.setString(i++, genesis);
            p.setString(i++, genesis);
            p.setString(i++, host);
            p.setLong(i, pid);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        if (!m.targets().isUniform()) {
            try (PreparedStatement p = c.prepareStatement("UPDATE sessions SET target_plan = ? WHERE id = ?")) {
                p.setString(1, TargetPlanText.format(m.targets()));
                p.setLong(2, id);
                p.executeUpdate();
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO channels (session_id, channel, label, unit) VALUES (?, ?, ?, ?)")) {
            for (Channel ch : m.device().channels()) {
                p.setLong(1, id);
                p.setInt(2, ch.id());
                p.setString(3, ch.label());
                p.setString(4, ch.unit().recordName());
                p.addBatch();
            }
            p.executeBatch();
        }
        return id;
    }

    static StoredSession read(Connection c, ResultSet r) throws SQLException {
        long id = r.getLong("id");
        List<Channel> channels = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT channel, label, unit FROM channels WHERE session_id = ? ORDER BY channel")) {
            p.setLong(1, id);
            try (ResultSet cr = p.executeQuery()) {
                while (cr.next()) {
                    channels.add(new Channel(EntryRows.exactInt(cr, 1, "channel"), cr.getString(2), Unit.fromRecordName(cr.getString(3))));
                }
            }
        }
        DeviceInfo device = new DeviceInfo(r.getString("device_model"), r.getString("device_serial"),
                r.getString("device_firmware"), channels, r.getDouble("device_rate_hz"));
        double rampMax = r.getDouble("ramp_max");
        if (r.wasNull()) {
            rampMax = Double.POSITIVE_INFINITY;
        }
        Target target = new Target(r.getDouble("target_min"), r.getDouble("target_max"), Unit.fromRecordName(r.getString("target_unit")),
                r.getLong("hold_ms"), new RateBand(r.getDouble("ramp_min"), rampMax));
        SessionMeta meta = new SessionMeta(r.getString("client_code"), r.getString("display_name"), r.getString("therapist"),
                r.getString("site"), r.getString("notes"), r.getLong("started_at"), r.getString("source"), device,
                r.getString("calibration_profile"), r.getString("calibration_hash"), r.getString("calibration_quality"), target, r.getString("filter"),
                r.getDouble("probe_area_cm2"), plan(r.getString("target_plan"), id));
        long ended = r.getLong("ended_at");
        Long endedAt = r.wasNull() ? null : ended;
        return new StoredSession(id, meta, SessionStatus.ofCode(r.getString("status")), endedAt, r.getString("end_reason"),
                r.getLong("frame_count"), r.getLong("lost_frames"), r.getLong("chain_length"), r.getString("genesis_hash"), r.getString("chain_head"));
    }

    /** The sessions that match {@code f}, oldest first. */
    static List<StoredSession> list(Connection c, org.palpa.app.port.SessionReader.Filter f) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + FROM + " WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        String[][] equal = {{"client_code", f.clientCode()}, {"therapist", f.therapist()}, {"site", f.site()}};
        for (String[] e : equal) {
            if (e[1] != null) {
                sql.append(" AND ").append(e[0]).append(" = ?");
                args.add(e[1]);
            }
        }
        if (f.from() != null) {
            sql.append(" AND started_at >= ?");
            args.add(f.from().toEpochMilli());
        }
        if (f.until() != null) {
            sql.append(" AND started_at < ?");
            args.add(f.until().toEpochMilli());
        }
        sql.append(" ORDER BY started_at, id");
        List<StoredSession> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                p.setObject(i + 1, args.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(read(c, r));
                }
            }
        }
        return out;
    }

    /** A session's status code, or null when there is no such session. */
    static String status(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT status FROM sessions WHERE id = ?")) {
            p.setLong(1, sessionId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** The stored per-channel plan, or null for a session with one target. */
    private static TargetPlan plan(String text, long sessionId) throws SQLException {
        try {
            return text == null ? null : TargetPlanText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SQLException("session " + sessionId + ": column target_plan: " + e.getMessage(), e);
        }
    }
}

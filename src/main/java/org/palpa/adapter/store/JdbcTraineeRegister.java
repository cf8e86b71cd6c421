package org.palpa.adapter.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.palpa.app.port.StoreException;
import org.palpa.app.port.TraineeRegister;
import org.palpa.core.record.Trainee;

/**
 * The {@code session_trainees} table (schema version 4). It shares its store's connection and
 * locks the store while it works, as the store's own methods do.
 */
final class JdbcTraineeRegister implements TraineeRegister {
    private final Object lock;
    private final Connection connection;
    private final String description;

    JdbcTraineeRegister(Object lock, Connection connection, String description) {
        this.lock = lock;
        this.connection = connection;
        this.description = description;
    }

    @Override
    public void assign(long sessionId, Trainee trainee) {
        synchronized (lock) {
            run("record the student of session " + sessionId, () -> {
                try (PreparedStatement d = connection.prepareStatement("DELETE FROM session_trainees WHERE session_id = ?");
                     PreparedStatement p = connection.prepareStatement(
                             "INSERT INTO session_trainees (session_id, student_code, class_name) VALUES (?, ?, ?)")) {
                    d.setLong(1, sessionId);
                    d.executeUpdate();
                    p.setLong(1, sessionId);
                    p.setString(2, trainee.studentCode());
                    p.setString(3, trainee.className());
                    p.executeUpdate();
                }
                return null;
            });
        }
    }

    @Override
    public Optional<Trainee> traineeOf(long sessionId) {
        synchronized (lock) {
            return run("read the student of session " + sessionId, () -> {
                try (PreparedStatement p = connection.prepareStatement(
                        "SELECT student_code, class_name FROM session_trainees WHERE session_id = ?")) {
                    p.setLong(1, sessionId);
                    try (ResultSet r = p.executeQuery()) {
                        return r.next() ? Optional.of(new Trainee(r.getString(1), r.getString(2))) : Optional.<Trainee>empty();
                    }
                }
            });
        }
    }

    @Override
    public List<Long> sessionsOf(String studentCode, String className) {
        StringBuilder sql = new StringBuilder("SELECT t.session_id FROM session_trainees t JOIN sessions s ON s.id = t.session_id"
                + " WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (studentCode != null) {
            sql.append(" AND t.student_code = ?");
            args.add(studentCode);
        }
        if (className != null) {
            sql.append(" AND t.class_name = ?");
            args.add(className);
        }
        sql.append(" ORDER BY s.started_at, s.id");
        synchronized (lock) {
            return run("list the sessions of students", () -> {
                List<Long> ids = new ArrayList<>();
                try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
                    for (int i = 0; i < args.size(); i++) {
                        p.setString(i + 1, args.get(i));
                    }
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            ids.add(r.getLong(1));
                        }
                    }
                }
                return ids;
            });
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T run(String what, Work<T> work) {
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the first error is the one to report
            }
            throw new StoreException("cannot " + what + " in " + description + ": " + SqlErrors.explain(e), e);
        }
    }
}

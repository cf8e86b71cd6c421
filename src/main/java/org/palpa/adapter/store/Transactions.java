package org.palpa.adapter.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.palpa.app.port.StoreException;

/** Runs a unit of work in one transaction: commit on success, roll back and explain on failure. */
final class Transactions {
    private Transactions() {
    }

    /** Work against the database. */
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    static <T> T write(Connection c, String failure, SqlWork<T> work) {
        return run(c, failure, work);
    }

    static <T> T read(Connection c, String failure, SqlWork<T> work) {
        // a read commits too: PostgreSQL refuses further statements in a failed transaction
        return run(c, failure, work);
    }

    private static <T> T run(Connection c, String failure, SqlWork<T> work) {
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the first error is the one to report
            }
            throw new StoreException(failure + ": " + SqlErrors.explain(e), e);
        }
    }
}

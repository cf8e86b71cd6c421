package org.palpa.app.port;

/**
 * A place that keeps session records: an embedded SQLite file on one computer, or a shared
 * PostgreSQL database for a clinic with several rooms.
 */
public interface SessionStore extends SessionWriter, SessionReader, AutoCloseable {

    /** A short description for people, such as the database file's path; never a password. */
    String describe();

    /** Releases the connection. */
    @Override
    void close();
}

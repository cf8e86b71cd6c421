package org.palpa.cli;

import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.adapter.ui.GuiSetup;
import org.palpa.app.port.Transport;
import org.palpa.app.record.StoredSession;
import org.palpa.app.replay.ReplayTransport;
import org.palpa.core.PalpaException;

/**
 * A session from the store as the window's replay: each open plays it through the store's
 * {@link ReplayTransport} from the chosen second at the chosen speed. It reads through a
 * connection of its own, so that a replay never holds up a recording in the same store.
 */
final class StoredReplay implements GuiSetup.Replay, AutoCloseable {
    private final JdbcSessionStore store;
    private final StoredSession session;
    private final long firstNanos;
    private final long lastNanos;

    private StoredReplay(JdbcSessionStore store, StoredSession session, long firstNanos, long lastNanos) {
        this.store = store;
        this.session = session;
        this.firstNanos = firstNanos;
        this.lastNanos = lastNanos;
    }

    /** Opens session {@code id}; one line says why when the store or the session cannot be read. */
    static StoredReplay of(StoreOptions options, long id) {
        JdbcSessionStore store = options.open();
        try {
            StoredSession s = store.find(id).orElseThrow(() -> new PalpaException("no session " + id + " in "
                    + store.describe() + " (see palpa sessions list)"));
            long last = store.lastFrameNanos(id);
            if (last == Long.MIN_VALUE) {
                throw new PalpaException("cannot replay session " + id + ": it holds no samples");
            }
            return new StoredReplay(store, s, store.originNanos(id), last);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return "session " + session.id();
    }

    @Override
    public double durationSeconds() {
        return (lastNanos - firstNanos) / 1e9;
    }

    @Override
    public long firstTimestampNanos() {
        return firstNanos;
    }

    @Override
    public Transport open(double fromSeconds, double speed) {
        return new ReplayTransport(store, session.id(), speed, fromSeconds);
    }

    @Override
    public void close() {
        store.close();
    }
}

package org.palpa.cli.sessions;

import java.util.ArrayList;
import java.util.List;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.cli.options.StoreOptions;

/**
 * The readers a check works through: the store already open when one session is checked at a
 * time, else one read-only connection of its own per worker thread, so that the workers, and the
 * database's own check on the first connection, do not wait for each other. Closing closes the
 * connections it opened.
 */
final class StoreReaders implements AutoCloseable {
    private final List<JdbcSessionStore> readers;
    /** Whether the readers were opened here, and so are closed here. */
    private final boolean owned;

    private StoreReaders(List<JdbcSessionStore> readers, boolean owned) {
        this.readers = readers;
        this.owned = owned;
    }

    /** {@code workers} readers of the store {@code options} name, of which {@code open} is already open. */
    static StoreReaders open(StoreOptions options, JdbcSessionStore open, int workers) {
        if (workers == 1) {
            return new StoreReaders(List.of(open), false);
        }
        List<JdbcSessionStore> opened = new ArrayList<>();
        try {
            for (int i = 0; i < workers; i++) {
                opened.add(options.openReadOnly());
            }
        } catch (RuntimeException e) {
            opened.forEach(JdbcSessionStore::close);
            throw e;
        }
        return new StoreReaders(List.copyOf(opened), true);
    }

    /** The readers, one per worker. */
    List<JdbcSessionStore> all() {
        return readers;
    }

    @Override
    public void close() {
        if (owned) {
            readers.forEach(JdbcSessionStore::close);
        }
    }
}

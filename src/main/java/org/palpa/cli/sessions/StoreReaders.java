package org.palpa.cli.sessions;

import java.util.ArrayList;
import java.util.List;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.cli.options.StoreOptions;

/**
 * The readers a check works through: the store already open when one session is checked, else one
 * read-only connection of its own per worker thread, even for a single worker, so that the workers, and the
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

    /** The store already open, for a check of one session, which the database's own check does not run beside. */
    static StoreReaders shared(JdbcSessionStore open) {
        return new StoreReaders(List.of(open), false);
    }

    /**
     * {@code workers} read-only connections of their own to the store {@code options} name, for a
     * check of the whole store, whose database check holds the first connection meanwhile.
     */
    static StoreReaders open(StoreOptions options, int workers) {
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

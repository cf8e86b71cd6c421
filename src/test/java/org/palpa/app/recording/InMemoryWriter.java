package org.palpa.app.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.palpa.app.port.SessionWriter;
import org.palpa.app.port.StoreException;
import org.palpa.core.record.ChainEntry;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.record.SessionStatus;

/** A hand-written fake store that keeps entries in memory, and can stall or fail like a sick disk. */
final class InMemoryWriter implements SessionWriter {
    final List<ChainEntry> entries = new ArrayList<>();
    final CountDownLatch release = new CountDownLatch(1);
    volatile SessionStatus status;
    long frames;
    long lost;
    int appends;
    volatile long stallMillis;
    private final boolean stallFirstAppend;
    private final int failAfterAppends;

    InMemoryWriter(boolean stallFirstAppend, int failAfterAppends) {
        this.stallFirstAppend = stallFirstAppend;
        this.failAfterAppends = failAfterAppends;
    }

    @Override
    public long create(SessionMeta meta, String genesisHash) {
        status = SessionStatus.RECORDING;
        return 1;
    }

    @Override
    public synchronized void append(long sessionId, List<ChainEntry> newEntries, long newFrames, long newLostFrames) {
        if (appends++ == 0 && stallFirstAppend) {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (appends == 1 && stallMillis > 0) {
            try {
                Thread.sleep(stallMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failAfterAppends >= 0 && appends > failAfterAppends) {
            throw new StoreException("cannot write session 1 in fake.db: the disk is full");
        }
        entries.addAll(newEntries);
        frames += newFrames;
        lost += newLostFrames;
    }

    @Override
    public void finish(long sessionId, SessionStatus s, long endedAtEpochMillis, String reason) {
        status = s;
    }
}

package org.palpa.cli.sessions;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.palpa.adapter.csv.CsvTraceReader;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.adapter.ui.GuiSetup;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.port.Transport;
import org.palpa.app.replay.ReplaySource;
import org.palpa.app.replay.ReplayTransport;
import org.palpa.app.replay.StoredSessionSource;
import org.palpa.app.replay.TraceSource;
import org.palpa.cli.options.ReplayJudging;
import org.palpa.cli.options.StoreOptions;
import org.palpa.core.PalpaException;
import org.palpa.core.plan.PlanEvents;
import org.palpa.core.sample.Unit;

/**
 * A recording as the window's replay, a CSV trace or a stored session: each open plays a fresh
 * {@link ReplaySource} through the one {@link ReplayTransport} from the chosen second at the
 * chosen speed. Its length is learnt when it is made, so that a missing or empty recording is
 * reported before the window opens.
 */
public final class WindowReplay implements GuiSetup.Replay, AutoCloseable {
    private final String name;
    private final Supplier<ReplaySource> sources;
    private final AutoCloseable resource;
    private final long firstNanos;
    private final long lastNanos;
    /** A plan session's step targets, judging its replays as it was judged; empty for none. */
    private final List<PlanEvents.StepTarget> steps;

    private WindowReplay(String name, Supplier<ReplaySource> sources, AutoCloseable resource, long firstNanos,
                         long lastNanos, List<PlanEvents.StepTarget> steps) {
        this.name = name;
        this.sources = sources;
        this.resource = resource;
        this.firstNanos = firstNanos;
        this.lastNanos = lastNanos;
        this.steps = steps;
    }

    /** A replay of a CSV trace, read through once now to learn its span. */
    public static WindowReplay ofTrace(Path file, String unitSymbol) {
        Unit unit = Unit.fromSymbol(unitSymbol);
        if (unit.kind() != Unit.Kind.FORCE) {
            throw new IllegalArgumentException("--unit must be a force unit (N, kgf or lbf), was " + unitSymbol);
        }
        long[] span = {Long.MIN_VALUE, Long.MIN_VALUE};
        try (CsvTraceReader reader = reader(file, unit)) {
            reader.forEach(f -> {
                if (span[0] == Long.MIN_VALUE) {
                    span[0] = f.timestampNanos();
                }
                span[1] = f.timestampNanos();
            });
        } catch (IOException e) {
            throw new PalpaException("cannot read " + file + ": " + e.getMessage());
        }
        if (span[0] == Long.MIN_VALUE) {
            throw new PalpaException("cannot replay " + file + ": it holds no samples");
        }
        String fileName = file.getFileName().toString();
        return new WindowReplay("replay: " + fileName, () -> {
            CsvTraceReader reader = reader(file, unit);
            return new TraceSource(fileName, reader.device(), reader, reader);
        }, null, span[0], span[1], List.of());
    }

    /**
     * A replay of stored session {@code id}, through a connection of its own so that a replay
     * never holds up a recording in the same store. The store is opened read-only: looking at a
     * record never changes it, and works on a read-only medium. Judged {@code asRecorded} by
     * {@code judged}, a plan session's replays are judged by each step's target from its start on,
     * as when it was recorded.
     */
    public static WindowReplay ofSession(StoreOptions options, long id, SessionSettings judged, boolean asRecorded) {
        JdbcSessionStore store = options.openReadOnly();
        try {
            store.find(id).orElseThrow(() -> new PalpaException("no session " + id + " in "
                    + store.describe() + " (see palpa sessions list)"));
            long last = store.lastFrameNanos(id);
            if (last == Long.MIN_VALUE) {
                throw new PalpaException("cannot replay session " + id + ": it holds no samples");
            }
            return new WindowReplay("session " + id, () -> new StoredSessionSource(store, id), store,
                    store.originNanos(id), last, ReplayJudging.steps(store.events(id), judged, asRecorded, System.out));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static CsvTraceReader reader(Path file, Unit unit) {
        try {
            return new CsvTraceReader(file, unit);
        } catch (NoSuchFileException e) {
            throw new org.palpa.core.sample.InputFormatException(file.toString(), 0, null, "no such file");
        } catch (IOException e) {
            throw new PalpaException("cannot read " + file + ": " + e.getMessage());
        }
    }

    @Override
    public String name() {
        return name;
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
        return new ReplayTransport(sources.get(), speed, fromSeconds).judgingSteps(steps);
    }

    @Override
    public void close() {
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception e) {
                // the store was only read
            }
        }
    }
}

package org.palpa.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.palpa.adapter.csv.CsvTraceReader;
import org.palpa.adapter.ui.GuiSetup;
import org.palpa.app.ReplayTransport;
import org.palpa.app.port.Transport;
import org.palpa.core.PalpaException;
import org.palpa.core.sample.Unit;

/**
 * The wiring of a recorded CSV trace as the window's replay: each open reads the file afresh and
 * plays it from the chosen second at the chosen speed.
 */
final class Replays implements GuiSetup.Replay {
    private final Path file;
    private final Unit unit;
    private final long firstNanos;
    private final long lastNanos;

    private Replays(Path file, Unit unit, long firstNanos, long lastNanos) {
        this.file = file;
        this.unit = unit;
        this.firstNanos = firstNanos;
        this.lastNanos = lastNanos;
    }

    /**
     * A replay of {@code file}, read through once now so that a missing or malformed file is
     * reported before the window opens, and so that its length is known for the timeline.
     */
    static Replays of(Path file, String unitSymbol) {
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
        return new Replays(file, unit, span[0], span[1]);
    }

    private static CsvTraceReader reader(Path file, Unit unit) {
        try {
            return new CsvTraceReader(file, unit);
        } catch (NoSuchFileException e) {
            throw new PalpaException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new PalpaException("cannot read " + file + ": " + e.getMessage());
        }
    }

    @Override
    public String name() {
        return "replay: " + file.getFileName();
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
        CsvTraceReader reader = reader(file, unit);
        return new ReplayTransport(reader.device(), reader, reader, speed, fromSeconds);
    }
}

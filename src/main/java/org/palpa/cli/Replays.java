package org.palpa.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.palpa.adapter.csv.CsvTraceReader;
import org.palpa.app.ReplayTransport;
import org.palpa.app.port.Transport;
import org.palpa.core.PalpaException;
import org.palpa.core.sample.Unit;

/** The wiring of a recorded CSV trace as a device entry of the window: each connect replays it from the start. */
final class Replays {
    static final Replays NONE = new Replays(null, Unit.NEWTON, 1);

    private final Path file;
    private final Unit unit;
    private final double speed;

    private Replays(Path file, Unit unit, double speed) {
        this.file = file;
        this.unit = unit;
        this.speed = speed;
    }

    /**
     * A replay of {@code file}, checked now so that a missing or malformed file is reported before
     * the window opens.
     */
    static Replays of(Path file, String unitSymbol, double speed) {
        Unit unit = Unit.fromSymbol(unitSymbol);
        if (unit.kind() != Unit.Kind.FORCE) {
            throw new IllegalArgumentException("--unit must be a force unit (N, kgf or lbf), was " + unitSymbol);
        }
        Replays r = new Replays(file, unit, speed);
        r.open().close();
        return r;
    }

    /** The entry in the device list, such as {@code replay: session.csv}. */
    String name() {
        return file == null ? null : "replay: " + file.getFileName();
    }

    boolean handles(String deviceName) {
        return file != null && deviceName.equals(name());
    }

    /** The device names with this replay first, if there is one. */
    List<String> names(List<String> devices) {
        List<String> all = new ArrayList<>();
        if (file != null) {
            all.add(name());
        }
        all.addAll(devices);
        return all;
    }

    /** Opens the file afresh and returns a transport that plays it. */
    Transport open() {
        try {
            CsvTraceReader reader = new CsvTraceReader(file, unit);
            return new ReplayTransport(reader.device(), reader, reader, speed);
        } catch (NoSuchFileException e) {
            throw new PalpaException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new PalpaException("cannot read " + file + ": " + e.getMessage());
        }
    }
}

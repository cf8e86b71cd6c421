package org.palpa.cli.assess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.palpa.adapter.csv.CsvTraceReader;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.app.assess.AssessedRecording;
import org.palpa.app.assess.Assessor;
import org.palpa.app.live.SessionSettings;
import org.palpa.cli.options.TargetOptions;
import org.palpa.core.PalpaException;
import org.palpa.core.sample.Unit;

/** Reads what {@code palpa assess} is given: a stored session's id, or a CSV trace scored against the command's target. */
final class Recordings {
    private Recordings() {
    }

    /** Whether {@code text} names a stored session (a whole number) rather than a file. */
    static boolean isSessionId(String text) {
        return text.matches("\\d{1,18}") && !Files.exists(Path.of(text));
    }

    static AssessedRecording load(String text, JdbcSessionStore store, Assessor assessor, TargetOptions target,
                                  String unit) throws IOException {
        if (isSessionId(text)) {
            long id = Long.parseLong(text);
            if (store.find(id).isEmpty()) {
                throw new PalpaException("no session " + id + " in " + store.describe());
            }
            return assessor.session(store, store.trainees(), id);
        }
        return trace(Path.of(text), assessor, target, unit);
    }

    static AssessedRecording trace(Path file, Assessor assessor, TargetOptions target, String unit) throws IOException {
        Unit valueUnit = Unit.fromSymbol(unit);
        if (valueUnit.kind() != Unit.Kind.FORCE) {
            throw new PalpaException("--unit must be a force unit (N, kgf or lbf), was " + unit);
        }
        SessionSettings settings = new SessionSettings(target.target(), null, target.filterSpec(), target.probeArea(), 0,
                null, 1).withTargets(target.plan());
        try (CsvTraceReader reader = new CsvTraceReader(file, valueUnit)) {
            return assessor.trace(file.getFileName().toString(), reader.device(), reader, settings);
        } catch (NoSuchFileException e) {
            throw new PalpaException("cannot read " + file + ": no such file (give a session id or a CSV trace)");
        }
    }
}

package org.palpa.cli.sessions;

import org.palpa.cli.Terminals;
import java.io.PrintStream;
import org.palpa.adapter.export.ExportProgress;

/** A one-line progress bar on standard error, drawn only when a person is watching a terminal. */
public final class ProgressBar implements ExportProgress {
    private final PrintStream err;
    private final String what;
    private int shown = -1;

    private ProgressBar(PrintStream err, String what) {
        this.err = err;
        this.what = what;
    }

    /** A bar for {@code what}, or no progress output when standard error is not a terminal. */
    static ExportProgress forTerminal(String what) {
        return Terminals.interactive() ? new ProgressBar(System.err, what) : ExportProgress.NONE;
    }

    @Override
    public void frames(long done, long total) {
        int pct = total <= 0 ? 100 : (int) Math.min(100, 100 * done / total);
        if (pct == shown) {
            return;
        }
        shown = pct;
        int bars = pct / 5;
        err.print("\r" + what + " [" + "#".repeat(bars) + " ".repeat(20 - bars) + "] " + pct + "%");
        if (pct == 100) {
            err.println();
        }
        err.flush();
    }
}

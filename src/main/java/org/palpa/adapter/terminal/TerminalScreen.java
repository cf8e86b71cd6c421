package org.palpa.adapter.terminal;

import java.io.IOException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The size of the terminal the live feedback is drawn in, asked again every second so that a
 * resized window is followed. JLine finds it (the tty's own size, or {@code COLUMNS} and
 * {@code LINES}); where it cannot, the screen is taken as 80×24, the size every terminal has at least.
 */
public interface TerminalScreen extends AutoCloseable {
    /** Columns, at least 20. */
    int columns();

    /** Rows, at least 3. */
    int rows();

    @Override
    default void close() {
    }

    /** A screen of a fixed size, for output that is not a terminal and for tests. */
    static TerminalScreen fixed(int columns, int rows) {
        return new TerminalScreen() {
            @Override
            public int columns() {
                return columns;
            }

            @Override
            public int rows() {
                return rows;
            }
        };
    }

    /** The terminal this process runs in, through JLine; 80×24 if it has none. */
    static TerminalScreen system() {
        JLineLogging.silence();
        Terminal terminal;
        try {
            // no signal handlers of JLine's own: Ctrl+C must still reach the JVM's shutdown hook,
            // which ends the session and prints the hold table
            terminal = TerminalBuilder.builder().system(true).dumb(true).nativeSignals(false)
                    .signalHandler(Terminal.SignalHandler.SIG_DFL).build();
        } catch (IOException | RuntimeException e) {
            return fixed(80, 24);
        }
        return new TerminalScreen() {
            private Size size;
            private long readNanos;

            /** JLine may ask the tty by running stty, so the size is read again at most once a second. */
            private Size size() {
                long now = System.nanoTime();
                if (size == null || now - readNanos > 1_000_000_000L) {
                    size = terminal.getSize();
                    readNanos = now;
                }
                return size;
            }

            @Override
            public int columns() {
                Size s = size();
                return s == null || s.getColumns() <= 0 ? 80 : Math.max(20, s.getColumns());
            }

            @Override
            public int rows() {
                Size s = size();
                return s == null || s.getRows() <= 0 ? 24 : Math.max(3, s.getRows());
            }

            @Override
            public void close() {
                try {
                    terminal.close();
                } catch (IOException e) {
                    // the terminal is left as it was; nothing to undo
                }
            }
        };
    }
}

package org.palpa.adapter.terminal;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps JLine's own messages (through java.util.logging) off the terminal, such as its note that
 * it fell back to a dumb terminal: {@link TerminalScreen} then says 80×24 and that is all a user
 * needs. The logger is held here because java.util.logging keeps loggers only weakly.
 */
final class JLineLogging {
    private static final Logger JLINE = Logger.getLogger("org.jline");

    private JLineLogging() {
    }

    static void silence() {
        JLINE.setLevel(Level.OFF);
    }
}

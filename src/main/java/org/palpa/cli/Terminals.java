package org.palpa.cli;

/** Tells whether standard output is an interactive terminal. */
public final class Terminals {
    private Terminals() {
    }

    /**
     * True when a person is watching a terminal. Java 22 and later return a console even for
     * redirected output and add {@code Console.isTerminal()}, which is used when present.
     */
    public static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}

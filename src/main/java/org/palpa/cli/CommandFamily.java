package org.palpa.cli;

import java.util.List;

/**
 * A command that groups subcommands, such as {@code palpa sessions}, whose members are built only
 * when a command line needs them: {@code sessions list} builds the list command alone, while
 * {@code sessions --help} or a mistyped {@code sessions lst} builds them all, for the list and the
 * suggestions. picocli reflects over every option of every command it is given, and for the eleven
 * sessions commands that was most of the start-up of {@code sessions list} (issue 16,
 * docs/performance.md). A family lists its members here instead of in {@code @Command(subcommands)}.
 */
public interface CommandFamily {
    /** The family's subcommands, in the order help lists them. */
    List<Class<?>> members();
}

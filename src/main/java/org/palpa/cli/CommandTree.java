package org.palpa.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Builds one command for picocli and, if it is a {@link CommandFamily}, the members a command line needs. */
final class CommandTree {
    private CommandTree() {
    }

    /**
     * The command {@code type}, given the words (arguments that are not options) that follow its name
     * on the command line: a family gets only the member the first word names, or all of them when
     * that word names none.
     */
    static CommandLine of(Class<?> type, List<String> words) {
        CommandLine cli = new CommandLine(type);
        if (cli.getCommand() instanceof CommandFamily family) {
            String named = words.isEmpty() ? null : words.get(0);
            boolean known = family.members().stream().anyMatch(m -> nameOf(m).equals(named));
            for (Class<?> member : family.members()) {
                if (!known || nameOf(member).equals(named)) {
                    cli.addSubcommand(nameOf(member), of(member, known ? words.subList(1, words.size()) : List.of()));
                }
            }
        }
        return cli;
    }

    /** The words of {@code args} after the first word equal to {@code name}; none if {@code name} is absent. */
    static List<String> wordsAfter(String[] args, String name) {
        List<String> words = java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).toList();
        int at = words.indexOf(name);
        return at < 0 ? List.of() : words.subList(at + 1, words.size());
    }

    static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}

package org.palpa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code palpa --help} lists each command with the first line of its description, so every line
 * of every description must be a whole sentence, never half of one cut at the line's end.
 */
class HelpSentencesTest {
    @Test
    void everyLineOfEveryCommandsDescriptionIsAWholeSentence() {
        List<String> lines = new ArrayList<>();
        collect(Main.wholeTree(), lines);

        assertThat(lines).as("descriptions of palpa, its commands and their members").hasSizeGreaterThan(40);
        assertThat(lines).allSatisfy(line -> assertThat(line.strip())
                .as("a help line").matches("[a-z -]+: [A-Z`(].*[.):]"));
    }

    private static void collect(CommandLine cli, List<String> lines) {
        for (String d : cli.getCommandSpec().usageMessage().description()) {
            lines.add(cli.getCommandName() + ": " + d);
        }
        cli.getSubcommands().values().stream().filter(c -> !c.getCommandName().equals("help"))
                .forEach(c -> collect(c, lines));
    }
}

package org.palpa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's help renders cleanly: picocli formats descriptions as format strings, so a lone
 * {@code %} in one prints "[picocli WARN] Could not format ..." above the help.
 */
class HelpTextTest extends CapturesStandardStreams {

    @Test
    void givenEveryCommandsHelp_thenPicocliHasNothingToWarnAbout() {
        List<String> seen = new ArrayList<>();
        walk(Main.wholeTree(), seen);
        assertThat(seen).hasSizeGreaterThan(30).contains("palpa gui", "palpa classroom", "palpa sessions verify");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }

    private static void walk(CommandLine command, List<String> seen) {
        seen.add(command.getCommandSpec().qualifiedName());
        assertThat(command.getUsageMessage()).isNotBlank();
        command.getSubcommands().values().forEach(sub -> walk(sub, seen));
    }
}

package org.palpa.adapter.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiveLinesTest {
    private static final String MAIN = "   12.3 s  thumb     31.6 N    [IN BAND   ] hold   4.2/20.0 s ##........";
    private static final List<String> FINGERS = List.of("index 17.3 OVER", "middle 11.0", "ring 6.3", "little 3.1");

    @Test
    void aGloveLineThatFitsStaysOneLine() {
        List<String> lines = LiveLines.fit(MAIN, FINGERS, 200, 30);

        assertThat(lines).containsExactly(MAIN + " | index 17.3 OVER | middle 11.0 | ring 6.3 | little 3.1");
    }

    @Test
    void at80ColumnsTheOtherFingersGoOnTheirOwnLineAndNoLineReachesTheLastColumn() {
        List<String> lines = LiveLines.fit(MAIN, FINGERS, 80, 24);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(MAIN);
        assertThat(lines.get(1)).isEqualTo("  index 17.3 OVER | middle 11.0 | ring 6.3 | little 3.1");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThan(80));
    }

    @Test
    void aNarrowTerminalSpreadsTheFingersOverSeveralLines() {
        List<String> lines = LiveLines.fit(MAIN, FINGERS, 40, 24);

        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThan(40));
        assertThat(String.join("\n", lines)).contains("index 17.3 OVER", "middle 11.0", "ring 6.3", "little 3.1");
        assertThat(lines.get(0)).endsWith("…");
    }

    @Test
    void aShortTerminalShowsWhatFitsAndSaysHowManyMore() {
        List<String> lines = LiveLines.fit(MAIN, FINGERS, 30, 4);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("index 17.3 OVER").endsWith("more");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThan(30));
    }

    @Test
    void oneChannelIsOneLineCutToTheWidth() {
        assertThat(LiveLines.fit(MAIN, List.of(), 50, 24)).singleElement()
                .satisfies(l -> assertThat(l).hasSize(49).endsWith("…"));
    }
}

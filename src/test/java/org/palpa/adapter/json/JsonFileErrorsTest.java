package org.palpa.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;
import org.palpa.core.sample.InputFormatException;

/**
 * A plan, a class file or a calibration profile that is not JSON gets one line in Palpa's words
 * naming the file, line and column: a binary file, an empty file, truncated JSON and JSON of the
 * wrong shape; never the JSON library's wording or a class name.
 */
class JsonFileErrorsTest {
    private static final String BINARY = "\u0000\u0001\uFFFD binary";
    private static final String TRUNCATED = "{\n  \"schema\": \"palpa.plan/1\",\n  \"steps\": [";

    @TempDir
    Path dir;

    private static void palpaWords(String message) {
        assertThat(message).hasLineCount(1).doesNotContain("Exception").doesNotContain("jackson")
                .doesNotContain("Illegal character").doesNotContain("end-of-input").doesNotContain("REDACTED")
                .doesNotContain("marker").doesNotContain("token");
    }

    private static AbstractStringAssert<?> refused(Consumer<String> parse, String text) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> parse.accept(text));
        assertThat(t).isInstanceOf(InputFormatException.class);
        palpaWords(t.getMessage());
        return assertThat(t.getMessage());
    }

    @Test
    void everyJsonFileReaderSaysWhatIsWrongInItsOwnWordsWithLineAndColumn() {
        java.util.Map<String, Consumer<String>> readers = java.util.Map.of(
                "plan.json", text -> PlanReader.parse(text.getBytes(StandardCharsets.UTF_8), "plan.json", "p"),
                "class.json", text -> ClassConfigReader.parse("class.json", text),
                "probe.json", text -> CalibrationProfileReader.parse("probe.json", text));
        readers.forEach((file, parse) -> {
            refused(parse, BINARY).startsWith(file + ":1: column 1: not JSON text").contains("binary file");
            refused(parse, "").startsWith(file + ": the file is empty; ");
            refused(parse, TRUNCATED).startsWith(file + ":3: column ").contains("the file ends in the middle of it");
            refused(parse, "{\"schema\": palpa}").startsWith(file + ":1: column ")
                    .contains("'palpa' is not a JSON value");
            refused(parse, "[1, 2, 3]").startsWith(file + ": ").contains("JSON object");
        });
    }

    @Test
    void planCheckOnABinaryFileIsOneLineAndExitTwo() throws Exception {
        Path bin = dir.resolve("photo.json");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        CliRunner.Result r = CliRunner.run("plan", "check", bin.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        palpaWords(r.err().strip());
        assertThat(r.err()).startsWith("palpa: " + bin + ":1: column 1: not JSON text");
    }

    @Test
    void theShapeOfAWrongDocumentIsNamed() {
        assertThatThrownBy(() -> ClassConfigReader.parse("class.json", "\"just text\""))
                .hasMessageStartingWith("class.json: ").hasMessageContaining("\"class\" and \"stations\"");
    }
}
